import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PrerequisiteCycleError, schedule, sumCosts } from '../../../src/core/gap/critical-path.js';

const cad = (min: number, max: number) => ({ minMinor: min * 100, maxMinor: max * 100, currency: 'CAD' });

test('independent steps share the first stage and run in parallel', () => {
  const plan = schedule([
    { id: 'assessment', duration: { minDays: 60, maxDays: 120 }, cost: [cad(800, 900)], after: [] },
    { id: 'language', duration: { minDays: 14, maxDays: 45 }, cost: [cad(300, 320)], after: [] },
    { id: 'exam', duration: { minDays: 30, maxDays: 60 }, cost: [cad(360, 360)], after: ['assessment'] },
    { id: 'register', duration: { minDays: 14, maxDays: 28 }, cost: [cad(400, 500)], after: ['exam', 'language'] },
  ]);
  assert.deepEqual(plan.stages, [['assessment', 'language'], ['exam'], ['register']]);
  const exam = plan.tasks.find((t) => t.id === 'exam')!;
  assert.deepEqual(exam.earliestStart, { minDays: 60, maxDays: 120 });
  assert.deepEqual(exam.earliestFinish, { minDays: 90, maxDays: 180 });
  const register = plan.tasks.find((t) => t.id === 'register')!;
  assert.deepEqual(register.earliestStart, { minDays: 90, maxDays: 180 });
  assert.deepEqual(plan.totalDuration, { minDays: 104, maxDays: 208 });
  assert.deepEqual(plan.totalCost, [cad(1860, 2080)]);
  assert.deepEqual(plan.tasks.filter((t) => t.critical).map((t) => t.id), ['assessment', 'exam', 'register']);
});

test('a cycle in prerequisites is rejected with an error naming the cycle', () => {
  assert.throws(
    () =>
      schedule([
        { id: 'a', duration: { minDays: 1, maxDays: 1 }, cost: [], after: ['c'] },
        { id: 'b', duration: { minDays: 1, maxDays: 1 }, cost: [], after: ['a'] },
        { id: 'c', duration: { minDays: 1, maxDays: 1 }, cost: [], after: ['b'] },
        { id: 'd', duration: { minDays: 1, maxDays: 1 }, cost: [], after: [] },
      ]),
    (error: unknown) => {
      assert.ok(error instanceof PrerequisiteCycleError);
      assert.equal(error.cycle.length, 4);
      assert.equal(error.cycle[0], error.cycle.at(-1));
      assert.deepEqual(new Set(error.cycle), new Set(['a', 'b', 'c']));
      assert.match(error.message, /cycle: (a|b|c) -> /);
      return true;
    },
  );
});

test('a step waiting for an unknown step is rejected', () => {
  assert.throws(() => schedule([{ id: 'a', duration: { minDays: 1, maxDays: 2 }, cost: [], after: ['ghost'] }]), /ghost/);
});

test('costs are totalled per currency', () => {
  assert.deepEqual(sumCosts([cad(1, 2), { minMinor: 100, maxMinor: 200, currency: 'USD' }, cad(3, 4)]), [
    cad(4, 6),
    { minMinor: 100, maxMinor: 200, currency: 'USD' },
  ]);
});

test('an empty plan takes no time and costs nothing', () => {
  const plan = schedule([]);
  assert.deepEqual(plan.totalDuration, { minDays: 0, maxDays: 0 });
  assert.deepEqual(plan.totalCost, []);
});
