/** Outcomes store: an organisation's follow-up schedule and minimum cell size, and mentors' feedback on the program. */
import type { MentorFeedback, MentorFeedbackRequest, OutcomeSettings } from '../../../api/outcomes.js';
import type { Queryable } from '../../db/types.js';
import { isoTime, newId } from '../../wire.js';

/** What an organisation that has set nothing gets: follow-ups at 3, 6 and 12 months; figures of at least 10 people. */
export const DEFAULT_OUTCOME_SETTINGS: OutcomeSettings = { followUpMonths: [3, 6, 12], minCellSize: 10 };

export async function getOutcomeSettings(db: Queryable, organisationId: string): Promise<OutcomeSettings> {
  const { rows } = await db.query<{ follow_up_months: number[]; min_cell_size: number }>(
    `SELECT follow_up_months, min_cell_size FROM outcome_settings WHERE organisation_id = $1`,
    [organisationId],
  );
  return rows[0] ? { followUpMonths: rows[0].follow_up_months, minCellSize: rows[0].min_cell_size } : DEFAULT_OUTCOME_SETTINGS;
}

/** The months at which a mentee entering now gets follow-ups. */
export async function followUpSchedule(db: Queryable, organisationId: string): Promise<number[]> {
  return (await getOutcomeSettings(db, organisationId)).followUpMonths;
}

/** Sets the schedule for mentees entering from now on (those already in keep theirs) and the minimum cell size. */
export async function updateOutcomeSettings(db: Queryable, organisationId: string, settings: OutcomeSettings): Promise<OutcomeSettings> {
  const months = [...settings.followUpMonths].sort((a, b) => a - b);
  await db.query(
    `INSERT INTO outcome_settings (organisation_id, follow_up_months, min_cell_size) VALUES ($1, $2, $3)
     ON CONFLICT (organisation_id) DO UPDATE SET follow_up_months = $2, min_cell_size = $3, updated_at = now()`,
    [organisationId, months, settings.minCellSize],
  );
  return { followUpMonths: months, minCellSize: settings.minCellSize };
}

export async function createMentorFeedback(db: Queryable, organisationId: string, mentorId: string, input: MentorFeedbackRequest): Promise<MentorFeedback> {
  const { rows } = await db.query<{ id: string; satisfaction: number; note: string; created_at: Date | string }>(
    `INSERT INTO mentor_program_feedback (id, organisation_id, mentor_id, satisfaction, note) VALUES ($1, $2, $3, $4, $5)
     RETURNING id, satisfaction, note, created_at`,
    [newId('fb'), organisationId, mentorId, input.satisfaction, input.note ?? ''],
  );
  const row = rows[0];
  return { id: row.id, satisfaction: row.satisfaction, note: row.note, createdAt: isoTime(row.created_at) };
}
