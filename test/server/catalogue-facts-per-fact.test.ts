/**
 * Facts checked one by one (2026-12-05): where an owner's page gave the fee but not the time, the
 * pathway says so per fact, and each analysis's provenance carries it ("fee checked on …; time an
 * estimate"). Each test names the page the fee was read on.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyseGap } from '../../src/core/gap/analyse.js';
import { seedRequirementSet } from '../../src/server/seed/catalogue/index.js';
import { FACTS_AS_OF, pathway, person } from '../support/catalogue-facts.js';

/** The pathway keeps one status for the whole (unverified), with the fee confirmed on `url` and the time not. */
function feeCheckedTimeNot(id: string, url: string, cost: { minMinor: number; maxMinor: number; currency: string }) {
  const p = pathway(id);
  assert.equal(p.verification?.status, 'unverified', `${id}: the time is not confirmed, so the whole is not`);
  assert.equal(p.verification?.checkedOn, '2026-12-05');
  assert.equal(p.verification?.source?.url, url);
  assert.deepEqual(p.verification?.facts, { fee: { status: 'verified' }, duration: { status: 'unverified' } });
  assert.deepEqual(p.cost, [cost]);
}

describe('facts checked one by one', () => {
  const cases: [string, string, { minMinor: number; maxMinor: number; currency: string }][] = [
    ['ca-ab-peng-apega-application', 'https://www.apega.ca/apply/professional-member/', { minMinor: 50000, maxMinor: 52500, currency: 'CAD' }],
    ['de-by-ing-zab', 'https://www.kmk.org/zab/zeugnisbewertung/gebuehren.html', { minMinor: 20000, maxMinor: 20000, currency: 'EUR' }],
    ['gb-eng-rn-nmc-application', 'https://nmc.org.uk/registration/your-registration/os-subsequent-registration/qualification-evaluation', { minMinor: 14000, maxMinor: 14000, currency: 'GBP' }],
    ['ca-on-sw-registration', 'https://ocswssw.org/ocswssw-resources/fee-chart', { minMinor: 50000, maxMinor: 50000, currency: 'CAD' }],
    ['ca-ab-sw-registration', 'https://acsw.ab.ca/registration/fees', { minMinor: 60000, maxMinor: 60000, currency: 'CAD' }],
    ['ca-bc-sw-aswb', 'https://www.aswb.org/exam/getting-ready-for-the-exam/', { minMinor: 23000, maxMinor: 23000, currency: 'USD' }],
    ['ca-bc-tcb-application', 'https://www2.gov.bc.ca/gov/content/education-training/k-12/teach/become-a-teacher/apply/application-fee', { minMinor: 39500, maxMinor: 39500, currency: 'CAD' }],
  ];
  for (const [id, url, cost] of cases) {
    it(`${id}: the fee was read on the owner's page, the time was not (${url}, checked 2026-12-05)`, () => feeCheckedTimeNot(id, url, cost));
  }

  it('an analysis says the fee of the step shown was checked on its day and page, and the time is an estimate (https://www.apega.ca/apply/professional-member/, checked 2026-12-05)', () => {
    const analysis = analyseGap(person({}), { occupationId: 'professional-engineer', jurisdictionId: 'ca-ab' }, seedRequirementSet('professional-engineer', 'ca-ab'), FACTS_AS_OF);
    const result = analysis.results.find((r) => r.recommendedPathways[0] === 'ca-ab-peng-apega-application');
    assert.ok(result, 'APEGA’s application is the step shown for a requirement');
    const url = 'https://www.apega.ca/apply/professional-member/';
    assert.deepEqual(
      result.provenance?.facts?.map((f) => [f.fact, f.verified, f.checkedOn, f.source?.url]),
      [
        ['fee', true, '2026-12-05', url],
        ['duration', false, '2026-12-05', url],
      ],
    );
  });

  it('an entry that records no fact apart keeps one status, and its provenance lists no facts', () => {
    const analysis = analyseGap(person({}), { occupationId: 'registered-nurse', jurisdictionId: 'ca-on' }, seedRequirementSet('registered-nurse', 'ca-on'), FACTS_AS_OF);
    const jurisprudence = analysis.results.find((r) => r.requirementId === 'ca-on-rn-jurisprudence');
    assert.ok(jurisprudence?.provenance, 'the result has its provenance');
    assert.equal(jurisprudence.provenance.facts, undefined);
  });
});
