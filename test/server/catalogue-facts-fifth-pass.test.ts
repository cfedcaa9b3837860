/**
 * The fifth pass over the catalogue (2026-12-05): the last six pathways that said "not yet
 * compared", each compared with a stored copy of its owner's page. Each test names the page it
 * was read on.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { catalogue } from '../../src/server/seed/catalogue/index.js';
import { checkedUnverified, pathway } from '../support/catalogue-facts.js';

describe('the last pathways not yet compared', () => {
  it('no pathway says it was not yet compared with a page', () => {
    assert.deepEqual(
      catalogue.pathways.filter((p) => /^Not yet compared/.test(p.verification?.note?.en ?? '')).map((p) => p.id),
      [],
    );
  });

  it('ERIEC: mentorship for newcomers since 2008, no fee or length given, and mentoring months are not APEGA’s engineering experience (https://eriec.ca/stories/alberta-mentorship-program-bridging-cultural-differences, checked 2026-12-05)', () => {
    checkedUnverified(pathway('ca-ab-peng-mentoring'), 'https://eriec.ca/stories/alberta-mentorship-program-bridging-cultural-differences', /since 2008.*no fee, length or eligibility.*do not count towards APEGA's four years/);
  });

  it('BC dentists’ jurisprudence assessment: no page of the BC College of Oral Health Professionals describes one, so fee and time stay estimates (checked 2026-12-05)', () => {
    checkedUnverified(pathway('ca-bc-dds-jurisprudence'), undefined, /no stored page of the BC College of Oral Health Professionals.*jurisprudence assessment for dentists.*estimates/);
  });

  it('CPA recognition agreements: CPABC lists AICPA/NASBA, CA ANZ, CA Ireland, HKICPA, ICAEW, ICAS, ICAZ, SAICA and others, not CPA Australia; two years of practice before the foreign admission (https://bccpa.ca/become-a-cpa/admissions/internationally-designated-accountants/mra-rma-agreements, checked 2026-12-05)', () => {
    const bc = pathway('ca-bc-cpa-mra');
    checkedUnverified(bc, 'https://bccpa.ca/become-a-cpa/admissions/internationally-designated-accountants/mra-rma-agreements', /CPA Australia, which would come between COMPIC and HKICPA, is not among them.*Bylaw 501\(8\)\(b\).*two years/);
    for (const p of [bc, pathway('ca-ab-cpa-mra')]) {
      assert.doesNotMatch(p.title.en, /CPA Australia/, `${p.id}: a body with no agreement is not named`);
      assert.match(p.title.en, /ICAEW.*CA ANZ.*AICPA \/ NASBA/);
    }
  });

  it('CPA Alberta: a Pre-Assessment Questionnaire reviewed within 5-10 business days, two years of practice before the foreign designation, no fee given (http://www.cpaalberta.ca/Become-a-CPA/International-Candidates/RMAs, checked 2026-12-05)', () => {
    const ab = pathway('ca-ab-cpa-mra');
    checkedUnverified(ab, 'http://www.cpaalberta.ca/Become-a-CPA/International-Candidates/RMAs', /two years immediately before.*Pre-Assessment Questionnaire, reviewed within 5-10 business days.*CPA Ireland's agreement ended on 8 July 2022/);
    assert.match(ab.link.url, /^https:\/\/www\.cpaalberta\.ca\//, 'the link stays https');
  });

  it('Ordre des CPA du Québec: 2019-20 dues of CAD 945 before taxes, insurance CAD 30-1,750, no permit fee or time stored, so the range stays an estimate that holds the dues (https://cpaquebec.ca/en/cpa-members/requirements/annual-mandatory-declaration-and-annual-dues/, checked 2026-12-05)', () => {
    const membership = pathway('ca-qc-cpa-membership');
    checkedUnverified(membership, 'https://cpaquebec.ca/en/cpa-members/requirements/annual-mandatory-declaration-and-annual-dues/', /CAD 945.*by 15 March.*CAD 30 to 1,750.*estimates/);
    assert.ok(membership.cost[0].minMinor <= 94500 && membership.cost[0].maxMinor >= 94500, 'the range holds the dues');
  });

  it('Ontario’s 309A apprenticeship: typically five years, 8,160 hours on the job and 840 in school; no classroom fee on the page (https://www.ontario.ca/page/electrician-construction-and-maintenance, checked 2026-12-05)', () => {
    const apprenticeship = pathway('ca-on-elec-apprenticeship');
    checkedUnverified(apprenticeship, 'https://www.ontario.ca/page/electrician-construction-and-maintenance', /typically takes five years, 8,160 hours on the job and 840 in school.*gives no classroom fees/);
    assert.ok(apprenticeship.duration.maxDays >= 5 * 365, 'the longest time holds the five years');
  });
});
