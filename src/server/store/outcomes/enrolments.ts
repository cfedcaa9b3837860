/**
 * Outcomes store: a mentee's entry into the program with the intake, their follow-up answers,
 * the first role and leaving, and consent. Only the mentee writes their own; a coordinator
 * sees who has a follow-up due (names and dates, never the answers).
 */
import type { IsoDate } from '../../../api/common.js';
import type { DueFollowUpSort, Enrolment, EnrolmentRequest, EnrolmentUpdate, FollowUp, Gender, OutcomeAnswer, OutcomeResponse } from '../../../api/outcomes.js';
import { inTransaction, type Connection } from '../../db/transaction.js';
import type { Queryable } from '../../db/types.js';
import { Refusal } from '../../refusal.js';
import { isoDay, isoTime, pageSql, type PageWindow } from '../../wire.js';
import { followUpSchedule } from './settings.js';

/**
 * Per mentee of organisation `$1`, the day their plan says they were registered: the first done
 * milestone made from a `registration` requirement (the shared catalogue's or the organisation's own).
 */
export const CREDENTIALS_SQL = `SELECT p.mentee_id, min(m.completed_on) AS credential_on
    FROM plans p JOIN milestones m ON m.organisation_id = p.organisation_id AND m.plan_id = p.id AND m.status = 'done'
   WHERE p.organisation_id = $1
     AND EXISTS (SELECT 1 FROM requirements r WHERE r.id = m.source_requirement_id AND r.kind = 'registration' AND (r.organisation_id IS NULL OR r.organisation_id = $1))
   GROUP BY p.mentee_id`;

/** The day a follow-up `month` months after entry is due (the end of a shorter month where the day does not exist). */
export const DUE_ON_SQL = (month: string) => `(e.entered_on + make_interval(months => ${month}::int))::date`;

interface EnrolmentRow {
  mentee_id: string;
  entered_on: string;
  occupation_id: string | null;
  jurisdiction_id: string | null;
  origin_region: Enrolment['originRegion'];
  gender: Gender | null;
  follow_up_months: number[];
  first_role_on: string | null;
  left_on: string | null;
  leave_reason: Enrolment['leaveReason'];
  consent_figures: boolean;
  consent_quote: Enrolment['consent']['quote'];
  consent_gender: boolean;
  consent_changed_at: Date | string;
  version: number;
  credential_on: string | null;
}

interface ResponseRow {
  month: number;
  answered_on: string;
  employment: OutcomeResponse['employment'];
  in_field: boolean | null;
  pay_amount: number | null;
  pay_currency: string | null;
  pay_period: 'hour' | 'month' | 'year' | null;
  satisfaction: number | null;
  quote: string | null;
}

const notEnrolled = () => Refusal.notFound('You have not entered the program yet: fill in the intake first.');
const staleEnrolment = (current: Enrolment) => Refusal.conflict('Your enrolment changed since you read it. Merge your change into "current" and send it again.', current);

function invalid(path: string, message: string): Refusal {
  return Refusal.invalid(message, { errors: [{ path, message }] });
}

async function loadEnrolment(db: Queryable, organisationId: string, menteeId: string): Promise<Enrolment | undefined> {
  const { rows } = await db.query<EnrolmentRow>(
    `SELECT e.mentee_id, e.entered_on::text AS entered_on, e.occupation_id, e.jurisdiction_id, e.origin_region, e.gender, e.follow_up_months,
            e.first_role_on::text AS first_role_on, e.left_on::text AS left_on, e.leave_reason, e.consent_figures, e.consent_quote,
            e.consent_gender, e.consent_changed_at, e.version, c.credential_on::text AS credential_on
       FROM program_enrolments e LEFT JOIN (${CREDENTIALS_SQL}) c ON c.mentee_id = e.mentee_id
      WHERE e.organisation_id = $1 AND e.mentee_id = $2`,
    [organisationId, menteeId],
  );
  const row = rows[0];
  if (!row) return undefined;
  const answers = await db.query<ResponseRow>(
    `SELECT month, answered_on::text AS answered_on, employment, in_field, pay_amount, pay_currency, pay_period, satisfaction, quote
       FROM outcome_responses WHERE organisation_id = $1 AND mentee_id = $2 ORDER BY month`,
    [organisationId, menteeId],
  );
  const due = await db.query<{ month: number; due_on: string; is_due: boolean }>(
    `SELECT m.month, ${DUE_ON_SQL('m.month')}::text AS due_on, ${DUE_ON_SQL('m.month')} <= current_date AS is_due
       FROM program_enrolments e CROSS JOIN LATERAL unnest(e.follow_up_months) AS m(month)
      WHERE e.organisation_id = $1 AND e.mentee_id = $2 ORDER BY m.month`,
    [organisationId, menteeId],
  );
  const answered = new Set(answers.rows.map((answer) => answer.month));
  const followUps: FollowUp[] = due.rows.map((followUp) => ({
    month: followUp.month,
    dueOn: followUp.due_on,
    status: answered.has(followUp.month) ? 'answered' : followUp.is_due ? 'due' : 'upcoming',
  }));
  return {
    menteeId: row.mentee_id,
    enteredOn: row.entered_on,
    occupationId: row.occupation_id,
    jurisdictionId: row.jurisdiction_id,
    originRegion: row.origin_region,
    gender: row.gender,
    consent: { figures: row.consent_figures, quote: row.consent_quote, gender: row.consent_gender, changedAt: isoTime(row.consent_changed_at) },
    firstRoleOn: row.first_role_on,
    leftOn: row.left_on,
    leaveReason: row.leave_reason,
    credentialOn: row.credential_on,
    followUps,
    responses: answers.rows.map(toResponse),
    version: row.version,
  };
}

