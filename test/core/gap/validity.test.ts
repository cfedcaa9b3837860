/** Dates to the day: the last valid day and the day after, results dated in the future, days projected from the plan. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Profile } from '../../../src/api/gap.js';
import { analyseGap } from '../../../src/core/gap/analyse.js';
import { evaluateRequirement } from '../../../src/core/gap/evaluate.js';
import { emptyProfile, pathway, rule, setOf, target } from './fixtures.js';

const IELTS7 = { reading: 7, writing: 7, listening: 7, speaking: 7, overall: 7 };
const twoYears = rule('lang', { language: { language: 'en', acceptedTests: [{ test: 'ielts-academic', minScores: IELTS7 }], validity: { within: { years: 2 } } } }, 'language-proficiency');
const sat = (takenOn: string): Profile => ({ ...emptyProfile, languageTests: [{ test: 'ielts-academic', scores: IELTS7, takenOn }] });

test('a result counts on the last day of its window and not on the day after', () => {
  assert.equal(evaluateRequirement(twoYears, sat('2024-12-05'), '2026-12-05').status, 'met');
  const dayAfter = evaluateRequirement(twoYears, sat('2024-12-05'), '2026-12-06');
  assert.equal(dayAfter.status, 'needs-evidence');
  assert.equal(dayAfter.reasons[0].code, 'language.expired');
  assert.equal(dayAfter.reasons[0].params.lastDay, '2026-12-05');
  assert.deepEqual(dayAfter.evidenceBy, ['exam'], 'the evidence is a new sitting');
});

test('a result dated after the analysis date is refused with a reason, and does not count', () => {
  const evaluation = evaluateRequirement(twoYears, sat('2026-12-06'), '2026-12-05');
  assert.equal(evaluation.status, 'gap');
  const refused = evaluation.reasons.find((r) => r.code === 'language.futureDate');
  assert.ok(refused, 'the refusal is one of the reasons');
  assert.deepEqual(refused.params, { test: 'ielts-academic', date: '2026-12-06', asOf: '2026-12-05' });
  // The same day counts.
  assert.equal(evaluateRequirement(twoYears, sat('2026-12-05'), '2026-12-05').status, 'met');
});

test('an exam pass that expires counts through its last day and is a gap the day after', () => {
  const exam = rule('exam', { exam: { examIds: ['ore2'], validity: { within: { years: 3 } } } }, 'licensing-exam');
  const profile: Profile = { ...emptyProfile, exams: [{ examId: 'ore2', passedOn: '2023-12-05' }] };
  assert.equal(evaluateRequirement(exam, profile, '2026-12-05').status, 'met');
  const lapsed = evaluateRequirement(exam, profile, '2026-12-06');
  assert.equal(lapsed.status, 'gap');
  assert.equal(lapsed.reasons[0].code, 'exam.expired');
  const future = evaluateRequirement(exam, { ...emptyProfile, exams: [{ examId: 'ore2', passedOn: '2027-01-01' }] }, '2026-12-05');
  assert.equal(future.status, 'gap');
  assert.ok(future.reasons.some((r) => r.code === 'exam.futureDate'));
});

test('an assessment dated after the analysis date is not complete yet', () => {
  const assessment = rule('assess', { assessment: { acceptedBodies: ['nnas'] } }, 'credential-assessment');
  const profile: Profile = { ...emptyProfile, assessments: [{ body: 'nnas', status: 'completed', completedOn: '2027-02-01' }] };
  assert.equal(evaluateRequirement(assessment, profile, '2026-12-05').status, 'partly-met');
});

// A rule measured at the day of registration, projected from the plan: an exam of 300-400 (or 300-500) days, then registration of 10-20.
function registrationSet(examDays: [number, number]) {
  const lang = rule('lang', {
    language: { language: 'en', acceptedTests: [{ test: 'ielts-academic', minScores: IELTS7 }], validity: { within: { years: 2 }, measuredAt: { at: 'finish', of: 'reg' } } },
  }, 'language-proficiency');
  const exam = rule('exam', { exam: { examIds: ['board'] } }, 'licensing-exam');
  const reg = rule('reg', { requiresPrior: ['lang', 'exam'] }, 'registration');
  return setOf([lang, exam, reg], [
    pathway('ielts', ['lang'], 'exam', [14, 45]),
    pathway('board-exam', ['exam'], 'exam', examDays),
    pathway('reg-fee', ['reg'], 'application', [10, 20]),
  ]);
}

test('a result that lapses before the earliest projected registration needs a new sitting on the plan', () => {
  // IELTS of 2025-06-01 counts through 2027-06-01; registration is projected for 2027-10-11 at the earliest (2028-01-29 at worst).
  const analysis = analyseGap(sat('2025-06-01'), target, registrationSet([300, 400]), '2026-12-05');
  const lang = analysis.results.find((r) => r.requirementId === 'lang')!;
  assert.equal(lang.status, 'needs-evidence');
  assert.equal(lang.reasons[0].code, 'language.expiresBefore');
  assert.deepEqual(lang.recommendedPathways, ['ielts']);
  assert.ok(analysis.criticalPath.steps.some((s) => s.pathwayId === 'ielts'));
  assert.deepEqual(analysis.projectedDates, [{ requirementId: 'reg', at: 'finish', earliest: '2027-10-11', latest: '2028-01-29' }]);
});

test('a result that lapses only in the worst case is met, with a warning', () => {
  // IELTS of 2026-01-01 counts through 2028-01-01; registration 2027-10-11 at best, 2028-05-08 at worst.
  const analysis = analyseGap(sat('2026-01-01'), target, registrationSet([300, 500]), '2026-12-05');
  const lang = analysis.results.find((r) => r.requirementId === 'lang')!;
  assert.equal(lang.status, 'met');
  assert.deepEqual(lang.reasons.map((r) => r.code), ['language.met', 'language.mayExpire']);
  assert.ok(!analysis.criticalPath.steps.some((s) => s.pathwayId === 'ielts'));
});
