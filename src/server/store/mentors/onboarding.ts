/**
 * Mentors store: sign-up, training and approval. A mentor writes their own profile, which
 * starts `pending` (and goes back to `pending` when a rejected one is edited); a coordinator
 * approves or rejects it; the program's required training modules must all be complete.
 * `mentors.training_complete` is kept in step here, and the search trigger offers only
 * approved, trained mentors.
 */
import type { MentorApplication, MentorApplicationQuery, MentorApplicationSort, MentorApprovalDecision, MentorProfileInput, OwnMentorApplication, TrainingModule, TrainingModuleCreate, TrainingProgress } from '../../../api/mentor-onboarding.js';
import type { User } from '../../../api/identity.js';
import type { RequestActor } from '../../actor.js';
import { inTransaction, type Connection } from '../../db/transaction.js';
import type { Queryable } from '../../db/types.js';
import { Refusal } from '../../refusal.js';
import { isoDay, isoTime, newId, pageSql, type PageWindow } from '../../wire.js';
import { upsertMentors } from './profiles.js';
import { MENTOR_COLUMNS, mentorFromRow, type MentorRow } from './rows.js';

type ApplicationRow = MentorRow & { approval_note: string | null; hours_per_month: number | null; paused_until: string | null; created_at: Date | string; version: number; external_id: string | null };

const APPLICATION_COLUMNS = `${MENTOR_COLUMNS}, approval_note, hours_per_month, to_char(paused_until, 'YYYY-MM-DD') AS paused_until, created_at, version, external_id`;

function applicationFromRow(row: ApplicationRow): MentorApplication {
  return {
    mentor: mentorFromRow(row),
    approval: row.approval,
    approvalNote: row.approval_note,
    trainingComplete: row.training_complete,
    hoursPerMonth: row.hours_per_month,
    pausedUntil: row.paused_until,
    createdAt: isoTime(row.created_at),
    version: row.version,
  };
}

/** Recomputes whether mentors (all of the organisation's, or those listed) have completed every required module. */
export async function refreshTraining(tx: Queryable, organisationId: string, mentorIds?: readonly string[]): Promise<void> {
  await tx.query(
    `UPDATE mentors m SET training_complete = t.complete, updated_at = now()
     FROM (SELECT x.id, NOT EXISTS (
             SELECT 1 FROM training_modules tm WHERE tm.organisation_id = $1 AND tm.required
               AND NOT EXISTS (SELECT 1 FROM training_completions c WHERE c.module_id = tm.id AND c.mentor_id = x.id)) AS complete
           FROM mentors x WHERE x.organisation_id = $1 AND ($2::text[] IS NULL OR x.id = ANY ($2::text[]))) t
     WHERE m.id = t.id AND m.training_complete IS DISTINCT FROM t.complete`,
    [organisationId, mentorIds ? [...mentorIds] : null],
  );
}

type OwnRow = ApplicationRow & { contact_email: string | null };

/** The mentor's own application carries their contact address, so an edit starts from it. */
const ownApplicationFromRow = (row: OwnRow): OwnMentorApplication => ({ ...applicationFromRow(row), contactEmail: row.contact_email });

async function ownRow(db: Queryable, organisationId: string, userId: string, lock = false): Promise<OwnRow | undefined> {
  const { rows } = await db.query<OwnRow>(
    `SELECT ${APPLICATION_COLUMNS}, (SELECT c.email FROM mentor_contacts c WHERE c.mentor_id = mentors.id) AS contact_email FROM mentors WHERE organisation_id = $1 AND user_id = $2 ORDER BY created_at LIMIT 1${lock ? ' FOR UPDATE' : ''}`,
    [organisationId, userId],
  );
  return rows[0];
}

const noProfile = () => Refusal.notFound('You have no mentor profile yet; create one with PUT /v1/me/mentor/profile.', { reason: 'no-mentor-profile' });

export async function getOwnApplication(db: Queryable, actor: RequestActor): Promise<OwnMentorApplication> {
  const row = await ownRow(db, actor.organisationId, actor.userId);
  if (!row) throw noProfile();
  return ownApplicationFromRow(row);
}

