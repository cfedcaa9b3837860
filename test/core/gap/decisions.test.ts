/**
 * A body's recorded decision takes steps away (`notAskedWhen`): the NMBA's Self-check places a
 * nurse in Stream A, B or C; only Stream B sits the MCQ and the OSCE this catalogue lists, and only
 * Stream C must first complete a qualification leading to registration.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { AssessmentEntry, Profile } from '../../../src/api/gap.js';
import { analyseGap } from '../../../src/core/gap/analyse.js';
import { evaluateRequirement } from '../../../src/core/gap/evaluate.js';
import { seedRequirementSet } from '../../../src/server/seed/catalogue/index.js';
import { emptyProfile, rule } from './fixtures.js';

const AS_OF = '2026-12-05';
const streamSteps = ['au-nsw-rn-mcq', 'au-nsw-rn-osce'];
const streamC = 'au-nsw-rn-stream-c-qualification';
const selfCheck = (outcome?: string, extra: Partial<AssessmentEntry> = {}): Profile => ({
  ...emptyProfile,
  assessments: [{ body: 'nmba', status: 'completed', completedOn: '2026-11-01', ...(outcome ? { outcome } : {}), ...extra }],
});
const analyse = (profile: Profile) => analyseGap(profile, { occupationId: 'registered-nurse', jurisdictionId: 'au-nsw' }, seedRequirementSet('registered-nurse', 'au-nsw'), AS_OF);
const resultOf = (analysis: ReturnType<typeof analyse>, id: string) => analysis.results.find((r) => r.requirementId === id)!;
const onPath = (analysis: ReturnType<typeof analyse>) => analysis.criticalPath.steps.flatMap((s) => s.closes);

describe('a recorded decision of a body takes away the steps it does not ask', () => {
  it('Stream A takes away exactly the MCQ, the OSCE and Stream C\'s qualification: met with their own reason, off the critical path, no pathway recommended', () => {
    const before = analyse(emptyProfile);
    const after = analyse(selfCheck('stream-a'));
    for (const id of streamSteps) {
      const result = resultOf(after, id);
      assert.equal(result.status, 'met', id);
      assert.deepEqual(result.recommendedPathways, [], id);
      assert.deepEqual(result.reasons.map((r) => r.code), ['requirement.notAsked'], id);
      assert.deepEqual(result.reasons[0].params, { body: 'nmba', outcome: 'stream-a', decision: 'Self-check', 'decision.fr': 'auto-vérification', label: 'Stream A', 'label.fr': 'volet A' }, 'named in each language the catalogue has');
      assert.equal(result.reasons[0].text.en, 'Your Self-check placed you in Stream A: this step is not asked of you.');
    }
    assert.deepEqual(onPath(after).filter((id) => streamSteps.includes(id)), []);
    assert.equal(resultOf(after, streamC).status, 'met', 'Stream C\'s qualification is not asked either');
    assert.deepEqual(resultOf(after, streamC).recommendedPathways, []);
    assert.ok(!after.pathways.some((p) => p.id === 'au-nsw-rn-mcq' || p.id === 'au-nsw-rn-osce'), 'their pathways are not named');
    // Nothing else changes: every other requirement has the status it had without the Self-check but the self-check itself.
    for (const result of after.results) {
      if (streamSteps.includes(result.requirementId) || result.requirementId === streamC || result.requirementId === 'au-nsw-rn-self-check') continue;
      assert.equal(result.status, resultOf(before, result.requirementId).status, result.requirementId);
    }
    assert.ok(onPath(after).includes('au-nsw-rn-registration'), 'registration is still a step');
    assert.ok(after.criticalPath.totalDuration.maxDays < before.criticalPath.totalDuration.maxDays, 'the plan is shorter');
  });

  it('stream-b keeps the MCQ and the OSCE as they were, with no reason about the stream, and is not asked Stream C\'s qualification', () => {
    const analysis = analyse(selfCheck('stream-b'));
    for (const id of streamSteps) {
      const result = resultOf(analysis, id);
      assert.equal(result.status, 'gap', id);
      assert.ok(result.recommendedPathways.length > 0, id);
      assert.ok(!result.reasons.some((r) => r.code.startsWith('requirement.')), id);
      assert.ok(onPath(analysis).includes(id), id);
    }
    assert.equal(resultOf(analysis, streamC).status, 'met');
    assert.equal(resultOf(analysis, streamC).reasons[0].text.en, 'Your Self-check placed you in Stream B: this step is not asked of you.');
    assert.ok(!onPath(analysis).includes(streamC));
  });

  it('stream-c is given a qualification leading to registration instead of the MCQ and the OSCE (NMBA: Stream C must upgrade its qualification)', () => {
    const analysis = analyse(selfCheck('stream-c'));
    for (const id of streamSteps) {
      const result = resultOf(analysis, id);
      assert.equal(result.status, 'met', id);
      assert.equal(result.reasons[0].text.en, 'Your Self-check placed you in Stream C: this step is not asked of you.');
      assert.ok(!onPath(analysis).includes(id), id);
    }
    const qualification = resultOf(analysis, streamC);
    assert.equal(qualification.status, 'gap');
    assert.ok(!qualification.reasons.some((r) => r.code === 'requirement.dependsOnDecision'), 'the decision is recorded');
    assert.deepEqual(qualification.recommendedPathways, ['au-nsw-rn-approved-program']);
    assert.ok(onPath(analysis).includes(streamC));
    assert.ok(!analysis.pathways.some((p) => p.id === 'au-nsw-rn-mcq' || p.id === 'au-nsw-rn-osce'), 'no NCLEX-RN or OSCE to pay for');
  });

  it('no Self-check recorded keeps the steps and says the Self-check decides', () => {
    for (const profile of [emptyProfile, selfCheck(undefined), selfCheck('stream-a', { status: 'in-progress' })]) {
      const analysis = analyse(profile);
      for (const id of streamSteps) {
        const result = resultOf(analysis, id);
        assert.equal(result.status, 'gap', id);
        assert.ok(onPath(analysis).includes(id), id);
        const depends = result.reasons.find((r) => r.code === 'requirement.dependsOnDecision');
        assert.deepEqual(depends?.params, { body: 'nmba', decision: 'Self-check', 'decision.fr': 'auto-vérification', outcomes: 'Stream A, Stream C', 'outcomes.fr': 'volet A, volet C' }, id);
      }
      const qualification = resultOf(analysis, streamC);
      assert.equal(qualification.status, 'gap');
      assert.equal(qualification.reasons.find((r) => r.code === 'requirement.dependsOnDecision')?.params.outcomes, 'Stream A, Stream B');
    }
  });

  it('no stream recorded: the totals are given per stream, each equal to the plan with that stream recorded, and the headline spans them instead of adding every stream\'s steps', () => {
    const undecided = analyse(selfCheck(undefined));
    const byStream = undecided.criticalPath.byDecision ?? [];
    assert.deepEqual(byStream.map((t) => `${t.body}:${t.outcome}`), ['nmba:stream-a', 'nmba:stream-b', 'nmba:stream-c'], 'one plan per outcome the regulation lists');
    for (const totals of byStream) {
      const decided = analyse(selfCheck(totals.outcome)).criticalPath;
      assert.deepEqual(totals.totalDuration, decided.totalDuration, totals.outcome);
      assert.deepEqual(totals.totalCost, decided.totalCost, totals.outcome);
      assert.equal(decided.byDecision, undefined, 'a recorded stream leaves one plan');
    }
    const [a, b, c] = byStream;
    assert.ok(c.totalDuration.maxDays > b.totalDuration.maxDays, 'a qualification takes longer than the MCQ and the OSCE');
    assert.deepEqual(undecided.criticalPath.totalDuration, {
      minDays: Math.min(a.totalDuration.minDays, b.totalDuration.minDays, c.totalDuration.minDays),
      maxDays: Math.max(a.totalDuration.maxDays, b.totalDuration.maxDays, c.totalDuration.maxDays),
    });
    assert.deepEqual(undecided.readiness.estimate.duration, undecided.criticalPath.totalDuration);
    for (const cost of undecided.criticalPath.totalCost) {
      const amounts = byStream.map((t) => t.totalCost.find((x) => x.currency === cost.currency));
      assert.equal(cost.minMinor, Math.min(...amounts.map((x) => x?.minMinor ?? 0)), cost.currency);
      assert.equal(cost.maxMinor, Math.max(...amounts.map((x) => x?.maxMinor ?? 0)), cost.currency);
    }
    // Every stream's steps are still shown, each saying the Self-check decides.
    for (const id of [...streamSteps, streamC]) assert.ok(onPath(undecided).includes(id), id);
  });

  it('no Self-check yet: each stream\'s plan still counts the Self-check before it', () => {
    const none = analyse(emptyProfile).criticalPath;
    const selfCheckStep = none.steps.find((s) => s.closes.includes('au-nsw-rn-self-check'))!;
    for (const totals of none.byDecision ?? []) assert.ok(totals.totalDuration.minDays >= selfCheckStep.duration.minDays, totals.outcome);
    assert.equal(none.byDecision?.length, 3);
  });

  it('a Stream A decision dated after the analysis does not count yet', () => {
    assert.equal(resultOf(analyse(selfCheck('stream-a', { completedOn: '2026-12-06' })), 'au-nsw-rn-mcq').status, 'gap');
    assert.equal(resultOf(analyse(selfCheck('stream-a', { completedOn: '2026-12-05' })), 'au-nsw-rn-mcq').status, 'met');
  });

  it('an outcome by another body, or a passed step, changes nothing about the decision', () => {
    const other = { ...emptyProfile, assessments: [{ body: 'wes', status: 'completed' as const, outcome: 'stream-a' }] };
    assert.equal(resultOf(analyse(other), 'au-nsw-rn-mcq').status, 'gap');
    const passed = { ...emptyProfile, exams: [{ examId: 'nclex-rn', passedOn: '2026-01-10' }] };
    const mcq = resultOf(analyse(passed), 'au-nsw-rn-mcq');
    assert.equal(mcq.status, 'met');
    assert.deepEqual(mcq.reasons.map((r) => r.code), ['exam.passed'], 'a met step needs no word about the decision');
  });

  it('works for any body and outcome a rule names, with the ids as names where no regulation lists them', () => {
    const requirement = rule('x-exam', { exam: { examIds: ['x'] }, notAskedWhen: [{ body: 'council', outcomes: ['exempt', 'fast'] }] });
    const exempt = { ...emptyProfile, assessments: [{ body: 'council', status: 'completed' as const, outcome: 'fast' }] };
    const evaluation = evaluateRequirement(requirement, exempt, AS_OF);
    assert.equal(evaluation.status, 'met');
    assert.deepEqual(evaluation.reasons[0].params, { body: 'council', outcome: 'fast', decision: 'council', label: 'fast' });
  });
});
