/**
 * Gaps found by the line-by-line audit of issue #9 (2026-12-05), each closed with the page it
 * was read on: Ontario's pharmacist steps that were missing (OCP's Jurisprudence, Ethics and
 * Professionalism Exam; enrolment in NAPRA's Pharmacists' Gateway Canada), the Cambridge
 * tests Ahpra's 2025 standard accepts, which a person could not record before, and the NMC's
 * employer reference (SIFE), which no route could express.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { acceptedTests, AHPRA_SETS, checkedUnverified, criticalStepsOf, pathway, person, requirement, statusOf, verifiedOn } from '../support/catalogue-facts.js';

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
    const step = criticalStepsOf(graduate, 'pharmacist', 'ca-on');
    assert.equal(step('ca-on-pharm-gateway').pathwayId, 'ca-on-pharm-gateway-enrolment');
    assert.equal(step('ca-on-pharm-gateway').stage, 0);
    assert.ok(step('ca-on-pharm-document-evaluation').after.includes(step('ca-on-pharm-gateway').requirementId));
    assert.equal(step('ca-on-pharm-jurisprudence-exam').pathwayId, 'ca-on-pharm-jurisprudence-sitting');
    assert.ok(step('ca-on-pharm-registration').after.includes(step('ca-on-pharm-jurisprudence-exam').requirementId));
  });
});

describe('Ahpra 2025: Cambridge C1 Advanced and C2 Proficiency', () => {
  it('every Ahpra language requirement lists both Cambridge tests, with no minimums and the threshold fact unconfirmed, since the stored accepted-tests page lacks its table (https://ahpra.gov.au/Registration/Registration-Standards/English-language-skills/Accepted-English-language-tests.aspx, checked 2026-12-05 and again 2026-12-06)', () => {
    for (const [occupationId, short] of AHPRA_SETS) {
      for (const state of ['nsw', 'vic']) {
        const language = requirement(`au-${state}-${short}-language`);
        assert.equal(language.occupationId, occupationId);
        const tests = acceptedTests(language);
        for (const test of ['cambridge-c1-advanced', 'cambridge-c2-proficiency'] as const) {
          assert.deepEqual(tests[test], { test, minScores: {}, verified: false }, `${language.id}: ${test}`);
        }
        const threshold = language.verification?.facts?.threshold;
        assert.equal(threshold?.status, 'unverified');
        assert.equal(threshold?.checkedOn, '2026-12-06');
        assert.equal(threshold?.source?.url, 'https://ahpra.gov.au/Registration/Registration-Standards/English-language-skills/Accepted-English-language-tests.aspx');
        assert.match(threshold?.note?.en ?? '', /Cambridge C1 Advanced and C2 Proficiency.*no stored page gives Ahpra’s Cambridge English Scale minimums/);
      }
    }
  });

  it('a person can record a Cambridge result, and even the top of the scale is "needs evidence", never "met", until Ahpra’s minimums are confirmed', () => {
    const cambridge = (test: 'cambridge-c1-advanced' | 'cambridge-c2-proficiency', score: number) =>
      person({ languageTests: [{ test, scores: { reading: score, writing: score, listening: score, speaking: score, overall: score }, takenOn: '2026-06-01' }] });
    for (const [occupationId, short] of AHPRA_SETS) {
      assert.equal(statusOf(cambridge('cambridge-c2-proficiency', 230), occupationId, 'au-nsw', `au-nsw-${short}-language`), 'needs-evidence');
      assert.equal(statusOf(cambridge('cambridge-c1-advanced', 210), occupationId, 'au-vic', `au-vic-${short}-language`), 'needs-evidence');
    }
    // Another regulator that does not list Cambridge: the result is not the route there.
    assert.equal(statusOf(cambridge('cambridge-c2-proficiency', 230), 'registered-nurse', 'gb-eng', 'gb-eng-rn-language'), 'gap');
  });
});

describe('UK NMC: supporting information from employers (SIFE)', () => {
  it('an employer reference after 12 months in a UK health or care role, still there when applying, only beside a qualification taught in English or two narrowly missed tests (https://www.nmc.org.uk/registration/joining-the-register/sife/sife-for-applicants/, checked 2026-12-05)', () => {
    const language = requirement('gb-eng-rn-language');
    const route = language.criteria.language?.otherEvidence?.find((r) => r.kind === 'employer-reference');
    assert.ok(route, 'the NMC lists the route');
    assert.deepEqual(
      { languages: route.languages, fieldFamilies: route.fieldFamilies, inCountry: route.inCountry, minMonths: route.minMonths, ongoing: route.ongoing, alongside: route.alongside },
      { languages: ['en'], fieldFamilies: ['nursing', 'health-other'], inCountry: 'GB', minMonths: 12, ongoing: true, alongside: { education: true, educationFields: ['nursing'], nearMissTests: [{ test: 'ielts-academic', by: 0.5 }, { test: 'oet', by: 50 }] } },
    );
    assert.match(language.verification?.note?.en ?? '', /SIFE.*checked 2026-12-05.*sife-for-applicants.*supplementary evidence only.*0\.5 in IELTS or half a grade in OET.*12 months full-time in a non-registered role in a UK health or care setting with the same employer/);
    const carer = (languageReference: boolean) =>
      person({
        education: [{ level: 'bachelor', fieldFamily: 'nursing', country: 'IN', year: 2014, languageOfInstruction: 'en' }],
        experience: [{ role: 'Care assistant', fieldFamily: 'health-other', country: 'GB', years: 0, start: '2025-09', language: 'en', languageReference, competencies: [] }],
      });
    assert.equal(statusOf(carer(true), 'registered-nurse', 'gb-eng', language.id), 'needs-evidence');
    assert.equal(statusOf(carer(false), 'registered-nurse', 'gb-eng', language.id), 'gap', 'without the reference, nothing else in this profile counts');
  });
});
