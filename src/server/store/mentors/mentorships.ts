/**
 * Mentors store: mentorships. An accepted introduction starts one ("agreeing"); either side
 * proposes the agreement (goals, cadence, hours per month, expected end), which the proposer
 * has thereby confirmed; once the other confirms it too, it is active. While active, either side
 * proposes a change, which becomes the agreement (its next version) once the other side accepts
 * it; until then the confirmed agreement stands. Either side, or a
 * coordinator, closes it with a reason, which frees the mentor's place. Who may see one: its
 * mentee, its mentor and the organisation's coordinators; to anyone else it does not exist.
 */
import type { RequestActor } from '../../actor.js';
import type { AgreementChangeAnswer, CurrentMentee, Mentorship, MentorshipAgreement, MentorshipClosure, MentorshipListQuery } from '../../../api/mentorship.js';
import { inTransaction, type Connection } from '../../db/transaction.js';
import type { Queryable } from '../../db/types.js';
import { Refusal } from '../../refusal.js';
import { isoTime, isoTimeOrNull, newId, pageSql, type PageWindow } from '../../wire.js';
import { releasePlaces } from './places.js';
import type { IntroductionRow } from './rows.js';

interface MentorshipRow {
  id: string;
  introduction_id: string;
  status: Mentorship['status'];
  mentee_id: string;
  mentee_name: string;
  mentor_id: string;
  mentor_name: string;
  goals: string | null;
  meeting_cadence: MentorshipAgreement['meetingCadence'] | null;
  hours_per_month: number | null;
  expected_end_date: string | null;
  mentee_confirmed_at: Date | string | null;
  mentor_confirmed_at: Date | string | null;
  started_at: Date | string | null;
  closed_at: Date | string | null;
  closed_by: Mentorship['closedBy'];
  close_reason: Mentorship['closeReason'];
  close_feedback: string | null;
  agreement_version: number;
  proposed_goals: string | null;
  proposed_meeting_cadence: MentorshipAgreement['meetingCadence'] | null;
  proposed_hours_per_month: number | null;
  proposed_expected_end_date: string | null;
  proposed_by: 'mentee' | 'mentor' | null;
  proposed_at: Date | string | null;
  created_at: Date | string;
  updated_at: Date | string;
  version: number;
}

const SELECT_MENTORSHIP = `SELECT ms.id, ms.introduction_id, ms.status, ms.mentee_id, u.display_name AS mentee_name, ms.mentor_id, m.display_name AS mentor_name,
    ms.goals, ms.meeting_cadence, ms.hours_per_month, to_char(ms.expected_end_date, 'YYYY-MM-DD') AS expected_end_date,
    ms.mentee_confirmed_at, ms.mentor_confirmed_at, ms.started_at, ms.closed_at, ms.closed_by, ms.close_reason, ms.close_feedback,
    ms.agreement_version, ms.proposed_goals, ms.proposed_meeting_cadence, ms.proposed_hours_per_month,
    to_char(ms.proposed_expected_end_date, 'YYYY-MM-DD') AS proposed_expected_end_date, ms.proposed_by, ms.proposed_at,
    ms.created_at, ms.updated_at, ms.version
  FROM mentorships ms JOIN users u ON u.id = ms.mentee_id JOIN mentors m ON m.id = ms.mentor_id`;

function fromRow(row: MentorshipRow): Mentorship {
  const agreed = row.goals !== null && row.meeting_cadence !== null && row.hours_per_month !== null && row.expected_end_date !== null;
  return {
    id: row.id,
    introductionId: row.introduction_id,
    status: row.status,
    mentee: { id: row.mentee_id, displayName: row.mentee_name },
    mentor: { id: row.mentor_id, displayName: row.mentor_name },
    agreement: agreed ? { goals: row.goals!, meetingCadence: row.meeting_cadence!, hoursPerMonth: row.hours_per_month!, expectedEndDate: row.expected_end_date! } : null,
    agreementVersion: row.agreement_version,
    proposedChange: row.proposed_by
      ? {
          goals: row.proposed_goals!, meetingCadence: row.proposed_meeting_cadence!, hoursPerMonth: row.proposed_hours_per_month!, expectedEndDate: row.proposed_expected_end_date!,
          proposedBy: row.proposed_by, proposedAt: isoTime(row.proposed_at!),
        }
      : null,
    menteeConfirmedAt: isoTimeOrNull(row.mentee_confirmed_at),
    mentorConfirmedAt: isoTimeOrNull(row.mentor_confirmed_at),
    startedAt: isoTimeOrNull(row.started_at),
    closedAt: isoTimeOrNull(row.closed_at),
    closedBy: row.closed_by,
    closeReason: row.close_reason,
    feedback: row.close_feedback,
    createdAt: isoTime(row.created_at),
    updatedAt: isoTime(row.updated_at),
    version: row.version,
  };
}

