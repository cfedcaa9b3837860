/** The tracker's long lists page by position: a plan's milestones and the plans list, over HTTP on PGlite. */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { encodeCursor } from '../../src/core/cursor.js';
import { createOrganisation, startTestServer, type TestServer } from './helpers.js';

let server: TestServer;
let mentee: string;
let planId: string;
let counter = 0;
const key = () => ({ 'idempotency-key': `plan-paging-${process.pid}-${++counter}` });
const goal = { occupationId: 'registered-nurse', jurisdictionId: 'ca-on', targetDate: '2028-06-30' };
const ids = (items: { id: string }[]) => items.map((item) => item.id);

/** Follows `cursor` through `GET /v1/plans/{planId}/milestones` with pages of `limit`. */
async function walkMilestones(token: string, plan: string, cursor: string | null | undefined, limit: number): Promise<string[]> {
  const seen: string[] = [];
  for (let pages = 0; cursor && pages < 100; pages++) {
    const page = await server.request(`/v1/plans/${plan}/milestones?limit=${limit}&cursor=${cursor}`, { token });
    assert.equal(page.status, 200, page.text);
    assert.ok(page.body.items.length <= limit);
    seen.push(...ids(page.body.items));
    cursor = page.body.nextCursor;
  }
  return seen;
}

before(async () => {
  server = await startTestServer();
  mentee = await server.tokenFor('mentee', 'plan-paging-mentee');
  const created = await server.request('/v1/plans', { token: mentee, headers: key(), body: { goal } });
  assert.equal(created.status, 201, created.text);
  planId = created.body.plan.id;
  // 130 milestones: more than the largest page.
  for (const [from, count] of [[0, 100], [100, 30]]) {
    const items = Array.from({ length: count }, (_, index) => ({ title: `Step ${from + index}`, kind: 'course', source: { requirementId: `req-${from + index}` } }));
    const bulk = await server.request(`/v1/plans/${planId}/milestones/bulk`, { token: mentee, headers: key(), body: { items } });
    assert.equal(bulk.status, 201, bulk.text);
  }
});
after(() => server.close());

