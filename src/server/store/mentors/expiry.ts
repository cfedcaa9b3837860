/** Mentors store: requests past their deadline expire (freeing the mentor's place), and mentors' responsiveness. */
import type { IntroductionRequest } from '../../../api/mentor.js';
import type { Queryable } from '../../db/types.js';
import { isoTime } from '../../wire.js';
import { releasePlaces } from './places.js';
import { INTRODUCTION_COLUMNS, introductionFromRow, type IntroductionRow } from './rows.js';

/**
 * Expires the open requests past their deadline, all of the organisation's or only those of
 * a mentee or a mentor (`scope`). A request the mentor could see gives its place back and
 * counts against their response rate; one still in the coordinators' queue does neither.
 */
export async function expireOverdue(tx: Queryable, organisationId: string, now: Date, scope?: { menteeId: string; mentorId: string }): Promise<IntroductionRequest[]> {
  const { rows } = await tx.query<IntroductionRow>(
    `UPDATE introduction_requests SET status = 'expired', updated_at = $2::timestamptz, version = version + 1
     WHERE organisation_id = $1 AND status IN ('pending', 'question') AND respond_by <= $2::timestamptz
       ${scope ? 'AND (mentee_id = $3 OR mentor_id = $4)' : ''}
     RETURNING ${INTRODUCTION_COLUMNS}`,
    scope ? [organisationId, isoTime(now), scope.menteeId, scope.mentorId] : [organisationId, isoTime(now)],
  );
  const seen = rows.filter((row) => row.approval !== 'waiting').map((row) => row.mentor_id);
  await releasePlaces(tx, organisationId, seen);
  await refreshResponsiveness(tx, organisationId, seen);
  return rows.map(introductionFromRow);
}

/** Recomputes mentors' median response time and response rate from the requests they saw. */
export async function refreshResponsiveness(tx: Queryable, organisationId: string, mentorIds: readonly string[]): Promise<void> {
  if (!mentorIds.length) return;
  await tx.query(
    `UPDATE mentors m SET median_response_hours = s.median_hours, response_rate_pct = s.rate_pct, response_sample = s.sample
     FROM (
       SELECT mentor_id,
         round(percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM responded_at - created_at) / 3600))::integer AS median_hours,
         round(100.0 * count(*) FILTER (WHERE responded_at IS NOT NULL) / NULLIF(count(*), 0))::integer AS rate_pct,
         count(*)::integer AS sample
       FROM introduction_requests
       WHERE organisation_id = $1 AND mentor_id = ANY ($2::text[]) AND approval <> 'waiting'
         AND (responded_at IS NOT NULL OR status = 'expired')
       GROUP BY mentor_id
     ) s
     WHERE m.organisation_id = $1 AND m.id = s.mentor_id`,
    [organisationId, [...new Set(mentorIds)]],
  );
}