/** Creates the mentor's own profile (pending approval) or edits it; editing a rejected one submits it again. */
export async function saveOwnProfile(db: Connection, user: Pick<User, 'id' | 'organisationId'>, input: MentorProfileInput, now: Date = new Date()): Promise<OwnMentorApplication> {
  const organisationId = user.organisationId;
  return inTransaction(db, async (tx) => {
    const existing = await ownRow(tx, organisationId, user.id, true);
    if (existing && input.version !== undefined && existing.version !== input.version) {
      throw Refusal.conflict(`Your profile changed since version ${input.version}; reload it and try again.`, ownApplicationFromRow(existing), { reason: 'stale-version' });
    }
    const externalId = existing?.external_id ?? `user:${user.id}`;
    if (existing && existing.external_id === null) await tx.query('UPDATE mentors SET external_id = $2 WHERE id = $1', [existing.id, externalId]);
    const paused = input.pausedUntil !== null && input.pausedUntil > isoDay(now);
    // The profile form edits the email only: a phone, booking link or note set elsewhere (an import) stays.
    const kept = existing
      ? (await tx.query<{ phone: string | null; booking_url: string | null; note: string | null }>('SELECT phone, booking_url, note FROM mentor_contacts WHERE mentor_id = $1', [existing.id])).rows[0]
      : undefined;
    const [mentorId] = await upsertMentors(tx, organisationId, [{
      id: existing?.id,
      externalId,
      userId: user.id,
      displayName: input.displayName,
      headline: input.headline,
      occupations: [...new Set(input.occupations)],
      jurisdiction: input.jurisdiction,
      city: input.city,
      licensedIn: [...new Set(input.licensedIn)],
      credentialPath: input.credentialPath,
      languages: [...new Set(input.languages)],
      formats: [...new Set(input.formats)],
      offers: [...new Set(input.offers)],
      capacity: input.capacity,
      contact: { email: input.contactEmail, phone: kept?.phone ?? null, bookingUrl: kept?.booking_url ?? null, note: kept?.note ?? null },
    }]);
    await tx.query(
      `UPDATE mentors SET hours_per_month = $3, paused_until = $4::date, status = $5,
         approval = CASE WHEN $6 OR approval = 'rejected' THEN 'pending' ELSE approval END,
         approval_note = CASE WHEN $6 OR approval = 'rejected' THEN NULL ELSE approval_note END
       WHERE organisation_id = $1 AND id = $2`,
      [organisationId, mentorId, input.hoursPerMonth, input.pausedUntil, paused ? 'paused' : 'active', !existing],
    );
    await refreshTraining(tx, organisationId, [mentorId]);
    return ownApplicationFromRow((await ownRow(tx, organisationId, user.id))!);
  });
}

type ModuleRow = { id: string; title: string; url: string; expected_minutes: number; required: boolean; created_at: Date | string };
const moduleFromRow = (row: ModuleRow): TrainingModule => ({
  id: row.id, title: row.title, url: row.url, expectedMinutes: row.expected_minutes, required: row.required, createdAt: isoTime(row.created_at),
});

export async function listTrainingModules(db: Queryable, organisationId: string, window?: PageWindow): Promise<TrainingModule[]> {
  const { rows } = await db.query<ModuleRow>(
    `SELECT id, title, url, expected_minutes, required, created_at FROM training_modules WHERE organisation_id = $1 ORDER BY created_at, id${pageSql(window)}`,
    [organisationId],
  );
  return rows.map(moduleFromRow);
}

/** A coordinator adds a module; a required one must be completed by every mentor before they are offered again. */
export async function createTrainingModule(db: Connection, organisationId: string, input: TrainingModuleCreate): Promise<TrainingModule> {
  return inTransaction(db, async (tx) => {
    const { rows } = await tx.query<ModuleRow>(
      `INSERT INTO training_modules (id, organisation_id, title, url, expected_minutes, required) VALUES ($1, $2, $3, $4, $5, $6)
       RETURNING id, title, url, expected_minutes, required, created_at`,
      [newId('trn'), organisationId, input.title, input.url, input.expectedMinutes, input.required ?? true],
    );
    if (rows[0].required) await refreshTraining(tx, organisationId);
    return moduleFromRow(rows[0]);
  });
}

