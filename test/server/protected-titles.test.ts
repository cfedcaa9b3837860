/**
 * Protected titles per jurisdiction, served by the catalogue over HTTP, each against the page it
 * was read on. If a regulator changes what it reserves, change catalogue/jurisdictions.json,
 * its source and date, and this test.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { JurisdictionListResponse, type Jurisdiction, type ProtectedTitle } from '../../src/api/catalogue.js';
import { GapAnalysis } from '../../src/api/gap.js';
import { demoProfile } from '../../src/server/seed/catalogue/demo-profile.js';
import { startTestServer, type TestServer } from './helpers.js';

const PK = 'pk_demo_bridgeway';

describe('protected titles in the catalogue', () => {
  let server: TestServer;
  let jurisdictions: Jurisdiction[];
  before(async () => {
    server = await startTestServer();
    const res = await server.request('/v1/jurisdictions', { token: PK });
    assert.equal(res.status, 200);
    jurisdictions = JurisdictionListResponse.parse(res.body).items;
  });
  after(() => server.close());

  const title = (jurisdictionId: string, term: string): ProtectedTitle => {
    const found = jurisdictions.find((j) => j.id === jurisdictionId)?.protectedTitles?.find((t) => t.terms.some((x) => x.toLowerCase() === term.toLowerCase()));
    assert.ok(found, `${jurisdictionId} lists "${term}"`);
    return found;
  };
  const checked = (t: ProtectedTitle, url: string) => {
    assert.equal(t.source.url, url);
    assert.equal(t.lastVerified, '2026-12-05');
    assert.equal(t.verification.status, 'verified');
  };

  test('Ontario: "nurse", "RN" and their equivalents in other languages, College of Nurses of Ontario (http://www.cno.org/en/learn-about-standards-guidelines/magazines-newsletters/the-standard/july-2016/whats-name/, checked 2026-12-05)', () => {
    const nurse = title('ca-on', 'registered nurse');
    checked(nurse, 'http://www.cno.org/en/learn-about-standards-guidelines/magazines-newsletters/the-standard/july-2016/whats-name/');
    for (const term of ['nurse', 'RN', 'RPN', 'infirmière', 'enfermera']) assert.ok(nurse.terms.includes(term), term);
    assert.equal(nurse.lawfulWording[0].en, 'internationally educated nurse');
  });

  test('Ontario: "engineer", "professional engineer", "P.Eng.", Professional Engineers Ontario (https://peo.on.ca/index.php/public-protection/complaints-and-illegal-practice/report-unlicensed-individuals-or-companies-2, checked 2026-12-05)', () => {
    const engineer = title('ca-on', 'P.Eng.');
    checked(engineer, 'https://peo.on.ca/index.php/public-protection/complaints-and-illegal-practice/report-unlicensed-individuals-or-companies-2');
    assert.ok(engineer.terms.includes('engineer'));
    assert.equal(engineer.lawfulWording[0].en, 'P.Eng. applicant');
  });

  test('Ontario: "CPA", CPA Ontario (https://www.cpaontario.ca/members/regulations-guidance/member-designation-status/use-of-designation, checked 2026-12-05)', () => {
    checked(title('ca-on', 'CPA'), 'https://www.cpaontario.ca/members/regulations-guidance/member-designation-status/use-of-designation');
  });

  test('British Columbia: "P.Eng." and "Engineer-in-Training" reserved for registrants, Engineers and Geoscientists BC (https://egbc.ca/Complaints-Discipline/Unauthorized-Practice-Or-Title/Unauthorized-Practice-Misuse-Of-Title/Unauthorized-Practice-Or-Title-Faqs, checked 2026-12-05)', () => {
    const engineer = title('ca-bc', 'engineer-in-training');
    checked(engineer, 'https://egbc.ca/Complaints-Discipline/Unauthorized-Practice-Or-Title/Unauthorized-Practice-Misuse-Of-Title/Unauthorized-Practice-Or-Title-Faqs');
    assert.ok(!engineer.lawfulWording.some((w) => /in-training/i.test(w.en)), 'in BC "engineer-in-training" is itself reserved, never offered as lawful wording');
  });

  test('Alberta: "registered nurse" (CRNA, https://cms.nurses.ab.ca/news/working-together-in-albertas-health-care-ecosystem/), "P.Eng." (APEGA, https://www.apega.ca/enforcement/rights/), "pharmacist" (ACP, https://abpharmacy.ca/?p=8438), checked 2026-12-05', () => {
    checked(title('ca-ab', 'registered nurse'), 'https://cms.nurses.ab.ca/news/working-together-in-albertas-health-care-ecosystem/');
    checked(title('ca-ab', 'P.Eng.'), 'https://www.apega.ca/enforcement/rights/');
    checked(title('ca-ab', 'pharmacist'), 'https://abpharmacy.ca/?p=8438');
  });

  test('Quebec: "ingénieur", "Eng.", "P.Eng.", Ordre des ingénieurs du Québec (http://gpp.oiq.qc.ca/titres_professionnels.htm, checked 2026-12-05)', () => {
    checked(title('ca-qc', 'ingénieur'), 'http://gpp.oiq.qc.ca/titres_professionnels.htm');
  });

  test('England: "registered nurse" is protected, "nurse" alone not yet (written statement of 12 May 2025, https://www.parallelparliament.co.uk/debate/2025-05-12/commons/written-statements/nursing-professional-regulation, checked 2026-12-05)', () => {
    const nurse = title('gb-eng', 'registered nurse');
    checked(nurse, 'https://www.parallelparliament.co.uk/debate/2025-05-12/commons/written-statements/nursing-professional-regulation');
    assert.ok(!nurse.terms.includes('nurse'));
  });

  test('Australia: "nurse" and "medical practitioner", Ahpra (https://ahpra.gov.au/News/2020-02-26-statement-on-misuse-of-protected-titles.aspx, checked 2026-12-05)', () => {
    for (const id of ['au-nsw', 'au-vic']) checked(title(id, 'nurse'), 'https://ahpra.gov.au/News/2020-02-26-statement-on-misuse-of-protected-titles.aspx');
  });

  test('Bavaria: "Ingenieur", Bayerisches Ingenieurgesetz Art. 2 (https://verkuendung-bayern.de/gvbl/2016-156, checked 2026-12-05)', () => {
    checked(title('de-by', 'Ingenieur'), 'https://verkuendung-bayern.de/gvbl/2016-156');
  });

  test('titles no stored page confirmed are served as unverified, with what to check', () => {
    const pharmacist = title('ca-on', 'pharmacist');
    assert.equal(pharmacist.verification.status, 'unverified');
    assert.match(pharmacist.verification.note?.en ?? '', /check with/i);
  });

  test('a gap analysis carries its jurisdiction’s protected titles, for the narrative builder', async () => {
    const res = await server.request('/v1/gap-analyses', { method: 'POST', token: PK, body: { profile: demoProfile, occupationId: 'registered-nurse', jurisdictionId: 'ca-on' } });
    assert.equal(res.status, 200);
    const analysis = GapAnalysis.parse(res.body);
    assert.ok(analysis.target.jurisdiction.protectedTitles?.some((t) => t.terms.includes('RN')));
  });
});
