/**
 * Plans, milestones, check-ins, comments, recalibrations and milestone templates: the
 * routes behind `bw-milestone-tracker`. Access rules live in the store
 * (`src/server/store/plans.ts`); this module maps its results to problems.
 */
import * as z from 'zod/mini';
import { Id } from '../../api/common.js';
import {
  CheckIn, CheckInCreate, CheckInPage, Comment, CommentCreate, CommentPage, GapPlanRequest, Milestone, MilestoneBulkCreate, MilestoneCreate,
  MilestoneList, MilestoneReorder, MilestoneTemplate, MilestoneUpdate, Plan, PlanCreate, PlanDetail, PlanPage, PlanUpdate, Recalibration,
  RecalibrationCreate, RecalibrationList, RecalibrationResult,
} from '../../api/plan.js';
import { addDays, dateOf } from '../../core/plan/dates.js';
import { scheduleSteps } from '../../core/plan/schedule.js';
import { HttpProblem } from '../problem.js';
import { component, defineRoute, type RouteModule } from '../route.js';
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

const PlanParams = z.object({ planId: Id });
const MilestoneParams = z.object({ id: Id });
const PageQuery = z.object({ limit: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100))), cursor: z.optional(z.string()) });

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
    defineRoute({
      method: 'GET',
      path: '/v1/plans',
      summary: 'Plans the caller may see',
      description: 'A mentee sees their own plans, a mentor the plans shared with them, a coordinator every plan of the organisation. Oldest first, paged with `cursor`.',
      tags: ['plans'],
      auth: 'user',
      query: PageQuery,
      response: PlanPage,
      handler: async ({ db, principal, query }) => unwrap(await store.listPlansForActor(db, principal.organisationId, actorOf(principal), query)),
    }),
    defineRoute({
      method: 'POST',
      path: '/v1/plans',
      summary: 'Create a plan (optionally from the goal\'s milestone template)',
      tags: ['plans'],
      auth: 'user',
      roles: ['mentee', 'coordinator'],
      body: z.extend(PlanCreate, { menteeId: z.optional(Id) }),
      response: PlanDetail,
      status: 201,
      idempotent: true,
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
    defineRoute({
      method: 'POST',
      path: '/v1/plans/from-gap',
      summary: 'Add gap-map items to the mentee\'s plan for that goal',
      description: 'Finds the mentee\'s plan for the occupation and jurisdiction (or creates one), and appends the items as milestones, skipping items whose requirement and pathway are already in the plan. The body is the `bw-gap-plan-requested` event detail.',
      tags: ['plans'],
      auth: 'user',
      roles: ['mentee'],
      body: GapPlanRequest,
      response: PlanDetail,
      status: 201,
      idempotent: true,
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
    defineRoute({
      method: 'GET',
      path: '/v1/plans/:planId',
      summary: 'A plan with its milestones in order',
      tags: ['plans'],
      auth: 'user',
      params: PlanParams,
      response: PlanDetail,
      handler: async ({ db, principal, params }) => unwrap(await store.getPlan(db, principal.organisationId, actorOf(principal), params.planId)),
    }),
    defineRoute({
      method: 'PATCH',
      path: '/v1/plans/:planId',
      summary: 'Change the plan\'s goal or who it is shared with',
      description: 'The target date moves by a recalibration, which keeps its history.',
      tags: ['plans'],
      auth: 'user',
      params: PlanParams,
      body: PlanUpdate,
      response: Plan,
      versioned: true,
      idempotent: true,
      handler: async ({ db, principal, params, body }) => unwrap(await store.updatePlan(db, principal.organisationId, actorOf(principal), params.planId, body)),
    }),
    defineRoute({
      method: 'POST',
      path: '/v1/plans/:planId/milestones',
      summary: 'Add a milestone',
      tags: ['plans'],
      auth: 'user',
      params: PlanParams,
      body: MilestoneCreate,
      response: Milestone,
      status: 201,
      idempotent: true,
      handler: async ({ db, principal, params, body }) => unwrap(await store.createMilestone(db, principal.organisationId, actorOf(principal), params.planId, body)),
    }),
    defineRoute({
      method: 'POST',
      path: '/v1/plans/:planId/milestones/bulk',
      summary: 'Add several milestones from the gap map',
      tags: ['plans'],
      auth: 'user',
      params: PlanParams,
      body: MilestoneBulkCreate,
      response: MilestoneList,
      status: 201,
      idempotent: true,
      handler: async ({ db, principal, params, body }) => ({ items: unwrap(await store.createMilestones(db, principal.organisationId, actorOf(principal), params.planId, body.items)) }),
    }),
    ...(['POST /v1/plans/:planId/reorder', 'PUT /v1/plans/:planId/milestone-order'] as const).map((spec) => {
      const [method, path] = spec.split(' ') as ['POST' | 'PUT', string];
      return defineRoute({
        method,
        path,
        summary: 'Put the plan\'s milestones in a new order',
        description: 'A plan-level write: it names the plan\'s version; a stale one gets 409 with the plan and its milestones as they are.',
        tags: ['plans'],
        auth: 'user',
        params: PlanParams,
        body: MilestoneReorder,
        response: PlanDetail,
        versioned: true,
        idempotent: true,
        handler: async ({ db, principal, params, body }) => unwrap(await store.reorderMilestones(db, principal.organisationId, actorOf(principal), params.planId, body)),
      });
    }),
    defineRoute({
      method: 'PATCH',
      path: '/v1/milestones/:id',
      summary: 'Change a milestone (title, kind, status, evidence, dependencies, expiry)',
      tags: ['plans'],
      auth: 'user',
      params: MilestoneParams,
      body: MilestoneUpdate,
      response: Milestone,
      versioned: true,
      idempotent: true,
      handler: async ({ db, principal, params, body }) => unwrap(await store.updateMilestone(db, principal.organisationId, actorOf(principal), params.id, body), 'milestone'),
    }),
    defineRoute({
      method: 'POST',
      path: '/v1/milestones/:id/recalibrations',
      summary: 'Move a milestone\'s due date, with the reason',
      tags: ['plans'],
      auth: 'user',
      params: MilestoneParams,
      body: RecalibrationCreate,
      response: RecalibrationResult,
      status: 201,
      versioned: true,
      idempotent: true,
      handler: async ({ db, principal, params, body }) => unwrap(await store.recalibrate(db, principal.organisationId, actorOf(principal), { milestoneId: params.id }, body), 'milestone'),
    }),
    defineRoute({
      method: 'POST',
      path: '/v1/plans/:planId/recalibrations',
      summary: 'Move the plan\'s target date, with the reason',
      tags: ['plans'],
      auth: 'user',
      params: PlanParams,
      body: RecalibrationCreate,
      response: RecalibrationResult,
      status: 201,
      versioned: true,
      idempotent: true,
      handler: async ({ db, principal, params, body }) => unwrap(await store.recalibrate(db, principal.organisationId, actorOf(principal), { planId: params.planId }, body)),
    }),
    defineRoute({
      method: 'GET',
      path: '/v1/plans/:planId/history',
      summary: 'Every moved date of the plan, oldest first',
      tags: ['plans'],
      auth: 'user',
      params: PlanParams,
      response: RecalibrationList,
      handler: async ({ db, principal, params }) => ({ items: unwrap(await store.listHistory(db, principal.organisationId, actorOf(principal), params.planId)) }),
    }),
    defineRoute({
      method: 'GET',
      path: '/v1/plans/:planId/check-ins',
      summary: 'The plan\'s check-ins, newest first',
      tags: ['plans'],
      auth: 'user',
      params: PlanParams,
      response: CheckInPage,
      handler: async ({ db, principal, params }) => ({ items: unwrap(await store.listCheckIns(db, principal.organisationId, actorOf(principal), params.planId)), nextCursor: null }),
    }),
    defineRoute({
      method: 'POST',
      path: '/v1/plans/:planId/check-ins',
      summary: 'Record a check-in (the mentee, a mentor the plan is shared with, or a coordinator)',
      tags: ['plans'],
      auth: 'user',
      params: PlanParams,
      body: CheckInCreate,
      response: CheckIn,
      status: 201,
      idempotent: true,
      handler: async ({ db, principal, params, body }) => unwrap(await store.addCheckIn(db, principal.organisationId, actorOf(principal), params.planId, body)),
    }),
    defineRoute({
      method: 'GET',
      path: '/v1/milestones/:id/comments',
      summary: 'A milestone\'s comments, oldest first',
      tags: ['plans'],
      auth: 'user',
      params: MilestoneParams,
      response: CommentPage,
      handler: async ({ db, principal, params }) => ({ items: unwrap(await store.listComments(db, principal.organisationId, actorOf(principal), params.id), 'milestone'), nextCursor: null }),
    }),
    defineRoute({
      method: 'POST',
      path: '/v1/milestones/:id/comments',
      summary: 'Comment on a milestone',
      tags: ['plans'],
      auth: 'user',
      params: MilestoneParams,
      body: CommentCreate,
      response: Comment,
      status: 201,
      idempotent: true,
      handler: async ({ db, principal, params, body }) => unwrap(await store.addComment(db, principal.organisationId, actorOf(principal), params.id, body), 'milestone'),
    }),
    defineRoute({
      method: 'GET',
      path: '/v1/milestone-templates',
      summary: 'The milestone template of an occupation in a jurisdiction',
      tags: ['plans'],
      auth: 'key',
      query: z.object({ occupation: z.optional(Id), jurisdiction: z.optional(Id), occupationId: z.optional(Id), jurisdictionId: z.optional(Id) }),
      response: MilestoneTemplate,
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
