/**
 * Mentors store: the coordinators' queue. With coordinator approval on, a request waits here,
 * unseen by any mentor and holding no place, until a coordinator approves it (it reaches its
 * mentor and takes a place), proposes another mentor (it reaches that mentor instead, the
 * mentee sees whom they asked and why), or declines it with a reason.
 */
import type { IntroductionRequest } from '../../../api/mentor.js';
import type { QueueDecision, QueuedIntroduction, QueueSort } from '../../../api/mentorship.js';
import { respondByFrom } from '../../../core/mentor/index.js';
import type { RequestActor } from '../../actor.js';
import { inTransaction, type Connection } from '../../db/transaction.js';
import type { Queryable } from '../../db/types.js';
import { Refusal } from '../../refusal.js';
import { isoTime, pageSql, type PageWindow } from '../../wire.js';
import { refuseIfMentored } from './introductions.js';
import { takePlace } from './places.js';
import { INTRODUCTION_COLUMNS, introductionFromRow, MENTOR_COLUMNS, mentorFromRow, type IntroductionRow, type MentorRow } from './rows.js';
import { getMentorshipSettings } from './settings.js';

const prefixed = (alias: string) => INTRODUCTION_COLUMNS.split(',').map((column) => `${alias}.${column.trim()}`).join(', ');

const QUEUE_ORDER: Record<QueueSort, string> = { oldest: 'r.created_at, r.id', newest: 'r.created_at DESC, r.id', mentee: 'lower(u.display_name), r.id' };

/** Requests waiting for a coordinator, oldest first unless `sort` says otherwise, with who asks and whom. */
export async function listQueue(db: Queryable, organisationId: string, window?: PageWindow, sort: QueueSort = 'oldest'): Promise<QueuedIntroduction[]> {
  const { rows } = await db.query<IntroductionRow & { mentee_name: string; mentor: MentorRow }>(
    `SELECT ${prefixed('r')}, u.display_name AS mentee_name,
       (SELECT to_jsonb(x) FROM (SELECT ${MENTOR_COLUMNS} FROM mentors WHERE id = r.mentor_id) x) AS mentor
     FROM introduction_requests r JOIN users u ON u.id = r.mentee_id
     WHERE r.organisation_id = $1 AND r.approval = 'waiting' AND r.status = 'pending'
     ORDER BY ${QUEUE_ORDER[sort]}${pageSql(window)}`,
    [organisationId],
  );
  return rows.map((row) => ({ request: introductionFromRow(row), mentee: { id: row.mentee_id, displayName: row.mentee_name }, mentor: mentorFromRow(row.mentor) }));
}

/** A coordinator approves, proposes another mentor for, or declines a queued request. Version-checked. */
export async function decideQueued(db: Connection, actor: RequestActor, introductionId: string, decision: QueueDecision, now: Date = new Date()): Promise<IntroductionRequest> {
  const organisationId = actor.organisationId;
  return inTransaction(db, async (tx) => {
    const { rows } = await tx.query<IntroductionRow>(
      `SELECT ${INTRODUCTION_COLUMNS} FROM introduction_requests WHERE organisation_id = $1 AND id = $2 FOR UPDATE`,
      [organisationId, introductionId],
    );
    const row = rows[0];
    if (!row) throw Refusal.notFound(`No introduction ${introductionId} in this organisation.`, { reason: 'introduction-not-found' });
    if (row.version !== decision.version) {
      throw Refusal.conflict(`The request changed since version ${decision.version}; reload it and try again.`, introductionFromRow(row), { reason: 'stale-version' });
    }
    if (row.approval !== 'waiting' || row.status !== 'pending') {
      throw Refusal.conflict(`This request is not waiting for a coordinator (it is ${row.status}).`, introductionFromRow(row), { reason: 'not-in-queue' });
    }
    if (decision.action === 'decline') {
      return update(tx, organisationId, introductionId, `status = 'declined', decline_reason = $3, approval = 'declined', coordinator_note = $4, decided_by = $5, updated_at = $6::timestamptz`, [
        decision.reason, decision.note || null, actor.userId, isoTime(now),
      ]);
    }
    // The mentor's clock starts when the request reaches them.
    const respondBy = isoTime(respondByFrom(now, (await getMentorshipSettings(tx, organisationId)).requestExpiryDays));
    if (decision.action === 'approve') {
      await takePlace(tx, organisationId, row.mentor_id);
      return update(tx, organisationId, introductionId, `approval = 'approved', decided_by = $3, respond_by = $4::timestamptz, updated_at = $5::timestamptz`, [
        actor.userId, respondBy, isoTime(now),
      ]);
    }
    if (decision.mentorId === row.mentor_id) throw Refusal.invalid('Propose a mentor other than the one asked, or approve the request.', { errors: [{ path: 'mentorId', message: 'must be another mentor' }] });
    const open = await tx.query(
      `SELECT 1 FROM introduction_requests WHERE organisation_id = $1 AND mentee_id = $2 AND mentor_id = $3 AND status IN ('pending', 'question')`,
      [organisationId, row.mentee_id, decision.mentorId],
    );
    if (open.rows[0]) throw Refusal.conflict('The mentee already has an open request with that mentor.', undefined, { reason: 'already-requested' });
    await refuseIfMentored(tx, organisationId, row.mentee_id, decision.mentorId);
    await takePlace(tx, organisationId, decision.mentorId);
    return update(
      tx,
      organisationId,
      introductionId,
      `requested_mentor_id = COALESCE(requested_mentor_id, mentor_id), mentor_id = $3, approval = 'approved', coordinator_note = $4, decided_by = $5,
       respond_by = $6::timestamptz, updated_at = $7::timestamptz`,
      [decision.mentorId, decision.note || null, actor.userId, respondBy, isoTime(now)],
    );
  });
}

async function update(tx: Queryable, organisationId: string, introductionId: string, assignments: string, values: unknown[]): Promise<IntroductionRequest> {
  const { rows } = await tx.query<IntroductionRow>(
    `UPDATE introduction_requests SET ${assignments}, version = version + 1 WHERE organisation_id = $1 AND id = $2 RETURNING ${INTRODUCTION_COLUMNS}`,
    [organisationId, introductionId, ...values],
  );
  return introductionFromRow(rows[0]);
}
