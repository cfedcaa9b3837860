/**
 * Engineering facts checked on 2026-12-05 against the regulators’ (and the NPPE’s) own pages,
 * each test naming its source. What no stored page confirmed stays unverified, saying what to
 * check and with whom.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Profile } from '../../src/api/gap.js';
import { MILESTONE_TEMPLATES } from '../../src/server/seed/plans/templates.js';
import { checked, checkedUnverified, pathway, person, requirement, statusOf, verifiedOn } from '../support/catalogue-facts.js';

const PEO_COMPETENCIES = ['technical-competence', 'engineering-design', 'professional-accountability'];
type Experience = Profile['experience'][number];
const engineering = (years: number): Experience => ({ fieldFamily: 'engineering', country: 'IN', years, endYear: 2026, competencies: PEO_COMPETENCIES }) as Experience;

describe('engineering facts checked on the regulators’ own pages', () => {
  it('PEO since 1 July 2026: two years of experience (not four) in the competency-based assessment; the milestone template says so (https://www.peo.on.ca/knowledge-centre/frequently-asked-questions/time-based-experience, checked 2026-12-05)', () => {
    const experience = requirement('ca-on-peng-experience');
    verifiedOn(experience, 'https://www.peo.on.ca/knowledge-centre/frequently-asked-questions/time-based-experience');
    assert.equal(experience.criteria.experience?.minYears, 2);
    assert.equal(experience.criteria.experience?.inCountry, undefined, 'no Canadian experience');
    assert.match(experience.description.en, /Since 1 July 2026 .* at least two years \(24 months, down from 48\)/);
    assert.match(experience.verification?.note?.en ?? '', /cannot tell experience before and after the degree apart/);
    // Two and a half years now meet the minimum; a year and a half still does not.
    assert.equal(statusOf(person({ experience: [engineering(2.5)] }), 'professional-engineer', 'ca-on', experience.id), 'met');
    assert.notEqual(statusOf(person({ experience: [engineering(1.5)] }), 'professional-engineer', 'ca-on', experience.id), 'met');
    const template = MILESTONE_TEMPLATES.find((t) => t.occupationId === 'professional-engineer' && t.jurisdictionId === 'ca-on')!;
    const step = template.items.find((i) => i.source?.requirementId === experience.id)!;
    assert.match(step.title, /At least 24 months/);
    assert.doesNotMatch(step.title, /48 months/);
  });

  it('PEO: a CEAB-accredited engineering degree or equivalent; others are assessed and may be set technical exams (https://peo.on.ca/licence-applications/become-professional-engineer/academic-requirements, checked 2026-12-05)', () => {
    const education = requirement('ca-on-peng-education');
    verifiedOn(education, 'https://peo.on.ca/licence-applications/become-professional-engineer/academic-requirements');
    assert.deepEqual(education.criteria.education, { minLevel: 'bachelor', fieldFamilies: ['engineering'] });
    assert.match(education.verification?.note?.en ?? '', /Confirmatory Examination Program.*Specific Examination Program/);
  });

  it('NPPE: registered and paid for through each provincial regulator, five sittings a year, proctored remotely by Meazure Learning; the fee stays an estimate (https://www.nppexam.ca/en/exam-information/registration-information/, checked 2026-12-05)', () => {
    const url = 'https://www.nppexam.ca/en/exam-information/registration-information/';
    for (const [j, regulator] of [
      ['ca-on', 'Professional Engineers Ontario'],
      ['ca-bc', 'Engineers and Geoscientists BC'],
      ['ca-ab', 'APEGA'],
    ]) {
      const nppe = pathway(`${j}-peng-nppe`);
      assert.equal(nppe.verification?.source?.url, url, j);
      assert.equal(nppe.verification?.checkedOn, '2026-12-05', j);
      assert.equal(nppe.verification?.status, 'unverified', `${j}: no page gives the fee`);
      assert.doesNotMatch(nppe.provider, /ProctorU/, 'ProctorU is now Meazure Learning');
      assert.match(nppe.provider, new RegExp(regulator));
      assert.match(nppe.verification?.note?.en ?? '', new RegExp(`check it with ${regulator}`));
    }
    for (const j of ['ca-bc', 'ca-ab']) {
      const exam = requirement(`${j}-peng-nppe`);
      checked(exam, url);
      assert.equal(exam.verification?.status, 'unverified');
      assert.equal((exam as unknown as Record<string, unknown>).provider, undefined, 'a requirement carries no pathway fields');
    }
  });

  it('Victoria: an approved entity (Engineers Australia is one) assesses qualifications and independent practice before the BLA registers; the other entities, fees and timing stay unconfirmed (https://wwwprod.engineersaustralia.org.au/news-and-media/2023/08/three-months-get-registered-mechanical-engineer-victoria, checked 2026-12-05)', () => {
    const url = 'https://wwwprod.engineersaustralia.org.au/news-and-media/2023/08/three-months-get-registered-mechanical-engineer-victoria';
    const assessment = requirement('au-vic-peng-assessment');
    assert.equal(assessment.verification?.status, 'unverified');
    assert.match(assessment.verification?.note?.en ?? '', /entry-to-practice assessment .* independent-practice assessment/);
    assert.match(assessment.verification?.note?.en ?? '', /Check with the Business Licensing Authority/);
    assert.match(pathway('au-vic-peng-ea-assessment').verification?.note?.en ?? '', /six to eight weeks/);
    assert.match(pathway('au-vic-peng-registration').verification?.note?.en ?? '', /28 days/);
    for (const id of ['au-vic-peng-ea-assessment', 'au-vic-peng-registration']) assert.equal(pathway(id).verification?.source?.url, url, id);
  });

  it('OIQ: French required by law for practice on a long-term basis; the ways to show it stay to be checked with the OIQ (https://www.oiq.qc.ca/en/wp-json/wp/v2/pages/17504, checked 2026-12-05)', () => {
    const french = requirement('ca-qc-ing-french');
    assert.equal(french.verification?.status, 'unverified');
    assert.match(french.verification?.note?.en ?? '', /oiq\.qc\.ca\/en\/wp-json\/wp\/v2\/pages\/17504/);
    assert.match(french.verification?.note?.en ?? '', /Check with the Ordre des ingénieurs du Québec/);
  });
});

describe('engineering regulators’ fees checked on their stored pages', () => {
  it('APEGA: CAD 500 before GST to apply as a new Professional Member (https://www.apega.ca/apply/professional-member/, checked 2026-12-05)', () => {
    const application = pathway('ca-ab-peng-apega-application');
    checkedUnverified(application, 'https://www.apega.ca/apply/professional-member/', /CAD 500 before GST \(CAD 525 with it\)/);
    assert.deepEqual(application.cost, [{ minMinor: 50000, maxMinor: 52500, currency: 'CAD' }], 'not the CAD 350-550 that was shown');
  });

  it('EGBC, OIQ and Engineers Australia: no fee page stored, and each entry says so (checked 2026-12-05)', () => {
    for (const id of ['ca-bc-peng-egbc-application', 'ca-bc-peng-registration', 'ca-qc-ing-equivalence-application', 'au-vic-peng-msa']) {
      checkedUnverified(pathway(id), undefined, /was among the stored pages searched/);
    }
  });
});

describe('engineering assessors’ fees and times checked on the owners’ stored pages (ZAB, Bavaria, NCEES)', () => {
  it('ZAB: EUR 200 for a first statement of comparability, as shown (https://www.kmk.org/zab/zeugnisbewertung/gebuehren.html, checked 2026-12-05)', () => {
    const zab = pathway('de-by-ing-zab');
    checkedUnverified(zab, 'https://www.kmk.org/zab/zeugnisbewertung/gebuehren.html', /EUR 200 for a first statement of comparability/);
    assert.deepEqual(zab.cost, [{ minMinor: 20000, maxMinor: 20000, currency: 'EUR' }]);
  });

  it('Bavaria: the title decision takes about 2 to 3 months once all documents are in, so at least 60 days (Verwaltungsservice Bayern, checked 2026-12-05)', () => {
    const kammer = pathway('de-by-ing-kammer-application');
    checkedUnverified(kammer, 'https://www.eap.bayern.de/informationen/leistungsbeschreibung/845312016459?anliegen=8111031172&dienstleistung=8777623333&nationalitaet=4888808174', /about 2 to 3 months once all documents are in/);
    assert.equal(kammer.duration.minDays, 60, 'not the 30 days that were shown');
  });

  it('the FE exam: USD 225, not 175: NCEES’s own FS page gives USD 225 for the exam priced with the FE since 2018, as a third-party page citing NCEES’s May 2026 guide gives for the FE; NCEES’s FE page was not stored, so it stays unverified (https://ncees.org/exams/fs-exam/, checked 2026-12-05)', () => {
    const fe = pathway('ca-ab-peng-fe-exam');
    checkedUnverified(fe, 'https://ncees.org/exams/fs-exam/', /NCEES's own FE page was not among the stored pages.*the fee shown is now USD 225, not 175/);
    assert.deepEqual(fe.cost.find((c) => c.currency === 'USD'), { minMinor: 22500, maxMinor: 22500, currency: 'USD' });
  });
});
