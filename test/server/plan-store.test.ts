import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { PgliteDatabase } from '../../src/server/db/pglite.js';
import type { Database } from '../../src/server/db/types.js';
import {
  addCheckIn,
  addComment,
  createMilestone,
  createMilestones,
  createPlan,
  getPlan,
  listComments,
  listHistory,
  listPlansForActor,
  listPlansForMentor,
  recalibrate,
  reorderMilestones,
  updateMilestone,
  type Actor,
} from '../../src/server/store/plans.js';
import type { Plan } from '../../src/api/plan.js';

// One in-memory PGlite for the file (a fresh one costs seconds); tests use their own rows.
let db: Database;

const ORG = 'org_a';
const OTHER_ORG = 'org_b';
const mentee: Actor = { userId: 'u_mentee', role: 'mentee' };
const otherMentee: Actor = { userId: 'u_mentee2', role: 'mentee' };
const mentor: Actor = { userId: 'u_mentor', role: 'mentor' };
const otherMentor: Actor = { userId: 'u_mentor2', role: 'mentor' };
const coordinator: Actor = { userId: 'u_coord', role: 'coordinator' };
const foreignCoordinator: Actor = { userId: 'u_coord_b', role: 'coordinator' };

before(async () => {
  db = await PgliteDatabase.open({ dataDir: 'memory://' });
  for (const file of ['001_foundation.sql', '020_plans.sql']) {
    await db.exec(await readFile(new URL(`../../src/server/migrations/${file}`, import.meta.url), 'utf8'));
  }
  await db.query(`INSERT INTO organisations (id, name) VALUES ($1, 'A'), ($2, 'B')`, [ORG, OTHER_ORG]);
  const users: Array<[string, string, string]> = [
    ['u_mentee', ORG, 'mentee'],
    ['u_mentee2', ORG, 'mentee'],
    ['u_mentor', ORG, 'mentor'],
    ['u_mentor2', ORG, 'mentor'],
    ['u_coord', ORG, 'coordinator'],
    ['u_coord_b', OTHER_ORG, 'coordinator'],
  ];
  for (const [id, org, role] of users) {
    await db.query(`INSERT INTO users (id, organisation_id, role, display_name, external_id) VALUES ($1, $2, $3, $1, $1)`, [id, org, role]);
  }
});

after(async () => {
  await db.close();
});

async function newPlan(actor: Actor = mentee, sharedWith: string[] = [mentor.userId]): Promise<Plan> {
  const result = await createPlan(db, ORG, actor, { goal: { occupationId: 'registered-nurse', jurisdictionId: 'ca-on', targetDate: '2027-06-30' }, sharedWith });
  assert.ok(result.ok, JSON.stringify(result));
  return result.value;
}