/** The SQL condition (with `$1` the organisation, `$2` the user) for the mentorships an actor may see. */
function visibleTo(actor: RequestActor): string {
  if (actor.role === 'mentee') return 'ms.mentee_id = $2';
  if (actor.role === 'mentor') return 'ms.mentor_id IN (SELECT id FROM mentors WHERE organisation_id = $1 AND user_id = $2)';
  return '$2::text IS NOT NULL';
}

/** An accepted introduction becomes a mentorship, still to agree on (in the acceptance's transaction). */
export async function startMentorship(tx: Queryable, organisationId: string, introduction: IntroductionRow, now: Date): Promise<void> {
  await tx.query(
    `INSERT INTO mentorships (id, organisation_id, introduction_id, mentee_id, mentor_id, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6::timestamptz, $6::timestamptz)`,
    [newId('msp'), organisationId, introduction.id, introduction.mentee_id, introduction.mentor_id, isoTime(now)],
  );
}

const STATUS_FILTER: Record<NonNullable<MentorshipListQuery['status']>, string> = {
  open: `ms.status <> 'closed'`,
  agreeing: `ms.status = 'agreeing'`,
  active: `ms.status = 'active'`,
  closed: `ms.status = 'closed'`,
};

/** The mentorships the actor may see, newest first; open ones (agreeing or active) unless `status` says otherwise. */
export async function listMentorships(db: Queryable, actor: RequestActor, status: MentorshipListQuery['status'], window?: PageWindow): Promise<Mentorship[]> {
  const { rows } = await db.query<MentorshipRow>(
    `${SELECT_MENTORSHIP} WHERE ms.organisation_id = $1 AND ${visibleTo(actor)} AND ${STATUS_FILTER[status ?? 'open']}
     ORDER BY ms.created_at DESC, ms.id${pageSql(window)}`,
    [actor.organisationId, actor.userId],
  );
  return rows.map(fromRow);
}

async function load(db: Queryable, actor: RequestActor, mentorshipId: string, lock = false): Promise<MentorshipRow> {
  const { rows } = await db.query<MentorshipRow>(
    `${SELECT_MENTORSHIP} WHERE ms.organisation_id = $1 AND ${visibleTo(actor)} AND ms.id = $3${lock ? ' FOR UPDATE OF ms' : ''}`,
    [actor.organisationId, actor.userId, mentorshipId],
  );
  if (!rows[0]) throw Refusal.notFound(`No mentorship ${mentorshipId} for you in this organisation.`, { reason: 'mentorship-not-found' });
  return rows[0];
}

export async function getMentorship(db: Queryable, actor: RequestActor, mentorshipId: string): Promise<Mentorship> {
  return fromRow(await load(db, actor, mentorshipId));
}

function checkVersion(row: MentorshipRow, version: number): void {
  if (row.version !== version) throw Refusal.conflict(`The mentorship changed since version ${version}; reload it and try again.`, fromRow(row), { reason: 'stale-version' });
}

function checkAgreeing(row: MentorshipRow): void {
  if (row.status !== 'agreeing') {
    const next = row.status === 'active' ? 'Propose a change with POST .../agreement-change: the other side accepts it.' : 'A closed mentorship no longer changes.';
    throw Refusal.unprocessable(`This mentorship is ${row.status}: its agreement is no longer set this way. ${next}`, { reason: 'not-agreeing' });
  }
}

function checkActive(row: MentorshipRow): void {
  if (row.status !== 'active') {
    const why = row.status === 'agreeing' ? 'Its agreement is still being agreed: edit it with PUT .../agreement.' : 'A closed mentorship no longer changes.';
    throw Refusal.unprocessable(`This mentorship is ${row.status}: only an active one takes a proposed change. ${why}`, { reason: 'not-active' });
  }
}

/** Reads the row back after a write, as the actor sees it. */
async function written(tx: Queryable, actor: RequestActor, mentorshipId: string): Promise<Mentorship> {
  return fromRow(await load(tx, actor, mentorshipId));
}

/**
 * One write to a mentorship the actor takes part in: the row locked and its version checked in a
 * transaction, `apply` run on it, and the row read back as the actor sees it.
 */
