/**
 * Mentors store: a mentor's reflection log. Only the mentor reads and writes it; an entry
 * they share is also readable by the organisation's coordinators. To anyone else an entry
 * does not exist.
 */
import type { Reflection, ReflectionCreate, ReflectionUpdate } from '../../../api/mentor-onboarding.js';
import type { RequestActor } from '../../actor.js';
import { inTransaction, type Connection } from '../../db/transaction.js';
import type { Queryable } from '../../db/types.js';
import { Refusal } from '../../refusal.js';
import { isoTime, newId, pageSql, type PageWindow } from '../../wire.js';

type ReflectionRow = { id: string; date: string; note: string; shared: boolean; created_at: Date | string; updated_at: Date | string; version: number };
const COLUMNS = `id, to_char(date, 'YYYY-MM-DD') AS date, note, shared, created_at, updated_at, version`;

const fromRow = (row: ReflectionRow): Reflection => ({
  id: row.id, date: row.date, note: row.note, sharedWithCoordinators: row.shared, createdAt: isoTime(row.created_at), updatedAt: isoTime(row.updated_at), version: row.version,
});

async function ownMentorId(db: Queryable, actor: RequestActor): Promise<string> {
  const { rows } = await db.query<{ id: string }>('SELECT id FROM mentors WHERE organisation_id = $1 AND user_id = $2 ORDER BY created_at LIMIT 1', [actor.organisationId, actor.userId]);
  if (!rows[0]) throw Refusal.notFound('You have no mentor profile yet; create one with PUT /v1/me/mentor/profile.', { reason: 'no-mentor-profile' });
  return rows[0].id;
}

export async function listOwnReflections(db: Queryable, actor: RequestActor, window?: PageWindow): Promise<Reflection[]> {
  const mentorId = await ownMentorId(db, actor);
  const { rows } = await db.query<ReflectionRow>(
    `SELECT ${COLUMNS} FROM mentor_reflections WHERE organisation_id = $1 AND mentor_id = $2 ORDER BY date DESC, created_at DESC, id${pageSql(window)}`,
    [actor.organisationId, mentorId],
  );
  return rows.map(fromRow);
}

export async function createReflection(db: Connection, actor: RequestActor, input: ReflectionCreate): Promise<Reflection> {
  const mentorId = await ownMentorId(db, actor);
  const { rows } = await db.query<ReflectionRow>(
    `INSERT INTO mentor_reflections (id, organisation_id, mentor_id, date, note, shared) VALUES ($1, $2, $3, $4::date, $5, $6) RETURNING ${COLUMNS}`,
    [newId('rfl'), actor.organisationId, mentorId, input.date, input.note, input.sharedWithCoordinators ?? false],
  );
  return fromRow(rows[0]);
}

export async function updateReflection(db: Connection, actor: RequestActor, reflectionId: string, update: ReflectionUpdate): Promise<Reflection> {
  return inTransaction(db, async (tx) => {
    const mentorId = await ownMentorId(tx, actor);
    const { rows } = await tx.query<ReflectionRow>(
      `SELECT ${COLUMNS} FROM mentor_reflections WHERE organisation_id = $1 AND mentor_id = $2 AND id = $3 FOR UPDATE`,
      [actor.organisationId, mentorId, reflectionId],
    );
    if (!rows[0]) throw Refusal.notFound(`No reflection ${reflectionId} in your log.`, { reason: 'reflection-not-found' });
    if (rows[0].version !== update.version) throw Refusal.conflict(`The entry changed since version ${update.version}; reload it and try again.`, fromRow(rows[0]), { reason: 'stale-version' });
    const updated = await tx.query<ReflectionRow>(
      `UPDATE mentor_reflections SET note = COALESCE($3, note), shared = COALESCE($4, shared), updated_at = now(), version = version + 1
       WHERE organisation_id = $1 AND id = $2 RETURNING ${COLUMNS}`,
      [actor.organisationId, reflectionId, update.note ?? null, update.sharedWithCoordinators ?? null],
    );
    return fromRow(updated.rows[0]);
  });
}

/** The entries a mentor shared with the coordinators (nothing else of the log), newest first. */
export async function listSharedReflections(db: Queryable, organisationId: string, mentorId: string, window?: PageWindow): Promise<Reflection[]> {
  const mentor = await db.query('SELECT 1 FROM mentors WHERE organisation_id = $1 AND id = $2', [organisationId, mentorId]);
  if (!mentor.rows[0]) throw Refusal.notFound(`No mentor ${mentorId} in this organisation.`, { reason: 'mentor-not-found' });
  const { rows } = await db.query<ReflectionRow>(
    `SELECT ${COLUMNS} FROM mentor_reflections WHERE organisation_id = $1 AND mentor_id = $2 AND shared ORDER BY date DESC, created_at DESC, id${pageSql(window)}`,
    [organisationId, mentorId],
  );
  return rows.map(fromRow);
}