describe('plan store', () => {
  it('creates a plan with its shares and milestones in order', async () => {
    const plan = await newPlan();
    assert.equal(plan.menteeId, mentee.userId);
    assert.deepEqual(plan.sharedWith, [mentor.userId]);
    assert.equal(plan.version, 1);
    const created = await createMilestones(db, ORG, mentee, plan.id, [
      { title: 'Credential assessment', kind: 'credential-assessment', dueDate: '2025-05-01' },
      { title: 'IELTS', kind: 'language-test', expiresOn: '2027-05-01' },
    ]);
    assert.ok(created.ok);
    const [first, second] = created.value;
    const third = await createMilestone(db, ORG, mentee, plan.id, { title: 'NCLEX', kind: 'exam-sitting', dependsOn: [first.id, second.id], position: 0, source: { requirementId: 'licensing-exam', pathwayId: 'nclex' } });
    assert.ok(third.ok);
    const detail = await getPlan(db, ORG, mentee, plan.id);
    assert.ok(detail.ok);
    assert.deepEqual(detail.value.milestones.map((m) => [m.title, m.position]), [['NCLEX', 0], ['Credential assessment', 1], ['IELTS', 2]]);
    assert.deepEqual(detail.value.milestones[0].dependsOn, [first.id, second.id].sort());
    assert.deepEqual(detail.value.milestones[0].source, { requirementId: 'licensing-exam', pathwayId: 'nclex' });
    assert.equal(detail.value.milestones[2].expiresOn, '2027-05-01');
  });

  it('refuses a dependency that would make a cycle', async () => {
    const plan = await newPlan();
    const made = await createMilestones(db, ORG, mentee, plan.id, [{ title: 'A', kind: 'custom' }, { title: 'B', kind: 'custom' }]);
    assert.ok(made.ok);
    const [a, b] = made.value;
    const first = await updateMilestone(db, ORG, mentee, b.id, { version: 1, dependsOn: [a.id] });
    assert.ok(first.ok);
    const cycle = await updateMilestone(db, ORG, mentee, a.id, { version: 1, dependsOn: [b.id] });
    assert.equal(cycle.ok, false);
    assert.equal(!cycle.ok && cycle.error, 'invalid');
  });

  it('answers a stale version with a conflict that carries the current milestone', async () => {
    const plan = await newPlan();
    const made = await createMilestone(db, ORG, mentee, plan.id, { title: 'Original', kind: 'course' });
    assert.ok(made.ok);
    const firstEdit = await updateMilestone(db, ORG, mentee, made.value.id, { version: 1, title: 'From the laptop', status: 'in-progress' });
    assert.ok(firstEdit.ok);
    assert.equal(firstEdit.value.version, 2);
    const stale = await updateMilestone(db, ORG, mentee, made.value.id, { version: 1, title: 'From the phone' });
    assert.equal(stale.ok, false);
    assert.ok(!stale.ok && stale.error === 'conflict');
    if (!stale.ok && stale.error === 'conflict') {
      assert.equal(stale.current.title, 'From the laptop');
      assert.equal(stale.current.version, 2);
    }
    const bad = await updateMilestone(db, ORG, mentee, made.value.id, { version: 2, status: 'dropped' });
    assert.ok(bad.ok, 'in-progress may be dropped');
    const notAllowed = await updateMilestone(db, ORG, mentee, made.value.id, { version: 3, status: 'done' });
    assert.ok(!notAllowed.ok && notAllowed.error === 'invalid');
  });

  it('reorders on the plan version and rejects a stale reorder with the current order', async () => {
    const plan = await newPlan();
    const made = await createMilestones(db, ORG, mentee, plan.id, [{ title: '1', kind: 'custom' }, { title: '2', kind: 'custom' }, { title: '3', kind: 'custom' }]);
    assert.ok(made.ok);
    const ids = made.value.map((m) => m.id);
    const moved = await reorderMilestones(db, ORG, mentee, plan.id, { version: 1, order: [ids[2], ids[0], ids[1]] });
    assert.ok(moved.ok);
    assert.deepEqual(moved.value.milestones.map((m) => m.title), ['3', '1', '2']);
    assert.equal(moved.value.plan.version, 2);
    const stale = await reorderMilestones(db, ORG, mentee, plan.id, { version: 1, order: ids });
    assert.ok(!stale.ok && stale.error === 'conflict');
    if (!stale.ok && stale.error === 'conflict') assert.deepEqual(stale.current.milestones.map((m) => m.title), ['3', '1', '2']);
  });

  it('keeps every recalibration with old date, new date and reason', async () => {
    const plan = await newPlan();
    const made = await createMilestone(db, ORG, mentee, plan.id, { title: 'Exam', kind: 'exam-sitting', dueDate: '2025-06-01' });
    assert.ok(made.ok);
    const first = await recalibrate(db, ORG, mentee, { milestoneId: made.value.id }, { version: 1, toDate: '2025-09-01', reason: 'No seats in June' });
    assert.ok(first.ok);
    assert.equal(first.value.milestone?.dueDate, '2025-09-01');
    const second = await recalibrate(db, ORG, mentee, { milestoneId: made.value.id }, { version: 2, toDate: '2025-12-01', reason: 'Resit' });
    assert.ok(second.ok);
    const stale = await recalibrate(db, ORG, mentee, { milestoneId: made.value.id }, { version: 2, toDate: '2026-01-01', reason: 'Again' });
    assert.ok(!stale.ok && stale.error === 'conflict');
    const noReason = await recalibrate(db, ORG, mentee, { milestoneId: made.value.id }, { version: 3, toDate: '2026-01-01', reason: '  ' });
    assert.ok(!noReason.ok && noReason.error === 'invalid');
    const goal = await recalibrate(db, ORG, mentee, { planId: plan.id }, { version: 1, toDate: '2028-01-31', reason: 'Exam moved' });
    assert.ok(goal.ok);
    assert.equal(goal.value.plan?.goal.targetDate, '2028-01-31');

    const history = await listHistory(db, ORG, mentor, plan.id);
    assert.ok(history.ok);
    assert.deepEqual(
      history.value.map((h) => [h.milestoneId, h.fromDate, h.toDate, h.reason]),
      [
        [made.value.id, '2025-06-01', '2025-09-01', 'No seats in June'],
        [made.value.id, '2025-09-01', '2025-12-01', 'Resit'],
        [null, '2027-06-30', '2028-01-31', 'Exam moved'],
      ],
    );
  });

  it('does not show a mentee another mentee’s plan', async () => {
    const plan = await newPlan();
    assert.deepEqual(await getPlan(db, ORG, otherMentee, plan.id), { ok: false, error: 'not-found' });
    const list = await listPlansForActor(db, ORG, otherMentee);
    assert.ok(list.ok && list.value.items.every((p) => p.menteeId === otherMentee.userId));
    const edit = await createMilestone(db, ORG, otherMentee, plan.id, { title: 'Sneaky', kind: 'custom' });
    assert.deepEqual(edit, { ok: false, error: 'not-found' });
  });

  it('shows a mentor only the plans shared with them, and lets them comment and check in but not edit', async () => {
    const shared = await newPlan(mentee, [mentor.userId]);
    const notShared = await newPlan(mentee, []);
    assert.ok((await getPlan(db, ORG, mentor, shared.id)).ok);
    assert.deepEqual(await getPlan(db, ORG, mentor, notShared.id), { ok: false, error: 'not-found' });
    assert.deepEqual(await getPlan(db, ORG, otherMentor, shared.id), { ok: false, error: 'not-found' });

    const list = await listPlansForMentor(db, ORG, mentor, { limit: 100 });
    assert.ok(list.ok);
    assert.ok(list.value.items.some((p) => p.id === shared.id));
    assert.ok(!list.value.items.some((p) => p.id === notShared.id));
    assert.ok(list.value.items.every((p) => p.sharedWith.includes(mentor.userId)));

    const made = await createMilestone(db, ORG, mentee, shared.id, { title: 'Bridging course', kind: 'course' });
    assert.ok(made.ok);
    const edit = await updateMilestone(db, ORG, mentor, made.value.id, { version: 1, title: 'Mentor edit' });
    assert.ok(!edit.ok && edit.error === 'forbidden');
    const comment = await addComment(db, ORG, mentor, made.value.id, { text: 'Ask about the part-time option.' });
    assert.ok(comment.ok);
    assert.equal(comment.value.authorRole, 'mentor');
    const comments = await listComments(db, ORG, mentee, made.value.id);
    assert.ok(comments.ok && comments.value.length === 1);
    const checkIn = await addCheckIn(db, ORG, mentor, shared.id, {
      date: '2025-03-01',
      participants: [mentee.userId, mentor.userId],
      summary: 'Reviewed the plan',
      confidence: 4,
      nextSteps: 'Book the assessment',
      milestoneIds: [made.value.id],
    });
    assert.ok(checkIn.ok);
    assert.deepEqual(checkIn.value.milestoneIds, [made.value.id]);
    assert.equal(checkIn.value.confidence, 4);
  });

  it('pages a mentor’s plans with a cursor', async () => {
    for (let i = 0; i < 3; i++) await newPlan(mentee, [otherMentor.userId]);
    const first = await listPlansForMentor(db, ORG, otherMentor, { limit: 2 });
    assert.ok(first.ok && first.value.items.length === 2 && first.value.nextCursor);
    const second = await listPlansForMentor(db, ORG, otherMentor, { limit: 2, cursor: first.value.nextCursor! });
    assert.ok(second.ok);
    const ids = [...first.value.items, ...second.value.items].map((p) => p.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.ok(ids.length >= 3);
  });

  it('shows another organisation nothing', async () => {
    const plan = await newPlan();
    const made = await createMilestone(db, ORG, mentee, plan.id, { title: 'Private', kind: 'custom' });
    assert.ok(made.ok);
    assert.deepEqual(await getPlan(db, OTHER_ORG, foreignCoordinator, plan.id), { ok: false, error: 'not-found' });
    assert.deepEqual(await getPlan(db, OTHER_ORG, mentee, plan.id), { ok: false, error: 'not-found' });
    assert.deepEqual(await updateMilestone(db, OTHER_ORG, foreignCoordinator, made.value.id, { version: 1, title: 'x' }), { ok: false, error: 'not-found' });
    assert.deepEqual(await addComment(db, OTHER_ORG, foreignCoordinator, made.value.id, { text: 'hi' }), { ok: false, error: 'not-found' });
    assert.deepEqual(await listHistory(db, OTHER_ORG, foreignCoordinator, plan.id), { ok: false, error: 'not-found' });
    const list = await listPlansForActor(db, OTHER_ORG, foreignCoordinator);
    assert.ok(list.ok && list.value.items.length === 0);
    assert.ok((await getPlan(db, ORG, coordinator, plan.id)).ok, 'the coordinator of the plan’s own organisation sees it');
  });

  it('refuses to share a plan with someone who is not a mentor of the organisation', async () => {
    const result = await createPlan(db, ORG, mentee, { goal: { occupationId: 'pharmacist', jurisdictionId: 'ca-bc', targetDate: '2026-01-01' }, sharedWith: ['u_coord_b'] });
    assert.ok(!result.ok && result.error === 'invalid');
  });
});

describe('plan store transactions', () => {
  it('creates none of a bulk create when one item is refused', async () => {
    const plan = await newPlan();
    const result = await createMilestones(db, ORG, mentee, plan.id, [
      { title: 'Fine', kind: 'course' },
      { title: 'Broken', kind: 'course', dependsOn: ['ms_does_not_exist'] },
    ]);
    assert.ok(!result.ok && result.error === 'invalid');
    const detail = await getPlan(db, ORG, mentee, plan.id);
    assert.ok(detail.ok);
    assert.equal(detail.value.milestones.length, 0);
  });
});
