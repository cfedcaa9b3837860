import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  applyOrder,
  canTransition,
  dateTrail,
  milestoneKindFor,
  moveItem,
  orderOf,
  recalibrateGoal,
  recalibrateMilestone,
  scheduleSteps,
  countMilestones,
  countsBeyond,
  summarizeProgress,
  withUnread,
  topologicalOrder,
  unmetDependencies,
  validateDependencies,
  validateDependencyChange,
} from '../../../src/core/plan/index.js';
import { milestone, plan } from './fixtures.js';

describe('progress', () => {
  const list = [
    milestone('a', { status: 'done', dueDate: '2025-02-01', expiresOn: '2025-04-15' }),
    milestone('b', { status: 'in-progress', dueDate: '2025-02-20' }),
    milestone('c', { status: 'planned', dueDate: '2025-03-10' }),
    milestone('d', { status: 'dropped', dueDate: '2025-01-01' }),
    milestone('e', { status: 'blocked', dueDate: '2025-02-28' }),
    milestone('f', { status: 'planned', dueDate: null }),
    milestone('g', { status: 'done', expiresOn: '2026-12-31' }),
  ];

  it('adds the milestones not read yet, as the server counted them, to the summary of those read', () => {
    const read = list.slice(0, 3);
    const whole = countMilestones(list, '2025-03-01');
    assert.deepEqual(whole, { byStatus: { planned: 2, 'in-progress': 1, done: 2, blocked: 1, dropped: 1 }, overdue: 2, asOf: '2025-03-01' });
    const unread = countsBeyond(whole, countMilestones(read, '2025-03-01'));
    const progress = withUnread(summarizeProgress(read, '2025-03-01'), unread, '2025-03-01');
    const all = summarizeProgress(list, '2025-03-01');
    assert.deepEqual([progress.total, progress.done, progress.dropped, progress.blocked, progress.ratio], [all.total, all.done, all.dropped, all.blocked, all.ratio]);
    assert.equal(progress.overdueCount, 2);
    assert.equal(withUnread(summarizeProgress(read, '2025-03-02'), unread, '2025-03-02').overdueCount, 1, 'an overdue count of another day is left out');
    assert.equal(withUnread(all, null, '2025-03-01').overdueCount, all.overdue.length);
  });

  it('counts done over total without the dropped milestones', () => {
    const summary = summarizeProgress(list, '2025-03-01');
    assert.equal(summary.total, 6);
    assert.equal(summary.done, 2);
    assert.equal(summary.dropped, 1);
    assert.equal(summary.blocked, 1);
    assert.equal(summary.ratio, 2 / 6);
  });

  it('lists overdue open milestones as of the date, earliest first, and the next one due', () => {
    const summary = summarizeProgress(list, '2025-03-01');
    assert.deepEqual(summary.overdue, ['b', 'e']);
    assert.deepEqual(summary.nextDue, { id: 'c', dueDate: '2025-03-10', inDays: 9 });
  });

  it('counts a milestone due today as next due, not overdue', () => {
    const summary = summarizeProgress(list, '2025-02-20');
    assert.deepEqual(summary.overdue, []);
    assert.equal(summary.nextDue?.id, 'b');
    assert.equal(summary.nextDue?.inDays, 0);
  });

  it('flags done results that expire within the window', () => {
    assert.deepEqual(summarizeProgress(list, '2025-03-01').expiringSoon, [{ id: 'a', expiresOn: '2025-04-15', inDays: 45 }]);
    assert.deepEqual(summarizeProgress(list, '2025-03-01', { expiryWindowDays: 10 }).expiringSoon, []);
  });

  it('gives a zero ratio for an empty plan', () => {
    const summary = summarizeProgress([], '2025-03-01');
    assert.equal(summary.ratio, 0);
    assert.equal(summary.nextDue, null);
  });
});

describe('status transitions', () => {
  it('allows starting, finishing, blocking and dropping an open milestone', () => {
    assert.ok(canTransition('planned', 'in-progress'));
    assert.ok(canTransition('in-progress', 'done'));
    assert.ok(canTransition('in-progress', 'blocked'));
    assert.ok(canTransition('blocked', 'dropped'));
  });
  it('reopens done only to in progress and restores dropped only to planned', () => {
    assert.ok(canTransition('done', 'in-progress'));
    assert.ok(!canTransition('done', 'planned'));
    assert.ok(!canTransition('done', 'dropped'));
    assert.ok(canTransition('dropped', 'planned'));
    assert.ok(!canTransition('dropped', 'done'));
    assert.ok(!canTransition('blocked', 'done'));
  });
});

