/**
 * Mentors store: introductions. A mentee asks, the mentor accepts, declines or asks a
 * question, the mentee answers or withdraws; a scheduled sweep expires overdue requests and
 * reminds mentors. Contact details are read only for an accepted introduction.
 */
import type { IntroductionCreate, IntroductionFollowUp, IntroductionReply, IntroductionRequest, IntroductionStatus, MenteeIntroduction } from '../../../api/mentor.js';
import { OPEN_REQUEST_LIMIT, isOffered, nextStatus, respondByFrom, type IntroductionAction, type IntroductionActor } from '../../../core/mentor/index.js';
import { inTransaction, type Connection } from '../../db/transaction.js';
import type { Queryable } from '../../db/types.js';
import { Refusal } from '../../refusal.js';
import { isoTime, newId, positionSql, requireAnchor, type ListOrder, type PositionWindow } from '../../wire.js';
import { expireOverdue, refreshResponsiveness } from './expiry.js';
import { startMentorship } from './mentorships.js';
import { resumeEndedPauses } from './onboarding.js';
import { releasePlaces, takePlace } from './places.js';
import { mentorNotFound } from './profiles.js';
import { getMentorshipSettings } from './settings.js';
import { contactFromRow, SHARING_CONTACT, INTRODUCTION_COLUMNS, introductionFromRow, MENTOR_COLUMNS, mentorFromRow, type ContactRow, type IntroductionRow, type MentorRow } from './rows.js';

/**
 * A mentee asks a mentor for an introduction. In one transaction: the mentee exists,
 * the mentor is offered (active, below capacity), the mentee has fewer than
 * OPEN_REQUEST_LIMIT open requests, none open with this mentor and no mentorship with them.
 * The request takes one of the mentor's places at once; with coordinator approval on, it
 * waits in the coordinators' queue instead and takes the place when approved. It expires
 * after the organisation's period.
 */
export async function createIntroduction(
  db: Connection,
  organisationId: string,
  menteeId: string,
  body: IntroductionCreate,
  now: Date = new Date(),
): Promise<IntroductionRequest> {
  return inTransaction(db, async (tx) => {
    // Locking the mentee serialises their concurrent requests, so the limit holds on PostgreSQL too.
    const mentee = await tx.query(`SELECT id FROM users WHERE organisation_id = $1 AND id = $2 AND role = 'mentee' FOR UPDATE`, [organisationId, menteeId]);
    if (!mentee.rows[0]) throw Refusal.notFound(`No mentee ${menteeId} in this organisation.`, { reason: 'mentee-not-found' });
    const settings = await getMentorshipSettings(tx, organisationId);
    // Overdue requests of this mentee and this mentor expire now rather than at the next sweep.
    await expireOverdue(tx, organisationId, now, { menteeId, mentorId: body.mentorId });
    const mentor = await tx.query<{ status: 'active' | 'paused'; capacity: number; current_load: number; approval: string; training_complete: boolean }>(
      `SELECT status, capacity, current_load, approval, training_complete FROM mentors WHERE organisation_id = $1 AND id = $2 FOR UPDATE`,
      [organisationId, body.mentorId],
    );
    const row = mentor.rows[0];
    if (!row) throw mentorNotFound(body.mentorId);
    // A mentor not yet approved, or not yet trained, is not offered: to a mentee they do not exist.
    if (row.approval !== 'approved' || !row.training_complete) throw mentorNotFound(body.mentorId);
    if (!isOffered({ status: row.status, capacity: row.capacity, currentLoad: row.current_load })) {
      throw row.status === 'paused'
        ? Refusal.unprocessable('This mentor has paused new introductions; choose another mentor.', { reason: 'mentor-paused' })
        : Refusal.unprocessable('This mentor has no free places at the moment; choose another mentor.', { reason: 'mentor-at-capacity' });
    }
    const open = await tx.query<{ mentor_id: string }>(
      `SELECT mentor_id FROM introduction_requests WHERE organisation_id = $1 AND mentee_id = $2 AND status IN ('pending', 'question')`,
      [organisationId, menteeId],
    );
    if (open.rows.some((item) => item.mentor_id === body.mentorId)) {
      throw Refusal.conflict('You already have an open request with this mentor.', undefined, { reason: 'already-requested' });
    }
    if (open.rows.length >= OPEN_REQUEST_LIMIT) {
      throw Refusal.unprocessable(`You have ${open.rows.length} open requests, the most allowed at once; wait for an answer or withdraw one first.`, { reason: 'open-request-limit' });
    }
    await refuseIfMentored(tx, organisationId, menteeId, body.mentorId);
    if (!settings.coordinatorApproval) await takePlace(tx, organisationId, body.mentorId);
    const inserted = await tx.query<IntroductionRow>(
      `INSERT INTO introduction_requests (id, organisation_id, mentee_id, mentor_id, message, hopes, created_at, updated_at, respond_by, approval)
       VALUES ($1, $2, $3, $4, $5, $6, $7::timestamptz, $7::timestamptz, $8::timestamptz, $9)
       RETURNING ${INTRODUCTION_COLUMNS}`,
      [
        newId('int'), organisationId, menteeId, body.mentorId, body.message, [...new Set(body.hopes)], isoTime(now),
        isoTime(respondByFrom(now, settings.requestExpiryDays)), settings.coordinatorApproval ? 'waiting' : 'not-required',
      ],
    );
    return introductionFromRow(inserted.rows[0]);
  });
}