function changeMentorship(db: Connection, actor: RequestActor, mentorshipId: string, version: number, apply: (tx: Queryable, row: MentorshipRow) => Promise<void>): Promise<Mentorship> {
  return inTransaction(db, async (tx) => {
    const row = await load(tx, actor, mentorshipId, true);
    checkVersion(row, version);
    await apply(tx, row);
    return written(tx, actor, mentorshipId);
  });
}

/** A side proposes or edits the agreement: confirmed by them, to be confirmed again by the other. */
export async function setAgreement(
  db: Connection,
  actor: RequestActor,
  mentorshipId: string,
  version: number,
  agreement: MentorshipAgreement,
  now: Date = new Date(),
): Promise<Mentorship> {
  return changeMentorship(db, actor, mentorshipId, version, async (tx, row) => {
    checkAgreeing(row);
    await tx.query(
      `UPDATE mentorships SET goals = $3, meeting_cadence = $4, hours_per_month = $5, expected_end_date = $6::date,
         mentee_confirmed_at = CASE WHEN $7 = 'mentee' THEN $8::timestamptz END,
         mentor_confirmed_at = CASE WHEN $7 = 'mentor' THEN $8::timestamptz END,
         updated_at = $8::timestamptz, version = version + 1
       WHERE organisation_id = $1 AND id = $2`,
      [actor.organisationId, mentorshipId, agreement.goals, agreement.meetingCadence, agreement.hoursPerMonth, agreement.expectedEndDate, actor.role, isoTime(now)],
    );
  });
}

/** A side confirms the agreement; when both have, the mentorship is active. */
export async function confirmAgreement(db: Connection, actor: RequestActor, mentorshipId: string, version: number, now: Date = new Date()): Promise<Mentorship> {
  return changeMentorship(db, actor, mentorshipId, version, async (tx, row) => {
    checkAgreeing(row);
    if (!fromRow(row).agreement) throw Refusal.unprocessable('There is no agreement to confirm yet; propose one first.', { reason: 'no-agreement' });
    const other = actor.role === 'mentee' ? row.mentor_confirmed_at : row.mentee_confirmed_at;
    await tx.query(
      `UPDATE mentorships SET
         mentee_confirmed_at = CASE WHEN $3 = 'mentee' THEN $4::timestamptz ELSE mentee_confirmed_at END,
         mentor_confirmed_at = CASE WHEN $3 = 'mentor' THEN $4::timestamptz ELSE mentor_confirmed_at END,
         status = CASE WHEN $5 THEN 'active' ELSE status END,
         started_at = CASE WHEN $5 THEN $4::timestamptz ELSE started_at END,
         agreement_version = CASE WHEN $5 THEN 1 ELSE agreement_version END,
         updated_at = $4::timestamptz, version = version + 1
       WHERE organisation_id = $1 AND id = $2`,
      [actor.organisationId, mentorshipId, actor.role, isoTime(now), other !== null],
    );
  });
}

const NO_PROPOSAL = `proposed_goals = NULL, proposed_meeting_cadence = NULL, proposed_hours_per_month = NULL, proposed_expected_end_date = NULL,
  proposed_by = NULL, proposed_at = NULL`;

/** A side proposes a change to the active agreement (replacing any earlier proposal); the agreement stands until the other side accepts. */
export async function proposeAgreementChange(
  db: Connection,
  actor: RequestActor,
  mentorshipId: string,
  version: number,
  change: MentorshipAgreement,
  now: Date = new Date(),
): Promise<Mentorship> {
  return changeMentorship(db, actor, mentorshipId, version, async (tx, row) => {
    checkActive(row);
    await tx.query(
      `UPDATE mentorships SET proposed_goals = $3, proposed_meeting_cadence = $4, proposed_hours_per_month = $5, proposed_expected_end_date = $6::date,
         proposed_by = $7, proposed_at = $8::timestamptz, updated_at = $8::timestamptz, version = version + 1
       WHERE organisation_id = $1 AND id = $2`,
      [actor.organisationId, mentorshipId, change.goals, change.meetingCadence, change.hoursPerMonth, change.expectedEndDate, actor.role, isoTime(now)],
    );
  });
}

/**
 * The other side accepts the proposed change (it becomes the agreement, confirmed by both, its
 * next version) or declines it; the proposer may withdraw it.
 */