describe('reordering', () => {
  const list = [milestone('a', { position: 0 }), milestone('b', { position: 1 }), milestone('c', { position: 2 }), milestone('d', { position: 3 })];

  it('moves up and down and keeps positions dense', () => {
    const up = moveItem(list, 'c', 'up');
    assert.deepEqual(orderOf(up), ['a', 'c', 'b', 'd']);
    assert.deepEqual(up.map((m) => m.position), [0, 1, 2, 3]);
    assert.deepEqual(orderOf(moveItem(list, 'a', 'down')), ['b', 'a', 'c', 'd']);
  });

  it('stays at the ends and moves to an index', () => {
    assert.deepEqual(orderOf(moveItem(list, 'a', 'up')), ['a', 'b', 'c', 'd']);
    assert.deepEqual(orderOf(moveItem(list, 'd', 'down')), ['a', 'b', 'c', 'd']);
    assert.deepEqual(orderOf(moveItem(list, 'd', { to: 0 })), ['d', 'a', 'b', 'c']);
    assert.deepEqual(orderOf(moveItem(list, 'a', { to: 99 })), ['b', 'c', 'd', 'a']);
  });

  it('breaks ties in position by creation time then id, so the order is stable', () => {
    const tied = [
      milestone('z', { position: 0, createdAt: '2025-01-02T00:00:00Z' }),
      milestone('y', { position: 0, createdAt: '2025-01-01T00:00:00Z' }),
      milestone('x', { position: 0, createdAt: '2025-01-01T00:00:00Z' }),
    ];
    assert.deepEqual(orderOf(tied), ['x', 'y', 'z']);
    assert.deepEqual(orderOf(moveItem(tied, 'q', 'up')), ['x', 'y', 'z']);
  });

  it('applies a given order and keeps unlisted milestones after it', () => {
    assert.deepEqual(orderOf(applyOrder(list, ['c', 'a'])), ['c', 'a', 'b', 'd']);
  });
});

describe('dependencies', () => {
  it('accepts a graph without cycles', () => {
    assert.deepEqual(validateDependencies([{ id: 'a', dependsOn: [] }, { id: 'b', dependsOn: ['a'] }, { id: 'c', dependsOn: ['a', 'b'] }]), { ok: true });
  });
  it('rejects an unknown id', () => {
    assert.deepEqual(validateDependencies([{ id: 'a', dependsOn: ['nope'] }]), { ok: false, reason: 'unknown', id: 'a', unknown: ['nope'] });
  });
  it('rejects a milestone that depends on itself', () => {
    assert.deepEqual(validateDependencies([{ id: 'a', dependsOn: ['a'] }]), { ok: false, reason: 'self', id: 'a' });
  });
  it('rejects a change that would close a cycle, and names it', () => {
    const nodes = [{ id: 'a', dependsOn: [] }, { id: 'b', dependsOn: ['a'] }, { id: 'c', dependsOn: ['b'] }];
    const result = validateDependencyChange(nodes, 'a', ['c']);
    assert.equal(result.ok, false);
    assert.ok(!result.ok && result.reason === 'cycle');
    if (!result.ok && result.reason === 'cycle') assert.deepEqual(result.cycle, ['a', 'c', 'b', 'a']);
    assert.throws(() => topologicalOrder([{ id: 'a', dependsOn: ['b'] }, { id: 'b', dependsOn: ['a'] }]), /cycle/);
  });
  it('lists dependencies that are not done yet', () => {
    const all = [
      { id: 'a', dependsOn: [], status: 'done' },
      { id: 'b', dependsOn: [], status: 'planned' },
      { id: 'x', dependsOn: [], status: 'dropped' },
      { id: 'c', dependsOn: ['a', 'b', 'x'], status: 'planned' },
    ];
    assert.deepEqual(unmetDependencies(all[3], all), ['b']);
  });
});

