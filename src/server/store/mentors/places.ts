/**
 * A mentor's places. A request the mentor can see (pending, or awaiting the mentee's answer)
 * and a mentorship not yet closed each hold one: `current_load` counts them. A place is taken
 * by one conditional UPDATE, which locks the mentor's row, so concurrent requests can never
 * take more places than the mentor has.
 */
import type { Queryable } from '../../db/types.js';
import { Refusal } from '../../refusal.js';
import { mentorNotFound } from './profiles.js';

/** Takes one of the mentor's places, or refuses: not found, paused, or full. */
export async function takePlace(tx: Queryable, organisationId: string, mentorId: string): Promise<void> {
  const taken = await tx.query(
    `UPDATE mentors SET current_load = current_load + 1, updated_at = now()
     WHERE organisation_id = $1 AND id = $2 AND status = 'active' AND current_load < capacity AND approval = 'approved' AND training_complete
     RETURNING id`,
    [organisationId, mentorId],
  );
  if (taken.rows[0]) return;
  const { rows } = await tx.query<{ status: string; approval: string; training_complete: boolean }>(
    'SELECT status, approval, training_complete FROM mentors WHERE organisation_id = $1 AND id = $2',
    [organisationId, mentorId],
  );
  if (!rows[0]) throw mentorNotFound(mentorId);
  if (rows[0].approval !== 'approved' || !rows[0].training_complete) {
    throw Refusal.unprocessable('This mentor is not taking requests yet (their profile awaits approval or their training is not complete); choose another mentor.', { reason: 'mentor-not-ready' });
  }
  throw rows[0].status === 'paused'
    ? Refusal.unprocessable('This mentor has paused new introductions; choose another mentor.', { reason: 'mentor-paused' })
    : Refusal.unprocessable('This mentor has no free places at the moment; choose another mentor.', { reason: 'mentor-at-capacity' });
}

/** Gives back one place per entry of `mentorIds` (a mentor listed twice gets two back). */
export async function releasePlaces(tx: Queryable, organisationId: string, mentorIds: readonly string[]): Promise<void> {
  if (mentorIds.length === 0) return;
  await tx.query(
    `UPDATE mentors m SET current_load = GREATEST(m.current_load - r.n, 0), updated_at = now()
     FROM (SELECT id, count(*)::integer AS n FROM unnest($2::text[]) AS t(id) GROUP BY id) r
     WHERE m.organisation_id = $1 AND m.id = r.id`,
    [organisationId, [...mentorIds]],
  );
}