/** A mentee who has a mentorship (not closed) with this mentor cannot ask them again. */
export async function refuseIfMentored(tx: Queryable, organisationId: string, menteeId: string, mentorId: string): Promise<void> {
  const { rows } = await tx.query(
    `SELECT 1 FROM mentorships WHERE organisation_id = $1 AND mentee_id = $2 AND mentor_id = $3 AND status <> 'closed'`,
    [organisationId, menteeId, mentorId],
  );
  if (rows[0]) throw Refusal.conflict('This mentor already mentors you; close that mentorship before asking them again.', undefined, { reason: 'already-mentored' });
}

/** The request, locked, if it is the caller's: a mentor never sees one still waiting in the coordinators' queue. */
async function loadForUpdate(tx: Queryable, organisationId: string, introductionId: string, owner: { column: 'mentor_id' | 'mentee_id'; id: string }): Promise<IntroductionRow> {
  const { rows } = await tx.query<IntroductionRow>(
    `SELECT ${INTRODUCTION_COLUMNS} FROM introduction_requests WHERE organisation_id = $1 AND id = $2 AND ${owner.column} = $3
       ${owner.column === 'mentor_id' ? `AND approval <> 'waiting'` : ''} FOR UPDATE`,
    [organisationId, introductionId, owner.id],
  );
  if (!rows[0]) throw Refusal.notFound(`No introduction ${introductionId} for you in this organisation.`, { reason: 'introduction-not-found' });
  return rows[0];
}

function checkTransition(row: IntroductionRow, version: number, action: IntroductionAction, actor: IntroductionActor) {
  if (row.version !== version) {
    throw Refusal.conflict(`The request changed since version ${version}; reload it and try again.`, introductionFromRow(row), { reason: 'stale-version' });
  }
  const result = nextStatus(row.status, action, actor);
  if (!result.ok) {
    throw Refusal.conflict(`A request that is ${row.status} cannot be answered with "${action}".`, introductionFromRow(row), { reason: 'invalid-transition' });
  }
  return result.status;
}

/**
 * The mentor accepts, declines with a reason, or asks a question. Version-checked: a
 * stale version is a conflict carrying the current request. The request holds its place
 * already: accepting turns it into a mentorship (still to agree on), declining frees it.
 */
