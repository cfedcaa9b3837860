/** The critical path holds what closes a real gap, with usual extra costs as their own lines and totals per currency. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Profile } from '../../../src/api/gap.js';
import { analyseGap } from '../../../src/core/gap/analyse.js';
import { seedRequirementSet } from '../../../src/server/seed/catalogue/index.js';
import { DEMO_AS_OF, demoProfile } from '../../../src/server/seed/catalogue/demo-profile.js';
import { emptyProfile, pathway, rule, setOf, target } from './fixtures.js';

test('a requirement that needs evidence adds the step that produces it, not a bridging programme', () => {
  const practice = rule('practice', { experience: { minYears: 1, fieldFamilies: ['nursing'], competencies: ['triage'] } }, 'work-experience');
  const set = setOf([practice], [pathway('bridge', ['practice'], 'bridging-program', [200, 400], { cost: [{ minMinor: 500000, maxMinor: 900000, currency: 'CAD' }] })]);
  const profile: Profile = { ...emptyProfile, experience: [{ fieldFamily: 'nursing', country: 'NG', years: 0, start: '2018-01', end: '2024-12', competencies: [] }] };
  const analysis = analyseGap(profile, target, set, '2026-12-05');
  assert.equal(analysis.results[0].status, 'needs-evidence');
  assert.deepEqual(analysis.results[0].recommendedPathways, []);
  assert.deepEqual(analysis.criticalPath.steps.map((s) => s.pathwayId), [null]);
  assert.deepEqual(analysis.criticalPath.totalCost, []);
});

test('certified translation shows as its own line where the education was not in English or French, and not in the fees', () => {
  const set = seedRequirementSet('registered-nurse', 'ca-on');
  const nnasStep = (profile: Profile) => analyseGap(profile, { occupationId: 'registered-nurse', jurisdictionId: 'ca-on' }, set, DEMO_AS_OF).criticalPath.steps.find((s) => s.requirementId === 'ca-on-rn-nnas')!;
  assert.deepEqual(nnasStep(demoProfile).extraCosts?.map((e) => [e.kind, e.applies]), [['certified-translation', 'maybe']], 'the profile does not say the language of her studies');
  const inTagalog = { ...demoProfile, education: [{ ...demoProfile.education[0], languageOfInstruction: 'tl' }] };
  assert.deepEqual(nnasStep(inTagalog).extraCosts?.map((e) => [e.kind, e.applies]), [['certified-translation', 'yes']]);
  const inEnglish = { ...demoProfile, education: demoProfile.education.map((e) => ({ ...e, languageOfInstruction: 'en' })) };
  assert.equal(nnasStep(inEnglish).extraCosts, undefined);
  assert.deepEqual(nnasStep(inTagalog).cost, [{ minMinor: 65000, maxMinor: 65000, currency: 'USD' }], 'the fee line stays the NNAS fee');
});

test('travel to an exam held only abroad is a line for those who live elsewhere, and none for those who live there', () => {
  const osce = (residenceCountry?: string) => {
    const profile = { ...emptyProfile, ...(residenceCountry ? { residenceCountry } : {}) };
    const set = seedRequirementSet('registered-nurse', 'gb-eng');
    return analyseGap(profile, { occupationId: 'registered-nurse', jurisdictionId: 'gb-eng' }, set, DEMO_AS_OF).criticalPath.steps.find((s) => s.requirementId === 'gb-eng-rn-osce')!;
  };
  assert.deepEqual(osce('NG').extraCosts?.map((e) => [e.kind, e.applies]), [['travel', 'yes']]);
  assert.deepEqual(osce(undefined).extraCosts?.map((e) => e.applies), ['maybe']);
  assert.equal(osce('GB').extraCosts, undefined);
});

test('totals are one range per currency, never summed across currencies; sure extras with an amount get their own total', () => {
  const exam = rule('exam', { exam: { examIds: ['board'] } }, 'licensing-exam');
  const fees = [{ minMinor: 10000, maxMinor: 10000, currency: 'USD' }, { minMinor: 5000, maxMinor: 7000, currency: 'CAD' }];
  const set = setOf([exam], [pathway('sitting', ['exam'], 'exam', [30, 60], {
    cost: fees,
    extraCosts: [{ kind: 'travel', label: { en: 'Travel to the centre' }, cost: { minMinor: 80000, maxMinor: 150000, currency: 'GBP' }, heldOnlyIn: 'GB' }],
  })]);
  const path = analyseGap({ ...emptyProfile, residenceCountry: 'IN' }, target, set, '2026-12-05').criticalPath;
  assert.deepEqual(path.totalCost, fees);
  assert.deepEqual(path.totalExtraCost, [{ minMinor: 80000, maxMinor: 150000, currency: 'GBP' }]);
});
