/**
 * The plans seeder: upserts the milestone templates (./templates.ts) and writes the demo
 * mentee's plan (./demo-plan.ts) once under its fixed ids. Idempotent: safe on every start.
 */
import type { Queryable } from '../../db/types.js';
import { detailsJson } from '../../store/plans/rows.js';
import { isoDay, isoTime } from '../../wire.js';
import type { Seeder } from '../types.js';
import { DEMO_PLAN } from './demo-plan.js';
import { MILESTONE_TEMPLATES } from './templates.js';

export { DEMO_PLAN_ID } from './demo-plan.js';
export { MILESTONE_TEMPLATES, type TemplateSeed } from './templates.js';

/** Days from today, as YYYY-MM-DD: the demo plan stays current whenever it is first seeded. */
function fromToday(days: number): string {
  return isoDay(new Date(Date.now() + days * 86_400_000));
}

async function seedTemplates(db: Queryable): Promise<void> {
  for (const template of MILESTONE_TEMPLATES) {
    await db.query(
      `INSERT INTO milestone_templates (occupation_id, jurisdiction_id, items) VALUES ($1, $2, $3::jsonb)
       ON CONFLICT (occupation_id, jurisdiction_id) DO UPDATE SET items = EXCLUDED.items, updated_at = now()
       WHERE milestone_templates.items IS DISTINCT FROM EXCLUDED.items`,
      [template.occupationId, template.jurisdictionId, JSON.stringify(template.items)],
    );
  }
}

async function seedDemoPlan(db: Queryable): Promise<void> {
  const plan = DEMO_PLAN;
  const users = await db.query<{ id: string }>(`SELECT id FROM users WHERE organisation_id = 'demo' AND id IN ($1, $2)`, [plan.menteeId, plan.mentorId]);
  if (users.rows.length < 2) return;
  const created = await db.query(
    `INSERT INTO plans (id, organisation_id, mentee_id, occupation_id, jurisdiction_id, target_date)
     VALUES ($1, 'demo', $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING id`,
    [plan.id, plan.menteeId, plan.occupationId, plan.jurisdictionId, fromToday(plan.targetInDays)],
  );
  if (created.rows.length === 0) return;
  await db.query(`INSERT INTO plan_shares (organisation_id, plan_id, mentor_id) VALUES ('demo', $1, $2) ON CONFLICT DO NOTHING`, [plan.id, plan.mentorId]);
  const now = isoTime(new Date());
  for (const [position, milestone] of plan.milestones.entries()) {
    const source = 'source' in milestone ? milestone.source : undefined;
    const expiresInDays = 'expiresInDays' in milestone ? milestone.expiresInDays : undefined;
    await db.query(
      `INSERT INTO milestones (id, organisation_id, plan_id, title, kind, source_requirement_id, source_pathway_id, due_date, status, evidence, position, details)
       VALUES ($1, 'demo', $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10, jsonb_strip_nulls($11::jsonb)) ON CONFLICT DO NOTHING`,
      [
        milestone.id, plan.id, milestone.title, milestone.kind, source?.requirementId ?? null, source?.pathwayId ?? null,
        milestone.dueInDays === null ? null : fromToday(milestone.dueInDays), milestone.status,
        JSON.stringify(milestone.evidence.map((evidence) => ({ ...evidence, addedAt: now }))), position,
        detailsJson({ expiresOn: expiresInDays === undefined ? undefined : fromToday(expiresInDays) }),
      ],
    );
  }
  for (const [milestoneId, dependsOnId] of plan.dependencies) {
    await db.query(`INSERT INTO milestone_dependencies (organisation_id, milestone_id, depends_on_id) VALUES ('demo', $1, $2) ON CONFLICT DO NOTHING`, [milestoneId, dependsOnId]);
  }
  const { recalibration, checkIn, comment } = plan;
  await db.query(
    `INSERT INTO recalibrations (id, organisation_id, plan_id, milestone_id, from_date, to_date, reason, author_id)
     VALUES ($1, 'demo', $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
    [recalibration.id, plan.id, recalibration.milestoneId, fromToday(recalibration.fromInDays), fromToday(recalibration.toInDays), recalibration.reason, plan.menteeId],
  );
  await db.query(
    `INSERT INTO check_ins (id, organisation_id, plan_id, date, participants, summary, confidence, next_steps, author_id)
     VALUES ($1, 'demo', $2, $3, $4::text[], $5, $6, $7, $8) ON CONFLICT DO NOTHING`,
    [checkIn.id, plan.id, fromToday(checkIn.inDays), [plan.menteeId, plan.mentorId], checkIn.summary, checkIn.confidence, checkIn.nextSteps, plan.mentorId],
  );
  for (const milestoneId of checkIn.milestoneIds) {
    await db.query(`INSERT INTO check_in_milestones (organisation_id, check_in_id, milestone_id) VALUES ('demo', $1, $2) ON CONFLICT DO NOTHING`, [checkIn.id, milestoneId]);
  }
  await db.query(
    `INSERT INTO comments (id, organisation_id, milestone_id, author_id, author_role, text)
     VALUES ($1, 'demo', $2, $3, 'mentor', $4) ON CONFLICT DO NOTHING`,
    [comment.id, comment.milestoneId, plan.mentorId, comment.text],
  );
}

export const planSeeder: Seeder = {
  name: 'plans',
  async run(db) {
    await seedTemplates(db);
    await seedDemoPlan(db);
  },
};
