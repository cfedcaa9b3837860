/**
 * Plans store: plans themselves (create, read, list, change), a plan started from the goal's
 * milestone template, and gap-map items added to the mentee's plan for that goal.
 */
import type { Page, PageQuery } from '../../../api/common.js';
import type { PlanListQuery } from '../../../api/operations/plans.js';
import type { GapPlanRequest, Milestone, MilestoneTemplate, Plan, PlanCreate, PlanDetail, PlanUpdate } from '../../../api/plan.js';
import { addDays, dateOf } from '../../../core/plan/dates.js';
import { scheduleSteps } from '../../../core/plan/schedule.js';
import { inTransaction, type Connection } from '../../db/transaction.js';
import type { Queryable } from '../../db/types.js';
import { Refusal } from '../../refusal.js';
import { newId, pagedByPosition, positionSql, requireAnchor, type ListOrder } from '../../wire.js';
import { createMilestone, createMilestones } from './milestones.js';
import { editablePlan, loadPlan, milestonePage, milestoneRows, PLAN_COLUMNS, planDetail, readablePlan, staleVersion, strangers, toPlan, type Actor, type PlanRow } from './rows.js';

/** Creates a plan for the calling mentee (a coordinator names the mentee with `menteeId`). */
export async function createPlan(db: Connection, organisationId: string, actor: Actor, input: PlanCreate & { menteeId?: string }): Promise<Plan> {
  if (actor.role === 'mentor') throw Refusal.forbidden('Mentors cannot create plans; a mentee creates a plan and shares it.');
  const menteeId = actor.role === 'coordinator' ? input.menteeId : actor.userId;
  if (!menteeId) throw Refusal.invalid('menteeId is required when a coordinator creates a plan.');
  if (actor.role === 'mentee' && input.menteeId && input.menteeId !== actor.userId) throw Refusal.forbidden('A mentee creates plans only for themselves.');
  const sharedWith = [...new Set(input.sharedWith ?? [])];
  return inTransaction(db, async (tx) => {
    if ((await strangers(tx, organisationId, [menteeId], 'mentee')).length > 0) throw Refusal.invalid(`${menteeId} is not a mentee of this organisation.`);
    const unknown = await strangers(tx, organisationId, sharedWith, 'mentor');
    if (unknown.length > 0) throw Refusal.invalid(`Not mentors of this organisation: ${unknown.join(', ')}.`);
    const id = newId('plan');
    await tx.query(
      `INSERT INTO plans (id, organisation_id, mentee_id, occupation_id, jurisdiction_id, target_date) VALUES ($1, $2, $3, $4, $5, $6)`,
      [id, organisationId, menteeId, input.goal.occupationId, input.goal.jurisdictionId, input.goal.targetDate],
    );
    for (const mentorId of sharedWith) {
      await tx.query(`INSERT INTO plan_shares (organisation_id, plan_id, mentor_id) VALUES ($1, $2, $3)`, [organisationId, id, mentorId]);
    }
    return (await loadPlan(tx, organisationId, id))!;
  });
}

/** A plan with the first page of its milestones (`limit`, 100 at most), when the actor may see it. */
export async function getPlan(db: Queryable, organisationId: string, actor: Actor, planId: string, limit?: number): Promise<PlanDetail> {
  return planDetail(db, organisationId, await readablePlan(db, organisationId, actor, planId), limit);
}

/** A page of a plan's milestones in order, when the actor may see the plan. */
export async function listMilestones(db: Queryable, organisationId: string, actor: Actor, planId: string, query: PageQuery = {}): Promise<Page<Milestone>> {
  await readablePlan(db, organisationId, actor, planId);
  return milestonePage(db, organisationId, planId, query);
}

interface TemplateRow {
  occupation_id: string;
  jurisdiction_id: string;
  items: MilestoneTemplate['items'] | string;
}