describe('recalibration', () => {
  const at = (day: string) => `${day}T10:00:00Z`;
  it('needs a reason and a different, valid date', () => {
    const m = milestone('a', { dueDate: '2025-05-01' });
    assert.deepEqual(recalibrateMilestone(m, { toDate: '2025-06-01', reason: '  ', authorId: 'u', at: at('2025-04-01'), id: 'r1' }), { ok: false, error: 'reason-required' });
    assert.deepEqual(recalibrateMilestone(m, { toDate: '2025-05-01', reason: 'x', authorId: 'u', at: at('2025-04-01'), id: 'r1' }), { ok: false, error: 'same-date' });
    assert.deepEqual(recalibrateMilestone(m, { toDate: '2025-02-30', reason: 'x', authorId: 'u', at: at('2025-04-01'), id: 'r1' }), { ok: false, error: 'invalid-date' });
  });

  it('moves the date and keeps the old one in the history', () => {
    const m = milestone('a', { dueDate: '2025-05-01' });
    const first = recalibrateMilestone(m, { toDate: '2025-06-01', reason: 'Exam seats full', authorId: 'u', at: at('2025-04-01'), id: 'r1' });
    assert.ok(first.ok);
    if (!first.ok) return;
    assert.equal(first.value.dueDate, '2025-06-01');
    assert.deepEqual(first.entry, { id: 'r1', planId: 'plan_1', milestoneId: 'a', fromDate: '2025-05-01', toDate: '2025-06-01', reason: 'Exam seats full', authorId: 'u', at: at('2025-04-01') });
    const second = recalibrateMilestone(first.value, { toDate: '2025-09-01', reason: 'Failed, resitting', authorId: 'u', at: at('2025-06-02'), id: 'r2' });
    assert.ok(second.ok);
    if (!second.ok) return;
    const goal = recalibrateGoal(plan, { toDate: '2027-12-31', reason: 'Later start', authorId: 'u', at: at('2025-06-03'), id: 'r3' });
    assert.ok(goal.ok && goal.value.goal.targetDate === '2027-12-31' && goal.entry.milestoneId === null);
    const history = [second.entry, first.entry, ...(goal.ok ? [goal.entry] : [])];
    assert.deepEqual(dateTrail(history, 'a').map((step) => step.date), ['2025-05-01', '2025-06-01', '2025-09-01']);
    assert.deepEqual(dateTrail(history, null).map((step) => step.date), ['2027-06-30', '2027-12-31']);
  });
});

describe('scheduling', () => {
  it('runs independent steps in parallel and starts a step when all its prerequisites finish', () => {
    const schedule = scheduleSteps(
      [
        { key: 'assess', minDays: 30, maxDays: 60, prerequisites: [] },
        { key: 'english', minDays: 14, maxDays: 90, prerequisites: [] },
        { key: 'exam', minDays: 60, maxDays: 120, prerequisites: ['assess', 'english'] },
        { key: 'register', minDays: 10, maxDays: 20, prerequisites: ['exam'] },
      ],
      '2025-01-01',
    );
    const byKey = Object.fromEntries(schedule.steps.map((step) => [step.key, step]));
    assert.equal(byKey.assess.earliestStart, '2025-01-01');
    assert.equal(byKey.english.earliestStart, '2025-01-01');
    assert.equal(byKey.assess.earliestFinish, '2025-01-31');
    assert.equal(byKey.english.earliestFinish, '2025-01-15');
    assert.equal(byKey.exam.earliestStart, '2025-01-31');
    assert.equal(byKey.exam.earliestFinish, '2025-04-01');
    assert.equal(byKey.exam.latestFinish, '2025-07-30'); // waits for the slower prerequisite: 90 + 120 days
    assert.equal(byKey.register.earliestFinish, '2025-04-11');
    assert.equal(schedule.earliestFinish, '2025-04-11');
    assert.equal(schedule.latestFinish, '2025-08-19');
  });

  it('refuses a cycle and an inverted duration', () => {
    assert.throws(() => scheduleSteps([{ key: 'a', minDays: 1, maxDays: 2, prerequisites: ['b'] }, { key: 'b', minDays: 1, maxDays: 2, prerequisites: ['a'] }], '2025-01-01'), /cycle/);
    assert.throws(() => scheduleSteps([{ key: 'a', minDays: 5, maxDays: 2, prerequisites: [] }], '2025-01-01'), /minDays/);
  });
});

describe('requirement kinds', () => {
  it('maps each requirement kind to a milestone kind', () => {
    assert.equal(milestoneKindFor('education'), 'course');
    assert.equal(milestoneKindFor('licensing-exam'), 'exam-sitting');
    assert.equal(milestoneKindFor('language-proficiency'), 'language-test');
    assert.equal(milestoneKindFor('registration'), 'regulator-application');
    assert.equal(milestoneKindFor('work-experience'), 'job-search');
    assert.equal(milestoneKindFor('something-new'), 'custom');
  });
});
