import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GapAnalysis, type Profile } from '../../../src/api/gap.js';
import type { Requirement, RequirementSet } from '../../../src/api/catalogue.js';
import { analyseGap, CatalogueMismatchError } from '../../../src/core/gap/analyse.js';
import { evaluateRequirement } from '../../../src/core/gap/evaluate.js';
import { seedRequirementSet } from '../../../src/server/seed/catalogue/index.js';
import { DEMO_AS_OF, demoProfile } from '../../../src/server/seed/catalogue/demo-profile.js';

const slice = seedRequirementSet;

const nurseOn = slice('registered-nurse', 'ca-on');
const requirement = (set: RequirementSet, suffix: string) => set.requirements.find((r) => r.id.endsWith(`-${suffix}`))!;
const statusOf = (analysis: GapAnalysis, suffix: string) => analysis.results.find((r) => r.requirementId.endsWith(`-${suffix}`))!.status;

const emptyProfile: Profile = { education: [], licences: [], experience: [], languageTests: [] };

test('the demo nurse meets her education, practice and good standing in Ontario', () => {
  const analysis = analyseGap(demoProfile, { occupationId: 'registered-nurse', jurisdictionId: 'ca-on' }, nurseOn, DEMO_AS_OF);
  assert.equal(statusOf(analysis, 'education'), 'met');
  assert.equal(statusOf(analysis, 'practice'), 'met');
  assert.equal(statusOf(analysis, 'good-standing'), 'met');
});

test('an IELTS writing band half a point short is partly met and names the skill', () => {
  const profile: Profile = { ...demoProfile, languageTests: [{ ...demoProfile.languageTests[0], scores: { reading: 7, writing: 6, listening: 8, speaking: 7, overall: 7 } }] };
  const analysis = analyseGap(profile, { occupationId: 'registered-nurse', jurisdictionId: 'ca-on' }, nurseOn, DEMO_AS_OF);
  const language = analysis.results.find((r) => r.requirementId === 'ca-on-rn-language')!;
  assert.equal(language.status, 'partly-met');
  assert.equal(language.reasons[0].code, 'language.scoresShort');
  assert.match(String(language.reasons[0].params.short), /writing 6 < 6.5/);
  assert.equal(analysis.pathways.find((p) => p.id === language.recommendedPathways[0])?.kind, 'exam');
});

test('the demo nurse’s IELTS General Training meets CNO’s requirement and no test is on her critical path', () => {
  const analysis = analyseGap(demoProfile, { occupationId: 'registered-nurse', jurisdictionId: 'ca-on' }, nurseOn, DEMO_AS_OF);
  const language = analysis.results.find((r) => r.requirementId === 'ca-on-rn-language')!;
  assert.equal(language.status, 'met');
  assert.equal(language.reasons[0].code, 'language.met');
  assert.deepEqual(language.recommendedPathways, []);
  const onPath = analysis.criticalPath.steps.flatMap((s) => [s.requirementId, ...s.closes]);
  assert.ok(!onPath.includes('ca-on-rn-language'), 'no language step');
  const examKinds = analysis.criticalPath.steps.map((s) => analysis.pathways.find((p) => p.id === s.pathwayId)).filter((p) => p && /IELTS|CELBAN|TEF/.test(p.title.en));
  assert.deepEqual(examKinds, [], 'no language test on the path');
});

test('exams not yet taken and no NNAS report are gaps with pathways', () => {
  const analysis = analyseGap(demoProfile, { occupationId: 'registered-nurse', jurisdictionId: 'ca-on' }, nurseOn, DEMO_AS_OF);
  assert.equal(statusOf(analysis, 'nnas'), 'gap');
  assert.equal(statusOf(analysis, 'nclex'), 'gap');
  const nclex = analysis.results.find((r) => r.requirementId === 'ca-on-rn-nclex')!;
  assert.deepEqual(nclex.recommendedPathways, ['ca-on-rn-nclex-exam', 'ca-on-rn-nclex-prep']);
  assert.equal(analysis.readiness.ready, false);
  assert.equal(analysis.illustrative, true);
  assert.ok(GapAnalysis.safeParse(analysis).success, 'the analysis satisfies the contract');
});