async function findMilestoneTemplate(db: Queryable, occupationId: string, jurisdictionId: string): Promise<MilestoneTemplate | undefined> {
  const { rows } = await db.query<TemplateRow>(`SELECT occupation_id, jurisdiction_id, items FROM milestone_templates WHERE occupation_id = $1 AND jurisdiction_id = $2`, [occupationId, jurisdictionId]);
  const row = rows[0];
  if (!row) return undefined;
  return { occupationId: row.occupation_id, jurisdictionId: row.jurisdiction_id, items: typeof row.items === 'string' ? JSON.parse(row.items) : row.items };
}

/** The milestone template of an occupation in a jurisdiction. */
export async function getMilestoneTemplate(db: Queryable, occupationId: string, jurisdictionId: string): Promise<MilestoneTemplate> {
  const template = await findMilestoneTemplate(db, occupationId, jurisdictionId);
  if (!template) throw Refusal.notFound(`No milestone template for ${occupationId} in ${jurisdictionId}.`);
  return template;
}

/** Milestones for a template, scheduled from today; template keys become milestone dependencies. */
async function addTemplateMilestones(tx: Queryable, organisationId: string, actor: Actor, planId: string, template: MilestoneTemplate): Promise<void> {
  const schedule = scheduleSteps(template.items.map((item) => ({ key: item.key, minDays: item.minDays, maxDays: item.maxDays, prerequisites: item.dependsOn })), dateOf(new Date()));
  const ids = new Map<string, string>();
  for (const [index, item] of template.items.entries()) {
    const due = schedule.steps[index].earliestFinish;
    const created = await createMilestone(tx, organisationId, actor, planId, {
      title: item.title,
      kind: item.kind,
      source: item.source,
      dueDate: due,
      dependsOn: item.dependsOn.map((key) => ids.get(key)).filter((id): id is string => id !== undefined),
      expiresOn: item.validForDays ? addDays(due, item.validForDays) : undefined,
    });
    ids.set(item.key, created.id);
  }
}

/** Creates a plan and, with `fromTemplate`, the milestones of its goal's template, in one transaction. */
export async function startPlan(db: Connection, organisationId: string, actor: Actor, input: PlanCreate & { menteeId?: string }): Promise<PlanDetail> {
  return inTransaction(db, async (tx) => {
    const plan = await createPlan(tx, organisationId, actor, input);
    if (input.fromTemplate) {
      const { occupationId, jurisdictionId } = input.goal;
      const template = await findMilestoneTemplate(tx, occupationId, jurisdictionId);
      if (!template) throw Refusal.notFound(`No milestone template for ${occupationId} in ${jurisdictionId}; create the plan without fromTemplate.`);
      await addTemplateMilestones(tx, organisationId, actor, plan.id, template);
    }
    return getPlan(tx, organisationId, actor, plan.id);
  });
}

const sourceKey = (source: { requirementId: string; pathwayId?: string } | undefined) => (source ? `${source.requirementId}\u0000${source.pathwayId ?? ''}` : undefined);

/**
 * Adds gap-map items to the mentee's plan for the occupation and jurisdiction (creating the
 * plan when there is none), skipping items whose requirement and pathway are already in it.
 */
export async function addGapItems(db: Connection, organisationId: string, actor: Actor, request: GapPlanRequest): Promise<PlanDetail> {
  return inTransaction(db, async (tx) => {
    // One plan per goal even when two different requests race.
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`plan-from-gap:${organisationId}:${actor.userId}`]);
    const { rows } = await tx.query<{ id: string }>(
      `SELECT id FROM plans WHERE organisation_id = $1 AND mentee_id = $2 AND occupation_id = $3 AND jurisdiction_id = $4 ORDER BY created_at DESC, id LIMIT 1`,
      [organisationId, actor.userId, request.occupationId, request.jurisdictionId],
    );
    let planId = rows[0]?.id;
    if (!planId) {
      const dates = request.items.map((item) => item.dueDate).filter((date): date is string => date !== undefined).sort();
      const targetDate = dates.at(-1) ?? addDays(dateOf(new Date()), 730);
      planId = (await createPlan(tx, organisationId, actor, { goal: { occupationId: request.occupationId, jurisdictionId: request.jurisdictionId, targetDate } })).id;
    }
    await readablePlan(tx, organisationId, actor, planId);
    const known = new Set((await milestoneRows(tx, organisationId, planId)).map((m) => sourceKey(m.source)));
    const fresh = request.items.filter((item) => {
      const key = sourceKey(item.source)!;
      if (known.has(key)) return false;
      known.add(key);
      return true;
    });
    if (fresh.length > 0) await createMilestones(tx, organisationId, actor, planId, fresh);
    return getPlan(tx, organisationId, actor, planId);
  });
}

