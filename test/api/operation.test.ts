import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fillPath } from '../../src/api/operation.js';
import { matchOperation } from '../../src/api/operation-match.js';
import { operations } from '../../src/api/operations/index.js';
import { getHealth } from '../../src/api/operations/identity.js';
import {
  createCheckIn, createComment, createMilestone, createMilestones, createPlanFromGap, getPlan, planOperations, recalibrateMilestone, recalibratePlan,
  reorderMilestones, updateMilestone,
} from '../../src/api/operations/plans.js';
import { CheckIn, Comment, Milestone, MilestoneList, PlanDetail, RecalibrationResult } from '../../src/api/plan.js';

describe('operations', () => {
  it('define each method and path once', () => {
    const seen = new Set<string>();
    for (const operation of operations) {
      const key = `${operation.method} ${operation.path}`;
      assert.ok(!seen.has(key), `${key} is defined twice`);
      seen.add(key);
    }
  });

  it('each match their own filled-in path, with the parameters back', () => {
    for (const operation of operations) {
      const names = [...operation.path.matchAll(/:([A-Za-z0-9_]+)/g)].map((match) => match[1]);
      const params = Object.fromEntries(names.map((name, index) => [name, `x_${index} é/ü`]));
      const found = matchOperation(operations, operation.method, fillPath(operation.path, params));
      assert.equal(found?.operation, operation, `${operation.method} ${operation.path}`);
      assert.deepEqual(found?.params, params);
    }
  });
});

describe('matchOperation', () => {
  // The writes the tracker's offline queue has stored in browsers, paths under /v1 as
  // request() took them, with the response schema that responseFor() gave each one.
  const queued: Array<[string, string, unknown, Record<string, string>]> = [
    ['PATCH', '/milestones/ms_1', Milestone, { id: 'ms_1' }],
    ['POST', '/plans/plan_1/milestones', Milestone, { planId: 'plan_1' }],
    ['POST', '/plans/plan_1/milestones/bulk', MilestoneList, { planId: 'plan_1' }],
    ['POST', '/plans/plan_1/reorder', PlanDetail, { planId: 'plan_1' }],
    ['POST', '/plans/from-gap', PlanDetail, {}],
    ['POST', '/milestones/ms_1/recalibrations', RecalibrationResult, { id: 'ms_1' }],
    ['POST', '/plans/plan_1/recalibrations', RecalibrationResult, { planId: 'plan_1' }],
    ['POST', '/milestones/ms_1/comments', Comment, { id: 'ms_1' }],
    ['POST', '/plans/plan_1/check-ins', CheckIn, { planId: 'plan_1' }],
  ];

  it('finds the operation of every write the tracker queues, with the response schema it was replayed with', () => {
    for (const [method, path, response, params] of queued) {
      for (const list of [operations, planOperations]) {
        const found = matchOperation(list, method, path);
        assert.ok(found, `${method} ${path}`);
        assert.equal(found.operation.response, response, `${method} ${path}`);
        assert.deepEqual(found.params, params, `${method} ${path}`);
      }
    }
    const expected = [updateMilestone, createMilestone, createMilestones, reorderMilestones, createPlanFromGap, recalibrateMilestone, recalibratePlan, createComment, createCheckIn];
    assert.deepEqual(queued.map(([method, path]) => matchOperation(operations, method, path)?.operation), expected);
  });

  it('accepts the full path as well as the path under /v1, and ignores a query string', () => {
    assert.equal(matchOperation(operations, 'GET', '/v1/plans/plan_1')?.operation, getPlan);
    assert.equal(matchOperation(operations, 'get', '/plans/plan_1?x=1')?.operation, getPlan);
    assert.equal(matchOperation(operations, 'GET', '/health')?.operation, getHealth);
  });

  it('prefers a fixed segment over a parameter, whatever the order of the list', () => {
    const get = matchOperation([...operations].reverse(), 'POST', '/plans/from-gap');
    assert.equal(get?.operation, createPlanFromGap);
  });

  it('decodes URI-encoded parameters (a local id replaced by the server\'s)', () => {
    assert.deepEqual(matchOperation(operations, 'PATCH', '/milestones/ms%201')?.params, { id: 'ms 1' });
  });

  it('finds nothing for an unknown path, a wrong method or a malformed escape', () => {
    assert.equal(matchOperation(operations, 'POST', '/plans/plan_1/nothing'), undefined);
    assert.equal(matchOperation(operations, 'DELETE', '/plans/plan_1'), undefined);
    assert.equal(matchOperation(operations, 'PATCH', '/milestones/%E0%A4%A'), undefined);
  });
});