function toResponse(row: ResponseRow): OutcomeResponse {
  return {
    month: row.month,
    answeredOn: row.answered_on,
    employment: row.employment,
    inField: row.in_field,
    pay: row.pay_amount === null || !row.pay_currency || !row.pay_period ? null : { amount: row.pay_amount, currency: row.pay_currency, period: row.pay_period },
    satisfaction: row.satisfaction,
    quote: row.quote,
  };
}

/** Refuses answers that contradict themselves: "in the field" needs work. */
function checkAnswer(answer: OutcomeAnswer, path: string): void {
  const working = answer.employment === 'employed' || answer.employment === 'self-employed';
  if (!working && answer.inField != null) throw invalid(path ? `${path}.inField` : 'inField', 'Say whether the work is in your field only when you are working.');
}

/** Refuses a day after today or before entry. */
function checkDay(day: IsoDate | null | undefined, path: string, enteredOn: IsoDate): void {
  if (day == null) return;
  if (day > isoDay()) throw invalid(path, 'This date is in the future.');
  if (day < enteredOn) throw invalid(path, `This date is before you entered the program (${enteredOn}).`);
}

async function saveAnswer(tx: Queryable, organisationId: string, menteeId: string, month: number, answer: OutcomeAnswer): Promise<void> {
  await tx.query(
    `INSERT INTO outcome_responses (organisation_id, mentee_id, month, answered_on, employment, in_field, pay_amount, pay_currency, pay_period, satisfaction, quote)
     VALUES ($1, $2, $3, current_date, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT (organisation_id, mentee_id, month) DO UPDATE SET answered_on = current_date, employment = $4, in_field = $5, pay_amount = $6,
       pay_currency = $7, pay_period = $8, satisfaction = $9, quote = $10, created_at = now()`,
    [organisationId, menteeId, month, answer.employment, answer.inField ?? null, answer.pay?.amount ?? null, answer.pay?.currency ?? null, answer.pay?.period ?? null,
      answer.satisfaction ?? null, answer.quote ?? null],
  );
}

/** The calling mentee's enrolment; null before they entered the program. */
export async function getEnrolment(db: Queryable, organisationId: string, menteeId: string): Promise<Enrolment | null> {
  return (await loadEnrolment(db, organisationId, menteeId)) ?? null;
}