// Plans page by position, oldest first (their keys never change once written).
const PLAN_ORDER: ListOrder = { table: 'plans', alias: 'p', keys: [{ column: 'created_at' }, { column: 'id' }] };

async function listPlans(db: Queryable, organisationId: string, where: string, param: string | null, options: PlanListQuery): Promise<Page<Plan>> {
  return pagedByPosition('plans', { ...options, limit: options.limit ?? 20 }, async (window) => {
    await requireAnchor(db, window, 'plans', { organisation_id: organisationId });
    const page = positionSql(window, PLAN_ORDER, 3);
    const { rows } = await db.query<PlanRow>(`SELECT ${PLAN_COLUMNS} FROM plans p WHERE p.organisation_id = $1 AND ${where} AND ${page.after}${page.tail}`, [organisationId, param, ...page.params]);
    return rows.map(toPlan);
  }, (plan) => plan.id);
}

/** Plans shared with the calling mentor. */
export async function listPlansForMentor(db: Queryable, organisationId: string, actor: Actor, options: PlanListQuery = {}): Promise<Page<Plan>> {
  if (actor.role !== 'mentor') throw Refusal.forbidden('Only mentors have plans shared with them.');
  return listPlans(db, organisationId, `EXISTS (SELECT 1 FROM plan_shares s WHERE s.plan_id = p.id AND s.organisation_id = p.organisation_id AND s.mentor_id = $2)`, actor.userId, options);
}

/** The calling mentee's own plans; every plan of the organisation for a coordinator. */
export async function listPlansForActor(db: Queryable, organisationId: string, actor: Actor, options: PlanListQuery = {}): Promise<Page<Plan>> {
  if (actor.role === 'mentor') return listPlansForMentor(db, organisationId, actor, options);
  if (actor.role === 'mentee') return listPlans(db, organisationId, `p.mentee_id = $2`, actor.userId, options);
  return listPlans(db, organisationId, `($2::text IS NULL)`, null, options);
}

/**
 * Changes a plan's goal (occupation, jurisdiction) or the mentors it is shared with, if
 * `patch.version` is current. The target date moves only by `recalibrate()`.
 */
export async function updatePlan(db: Connection, organisationId: string, actor: Actor, planId: string, patch: PlanUpdate): Promise<Plan> {
  return inTransaction(db, async (tx) => {
    const plan = await editablePlan(tx, organisationId, actor, planId, 'Only the mentee or a coordinator changes the plan.', { lock: true });
    if (plan.version !== patch.version) throw staleVersion(plan);
    if (patch.sharedWith !== undefined) {
      const sharedWith = [...new Set(patch.sharedWith)];
      const unknown = await strangers(tx, organisationId, sharedWith, 'mentor');
      if (unknown.length > 0) throw Refusal.invalid(`Not mentors of this organisation: ${unknown.join(', ')}.`);
      await tx.query(`DELETE FROM plan_shares WHERE organisation_id = $1 AND plan_id = $2`, [organisationId, planId]);
      for (const mentorId of sharedWith) {
        await tx.query(`INSERT INTO plan_shares (organisation_id, plan_id, mentor_id) VALUES ($1, $2, $3)`, [organisationId, planId, mentorId]);
      }
    }
    await tx.query(
      `UPDATE plans SET occupation_id = COALESCE($3, occupation_id), jurisdiction_id = COALESCE($4, jurisdiction_id),
         version = version + 1, updated_at = now() WHERE organisation_id = $1 AND id = $2`,
      [organisationId, planId, patch.goal?.occupationId ?? null, patch.goal?.jurisdictionId ?? null],
    );
    return (await loadPlan(tx, organisationId, planId))!;
  });
}
