/** Plans store: what happens around a plan: moved dates (history), check-ins and comments. */
import type { Role } from '../../../api/identity.js';
import type { CheckIn, CheckInCreate, Comment, CommentCreate, Recalibration } from '../../../api/plan.js';
import { inTransaction, type Connection } from '../../db/transaction.js';
import type { Queryable } from '../../db/types.js';
import { Refusal } from '../../refusal.js';
import { isoTime, newId, positionSql, requireAnchor, type ListOrder, type PositionWindow } from '../../wire.js';
import { milestoneRows, readableMilestone, readablePlan, strangers, type Actor } from './rows.js';

interface RecalibrationRow {
  id: string;
  plan_id: string;
  milestone_id: string | null;
  from_date: string | null;
  to_date: string;
  reason: string;
  author_id: string;
  at: Date | string;
}

const RECALIBRATION_COLUMNS = `id, plan_id, milestone_id, from_date::text AS from_date, to_date::text AS to_date, reason, author_id, at`;

function toRecalibration(row: RecalibrationRow): Recalibration {
  return {
    id: row.id,
    planId: row.plan_id,
    milestoneId: row.milestone_id,
    fromDate: row.from_date,
    toDate: row.to_date,
    reason: row.reason,
    authorId: row.author_id,
    at: isoTime(row.at),
  };
}

/** Records a moved date (the caller has moved it, in the same transaction). */
export async function insertRecalibration(
  tx: Queryable,
  organisationId: string,
  actor: Actor,
  moved: { planId: string; milestoneId: string | null; fromDate: string | null; toDate: string; reason: string },
): Promise<Recalibration> {
  const { rows } = await tx.query<RecalibrationRow>(
    `INSERT INTO recalibrations (id, organisation_id, plan_id, milestone_id, from_date, to_date, reason, author_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     RETURNING ${RECALIBRATION_COLUMNS}`,
    [newId('rc'), organisationId, moved.planId, moved.milestoneId, moved.fromDate, moved.toDate, moved.reason, actor.userId],
  );
  return toRecalibration(rows[0]);
}

/** Every moved date of a plan (its goal and its milestones), oldest first. */
export async function listHistory(db: Queryable, organisationId: string, actor: Actor, planId: string, window?: PositionWindow): Promise<Recalibration[]> {
  await readablePlan(db, organisationId, actor, planId);
  await requireAnchor(db, window, 'recalibrations', { organisation_id: organisationId, plan_id: planId });
  const page = positionSql(window, HISTORY_ORDER, 3);
  const { rows } = await db.query<RecalibrationRow>(
    `SELECT ${RECALIBRATION_COLUMNS} FROM recalibrations h WHERE h.organisation_id = $1 AND h.plan_id = $2 AND ${page.after}${page.tail}`,
    [organisationId, planId, ...page.params],
  );
  return rows.map(toRecalibration);
}

interface CheckInRow {
  id: string;
  plan_id: string;
  date: string;
  participants: string[];
  summary: string;
  confidence: number;
  next_steps: string;
  author_id: string;
  created_at: Date | string;
  milestone_ids: string[] | null;
}

const CHECK_IN_COLUMNS = `c.id, c.plan_id, c.date::text AS date, c.participants, c.summary, c.confidence, c.next_steps, c.author_id, c.created_at,
  ARRAY(SELECT cm.milestone_id FROM check_in_milestones cm WHERE cm.check_in_id = c.id AND cm.organisation_id = c.organisation_id ORDER BY cm.milestone_id) AS milestone_ids`;

function toCheckIn(row: CheckInRow): CheckIn {
  return {
    id: row.id,
    planId: row.plan_id,
    date: row.date,
    participants: row.participants,
    summary: row.summary,
    confidence: row.confidence,
    nextSteps: row.next_steps,
    milestoneIds: row.milestone_ids ?? [],
    authorId: row.author_id,
    createdAt: isoTime(row.created_at),
  };
}

