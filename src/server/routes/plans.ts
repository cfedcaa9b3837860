/**
 * Plans, milestones, check-ins, comments, recalibrations and milestone templates: the
 * routes behind `bw-milestone-tracker`. Access rules live in the store
 * (`src/server/store/plans.ts`); this module maps its results to problems.
 */
import { CheckIn, Comment, GapPlanRequest, Milestone, MilestoneTemplate, Plan, PlanDetail, Recalibration } from '../../api/plan.js';
import {
  createCheckIn, createComment, createMilestone, createMilestones, createPlan, createPlanFromGap, getMilestoneTemplate, getPlan, listCheckIns,
  listComments, listPlanHistory, listPlans, putMilestoneOrder, recalibrateMilestone, recalibratePlan, reorderMilestones, updateMilestone, updatePlan,
} from '../../api/operations/plans.js';
import { addDays, dateOf } from '../../core/plan/dates.js';
import { scheduleSteps } from '../../core/plan/schedule.js';
import { HttpProblem } from '../problem.js';
import { component, route, type RouteModule } from '../route.js';
import type { Principal } from '../auth.js';
import type { Queryable } from '../db/types.js';
import { planSeeder } from '../seed/plans/index.js';
import * as store from '../store/plans.js';

component('Plan', Plan);
component('PlanDetail', PlanDetail);
component('Milestone', Milestone);
component('Recalibration', Recalibration);
component('CheckIn', CheckIn);
component('Comment', Comment);
component('MilestoneTemplate', MilestoneTemplate);
component('GapPlanRequest', GapPlanRequest);

type UserPrincipal = Principal & { user: NonNullable<Principal['user']> };
const actorOf = (principal: UserPrincipal): store.Actor => ({ userId: principal.user.id, role: principal.user.role });

type Outcome<T> = { ok: true; value: T } | store.StoreError | store.Conflict<unknown>;

/** A store result as the value, or the problem it stands for. */
export function unwrap<T>(result: Outcome<T>, what = 'plan'): T {
  if (result.ok) return result.value;
  switch (result.error) {
    case 'not-found':
      throw new HttpProblem('not_found', `No ${what} with this id is visible to you.`);
    case 'forbidden':
      throw new HttpProblem('forbidden', result.detail);
    case 'invalid':
      throw new HttpProblem('invalid_request', result.detail);
    case 'conflict':
      throw new HttpProblem('conflict', 'Someone changed this since you read it. Merge your change into "current" and send it again.', { current: result.current });
  }
}

interface TemplateRow {
  occupation_id: string;
  jurisdiction_id: string;
  items: MilestoneTemplate['items'] | string;
}

async function findTemplate(db: Queryable, occupationId: string, jurisdictionId: string): Promise<MilestoneTemplate | undefined> {
  const { rows } = await db.query<TemplateRow>(`SELECT occupation_id, jurisdiction_id, items FROM milestone_templates WHERE occupation_id = $1 AND jurisdiction_id = $2`, [occupationId, jurisdictionId]);
  const row = rows[0];
  if (!row) return undefined;
  return { occupationId: row.occupation_id, jurisdictionId: row.jurisdiction_id, items: typeof row.items === 'string' ? JSON.parse(row.items) : row.items };
}

/** Milestones for a template, scheduled from today; template keys become milestone dependencies. */
async function addTemplateMilestones(tx: Queryable, organisationId: string, actor: store.Actor, planId: string, template: MilestoneTemplate): Promise<void> {
  const schedule = scheduleSteps(template.items.map((item) => ({ key: item.key, minDays: item.minDays, maxDays: item.maxDays, prerequisites: item.dependsOn })), dateOf(new Date()));
  const ids = new Map<string, string>();
  for (const [index, item] of template.items.entries()) {
    const due = schedule.steps[index].earliestFinish;
    const created = unwrap(
      await store.createMilestone(tx, organisationId, actor, planId, {
        title: item.title,
        kind: item.kind,
        source: item.source,
        dueDate: due,
        dependsOn: item.dependsOn.map((key) => ids.get(key)).filter((id): id is string => id !== undefined),
        expiresOn: item.validForDays ? addDays(due, item.validForDays) : undefined,
      }),
    );
    ids.set(item.key, created.id);
  }
}