/** Enters the calling mentee into the program with the intake; a second entry is a conflict. */
export async function createEnrolment(db: Connection, organisationId: string, menteeId: string, input: EnrolmentRequest): Promise<Enrolment> {
  const enteredOn = input.enteredOn ?? isoDay();
  if (enteredOn > isoDay()) throw invalid('enteredOn', 'The day you entered the program cannot be in the future.');
  if (input.gender && !input.consent.gender) throw invalid('gender', 'Gender is kept only with your consent: tick consent.gender, or leave gender out.');
  checkAnswer(input.intake, 'intake');
  return inTransaction(db, async (tx) => {
    const existing = await loadEnrolment(tx, organisationId, menteeId);
    if (existing) throw Refusal.conflict('You have already entered the program.', existing);
    await tx.query(
      `INSERT INTO program_enrolments (organisation_id, mentee_id, entered_on, occupation_id, jurisdiction_id, origin_region, gender, follow_up_months,
         consent_figures, consent_quote, consent_gender)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [organisationId, menteeId, enteredOn, input.occupationId ?? null, input.jurisdictionId ?? null, input.originRegion ?? null, input.gender ?? null,
        await followUpSchedule(tx, organisationId), input.consent.figures, input.consent.quote, input.consent.gender],
    );
    await saveAnswer(tx, organisationId, menteeId, 0, input.intake);
    return (await loadEnrolment(tx, organisationId, menteeId))!;
  });
}

/** Records a first role, leaving, or a change of consent; withdrawing consent for gender forgets it. */
export async function updateEnrolment(db: Connection, organisationId: string, menteeId: string, expectedVersion: number | undefined, input: EnrolmentUpdate): Promise<Enrolment> {
  return inTransaction(db, async (tx) => {
    await tx.query(`SELECT 1 FROM program_enrolments WHERE organisation_id = $1 AND mentee_id = $2 FOR UPDATE`, [organisationId, menteeId]);
    const current = await loadEnrolment(tx, organisationId, menteeId);
    if (!current) throw notEnrolled();
    if (expectedVersion !== undefined && expectedVersion !== current.version) throw staleEnrolment(current);
    const pick = <K extends keyof EnrolmentUpdate & keyof Enrolment>(key: K) => (input[key] === undefined ? current[key] : input[key]) as Enrolment[K];
    const firstRoleOn = pick('firstRoleOn');
    const leftOn = pick('leftOn');
    const leaveReason = pick('leaveReason');
    const consent = input.consent ?? current.consent;
    const gender = consent.gender ? pick('gender') : null;
    checkDay(input.firstRoleOn, 'firstRoleOn', current.enteredOn);
    checkDay(input.leftOn, 'leftOn', current.enteredOn);
    if (leaveReason && !leftOn) throw invalid('leaveReason', 'Give the day you left the program with the reason.');
    if (input.gender && !consent.gender) throw invalid('gender', 'Gender is kept only with your consent: set consent.gender, or leave gender out.');
    const consentChanged = input.consent !== undefined && (['figures', 'quote', 'gender'] as const).some((key) => input.consent![key] !== current.consent[key]);
    await tx.query(
      `UPDATE program_enrolments SET first_role_on = $3, left_on = $4, leave_reason = $5, origin_region = $6, gender = $7,
         consent_figures = $8, consent_quote = $9, consent_gender = $10, consent_changed_at = CASE WHEN $11 THEN now() ELSE consent_changed_at END,
         version = version + 1, updated_at = now()
       WHERE organisation_id = $1 AND mentee_id = $2`,
      [organisationId, menteeId, firstRoleOn, leftOn, leaveReason, pick('originRegion'), gender, consent.figures, consent.quote, consent.gender, consentChanged],
    );
    return (await loadEnrolment(tx, organisationId, menteeId))!;
  });
}

/** Answers (or corrects) the follow-up due `month` months after entry; one not yet due, or not in the schedule, is refused. */
export async function answerFollowUp(db: Connection, organisationId: string, menteeId: string, month: number, answer: OutcomeAnswer): Promise<Enrolment> {
  checkAnswer(answer, '');
  return inTransaction(db, async (tx) => {
    const current = await loadEnrolment(tx, organisationId, menteeId);
    if (!current) throw notEnrolled();
    const followUp = current.followUps.find((candidate) => candidate.month === month);
    if (!followUp) throw Refusal.notFound(`There is no follow-up at ${month} months in your schedule (${current.followUps.map((f) => f.month).join(', ')}).`);
    if (followUp.status === 'upcoming') throw invalid('month', `This follow-up is due on ${followUp.dueOn}; answer it from then.`);
    await saveAnswer(tx, organisationId, menteeId, month, answer);
    return (await loadEnrolment(tx, organisationId, menteeId))!;
  });
}

/** Follow-ups due and unanswered, for a coordinator: longest waiting first; people who left are not chased. */
const DUE_ORDER: Record<DueFollowUpSort, string> = { due: 'due_on, e.mentee_id, m.month', name: 'lower(u.display_name), e.mentee_id, m.month' };

export async function listDueFollowUps(db: Queryable, organisationId: string, window: PageWindow, sort: DueFollowUpSort = 'due') {
  const { rows } = await db.query<{ mentee_id: string; display_name: string; month: number; due_on: string }>(
    `SELECT e.mentee_id, u.display_name, m.month, ${DUE_ON_SQL('m.month')}::text AS due_on
       FROM program_enrolments e
       JOIN users u ON u.id = e.mentee_id
       CROSS JOIN LATERAL unnest(e.follow_up_months) AS m(month)
      WHERE e.organisation_id = $1 AND e.left_on IS NULL AND ${DUE_ON_SQL('m.month')} <= current_date
        AND NOT EXISTS (SELECT 1 FROM outcome_responses r WHERE r.organisation_id = e.organisation_id AND r.mentee_id = e.mentee_id AND r.month = m.month)
      ORDER BY ${DUE_ORDER[sort]}${pageSql(window)}`,
    [organisationId],
  );
  return rows.map((row) => ({ menteeId: row.mentee_id, menteeName: row.display_name, month: row.month, dueOn: row.due_on }));
}