export async function respondToIntroduction(
  db: Connection,
  organisationId: string,
  mentorId: string,
  introductionId: string,
  reply: IntroductionReply,
  now: Date = new Date(),
): Promise<IntroductionRequest> {
  return inTransaction(db, async (tx) => {
    const row = await loadForUpdate(tx, organisationId, introductionId, { column: 'mentor_id', id: mentorId });
    const status = checkTransition(row, reply.version, reply.action, 'mentor');
    await tx.query(`UPDATE mentors SET last_active_at = $3::timestamptz WHERE organisation_id = $1 AND id = $2`, [organisationId, mentorId, isoTime(now)]);
    if (reply.action === 'accept') await startMentorship(tx, organisationId, row, now);
    if (reply.action === 'decline') await releasePlaces(tx, organisationId, [mentorId]);
    const expiryDays = reply.action === 'ask' ? (await getMentorshipSettings(tx, organisationId)).requestExpiryDays : 0;
    const updated = await tx.query<IntroductionRow>(
      `UPDATE introduction_requests SET
         status = $3,
         decline_reason = $4,
         question = COALESCE($5, question),
         responded_at = COALESCE(responded_at, $6::timestamptz),
         respond_by = COALESCE($7::timestamptz, respond_by),
         updated_at = $6::timestamptz,
         version = version + 1
       WHERE organisation_id = $1 AND id = $2
       RETURNING ${INTRODUCTION_COLUMNS}`,
      [
        organisationId,
        introductionId,
        status,
        reply.action === 'decline' ? reply.reason : null,
        reply.action === 'ask' ? reply.question : null,
        isoTime(now),
        // A question hands the turn to the mentee, with a fresh deadline.
        reply.action === 'ask' ? isoTime(respondByFrom(now, expiryDays)) : null,
      ],
    );
    await refreshResponsiveness(tx, organisationId, [mentorId]);
    return introductionFromRow(updated.rows[0]);
  });
}

/** The mentee answers the mentor's question (the turn goes back to the mentor) or withdraws. Version-checked. */
export async function followUpIntroduction(
  db: Connection,
  organisationId: string,
  menteeId: string,
  introductionId: string,
  followUp: IntroductionFollowUp,
  now: Date = new Date(),
): Promise<IntroductionRequest> {
  return inTransaction(db, async (tx) => {
    const row = await loadForUpdate(tx, organisationId, introductionId, { column: 'mentee_id', id: menteeId });
    const status = checkTransition(row, followUp.version, followUp.action, 'mentee');
    const answering = followUp.action === 'answer';
    // A withdrawn request gives its place back (one still in the queue held none).
    if (!answering && row.approval !== 'waiting') await releasePlaces(tx, organisationId, [row.mentor_id]);
    const expiryDays = answering ? (await getMentorshipSettings(tx, organisationId)).requestExpiryDays : 0;
    const updated = await tx.query<IntroductionRow>(
      `UPDATE introduction_requests SET
         status = $3,
         answer = COALESCE($4, answer),
         respond_by = COALESCE($5::timestamptz, respond_by),
         reminded_at = CASE WHEN $4::text IS NULL THEN reminded_at ELSE NULL END,
         updated_at = $6::timestamptz,
         version = version + 1
       WHERE organisation_id = $1 AND id = $2
       RETURNING ${INTRODUCTION_COLUMNS}`,
      [organisationId, introductionId, status, answering ? followUp.answer : null, answering ? isoTime(respondByFrom(now, expiryDays)) : null, isoTime(now)],
    );
    return introductionFromRow(updated.rows[0]);
  });
}

/**
 * A mentee's requests, newest first, each with the mentor's card and, once accepted, their contact
 * details: no longer once the mentorship that grew from it is closed.
 */
