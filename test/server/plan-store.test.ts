import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
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
import type { Milestone, Plan, PlanDetail } from '../../src/api/plan.js';
import { openTestDatabase, refused } from './helpers.js';

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
  db = await openTestDatabase('blank');
  for (const file of ['001_foundation.sql', '020_plans.sql', '022_milestone_details.sql']) {
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
  return createPlan(db, ORG, actor, { goal: { occupationId: 'registered-nurse', jurisdictionId: 'ca-on', targetDate: '2027-06-30' }, sharedWith });
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
    const [first, second] = created;
    const third = await createMilestone(db, ORG, mentee, plan.id, { title: 'NCLEX', kind: 'exam-sitting', dependsOn: [first.id, second.id], position: 0, source: { requirementId: 'licensing-exam', pathwayId: 'nclex' } });
    assert.equal(third.title, 'NCLEX');
    const detail = await getPlan(db, ORG, mentee, plan.id);
    assert.deepEqual(detail.milestones.map((m) => [m.title, m.position]), [['NCLEX', 0], ['Credential assessment', 1], ['IELTS', 2]]);
    assert.deepEqual(detail.milestones[0].dependsOn, [first.id, second.id].sort());
    assert.deepEqual(detail.milestones[0].source, { requirementId: 'licensing-exam', pathwayId: 'nclex' });
    assert.equal(detail.milestones[2].expiresOn, '2027-05-01');
  });

  it('refuses a dependency that would make a cycle', async () => {
    const plan = await newPlan();
    const made = await createMilestones(db, ORG, mentee, plan.id, [{ title: 'A', kind: 'custom' }, { title: 'B', kind: 'custom' }]);
    const [a, b] = made;
    const first = await updateMilestone(db, ORG, mentee, b.id, { version: 1, dependsOn: [a.id] });
    assert.deepEqual(first.dependsOn, [a.id]);
    await assert.rejects(updateMilestone(db, ORG, mentee, a.id, { version: 1, dependsOn: [b.id] }), refused('invalid'));
  });

  it('answers a stale version with a conflict that carries the current milestone', async () => {
    const plan = await newPlan();
    const made = await createMilestone(db, ORG, mentee, plan.id, { title: 'Original', kind: 'course' });
    const firstEdit = await updateMilestone(db, ORG, mentee, made.id, { version: 1, title: 'From the laptop', status: 'in-progress' });
    assert.equal(firstEdit.version, 2);
    await assert.rejects(
      updateMilestone(db, ORG, mentee, made.id, { version: 1, title: 'From the phone' }),
      refused('conflict', undefined, (refusal) => {
        const current = refusal.extras.current as Milestone;
        assert.equal(current.title, 'From the laptop');
        assert.equal(current.version, 2);
      }),
    );
    const dropped = await updateMilestone(db, ORG, mentee, made.id, { version: 2, status: 'dropped' });
    assert.equal(dropped.status, 'dropped', 'in-progress may be dropped');
    await assert.rejects(updateMilestone(db, ORG, mentee, made.id, { version: 3, status: 'done' }), refused('invalid'));
  });

  it('reorders on the plan version and rejects a stale reorder with the current order', async () => {
    const plan = await newPlan();
    const made = await createMilestones(db, ORG, mentee, plan.id, [{ title: '1', kind: 'custom' }, { title: '2', kind: 'custom' }, { title: '3', kind: 'custom' }]);
    const ids = made.map((m) => m.id);
    const moved = await reorderMilestones(db, ORG, mentee, plan.id, { version: 1, order: [ids[2], ids[0], ids[1]] });
    assert.deepEqual(moved.milestones.map((m) => m.title), ['3', '1', '2']);
    assert.equal(moved.plan.version, 2);
    await assert.rejects(
      reorderMilestones(db, ORG, mentee, plan.id, { version: 1, order: ids }),
      refused('conflict', undefined, (refusal) => assert.deepEqual((refusal.extras.current as PlanDetail).milestones.map((m) => m.title), ['3', '1', '2'])),
    );
  });

  it('keeps every recalibration with old date, new date and reason', async () => {
    const plan = await newPlan();
    const made = await createMilestone(db, ORG, mentee, plan.id, { title: 'Exam', kind: 'exam-sitting', dueDate: '2025-06-01' });
    const first = await recalibrate(db, ORG, mentee, { milestoneId: made.id }, { version: 1, toDate: '2025-09-01', reason: 'No seats in June' });
    assert.equal(first.milestone?.dueDate, '2025-09-01');
    const second = await recalibrate(db, ORG, mentee, { milestoneId: made.id }, { version: 2, toDate: '2025-12-01', reason: 'Resit' });
    assert.equal(second.milestone?.dueDate, '2025-12-01');
    await assert.rejects(recalibrate(db, ORG, mentee, { milestoneId: made.id }, { version: 2, toDate: '2026-01-01', reason: 'Again' }), refused('conflict'));
    await assert.rejects(recalibrate(db, ORG, mentee, { milestoneId: made.id }, { version: 3, toDate: '2026-01-01', reason: '  ' }), refused('invalid'));
    const goal = await recalibrate(db, ORG, mentee, { planId: plan.id }, { version: 1, toDate: '2028-01-31', reason: 'Exam moved' });
    assert.equal(goal.plan?.goal.targetDate, '2028-01-31');

    const history = await listHistory(db, ORG, mentor, plan.id);
    assert.deepEqual(
      history.map((h) => [h.milestoneId, h.fromDate, h.toDate, h.reason]),
      [
        [made.id, '2025-06-01', '2025-09-01', 'No seats in June'],
        [made.id, '2025-09-01', '2025-12-01', 'Resit'],
        [null, '2027-06-30', '2028-01-31', 'Exam moved'],
      ],
    );
  });

  it('does not show a mentee another mentee’s plan', async () => {
    const plan = await newPlan();
    await assert.rejects(getPlan(db, ORG, otherMentee, plan.id), refused('not-found'));
    const list = await listPlansForActor(db, ORG, otherMentee);
    assert.ok(list.items.every((p) => p.menteeId === otherMentee.userId));
    await assert.rejects(createMilestone(db, ORG, otherMentee, plan.id, { title: 'Sneaky', kind: 'custom' }), refused('not-found'));
  });

  it('shows a mentor only the plans shared with them, and lets them comment and check in but not edit', async () => {
    const shared = await newPlan(mentee, [mentor.userId]);
    const notShared = await newPlan(mentee, []);
    assert.equal((await getPlan(db, ORG, mentor, shared.id)).plan.id, shared.id);
    await assert.rejects(getPlan(db, ORG, mentor, notShared.id), refused('not-found'));
    await assert.rejects(getPlan(db, ORG, otherMentor, shared.id), refused('not-found'));

    const list = await listPlansForMentor(db, ORG, mentor, { limit: 100 });
    assert.ok(list.items.some((p) => p.id === shared.id));
    assert.ok(!list.items.some((p) => p.id === notShared.id));
    assert.ok(list.items.every((p) => p.sharedWith.includes(mentor.userId)));

    const made = await createMilestone(db, ORG, mentee, shared.id, { title: 'Bridging course', kind: 'course' });
    await assert.rejects(updateMilestone(db, ORG, mentor, made.id, { version: 1, title: 'Mentor edit' }), refused('forbidden'));
    const comment = await addComment(db, ORG, mentor, made.id, { text: 'Ask about the part-time option.' });
    assert.equal(comment.authorRole, 'mentor');
    const comments = await listComments(db, ORG, mentee, made.id);
    assert.equal(comments.length, 1);
    const checkIn = await addCheckIn(db, ORG, mentor, shared.id, {
      date: '2025-03-01',
      participants: [mentee.userId, mentor.userId],
      summary: 'Reviewed the plan',
      confidence: 4,
      nextSteps: 'Book the assessment',
      milestoneIds: [made.id],
    });
    assert.deepEqual(checkIn.milestoneIds, [made.id]);
    assert.equal(checkIn.confidence, 4);
  });

  it('pages a mentor’s plans with a cursor', async () => {
    for (let i = 0; i < 3; i++) await newPlan(mentee, [otherMentor.userId]);
    const first = await listPlansForMentor(db, ORG, otherMentor, { limit: 2 });
    assert.ok(first.items.length === 2 && first.nextCursor);
    const second = await listPlansForMentor(db, ORG, otherMentor, { limit: 2, cursor: first.nextCursor });
    const ids = [...first.items, ...second.items].map((p) => p.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.ok(ids.length >= 3);
  });

  it('shows another organisation nothing', async () => {
    const plan = await newPlan();
    const made = await createMilestone(db, ORG, mentee, plan.id, { title: 'Private', kind: 'custom' });
    await assert.rejects(getPlan(db, OTHER_ORG, foreignCoordinator, plan.id), refused('not-found'));
    await assert.rejects(getPlan(db, OTHER_ORG, mentee, plan.id), refused('not-found'));
    await assert.rejects(updateMilestone(db, OTHER_ORG, foreignCoordinator, made.id, { version: 1, title: 'x' }), refused('not-found'));
    await assert.rejects(addComment(db, OTHER_ORG, foreignCoordinator, made.id, { text: 'hi' }), refused('not-found'));
    await assert.rejects(listHistory(db, OTHER_ORG, foreignCoordinator, plan.id), refused('not-found'));
    const list = await listPlansForActor(db, OTHER_ORG, foreignCoordinator);
    assert.equal(list.items.length, 0);
    assert.equal((await getPlan(db, ORG, coordinator, plan.id)).plan.id, plan.id, 'the coordinator of the plan’s own organisation sees it');
  });

  it('refuses to share a plan with someone who is not a mentor of the organisation', async () => {
    await assert.rejects(createPlan(db, ORG, mentee, { goal: { occupationId: 'pharmacist', jurisdictionId: 'ca-bc', targetDate: '2026-01-01' }, sharedWith: ['u_coord_b'] }), refused('invalid'));
  });
});

describe('plan store transactions', () => {
  it('creates none of a bulk create when one item is refused', async () => {
    const plan = await newPlan();
    await assert.rejects(
      createMilestones(db, ORG, mentee, plan.id, [
        { title: 'Fine', kind: 'course' },
        { title: 'Broken', kind: 'course', dependsOn: ['ms_does_not_exist'] },
      ]),
      refused('invalid'),
    );
    const detail = await getPlan(db, ORG, mentee, plan.id);
    assert.equal(detail.milestones.length, 0);
  });
});
