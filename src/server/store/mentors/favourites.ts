/** Mentors store: a mentee's saved mentors. */
import type { Favourite } from '../../../api/mentor.js';
import type { Queryable } from '../../db/types.js';
import { isoTime } from '../../wire.js';
import { mentorNotFound } from './profiles.js';

/** Saves a mentor for later; saving twice is harmless. */
export async function addFavourite(db: Queryable, organisationId: string, menteeId: string, mentorId: string): Promise<Favourite> {
  const { rows } = await db.query<{ mentor_id: string; created_at: Date | string }>(
    `WITH inserted AS (
       INSERT INTO favourites (organisation_id, mentee_id, mentor_id)
       SELECT $1, $2, m.id FROM mentors m WHERE m.organisation_id = $1 AND m.id = $3
       ON CONFLICT DO NOTHING
       RETURNING mentor_id, created_at
     )
     SELECT mentor_id, created_at FROM inserted
     UNION ALL
     SELECT mentor_id, created_at FROM favourites WHERE organisation_id = $1 AND mentee_id = $2 AND mentor_id = $3`,
    [organisationId, menteeId, mentorId],
  );
  if (!rows[0]) throw mentorNotFound(mentorId);
  return { mentorId: rows[0].mentor_id, createdAt: isoTime(rows[0].created_at) };
}

/**
 * Forgets a saved mentor; forgetting one not saved is harmless (a repeated DELETE succeeds),
 * as saving twice is. A mentor not in the organisation is refused as not found, as on saving.
 * Resolves to whether it was saved.
 */
export async function removeFavourite(db: Queryable, organisationId: string, menteeId: string, mentorId: string): Promise<boolean> {
  const { rows } = await db.query<{ saved: boolean; mentor: boolean }>(
    `WITH deleted AS (
       DELETE FROM favourites WHERE organisation_id = $1 AND mentee_id = $2 AND mentor_id = $3 RETURNING mentor_id
     )
     SELECT EXISTS (SELECT 1 FROM deleted) AS saved, EXISTS (SELECT 1 FROM mentors WHERE organisation_id = $1 AND id = $3) AS mentor`,
    [organisationId, menteeId, mentorId],
  );
  if (!rows[0].saved && !rows[0].mentor) throw mentorNotFound(mentorId);
  return rows[0].saved;
}

/** A mentee's favourites, newest first. */
export async function listFavourites(db: Queryable, organisationId: string, menteeId: string): Promise<Favourite[]> {
  const { rows } = await db.query<{ mentor_id: string; created_at: Date | string }>(
    `SELECT mentor_id, created_at FROM favourites WHERE organisation_id = $1 AND mentee_id = $2 ORDER BY created_at DESC, mentor_id`,
    [organisationId, menteeId],
  );
  return rows.map((row) => ({ mentorId: row.mentor_id, createdAt: isoTime(row.created_at) }));
}