test('the demo plan follows CNO’s order: NNAS, the CNO application, then the exams and the Transition to Practice course side by side, then registration', () => {
  const { criticalPath } = analyseGap(demoProfile, { occupationId: 'registered-nurse', jurisdictionId: 'ca-on' }, nurseOn, DEMO_AS_OF);
  assert.deepEqual(criticalPath.stages, [['ca-on-rn-nnas'], ['ca-on-rn-application'], ['ca-on-rn-nclex', 'ca-on-rn-jurisprudence', 'ca-on-rn-transition-to-practice'], ['ca-on-rn-registration']]);
  // CNO's Transition to Practice course (since 1 April 2025) is a step of its own, and registration waits for it.
  const ttp = criticalPath.steps.find((s) => s.requirementId === 'ca-on-rn-transition-to-practice')!;
  assert.equal(ttp.pathwayId, 'ca-on-rn-ttp-course');
  assert.ok(criticalPath.steps.find((s) => s.requirementId === 'ca-on-rn-registration')!.after.includes('ca-on-rn-transition-to-practice'));
  // NNAS 90-300 days, the CNO application 30-180, then the course (49-98 days, unverified) or NCLEX (45-120), registration 14-45.
  assert.deepEqual(criticalPath.totalDuration, { minDays: 183, maxDays: 645 });
  // Each currency its own total: NNAS in US dollars; CNO's application, the NCLEX (CAD 360), jurisprudence and registration in Canadian dollars.
  // The course adds no amount: no stored page publishes its fee (each provider sets one).
  assert.deepEqual(criticalPath.totalCost, [
    { minMinor: 65000, maxMinor: 65000, currency: 'USD' },
    { minMinor: 48929 + 36000 + 4520 + 49381, maxMinor: 48929 + 36000 + 4520 + 49381, currency: 'CAD' },
  ]);
  assert.deepEqual(criticalPath.steps.filter((s) => s.critical).map((s) => s.requirementId), ['ca-on-rn-nnas', 'ca-on-rn-application', 'ca-on-rn-nclex', 'ca-on-rn-registration']);
});

test('a foreign assessment by a body the regulator does not name needs evidence', () => {
  const profile: Profile = { ...demoProfile, assessments: [{ body: 'wes', status: 'completed', equivalentLevel: 'bachelor', completedOn: '2024-05-01' }] };
  assert.equal(evaluateRequirement(requirement(nurseOn, 'nnas'), profile, DEMO_AS_OF).status, 'needs-evidence');
});

test('a test result that met the scores but is too old needs evidence', () => {
  const profile: Profile = { ...demoProfile, languageTests: [{ test: 'celban', scores: { reading: 9, writing: 8, listening: 10, speaking: 9 }, takenOn: '2021-01-10' }] };
  const evaluation = evaluateRequirement(requirement(nurseOn, 'language'), profile, DEMO_AS_OF);
  assert.equal(evaluation.status, 'needs-evidence');
  assert.equal(evaluation.reasons[0].code, 'language.expired');
});

test('an old result that was also short in a skill is a gap that names the retake, not a missing test', () => {
  const profile: Profile = { ...demoProfile, languageTests: [{ test: 'ielts-general', scores: { reading: 7, writing: 6, listening: 8, speaking: 7, overall: 7 }, takenOn: '2021-01-10' }] };
  const evaluation = evaluateRequirement(requirement(nurseOn, 'language'), profile, DEMO_AS_OF);
  assert.equal(evaluation.status, 'gap');
  assert.equal(evaluation.reasons[0].code, 'language.expiredShort');
  assert.match(String(evaluation.reasons[0].params.short), /^writing 6 < 6.5$/);
  assert.equal(evaluation.reasons[0].params.date, '2021-01-10');
});

test('a diploma-level nurse whose last practice was five years ago is partly met on education and practice', () => {
  const profile: Profile = {
    ...emptyProfile,
    education: [{ level: 'diploma', fieldFamily: 'nursing', country: 'PH', year: 2005 }],
    experience: [{ fieldFamily: 'nursing', country: 'PH', years: 10, endYear: 2019, competencies: [] }],
  };
  assert.equal(evaluateRequirement(requirement(nurseOn, 'education'), profile, DEMO_AS_OF).status, 'partly-met');
  const practice = evaluateRequirement(requirement(nurseOn, 'practice'), profile, DEMO_AS_OF);
  assert.equal(practice.status, 'partly-met');
  assert.equal(practice.reasons[0].code, 'experience.notRecent');
});

test('an empty profile is a gap everywhere and not ready', () => {
  const analysis = analyseGap(emptyProfile, { occupationId: 'registered-nurse', jurisdictionId: 'ca-on' }, nurseOn, DEMO_AS_OF);
  assert.ok(analysis.results.every((r) => r.status === 'gap'));
  assert.equal(analysis.readiness.percentMet, 0);
});

test('a nurse with every step done is ready but for the evidence of the step she declares', () => {
  const profile: Profile = {
    ...demoProfile,
    languageTests: [{ test: 'ielts-academic', scores: { reading: 7, writing: 7, listening: 8, speaking: 7.5, overall: 7.5 }, takenOn: '2026-01-10' }],
    assessments: [
      { body: 'nnas', status: 'completed', completedOn: '2025-12-01' },
      { body: 'cno', status: 'completed', completedOn: '2026-02-01' },
    ],
    exams: [
      { examId: 'nclex-rn', passedOn: '2026-05-20' },
      { examId: 'cno-jurisprudence', passedOn: '2026-03-05' },
    ],
    // No profile field shows a finished Transition to Practice course: she declares it, as she does registration.
    declared: ['ca-on-rn-transition-to-practice', 'ca-on-rn-registration'],
  };
  const analysis = analyseGap(profile, { occupationId: 'registered-nurse', jurisdictionId: 'ca-on' }, nurseOn, DEMO_AS_OF);
  // Declared but unverified: the only steps left, and they are gathering the proof, not taking the course or paying the fee again.
  assert.equal(statusOf(analysis, 'registration'), 'needs-evidence');
  assert.equal(statusOf(analysis, 'transition-to-practice'), 'needs-evidence');
  assert.deepEqual(analysis.readiness.counts, { met: 8, 'partly-met': 0, gap: 0, 'needs-evidence': 2 });
  assert.deepEqual(analysis.criticalPath.steps.map((s) => [s.requirementId, s.pathwayId]), [['ca-on-rn-transition-to-practice', null], ['ca-on-rn-registration', null]]);
});

