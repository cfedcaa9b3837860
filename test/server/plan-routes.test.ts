import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { DetailField } from '../../src/api/details.js';
import { milestoneDetails } from '../../src/api/plan.js';
import { createOrganisation, startTestServer, type TestServer } from './helpers.js';

let server: TestServer;
let mentee: string;
let other: string;
let mentor: string;
let stranger: string;
let planId: string;

const goal = { occupationId: 'registered-nurse', jurisdictionId: 'ca-on', targetDate: '2028-06-30' };
let counter = 0;
const key = () => `test-key-${process.pid}-${++counter}`;

before(async () => {
  server = await startTestServer();
  mentee = await server.tokenFor('mentee', 'routes-mentee');
  other = await server.tokenFor('mentee', 'routes-other-mentee');
  mentor = await server.tokenFor('mentor', 'routes-mentor');
  stranger = await server.tokenFor('mentor', 'routes-stranger-mentor');
  const mentorUser = (await server.request('/v1/me', { token: mentor })).body.user.id;
  const created = await server.request('/v1/plans', { token: mentee, headers: { 'idempotency-key': key() }, body: { goal, sharedWith: [mentorUser] } });
  assert.equal(created.status, 201, created.text);
  planId = created.body.plan.id;
});
after(() => server.close());

const addMilestone = (title: string, headers: Record<string, string> = { 'idempotency-key': key() }) =>
  server.request(`/v1/plans/${planId}/milestones`, { token: mentee, headers, body: { title, kind: 'exam-sitting', dueDate: '2027-03-01' } });

