/**
 * The last unverified facts of issue #9, looked for again on 2026-12-06: BC's missing
 * Pharmacists' Gateway Canada step, as Ontario's set has it.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyseGap } from '../../src/core/gap/analyse.js';
import { seedRequirementSet } from '../../src/server/seed/catalogue/index.js';
import { FACTS_AS_OF, pathway, person, requirement } from '../support/catalogue-facts.js';

const DAY = '2026-12-06';

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