test('a result at the level of a test the regulator does not list needs evidence, and the test it lists is the way to get it', () => {
  // A rule with both a benchmark level and a list of tests; CELPIP converts to CLB by IRCC's published chart.
  const rule: Requirement = {
    ...requirement(nurseOn, 'language'),
    criteria: { language: { language: 'en', acceptedTests: [{ test: 'ielts-academic', minScores: { reading: 7, writing: 7, listening: 7, speaking: 7 } }], minLevel: { scale: 'clb', perSkill: { reading: 8, writing: 8, listening: 8, speaking: 8 } } } },
  };
  const profile: Profile = { ...emptyProfile, languageTests: [{ test: 'celpip-general', scores: { reading: 9, writing: 9, listening: 9, speaking: 9 }, takenOn: '2026-10-01' }] };
  const evaluation = evaluateRequirement(rule, profile, DEMO_AS_OF);
  assert.equal(evaluation.status, 'needs-evidence');
  assert.equal(evaluation.reasons[0].code, 'language.testNotAccepted');
  assert.deepEqual(evaluation.evidenceBy, ['exam']);
});

test('a test CNO does not list is a gap that names the tests it accepts', () => {
  const profile: Profile = { ...emptyProfile, languageTests: [{ test: 'toefl-ibt', scores: { reading: 29, writing: 29, listening: 28, speaking: 28 }, takenOn: '2025-10-01' }] };
  const evaluation = evaluateRequirement(requirement(nurseOn, 'language'), profile, DEMO_AS_OF);
  assert.equal(evaluation.status, 'gap');
  assert.equal(evaluation.reasons[0].code, 'language.testNotListed');
  assert.match(String(evaluation.reasons[0].params.accepted), /ielts-general/);
});

test('advisory requirements of an unregulated occupation do not block readiness', () => {
  const dev = slice('software-developer', 'ca-on');
  const profile: Profile = {
    ...emptyProfile,
    education: [{ level: 'bachelor', fieldFamily: 'computing', country: 'IN', year: 2016 }],
    experience: [{ fieldFamily: 'computing', country: 'IN', years: 6, competencies: ['programming', 'version-control'] }],
    languageTests: [{ test: 'celpip-general', scores: { reading: 9, writing: 8, listening: 9, speaking: 8 }, takenOn: '2024-06-01' }],
  };
  const analysis = analyseGap(profile, { occupationId: 'software-developer', jurisdictionId: 'ca-on' }, dev, DEMO_AS_OF);
  assert.equal(analysis.regulation.regulated, false);
  assert.equal(statusOf(analysis, 'language'), 'met');
  assert.equal(statusOf(analysis, 'evaluation'), 'gap');
  assert.equal(analysis.readiness.ready, true);
  assert.deepEqual(analysis.criticalPath.steps, []);
});

test('a requirement set for another target is refused', () => {
  assert.throws(() => analyseGap(demoProfile, { occupationId: 'registered-nurse', jurisdictionId: 'gb-eng' }, nurseOn, DEMO_AS_OF), CatalogueMismatchError);
});

test('a bridging programme that closes two requirements is one step, paid for once', () => {
  const profile: Profile = {
    ...demoProfile,
    education: [{ level: 'diploma', fieldFamily: 'nursing', country: 'PH', year: 2005 }],
    experience: [{ fieldFamily: 'nursing', country: 'PH', years: 10, endYear: 2018, competencies: [] }],
  };
  const analysis = analyseGap(profile, { occupationId: 'registered-nurse', jurisdictionId: 'ca-on' }, nurseOn, DEMO_AS_OF);
  const bridging = analysis.criticalPath.steps.filter((s) => s.pathwayId === 'ca-on-rn-bridging');
  assert.equal(bridging.length, 1);
  assert.deepEqual(bridging[0].closes, ['ca-on-rn-education', 'ca-on-rn-practice']);
  assert.deepEqual(bridging[0].after, ['ca-on-rn-nnas'], 'the bridging programme starts after the NNAS report');
  const cad = analysis.criticalPath.totalCost.find((c) => c.currency === 'CAD')!;
  // The bridging programme once (CAD 12,000 at most) beside the application, NCLEX, jurisprudence and registration fees.
  assert.equal(cad.maxMinor, 1200000 + 48929 + 36000 + 4520 + 49381);
});