export async function answerAgreementChange(
  db: Connection,
  actor: RequestActor,
  mentorshipId: string,
  version: number,
  action: AgreementChangeAnswer['action'],
  now: Date = new Date(),
): Promise<Mentorship> {
  return changeMentorship(db, actor, mentorshipId, version, async (tx, row) => {
    checkActive(row);
    if (!row.proposed_by) throw Refusal.unprocessable('No change to the agreement is proposed; propose one first.', { reason: 'no-change-proposed' });
    const own = row.proposed_by === actor.role;
    if (action === 'withdraw' && !own) throw Refusal.forbidden('Only the side that proposed the change withdraws it; accept or decline it instead.', { reason: 'not-the-proposer' });
    if (action !== 'withdraw' && own) throw Refusal.forbidden('The other side accepts or declines a change you proposed; you may withdraw it.', { reason: 'own-proposal' });
    const adopt = action === 'accept'
      ? `goals = proposed_goals, meeting_cadence = proposed_meeting_cadence, hours_per_month = proposed_hours_per_month, expected_end_date = proposed_expected_end_date,
         mentee_confirmed_at = $3::timestamptz, mentor_confirmed_at = $3::timestamptz, agreement_version = agreement_version + 1,`
      : '';
    await tx.query(`UPDATE mentorships SET ${adopt} ${NO_PROPOSAL}, updated_at = $3::timestamptz, version = version + 1 WHERE organisation_id = $1 AND id = $2`, [
      actor.organisationId, mentorshipId, isoTime(now),
    ]);
  });
}

/** Either side, or a coordinator, closes the mentorship with a reason; the mentor's place is free again. */
export async function closeMentorship(db: Connection, actor: RequestActor, mentorshipId: string, closure: MentorshipClosure, now: Date = new Date()): Promise<Mentorship> {
  return changeMentorship(db, actor, mentorshipId, closure.version, async (tx, row) => {
    if (row.status === 'closed') throw Refusal.unprocessable('This mentorship is closed already.', { reason: 'already-closed' });
    await tx.query(
      `UPDATE mentorships SET status = 'closed', closed_at = $3::timestamptz, closed_by = $4, close_reason = $5, close_feedback = $6, ${NO_PROPOSAL},
         updated_at = $3::timestamptz, version = version + 1
       WHERE organisation_id = $1 AND id = $2`,
      [actor.organisationId, mentorshipId, isoTime(now), actor.role, closure.reason, closure.feedback || null],
    );
    await releasePlaces(tx, actor.organisationId, [row.mentor_id]);
  });
}

/**
 * The calling mentor's mentorships not yet closed, newest first: the mentee's name, the agreed
 * goals, the mentee's latest plan shared with this mentor and that plan's last check-in.
 */
export async function listCurrentMentees(db: Queryable, actor: RequestActor, window?: PageWindow): Promise<CurrentMentee[]> {
  const { rows } = await db.query<{ id: string; status: Mentorship['status']; mentee_id: string; mentee_name: string; goals: string | null; plan_id: string | null; last_check_in: string | null; created_at: Date | string }>(
    `SELECT ms.id, ms.status, ms.mentee_id, u.display_name AS mentee_name, ms.goals, p.plan_id, p.last_check_in, ms.created_at
     FROM mentorships ms JOIN users u ON u.id = ms.mentee_id
     LEFT JOIN LATERAL (
       SELECT pl.id AS plan_id,
         (SELECT to_char(max(c.date), 'YYYY-MM-DD') FROM check_ins c WHERE c.organisation_id = pl.organisation_id AND c.plan_id = pl.id) AS last_check_in
       FROM plans pl JOIN plan_shares s ON s.organisation_id = pl.organisation_id AND s.plan_id = pl.id AND s.mentor_id = $2
       WHERE pl.organisation_id = $1 AND pl.mentee_id = ms.mentee_id
       ORDER BY pl.created_at DESC, pl.id LIMIT 1
     ) p ON true
     WHERE ms.organisation_id = $1 AND ms.status <> 'closed'
       AND ms.mentor_id IN (SELECT id FROM mentors WHERE organisation_id = $1 AND user_id = $2)
     ORDER BY ms.created_at DESC, ms.id${pageSql(window)}`,
    [actor.organisationId, actor.userId],
  );
  return rows.map((row) => ({
    mentorshipId: row.id,
    status: row.status,
    mentee: { id: row.mentee_id, displayName: row.mentee_name },
    goals: row.goals,
    planId: row.plan_id,
    lastCheckIn: row.last_check_in,
    since: isoTime(row.created_at),
  }));
}