const sourceKey = (source: { requirementId: string; pathwayId?: string } | undefined) => (source ? `${source.requirementId}\u0000${source.pathwayId ?? ''}` : undefined);

export const planRoutes: RouteModule = {
  name: 'plans',
  seeders: [planSeeder],
  routes: [
    route(listPlans, {
      summary: 'Plans the caller may see',
      description: 'A mentee sees their own plans, a mentor the plans shared with them, a coordinator every plan of the organisation. Oldest first, paged with `cursor`.',
      tags: ['plans'],
      auth: 'user',
      handler: async ({ db, principal, query }) => unwrap(await store.listPlansForActor(db, principal.organisationId, actorOf(principal), query)),
    }),
    route(createPlan, {
      summary: 'Create a plan (optionally from the goal\'s milestone template)',
      tags: ['plans'],
      auth: 'user',
      roles: ['mentee', 'coordinator'],
      handler: async ({ body, principal, transaction }) =>
        transaction(async (tx) => {
          const actor = actorOf(principal);
          const plan = unwrap(await store.createPlan(tx, principal.organisationId, actor, body));
          if (body.fromTemplate) {
            const template = await findTemplate(tx, body.goal.occupationId, body.goal.jurisdictionId);
            if (!template) throw new HttpProblem('not_found', `No milestone template for ${body.goal.occupationId} in ${body.goal.jurisdictionId}; create the plan without fromTemplate.`);
            await addTemplateMilestones(tx, principal.organisationId, actor, plan.id, template);
          }
          return unwrap(await store.getPlan(tx, principal.organisationId, actor, plan.id));
        }),
    }),
    route(createPlanFromGap, {
      summary: 'Add gap-map items to the mentee\'s plan for that goal',
      description: 'Finds the mentee\'s plan for the occupation and jurisdiction (or creates one), and appends the items as milestones, skipping items whose requirement and pathway are already in the plan. The body is the `bw-gap-plan-requested` event detail.',
      tags: ['plans'],
      auth: 'user',
      roles: ['mentee'],
      handler: async ({ body, principal, transaction }) =>
        transaction(async (tx) => {
          const actor = actorOf(principal);
          const organisationId = principal.organisationId;
          // One plan per goal even when two different requests race.
          await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`plan-from-gap:${organisationId}:${actor.userId}`]);
          const { rows } = await tx.query<{ id: string }>(
            `SELECT id FROM plans WHERE organisation_id = $1 AND mentee_id = $2 AND occupation_id = $3 AND jurisdiction_id = $4 ORDER BY created_at DESC, id LIMIT 1`,
            [organisationId, actor.userId, body.occupationId, body.jurisdictionId],
          );
          let planId = rows[0]?.id;
          if (!planId) {
            const dates = body.items.map((item) => item.dueDate).filter((date): date is string => date !== undefined).sort();
            const targetDate = dates.at(-1) ?? addDays(dateOf(new Date()), 730);
            planId = unwrap(await store.createPlan(tx, organisationId, actor, { goal: { occupationId: body.occupationId, jurisdictionId: body.jurisdictionId, targetDate } })).id;
          }
          const existing = unwrap(await store.getPlan(tx, organisationId, actor, planId));
          const known = new Set(existing.milestones.map((m) => sourceKey(m.source)));
          const fresh = body.items.filter((item) => {
            const key = sourceKey(item.source)!;
            if (known.has(key)) return false;
            known.add(key);
            return true;
          });
          if (fresh.length > 0) unwrap(await store.createMilestones(tx, organisationId, actor, planId, fresh));
          return unwrap(await store.getPlan(tx, organisationId, actor, planId));
        }),
    }),
    route(getPlan, {
      summary: 'A plan with its milestones in order',
      tags: ['plans'],
      auth: 'user',
      handler: async ({ db, principal, params }) => unwrap(await store.getPlan(db, principal.organisationId, actorOf(principal), params.planId)),
    }),
    route(updatePlan, {
      summary: 'Change the plan\'s goal or who it is shared with',
      description: 'The target date moves by a recalibration, which keeps its history.',
      tags: ['plans'],
      auth: 'user',
      handler: async ({ db, principal, params, body }) => unwrap(await store.updatePlan(db, principal.organisationId, actorOf(principal), params.planId, body)),
    }),
    route(createMilestone, {
      summary: 'Add a milestone',
      tags: ['plans'],
      auth: 'user',
      handler: async ({ db, principal, params, body }) => unwrap(await store.createMilestone(db, principal.organisationId, actorOf(principal), params.planId, body)),
    }),
    route(createMilestones, {
      summary: 'Add several milestones from the gap map',
      tags: ['plans'],
      auth: 'user',
      handler: async ({ db, principal, params, body }) => ({ items: unwrap(await store.createMilestones(db, principal.organisationId, actorOf(principal), params.planId, body.items)) }),
    }),
    ...[reorderMilestones, putMilestoneOrder].map((operation) =>
      route(operation, {
        summary: 'Put the plan\'s milestones in a new order',
        description: 'A plan-level write: it names the plan\'s version; a stale one gets 409 with the plan and its milestones as they are.',
        tags: ['plans'],
        auth: 'user',
        handler: async ({ db, principal, params, body }) => unwrap(await store.reorderMilestones(db, principal.organisationId, actorOf(principal), params.planId, body)),
      }),
    ),
    route(updateMilestone, {
      summary: 'Change a milestone (title, kind, status, evidence, dependencies, expiry)',
      tags: ['plans'],
      auth: 'user',
      handler: async ({ db, principal, params, body }) => unwrap(await store.updateMilestone(db, principal.organisationId, actorOf(principal), params.id, body), 'milestone'),
    }),
    route(recalibrateMilestone, {
      summary: 'Move a milestone\'s due date, with the reason',
      tags: ['plans'],
      auth: 'user',
      handler: async ({ db, principal, params, body }) => unwrap(await store.recalibrate(db, principal.organisationId, actorOf(principal), { milestoneId: params.id }, body), 'milestone'),
    }),
    route(recalibratePlan, {
      summary: 'Move the plan\'s target date, with the reason',
      tags: ['plans'],
      auth: 'user',
      handler: async ({ db, principal, params, body }) => unwrap(await store.recalibrate(db, principal.organisationId, actorOf(principal), { planId: params.planId }, body)),
    }),
    route(listPlanHistory, {
      summary: 'Every moved date of the plan, oldest first',
      tags: ['plans'],
      auth: 'user',
      handler: async ({ db, principal, params }) => ({ items: unwrap(await store.listHistory(db, principal.organisationId, actorOf(principal), params.planId)) }),
    }),
    route(listCheckIns, {
      summary: 'The plan\'s check-ins, newest first',
      tags: ['plans'],
      auth: 'user',
      handler: async ({ db, principal, params }) => ({ items: unwrap(await store.listCheckIns(db, principal.organisationId, actorOf(principal), params.planId)), nextCursor: null }),
    }),
    route(createCheckIn, {
      summary: 'Record a check-in (the mentee, a mentor the plan is shared with, or a coordinator)',
      tags: ['plans'],
      auth: 'user',
      handler: async ({ db, principal, params, body }) => unwrap(await store.addCheckIn(db, principal.organisationId, actorOf(principal), params.planId, body)),
    }),
    route(listComments, {
      summary: 'A milestone\'s comments, oldest first',
      tags: ['plans'],
      auth: 'user',
      handler: async ({ db, principal, params }) => ({ items: unwrap(await store.listComments(db, principal.organisationId, actorOf(principal), params.id), 'milestone'), nextCursor: null }),
    }),
    route(createComment, {
      summary: 'Comment on a milestone',
      tags: ['plans'],
      auth: 'user',
      handler: async ({ db, principal, params, body }) => unwrap(await store.addComment(db, principal.organisationId, actorOf(principal), params.id, body), 'milestone'),
    }),
    route(getMilestoneTemplate, {
      summary: 'The milestone template of an occupation in a jurisdiction',
      tags: ['plans'],
      auth: 'key',
      handler: async ({ db, query }) => {
        const occupation = query.occupation ?? query.occupationId;
        const jurisdiction = query.jurisdiction ?? query.jurisdictionId;
        if (!occupation || !jurisdiction) throw new HttpProblem('invalid_request', 'Name the occupation and the jurisdiction: ?occupation=registered-nurse&jurisdiction=ca-on.');
        const template = await findTemplate(db, occupation, jurisdiction);
        if (!template) throw new HttpProblem('not_found', `No milestone template for ${occupation} in ${jurisdiction}.`);
        return template;
      },
    }),
  ],
};
