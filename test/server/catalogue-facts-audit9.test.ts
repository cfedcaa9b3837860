/**
 * Gaps found by the line-by-line audit of issue #9 (2026-12-05), each closed with the page it
 * was read on: Ontario's pharmacist steps that were missing (OCP's Jurisprudence, Ethics and
 * Professionalism Exam; enrolment in NAPRA's Pharmacists' Gateway Canada).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyseGap } from '../../src/core/gap/analyse.js';
import { seedRequirementSet } from '../../src/server/seed/catalogue/index.js';
import { checkedUnverified, FACTS_AS_OF, pathway, person, requirement, statusOf, verifiedOn } from '../support/catalogue-facts.js';

/** An international pharmacy graduate with a foreign degree and nothing else done yet. */
const graduate = person({ education: [{ level: 'bachelor', fieldFamily: 'pharmacy', country: 'IN', year: 2018 }] });

describe('Ontario pharmacists: the steps the audit found missing', () => {
  it('OCP’s Jurisprudence, Ethics and Professionalism Exam is a requirement for pharmacist applicants, sat once the education requirement is met, before registration (https://www.ocpinfo.com/registration/res-policies/pharmaceutical-jurisprudence-ethics-and-professionalism-exam, revised August 2025, checked 2026-12-05)', () => {
    const jep = requirement('ca-on-pharm-jurisprudence-exam');
    verifiedOn(jep, 'https://www.ocpinfo.com/registration/res-policies/pharmaceutical-jurisprudence-ethics-and-professionalism-exam');
    assert.equal(jep.kind, 'licensing-exam');
    assert.deepEqual(jep.criteria.exam, { examIds: ['ocp-jurisprudence'] });
    assert.deepEqual(jep.criteria.requiresPrior, ['ca-on-pharm-education']);
    assert.match(jep.verification?.note?.en ?? '', /O\. Reg\. 256\/24.*does not apply a validity window/);
    assert.ok(requirement('ca-on-pharm-registration').criteria.requiresPrior?.includes(jep.id), 'registration waits for it');
    const status = (extra: Parameters<typeof person>[0]) => statusOf(person(extra), 'pharmacist', 'ca-on', jep.id);
    assert.equal(status({ exams: [{ examId: 'ocp-jurisprudence', passedOn: '2026-10-20' }] }), 'met');
    assert.equal(status({ exams: [{ examId: 'cno-jurisprudence', passedOn: '2026-10-20' }] }), 'gap', 'another college’s jurisprudence exam does not count');
  });

  it('its sitting: CAD 100 plus HST on OCP’s older fee page, three sittings a year on Prometric’s, so fee and time stay estimates (http://www.ocpinfo.com/registration/fees-timelines/graduate-ccapp/ and https://www.prometric.com/ocp, checked 2026-12-05)', () => {
    const sitting = pathway('ca-on-pharm-jurisprudence-sitting');
    checkedUnverified(sitting, 'http://www.ocpinfo.com/registration/fees-timelines/graduate-ccapp/', /CAD 100 plus HST.*three sittings a year.*estimates/);
    assert.equal(sitting.kind, 'exam');
    assert.deepEqual(sitting.closes, ['ca-on-pharm-jurisprudence-exam']);
    assert.deepEqual(sitting.cost, [{ minMinor: 10000, maxMinor: 11300, currency: 'CAD' }]);
  });

  it('Pharmacists’ Gateway Canada: enrolment is the mandatory first step outside Quebec and comes before PEBC’s Document Evaluation (https://www.pharmacistsgatewaycanada.ca/before-you-start/enrol-as-a-candidate/, checked 2026-12-05)', () => {
    const gateway = requirement('ca-on-pharm-gateway');
    verifiedOn(gateway, 'https://www.pharmacistsgatewaycanada.ca/before-you-start/enrol-as-a-candidate/');
    assert.match(gateway.verification?.note?.en ?? '', /mandatory first step.*except in Quebec.*pebc\.ca\/pharmacists\/certification-pathway\/us-graduates/);
    assert.deepEqual(requirement('ca-on-pharm-document-evaluation').criteria.requiresPrior, [gateway.id]);
    assert.deepEqual(gateway.criteria.requiresPrior, ['ca-on-pharm-education'], 'the FAQ’s minimum: a four-year degree in pharmacy');
    assert.match(gateway.verification?.note?.en ?? '', /four-year undergraduate degree in pharmacy/);
  });

  it('its fee: CAD 380 since January 2024 on the Gateway’s FAQ, CAD 340 on its undated enrolment and Ontario pages, so the CAD 340-380 is an estimate (https://www.pharmacistsgatewaycanada.ca/frequently-asked-questions/, checked 2026-12-05)', () => {
    const enrol = pathway('ca-on-pharm-gateway-enrolment');
    checkedUnverified(enrol, 'https://www.pharmacistsgatewaycanada.ca/frequently-asked-questions/', /CAD 380 effective January 2024.*how-to-apply\/ontario\/.*CAD 340.*estimate/);
    assert.deepEqual(enrol.cost, [{ minMinor: 34000, maxMinor: 38000, currency: 'CAD' }]);
    assert.deepEqual(enrol.closes, ['ca-on-pharm-gateway']);
  });

  it('a new graduate’s critical path starts with the Gateway, then Document Evaluation, and registration comes after the jurisprudence exam', () => {
    const { criticalPath } = analyseGap(graduate, { occupationId: 'pharmacist', jurisdictionId: 'ca-on' }, seedRequirementSet('pharmacist', 'ca-on'), FACTS_AS_OF);
    const step = (id: string) => {
      const found = criticalPath.steps.find((s) => s.closes.includes(id));
      assert.ok(found, `a step closes ${id}`);
      return found;
    };
    assert.equal(step('ca-on-pharm-gateway').pathwayId, 'ca-on-pharm-gateway-enrolment');
    assert.equal(step('ca-on-pharm-gateway').stage, 0);
    assert.ok(step('ca-on-pharm-document-evaluation').after.includes(step('ca-on-pharm-gateway').requirementId));
    assert.equal(step('ca-on-pharm-jurisprudence-exam').pathwayId, 'ca-on-pharm-jurisprudence-sitting');
    assert.ok(step('ca-on-pharm-registration').after.includes(step('ca-on-pharm-jurisprudence-exam').requirementId));
  });
});
