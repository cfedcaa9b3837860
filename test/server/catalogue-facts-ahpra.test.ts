/**
 * The last unverified facts of issue #9, looked for again on 2026-12-06: Ahpra's language minimums
 * (still not on a stored page of Ahpra or a test owner, and reported changed for tests from
 * 23 April 2026), and BC's missing Pharmacists' Gateway Canada step.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyseGap } from '../../src/core/gap/analyse.js';
import { seedRequirementSet } from '../../src/server/seed/catalogue/index.js';
import { FACTS_AS_OF, ielts, pathway, person, requirement, statusOf } from '../support/catalogue-facts.js';

const DAY = '2026-12-06';
const AHPRA_SETS = [
  ['registered-nurse', 'rn'],
  ['pharmacist', 'pharm'],
  ['physician', 'md'],
  ['dentist', 'dds'],
] as const;

describe('Ahpra’s language minimums, looked for again', () => {
  it('every Ahpra language requirement says its minimums were looked for again on 2026-12-06 on Ahpra’s and the Boards’ pages, still without the table, and that third parties report new minimums for tests from 23 April 2026 (https://ahpra.gov.au/Registration/Registration-Standards/English-language-skills/Accepted-English-language-tests.aspx, checked 2026-12-06)', () => {
    for (const [, short] of AHPRA_SETS) {
      for (const state of ['nsw', 'vic']) {
        const threshold = requirement(`au-${state}-${short}-language`).verification?.facts?.threshold;
        assert.equal(threshold?.status, 'unverified');
        assert.equal(threshold?.checkedOn, DAY);
        assert.equal(threshold?.source?.url, 'https://ahpra.gov.au/Registration/Registration-Standards/English-language-skills/Accepted-English-language-tests.aspx');
        const note = threshold?.note?.en ?? '';
        assert.match(note, /Nursing and Midwifery Board’s fact sheet \(updated August 2025\).*Appendix one/);
        assert.match(note, /oet\.com\/post\/ahphra-changes-english-language-requirements/);
        assert.match(note, /23 April 2026 \(PTE Academic overall 63 and speaking 76, for one\)/);
      }
    }
  });

  it('only IELTS is read against its minimums: a PTE result at the 2025 figures, taken after 23 April 2026, and a TOEFL result on the 1-6 bands are "needs evidence", never "met"', () => {
    const pte = person({ languageTests: [{ test: 'pte-academic', scores: { reading: 70, writing: 60, listening: 70, speaking: 70, overall: 70 }, takenOn: '2026-06-01' }] });
    const toefl = person({ languageTests: [{ test: 'toefl-ibt', scale: '1-6', scores: { reading: 6, writing: 6, listening: 6, speaking: 6, overall: 6 }, comparableTotal: 120, takenOn: '2026-06-01' }] });
    const confirmed = person({ languageTests: [ielts({ reading: 7, writing: 6.5, listening: 7, speaking: 7, overall: 7 })] });
    for (const [occupationId, short] of AHPRA_SETS) {
      for (const state of ['nsw', 'vic']) {
        const id = `au-${state}-${short}-language`;
        assert.equal(statusOf(pte, occupationId, `au-${state}`, id), 'needs-evidence', `${id}: PTE`);
        assert.equal(statusOf(toefl, occupationId, `au-${state}`, id), 'needs-evidence', `${id}: TOEFL bands`);
        assert.equal(statusOf(confirmed, occupationId, `au-${state}`, id), 'met', `${id}: IELTS at Ahpra’s confirmed minimums`);
      }
    }
  });
});

describe('BC pharmacists: enrolment in NAPRA’s Pharmacists’ Gateway Canada', () => {
  const graduate = person({ education: [{ level: 'bachelor', fieldFamily: 'pharmacy', country: 'IN', year: 2018 }] });

  it('is the first step before PEBC’s Document Evaluation on the College of Pharmacists of BC’s own page, as in Ontario (https://www.bcpharmacists.org/print/international-pharmacy-graduate-ipg, checked 2026-12-06)', () => {
    const gateway = requirement('ca-bc-pharm-gateway');
    assert.equal(gateway.source.url, 'https://www.bcpharmacists.org/print/international-pharmacy-graduate-ipg');
    assert.equal(gateway.lastVerified, DAY);
    assert.equal(gateway.verification?.status, 'verified');
    assert.match(gateway.verification?.note?.en ?? '', /begin, before applying for a licence, with enrolling in Pharmacists’ Gateway Canada.*mandatory first step .* except in Quebec/);
    assert.deepEqual(gateway.criteria.requiresPrior, ['ca-bc-pharm-education']);
    assert.deepEqual(requirement('ca-bc-pharm-document-evaluation').criteria.requiresPrior, [gateway.id]);
  });

  it('its fee: CAD 380 since January 2024 on the Gateway’s FAQ, CAD 340 on its enrolment page, so an estimate of CAD 340-380 (https://www.pharmacistsgatewaycanada.ca/frequently-asked-questions/, checked 2026-12-06)', () => {
    const enrol = pathway('ca-bc-pharm-gateway-enrolment');
    assert.deepEqual(enrol.closes, ['ca-bc-pharm-gateway']);
    assert.deepEqual(enrol.cost, [{ minMinor: 34000, maxMinor: 38000, currency: 'CAD' }]);
    assert.equal(enrol.verification?.status, 'unverified');
    assert.equal(enrol.verification?.checkedOn, DAY);
    assert.equal(enrol.verification?.source?.url, 'https://www.pharmacistsgatewaycanada.ca/frequently-asked-questions/');
    assert.match(enrol.verification?.note?.en ?? '', /CAD 380 effective January 2024.*CAD 340 plus tax.*estimate/);
  });

  it('a new graduate’s critical path in BC starts with the Gateway, then Document Evaluation', () => {
    const { criticalPath } = analyseGap(graduate, { occupationId: 'pharmacist', jurisdictionId: 'ca-bc' }, seedRequirementSet('pharmacist', 'ca-bc'), FACTS_AS_OF);
    const step = (id: string) => {
      const found = criticalPath.steps.find((s) => s.closes.includes(id));
      assert.ok(found, `a step closes ${id}`);
      return found;
    };
    assert.equal(step('ca-bc-pharm-gateway').pathwayId, 'ca-bc-pharm-gateway-enrolment');
    assert.equal(step('ca-bc-pharm-gateway').stage, 0);
    assert.ok(step('ca-bc-pharm-document-evaluation').after.includes('ca-bc-pharm-gateway'));
  });
});