export async function listIntroductionsForMentee(db: Queryable, organisationId: string, menteeId: string, window?: PositionWindow): Promise<MenteeIntroduction[]> {
  await requireAnchor(db, window, 'introduction_requests', { organisation_id: organisationId, mentee_id: menteeId });
  const page = positionSql(window, NEWEST_FIRST, 3);
  const { rows } = await db.query<IntroductionRow & { mentor: MentorRow; contact: ContactRow | null }>(
    `SELECT ${INTRODUCTION_COLUMNS.split(',').map((column) => `r.${column.trim()}`).join(', ')},
       (SELECT to_jsonb(x) FROM (SELECT ${MENTOR_COLUMNS} FROM mentors WHERE id = r.mentor_id) x) AS mentor,
       CASE WHEN r.status = 'accepted' AND ${SHARING_CONTACT} THEN
         (SELECT to_jsonb(c) FROM (SELECT mentor_id, email, phone, booking_url, note FROM mentor_contacts
                                   WHERE organisation_id = r.organisation_id AND mentor_id = r.mentor_id) c)
       END AS contact
     FROM introduction_requests r
     WHERE r.organisation_id = $1 AND r.mentee_id = $2 AND ${page.after}${page.tail}`,
    [organisationId, menteeId, ...page.params],
  );
  return rows.map((row) => ({
    request: introductionFromRow(row),
    mentor: mentorFromRow(row.mentor),
    contact: row.contact ? contactFromRow(row.contact) : null,
  }));
}

/** Requests to a mentor, newest first; open ones only unless `status` says otherwise; never one waiting in the coordinators' queue. */
export async function listIntroductionsForMentor(
  db: Queryable,
  organisationId: string,
  mentorId: string,
  options: { statuses?: readonly IntroductionStatus[]; window?: PositionWindow } = {},
): Promise<IntroductionRequest[]> {
  const statuses = options.statuses ?? ['pending', 'question'];
  await requireAnchor(db, options.window, 'introduction_requests', { organisation_id: organisationId, mentor_id: mentorId });
  const page = positionSql(options.window, NEWEST_FIRST, 4);
  const { rows } = await db.query<IntroductionRow>(
    `SELECT ${INTRODUCTION_COLUMNS.split(',').map((column) => `r.${column.trim()}`).join(', ')} FROM introduction_requests r
     WHERE r.organisation_id = $1 AND r.mentor_id = $2 AND r.status = ANY ($3::text[]) AND r.approval <> 'waiting' AND ${page.after}${page.tail}`,
    [organisationId, mentorId, statuses, ...page.params],
  );
  return rows.map(introductionFromRow);
}

/** Newest first: new requests arrive at the top while a mentee or mentor pages down. */
const NEWEST_FIRST: ListOrder = { table: 'introduction_requests', alias: 'r', keys: [{ column: 'created_at', descending: true }, { column: 'id' }] };

/**
 * The scheduled sweep: expires open requests past their deadline (the mentee sees them
 * expired and their slot, and the mentor's place, are free) and reminds mentors once of
 * requests waiting for them, half-way to the deadline of the organisation's period. Returns
 * what changed, so the caller can notify people.
 */
export async function expireAndRemind(
  db: Connection,
  organisationId: string,
  now: Date = new Date(),
): Promise<{ expired: IntroductionRequest[]; reminded: IntroductionRequest[] }> {
  return inTransaction(db, async (tx) => {
    const expired = await expireOverdue(tx, organisationId, now);
    await resumeEndedPauses(tx, organisationId, now);
    const { requestExpiryDays } = await getMentorshipSettings(tx, organisationId);
    // A reminder does not change what either side decides, so it does not bump the version.
    const reminded = await tx.query<IntroductionRow>(
      `UPDATE introduction_requests SET reminded_at = $2::timestamptz
       WHERE organisation_id = $1 AND status = 'pending' AND approval <> 'waiting' AND reminded_at IS NULL
         AND respond_by - make_interval(days => $3) <= $2::timestamptz
       RETURNING ${INTRODUCTION_COLUMNS}`,
      [organisationId, isoTime(now), Math.ceil(requestExpiryDays / 2)],
    );
    return { expired, reminded: reminded.rows.map(introductionFromRow) };
  });
}