describe('a plan\'s milestones page by position', () => {
  it('gives the first 100 with the plan and the rest through milestonesCursor, each once and in order', async () => {
    const detail = await server.request(`/v1/plans/${planId}`, { token: mentee });
    assert.equal(detail.status, 200, detail.text);
    assert.equal(detail.body.milestones.length, 100);
    assert.ok(detail.body.milestonesCursor);
    const rest = await walkMilestones(mentee, planId, detail.body.milestonesCursor, 100);
    const all = [...ids(detail.body.milestones), ...rest];
    assert.equal(all.length, 130);
    assert.equal(new Set(all).size, 130);
    const { rows } = await server.db.query<{ id: string }>('SELECT id FROM milestones WHERE plan_id = $1 ORDER BY position, created_at, id', [planId]);
    assert.deepEqual(all, rows.map((row) => row.id));
  });

  it('honours a smaller first page, refuses pages over 100, and says when everything is there', async () => {
    const small = await server.request(`/v1/plans/${planId}?limit=7`, { token: mentee });
    assert.equal(small.body.milestones.length, 7);
    assert.deepEqual(await walkMilestones(mentee, planId, small.body.milestonesCursor, 50).then((rest) => rest.length), 123);
    for (const bad of ['limit=101', 'limit=0', 'limit=1.5']) {
      assert.equal((await server.request(`/v1/plans/${planId}?${bad}`, { token: mentee })).status, 400, bad);
      assert.equal((await server.request(`/v1/plans/${planId}/milestones?${bad}`, { token: mentee })).status, 400, bad);
    }
    const whole = await server.request(`/v1/plans/${planId}/milestones?limit=100`, { token: mentee });
    assert.equal(whole.body.items.length, 100);
    const short = await server.request('/v1/plans', { token: mentee, headers: key(), body: { goal: { ...goal, jurisdictionId: 'ca-bc' } } });
    assert.equal(short.body.milestonesCursor, null, 'a plan with one page has no cursor');
  });

  it('repeats and skips nothing when a milestone is inserted at the top between two pages', async () => {
    const first = await server.request(`/v1/plans/${planId}?limit=40`, { token: mentee });
    const before = [...ids(first.body.milestones), ...(await walkMilestones(mentee, planId, first.body.milestonesCursor, 100))];
    const inserted = await server.request(`/v1/plans/${planId}/milestones`, { token: mentee, headers: key(), body: { title: 'Inserted first', kind: 'exam-sitting', position: 0 } });
    assert.equal(inserted.status, 201, inserted.text);
    const rest = await walkMilestones(mentee, planId, first.body.milestonesCursor, 100);
    assert.deepEqual([...ids(first.body.milestones), ...rest], before, 'the next pages continue after the last one read');
    const fresh = await server.request(`/v1/plans/${planId}?limit=1`, { token: mentee });
    assert.equal(fresh.body.milestones[0].id, inserted.body.id, 'the newcomer is on a fresh first page');
  });

  it('answers a reorder with the first page and its cursor', async () => {
    const detail = await server.request(`/v1/plans/${planId}`, { token: mentee });
    const last = (await walkMilestones(mentee, planId, detail.body.milestonesCursor, 100)).at(-1)!;
    const reordered = await server.request(`/v1/plans/${planId}/reorder`, { token: mentee, headers: key(), body: { version: detail.body.plan.version, order: [last] } });
    assert.equal(reordered.status, 200, reordered.text);
    assert.equal(reordered.body.milestones.length, 100);
    assert.equal(reordered.body.milestones[0].id, last);
    assert.ok(reordered.body.milestonesCursor);
  });

  it('refuses a cursor from another plan or list with 400 naming cursor, and hides the plan from strangers', async () => {
    const other = await server.request('/v1/plans', { token: mentee, headers: key(), body: { goal: { ...goal, jurisdictionId: 'ca-ab' } } });
    const foreignMilestone = await server.request(`/v1/plans/${other.body.plan.id}/milestones`, { token: mentee, headers: key(), body: { title: 'Elsewhere', kind: 'course' } });
    for (const cursor of [encodeCursor('milestones', [foreignMilestone.body.id]), encodeCursor('plans', [planId]), encodeCursor('milestones', ['a\u0000b'])]) {
      const refused = await server.request(`/v1/plans/${planId}/milestones?cursor=${cursor}`, { token: mentee });
      assert.equal(refused.status, 400, refused.text);
      assert.equal(refused.body.errors[0].path, 'cursor');
    }
    const stranger = await server.tokenFor('mentee', 'plan-paging-stranger');
    assert.equal((await server.request(`/v1/plans/${planId}/milestones`, { token: stranger })).status, 404);
    const org = await createOrganisation(server.db, 'plan-paging-other-org');
    const foreigner = await server.tokenFor('coordinator', 'plan-paging-foreign', org.secretKey);
    assert.equal((await server.request(`/v1/plans/${planId}/milestones`, { token: foreigner })).status, 404);
  });
});