describe('plans routes', () => {
  it('lists the mentee\'s own plans and the demo plan for the demo mentee', async () => {
    const own = await server.request('/v1/plans', { token: mentee });
    assert.deepEqual(own.body.items.map((p: { id: string }) => p.id), [planId]);
    const demo = await server.request('/v1/plans', { token: await server.tokenFor('mentee') });
    assert.equal(demo.body.items.length, 1);
    const detail = await server.request(`/v1/plans/${demo.body.items[0].id}`, { token: await server.tokenFor('mentee') });
    assert.ok(detail.body.milestones.length >= 5);
    assert.ok(new Set(detail.body.milestones.map((m: { status: string }) => m.status)).size >= 3);
  });

  it('starts a plan from the occupation\'s template, with dependencies and scheduled dates', async () => {
    const created = await server.request('/v1/plans', { token: other, headers: { 'idempotency-key': key() }, body: { goal, fromTemplate: true } });
    assert.equal(created.status, 201, created.text);
    const titles = created.body.milestones.map((m: { title: string }) => m.title);
    assert.ok(titles.some((t: string) => t.includes('NCLEX')));
    assert.ok(created.body.milestones.every((m: { dueDate: string | null }) => m.dueDate));
    assert.ok(created.body.milestones.some((m: { dependsOn: string[] }) => m.dependsOn.length > 0));
  });

  it('serves milestone templates by occupation and jurisdiction with a publishable key', async () => {
    const found = await server.request('/v1/milestone-templates?occupation=registered-nurse&jurisdiction=ca-on', { token: 'pk_demo_bridgeway' });
    assert.equal(found.status, 200, found.text);
    assert.ok(found.body.items.some((i: { title: string }) => /jurisprudence/i.test(i.title)));
    const missing = await server.request('/v1/milestone-templates?occupation=dentist&jurisdiction=de-by', { token: 'pk_demo_bridgeway' });
    assert.equal(missing.status, 404);
  });

  it('creates one milestone for a key sent twice, and one under concurrent repeats', async () => {
    const headers = { 'idempotency-key': key() };
    const a = await addMilestone('NCLEX-RN once', headers);
    const b = await addMilestone('NCLEX-RN once', headers);
    assert.equal(a.status, 201, a.text);
    assert.equal(b.body.id, a.body.id);
    const concurrent = { 'idempotency-key': key() };
    const all = await Promise.all(Array.from({ length: 5 }, () => addMilestone('Jurisprudence concurrent', concurrent)));
    for (const response of all) assert.equal(response.status, 201, response.text);
    assert.equal(new Set(all.map((r) => r.body.id)).size, 1);
    const detail = await server.request(`/v1/plans/${planId}`, { token: mentee });
    assert.equal(detail.body.milestones.filter((m: { title: string }) => m.title === 'Jurisprudence concurrent').length, 1);
    assert.equal(detail.body.milestones.filter((m: { title: string }) => m.title === 'NCLEX-RN once').length, 1);
  });

  it('updates a milestone on its version and answers a stale one with 409 and the current milestone', async () => {
    const created = (await addMilestone('Versioned')).body;
    const first = await server.request(`/v1/milestones/${created.id}`, { method: 'PATCH', token: mentee, body: { version: 1, status: 'in-progress' } });
    assert.equal(first.status, 200, first.text);
    assert.equal(first.body.version, 2);
    const stale = await server.request(`/v1/milestones/${created.id}`, { method: 'PATCH', token: mentee, body: { version: 1, title: 'Stale edit' } });
    assert.equal(stale.status, 409);
    assert.equal(stale.body.code, 'conflict');
    assert.equal(stale.body.current.version, 2);
    assert.equal(stale.body.current.status, 'in-progress');
    const missingVersion = await server.request(`/v1/milestones/${created.id}`, { method: 'PATCH', token: mentee, body: { title: 'No version' } });
    assert.equal(missingVersion.status, 400);
  });

  it('keeps every descriptive field of a milestone: set on create, kept by a patch that leaves it out, cleared by null, refused when too long', async () => {
    const sample = (kind: 'text' | 'date', n: number) => (kind === 'date' ? `2027-0${n}-15` : `Sample ${n}`);
    const fields: Array<[string, DetailField]> = Object.entries(milestoneDetails);
    const first = Object.fromEntries(fields.map(([name, field]) => [name, sample(field.kind, 1)]));
    const created = await server.request(`/v1/plans/${planId}/milestones`, { token: mentee, headers: { 'idempotency-key': key() }, body: { title: 'Details', kind: 'course', ...first } });
    assert.equal(created.status, 201, created.text);
    for (const [name, value] of Object.entries(first)) assert.equal(created.body[name], value, name);
    const id = created.body.id;
    const renamed = await server.request(`/v1/milestones/${id}`, { token: mentee, method: 'PATCH', body: { version: created.body.version, title: 'Details, renamed' } });
    assert.equal(renamed.status, 200, renamed.text);
    for (const [name, value] of Object.entries(first)) assert.equal(renamed.body[name], value, `${name} kept`);
    let version = renamed.body.version;
    for (const [name, field] of fields) {
      const changed = await server.request(`/v1/milestones/${id}`, { token: mentee, method: 'PATCH', body: { version, [name]: sample(field.kind, 2) } });
      assert.equal(changed.status, 200, changed.text);
      assert.equal(changed.body[name], sample(field.kind, 2));
      const cleared = await server.request(`/v1/milestones/${id}`, { token: mentee, method: 'PATCH', body: { version: changed.body.version, [name]: null } });
      assert.equal(cleared.status, 200, cleared.text);
      assert.equal(name in cleared.body, false, `${name} cleared`);
      version = cleared.body.version;
      const tooLong = field.kind === 'date' ? '2027-02-30' : 'x'.repeat((field.maxLength ?? 0) + 1);
      const refused = await server.request(`/v1/milestones/${id}`, { token: mentee, method: 'PATCH', body: { version, [name]: tooLong } });
      assert.equal(refused.status, 400, `${name}: ${refused.text}`);
    }
    const read = await server.request(`/v1/plans/${planId}`, { token: mentee });
    const stored = read.body.milestones.find((m: { id: string }) => m.id === id);
    for (const [name] of fields) assert.equal(name in stored, false, `${name} read back cleared`);
  });

  it('reorders on the plan\'s version, and refuses a stale reorder with the plan as it is', async () => {
    const detail = (await server.request(`/v1/plans/${planId}`, { token: mentee })).body;
    const order = detail.milestones.map((m: { id: string }) => m.id).reverse();
    const moved = await server.request(`/v1/plans/${planId}/reorder`, { token: mentee, headers: { 'idempotency-key': key() }, body: { version: detail.plan.version, order } });
    assert.equal(moved.status, 200, moved.text);
    assert.deepEqual(moved.body.milestones.map((m: { id: string }) => m.id), order);
    const stale = await server.request(`/v1/plans/${planId}/reorder`, { token: mentee, body: { version: detail.plan.version, order: [...order].reverse() } });
    assert.equal(stale.status, 409);
    assert.deepEqual(stale.body.current.milestones.map((m: { id: string }) => m.id), order);
  });

  it('keeps the history of recalibrations of milestones and of the goal, and requires a reason', async () => {
    const created = (await addMilestone('Recalibrated')).body;
    const noReason = await server.request(`/v1/milestones/${created.id}/recalibrations`, { token: mentee, body: { version: 1, toDate: '2027-05-01', reason: '  ' } });
    assert.equal(noReason.status, 400);
    const moved = await server.request(`/v1/milestones/${created.id}/recalibrations`, { token: mentee, headers: { 'idempotency-key': key() }, body: { version: 1, toDate: '2027-05-01', reason: 'Exam seats full' } });
    assert.equal(moved.status, 201, moved.text);
    assert.equal(moved.body.milestone.dueDate, '2027-05-01');
    const plan = (await server.request(`/v1/plans/${planId}`, { token: mentee })).body.plan;
    const goalMoved = await server.request(`/v1/plans/${planId}/recalibrations`, { token: mentee, body: { version: plan.version, toDate: '2028-12-31', reason: 'Evaluation takes longer' } });
    assert.equal(goalMoved.status, 201, goalMoved.text);
    const history = await server.request(`/v1/plans/${planId}/history`, { token: mentee });
    const mine = history.body.items.filter((r: { milestoneId: string | null }) => r.milestoneId === created.id);
    assert.deepEqual(mine.map((r: { fromDate: string; toDate: string; reason: string }) => [r.fromDate, r.toDate, r.reason]), [['2027-03-01', '2027-05-01', 'Exam seats full']]);
    assert.ok(history.body.items.some((r: { milestoneId: string | null; fromDate: string }) => r.milestoneId === null && r.fromDate === '2028-06-30'));
  });

  it('lets a mentor the plan is shared with read, comment and record a check-in, but not edit', async () => {
    const listed = await server.request('/v1/plans', { token: mentor });
    assert.deepEqual(listed.body.items.map((p: { id: string }) => p.id), [planId]);
    const milestone = (await addMilestone('Mentor sees this')).body;
    const comment = await server.request(`/v1/milestones/${milestone.id}/comments`, { token: mentor, headers: { 'idempotency-key': key() }, body: { text: 'Book early.' } });
    assert.equal(comment.status, 201, comment.text);
    assert.equal(comment.body.authorRole, 'mentor');
    const comments = await server.request(`/v1/milestones/${milestone.id}/comments`, { token: mentee });
    assert.deepEqual(comments.body.items.map((c: { text: string }) => c.text), ['Book early.']);
    const checkIn = await server.request(`/v1/plans/${planId}/check-ins`, { token: mentor, headers: { 'idempotency-key': key() }, body: { date: '2026-01-10', participants: [], summary: 'Talked', confidence: 3, nextSteps: 'Study', milestoneIds: [milestone.id] } });
    assert.equal(checkIn.status, 201, checkIn.text);
    assert.equal((await server.request(`/v1/plans/${planId}/check-ins`, { token: mentee })).body.items.length, 1);
    const edit = await server.request(`/v1/milestones/${milestone.id}`, { method: 'PATCH', token: mentor, body: { version: 1, title: 'Mentor edit' } });
    assert.equal(edit.status, 403);
  });

  it("gives the mentee's display name with each plan and each milestone's comment count, so screens show names and feedback counts", async () => {
    const milestone = (await addMilestone('Counted comments')).body;
    assert.equal(milestone.commentCount, 0);
    for (const text of ['First note.', 'Second note.']) {
      await server.request(`/v1/milestones/${milestone.id}/comments`, { token: mentor, headers: { 'idempotency-key': key() }, body: { text } });
    }
    const detail = await server.request(`/v1/plans/${planId}`, { token: mentor });
    assert.equal(detail.body.milestones.find((m: { id: string }) => m.id === milestone.id).commentCount, 2);
    const listed = await server.request('/v1/plans', { token: mentor });
    const me = (await server.request('/v1/me', { token: mentee })).body.user;
    assert.equal(listed.body.items[0].menteeName, me.displayName);
    assert.ok(me.displayName);
  });

  it('hides a plan from other mentees and unshared mentors (404)', async () => {
    for (const token of [other, stranger]) {
      assert.equal((await server.request(`/v1/plans/${planId}`, { token })).status, 404);
      assert.equal((await server.request(`/v1/plans/${planId}/milestones`, { token, headers: { 'idempotency-key': key() }, body: { title: 'Intruder', kind: 'custom' } })).status, 404);
    }
    assert.deepEqual((await server.request('/v1/plans', { token: stranger })).body.items, []);
  });

  it('keeps organisations apart', async () => {
    const org = await createOrganisation(server.db, 'plans-other-org');
    const foreign = await server.tokenFor('coordinator', 'other-org-coordinator', org.secretKey);
    assert.equal((await server.request(`/v1/plans/${planId}`, { token: foreign })).status, 404);
    assert.deepEqual((await server.request('/v1/plans', { token: foreign })).body.items, []);
  });

  it('turns a gap request into milestones once, even when sent twice with different keys', async () => {
    const request = {
      occupationId: 'registered-nurse',
      jurisdictionId: 'ca-bc',
      items: [
        { title: 'NNAS', kind: 'credential-assessment', source: { requirementId: 'ca-bc-rn-nnas', pathwayId: 'nnas' } },
        { title: 'NCLEX-RN', kind: 'exam-sitting', source: { requirementId: 'ca-bc-rn-nclex' }, dueDate: '2027-09-01' },
      ],
    };
    const first = await server.request('/v1/plans/from-gap', { token: mentee, headers: { 'idempotency-key': key() }, body: request });
    assert.equal(first.status, 201, first.text);
    assert.equal(first.body.milestones.length, 2);
    assert.equal(first.body.plan.goal.targetDate, '2027-09-01');
    const again = await server.request('/v1/plans/from-gap', { token: mentee, headers: { 'idempotency-key': key() }, body: { ...request, items: [...request.items, { title: 'Jurisprudence', kind: 'exam-sitting', source: { requirementId: 'ca-bc-rn-juris' } }] } });
    assert.equal(again.body.plan.id, first.body.plan.id);
    assert.equal(again.body.milestones.length, 3);
    const mentorTry = await server.request('/v1/plans/from-gap', { token: mentor, body: request });
    assert.equal(mentorTry.status, 403);
  });
});