/** The calling mentor's training: every module, with when they completed it. */
export async function getOwnTraining(db: Queryable, actor: RequestActor): Promise<TrainingProgress> {
  const own = await ownRow(db, actor.organisationId, actor.userId);
  if (!own) throw noProfile();
  const { rows } = await db.query<ModuleRow & { completed_at: Date | string | null }>(
    `SELECT t.id, t.title, t.url, t.expected_minutes, t.required, t.created_at, c.completed_at
     FROM training_modules t LEFT JOIN training_completions c ON c.module_id = t.id AND c.mentor_id = $2
     WHERE t.organisation_id = $1 ORDER BY t.created_at, t.id`,
    [actor.organisationId, own.id],
  );
  const items = rows.map((row) => ({ module: moduleFromRow(row), completedAt: row.completed_at === null ? null : isoTime(row.completed_at) }));
  return { items, complete: items.every((item) => !item.module.required || item.completedAt !== null) };
}

/** Records that the calling mentor completed a module (a second time changes nothing). */
export async function completeTrainingModule(db: Connection, actor: RequestActor, moduleId: string): Promise<TrainingProgress> {
  return inTransaction(db, async (tx) => {
    const own = await ownRow(tx, actor.organisationId, actor.userId, true);
    if (!own) throw noProfile();
    const inserted = await tx.query(
      `INSERT INTO training_completions (organisation_id, module_id, mentor_id)
       SELECT $1, id, $3 FROM training_modules WHERE organisation_id = $1 AND id = $2
       ON CONFLICT DO NOTHING RETURNING module_id`,
      [actor.organisationId, moduleId, own.id],
    );
    if (!inserted.rows[0]) {
      const known = await tx.query('SELECT 1 FROM training_modules WHERE organisation_id = $1 AND id = $2', [actor.organisationId, moduleId]);
      if (!known.rows[0]) throw Refusal.notFound(`No training module ${moduleId} in this program.`, { reason: 'module-not-found' });
    }
    await refreshTraining(tx, actor.organisationId, [own.id]);
    return getOwnTraining(tx, actor);
  });
}

/** Mentor profiles for coordinators, oldest first: pending ones unless `approval` says otherwise. */
const APPLICATION_ORDER: Record<MentorApplicationSort, string> = { oldest: 'created_at, id', newest: 'created_at DESC, id', name: 'lower(display_name), id' };

export async function listApplications(db: Queryable, organisationId: string, approval: MentorApplicationQuery['approval'], window?: PageWindow, sort: MentorApplicationSort = 'oldest'): Promise<MentorApplication[]> {
  const { rows } = await db.query<ApplicationRow>(
    `SELECT ${APPLICATION_COLUMNS} FROM mentors WHERE organisation_id = $1 AND approval = $2 ORDER BY ${APPLICATION_ORDER[sort]}${pageSql(window)}`,
    [organisationId, approval ?? 'pending'],
  );
  return rows.map(applicationFromRow);
}

/** A coordinator approves or rejects a mentor's profile (version-checked). */
export async function decideApplication(db: Connection, actor: RequestActor, mentorId: string, decision: MentorApprovalDecision): Promise<MentorApplication> {
  return inTransaction(db, async (tx) => {
    const { rows } = await tx.query<ApplicationRow>(`SELECT ${APPLICATION_COLUMNS} FROM mentors WHERE organisation_id = $1 AND id = $2 FOR UPDATE`, [actor.organisationId, mentorId]);
    if (!rows[0]) throw Refusal.notFound(`No mentor ${mentorId} in this organisation.`, { reason: 'mentor-not-found' });
    if (rows[0].version !== decision.version) {
      throw Refusal.conflict(`The profile changed since version ${decision.version}; reload it and decide again.`, applicationFromRow(rows[0]), { reason: 'stale-version' });
    }
    const updated = await tx.query<ApplicationRow>(
      `UPDATE mentors SET approval = $3, approval_note = $4, updated_at = now(), version = version + 1 WHERE organisation_id = $1 AND id = $2 RETURNING ${APPLICATION_COLUMNS}`,
      [actor.organisationId, mentorId, decision.decision === 'approve' ? 'approved' : 'rejected', decision.note || null],
    );
    return applicationFromRow(updated.rows[0]);
  });
}

/** Mentors whose pause has run out take requests again (the scheduled sweep calls it). */
export async function resumeEndedPauses(tx: Queryable, organisationId: string, now: Date): Promise<void> {
  await tx.query(
    `UPDATE mentors SET status = 'active', paused_until = NULL, updated_at = now(), version = version + 1
     WHERE organisation_id = $1 AND status = 'paused' AND paused_until IS NOT NULL AND paused_until <= $2::date`,
    [organisationId, isoDay(now)],
  );
}