describe('a long plan is counted whole', () => {
  it('counts every milestone by status and the overdue ones, with the first page or any answer that gives the plan', async () => {
    const created = await server.request('/v1/plans', { token: mentee, headers: key(), body: { goal: { ...goal, jurisdictionId: 'gb-eng' } } });
    const plan = created.body.plan.id;
    const today = new Date().toISOString().slice(0, 10);
    // 12 milestones, 3 of them overdue (due in 2020 and still open); then 4 done, 2 dropped, 1 blocked.
    const items = Array.from({ length: 12 }, (_, index) => ({ title: `Counted ${index}`, kind: 'course', source: { requirementId: `counted-${index}` }, ...(index >= 9 ? { dueDate: '2020-01-15' } : {}) }));
    const bulk = await server.request(`/v1/plans/${plan}/milestones/bulk`, { token: mentee, headers: key(), body: { items } });
    assert.equal(bulk.status, 201, bulk.text);
    const made: { id: string; version: number }[] = bulk.body.items;
    const statuses = ['done', 'done', 'done', 'done', 'dropped', 'dropped', 'blocked', 'in-progress'] as const;
    for (const [index, status] of statuses.entries()) {
      const changed = await server.request(`/v1/milestones/${made[index].id}`, { method: 'PATCH', token: mentee, headers: key(), body: { version: made[index].version, status } });
      assert.equal(changed.status, 200, changed.text);
    }
    const overdueDone = await server.request(`/v1/milestones/${made[9].id}`, { method: 'PATCH', token: mentee, headers: key(), body: { version: made[9].version, status: 'done' } });
    assert.equal(overdueDone.status, 200, overdueDone.text);

    const expected = { byStatus: { planned: 3, 'in-progress': 1, done: 5, blocked: 1, dropped: 2 }, overdue: 2, asOf: today };
    const firstPage = await server.request(`/v1/plans/${plan}?limit=5`, { token: mentee });
    assert.equal(firstPage.status, 200, firstPage.text);
    assert.equal(firstPage.body.milestones.length, 5);
    assert.ok(firstPage.body.milestonesCursor);
    assert.deepEqual(firstPage.body.counts, expected, 'the whole plan, not the 5 sent');
    const whole = await server.request(`/v1/plans/${plan}`, { token: mentee });
    assert.equal(whole.body.milestonesCursor ?? null, null, 'all 12 fit one page');
    assert.deepEqual(whole.body.counts, expected, 'a plan on one page is counted the same');
    const reordered = await server.request(`/v1/plans/${plan}/reorder`, { token: mentee, headers: key(), body: { version: firstPage.body.plan.version, order: [made[11].id] } });
    assert.equal(reordered.status, 200, reordered.text);
    assert.deepEqual(reordered.body.counts, expected, 'a reorder answers with the counts too');
    const mentor = await server.tokenFor('mentor', 'plan-paging-counts-mentor');
    assert.equal((await server.request(`/v1/plans/${plan}`, { token: mentor })).status, 404, 'counts tell a stranger nothing');
  });
});

describe('the plans list pages by position', () => {
  it('continues after the last plan read when a plan is added between two pages, and refuses a foreign anchor', async () => {
    const coordinator = await server.tokenFor('coordinator', 'plan-paging-coordinator');
    const walk = async (first: { body: { items: { id: string }[]; nextCursor: string | null } }, limit: number) => {
      const seen = ids(first.body.items);
      for (let cursor = first.body.nextCursor; cursor; ) {
        const page = await server.request(`/v1/plans?limit=${limit}&cursor=${cursor}`, { token: coordinator });
        assert.equal(page.status, 200, page.text);
        seen.push(...ids(page.body.items));
        cursor = page.body.nextCursor;
      }
      return seen;
    };
    const whole = await walk(await server.request('/v1/plans?limit=100', { token: coordinator }), 100);
    assert.ok(whole.length >= 4, `${whole.length} plans`);
    const first = await server.request('/v1/plans?limit=2', { token: coordinator });
    const late = await server.tokenFor('mentee', 'plan-paging-latecomer');
    assert.equal((await server.request('/v1/plans', { token: late, headers: key(), body: { goal } })).status, 201);
    const seen = await walk(first, 50);
    assert.deepEqual(seen.slice(0, whole.length), whole, 'oldest first, each once');
    assert.equal(seen.length, whole.length + 1, 'the newest plan comes last');

    const org = await createOrganisation(server.db, 'plan-paging-anchor-org');
    const foreigner = await server.tokenFor('mentee', 'plan-paging-anchor', org.secretKey);
    const refused = await server.request(`/v1/plans?cursor=${encodeCursor('plans', [planId])}`, { token: foreigner });
    assert.equal(refused.status, 400, refused.text);
    assert.equal(refused.body.errors[0].path, 'cursor');
    assert.equal((await server.request('/v1/plans?limit=101', { token: coordinator })).status, 400);
  });
});