/** Records a check-in: the mentee, a mentor the plan is shared with, or a coordinator. */
export async function addCheckIn(db: Connection, organisationId: string, actor: Actor, planId: string, input: CheckInCreate): Promise<CheckIn> {
  return inTransaction(db, async (tx) => {
    await readablePlan(tx, organisationId, actor, planId);
    const participants = [...new Set(input.participants)];
    const outsiders = await strangers(tx, organisationId, participants, null);
    if (outsiders.length > 0) throw Refusal.invalid(`Not people of this organisation: ${outsiders.join(', ')}.`);
    const milestoneIds = [...new Set(input.milestoneIds ?? [])];
    const milestones = new Set((await milestoneRows(tx, organisationId, planId)).map((m) => m.id));
    const foreign = milestoneIds.filter((id) => !milestones.has(id));
    if (foreign.length > 0) throw Refusal.invalid(`Not milestones of this plan: ${foreign.join(', ')}.`);
    const id = newId('ci');
    await tx.query(
      `INSERT INTO check_ins (id, organisation_id, plan_id, date, participants, summary, confidence, next_steps, author_id)
       VALUES ($1, $2, $3, $4, $5::text[], $6, $7, $8, $9)`,
      [id, organisationId, planId, input.date, participants, input.summary, input.confidence, input.nextSteps, actor.userId],
    );
    for (const milestoneId of milestoneIds) {
      await tx.query(`INSERT INTO check_in_milestones (organisation_id, check_in_id, milestone_id) VALUES ($1, $2, $3)`, [organisationId, id, milestoneId]);
    }
    const { rows } = await tx.query<CheckInRow>(`SELECT ${CHECK_IN_COLUMNS} FROM check_ins c WHERE c.organisation_id = $1 AND c.id = $2`, [organisationId, id]);
    return toCheckIn(rows[0]);
  });
}

/** A plan's check-ins, newest first. */
export async function listCheckIns(db: Queryable, organisationId: string, actor: Actor, planId: string, window?: PositionWindow): Promise<CheckIn[]> {
  await readablePlan(db, organisationId, actor, planId);
  await requireAnchor(db, window, 'check_ins', { organisation_id: organisationId, plan_id: planId });
  const page = positionSql(window, CHECK_IN_ORDER, 3);
  const { rows } = await db.query<CheckInRow>(
    `SELECT ${CHECK_IN_COLUMNS} FROM check_ins c WHERE c.organisation_id = $1 AND c.plan_id = $2 AND ${page.after}${page.tail}`,
    [organisationId, planId, ...page.params],
  );
  return rows.map(toCheckIn);
}

interface CommentRow {
  id: string;
  milestone_id: string;
  author_id: string;
  author_role: Role;
  text: string;
  created_at: Date | string;
}

const toComment = (row: CommentRow): Comment => ({
  id: row.id,
  milestoneId: row.milestone_id,
  authorId: row.author_id,
  authorRole: row.author_role,
  text: row.text,
  createdAt: isoTime(row.created_at),
});

/** Comments on a milestone: anyone who may see the plan. */
export async function addComment(db: Queryable, organisationId: string, actor: Actor, milestoneId: string, input: CommentCreate): Promise<Comment> {
  await readableMilestone(db, organisationId, actor, milestoneId);
  const text = input.text.trim();
  if (!text) throw Refusal.invalid('A comment needs text.');
  const { rows } = await db.query<CommentRow>(
    `INSERT INTO comments (id, organisation_id, milestone_id, author_id, author_role, text) VALUES ($1, $2, $3, $4, $5, $6)
     RETURNING id, milestone_id, author_id, author_role, text, created_at`,
    [newId('cm'), organisationId, milestoneId, actor.userId, actor.role, text],
  );
  return toComment(rows[0]);
}

/** A milestone's comments, oldest first. */
export async function listComments(db: Queryable, organisationId: string, actor: Actor, milestoneId: string, window?: PositionWindow): Promise<Comment[]> {
  await readableMilestone(db, organisationId, actor, milestoneId);
  await requireAnchor(db, window, 'comments', { organisation_id: organisationId, milestone_id: milestoneId });
  const page = positionSql(window, COMMENT_ORDER, 3);
  const { rows } = await db.query<CommentRow>(
    `SELECT m.id, m.milestone_id, m.author_id, m.author_role, m.text, m.created_at FROM comments m WHERE m.organisation_id = $1 AND m.milestone_id = $2 AND ${page.after}${page.tail}`,
    [organisationId, milestoneId, ...page.params],
  );
  return rows.map(toComment);
}

// The orders of the lists above, paged by position (their keys never change once written).
const HISTORY_ORDER: ListOrder = { table: 'recalibrations', alias: 'h', keys: [{ column: 'at' }, { column: 'id' }] };
const CHECK_IN_ORDER: ListOrder = { table: 'check_ins', alias: 'c', keys: [{ column: 'date', descending: true }, { column: 'created_at', descending: true }, { column: 'id' }] };
const COMMENT_ORDER: ListOrder = { table: 'comments', alias: 'm', keys: [{ column: 'created_at' }, { column: 'id' }] };
