/**
 * Plans, milestones, check-ins, comments, recalibrations and milestone templates: the
 * routes behind `bw-milestone-tracker`. Access rules live in the store
 * (`src/server/store/plans.ts`), which refuses what the actor may not do.
 */
import { CheckIn, Comment, GapPlanRequest, Milestone, MilestoneTemplate, Plan, PlanDetail, Recalibration } from '../../api/plan.js';
import {
  createCheckIn, createComment, createMilestone, createMilestones, createPlan, createPlanFromGap, getMilestoneTemplate, getPlan, listCheckIns, listMilestones,
  listComments, listPlanHistory, listPlans, putMilestoneOrder, recalibrateMilestone, recalibratePlan, reorderMilestones, updateMilestone, updatePlan,
} from '../../api/operations/plans.js';
import { Refusal } from '../refusal.js';
import { component, route, type RouteModule } from '../route.js';
import { pagedByPosition } from '../wire.js';
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

const tags = ['plans'];

export const planRoutes: RouteModule = {
  name: 'plans',
  tags: { plans: 'Recognition plans, their milestones, check-ins, comments and history.' },
  seeders: [planSeeder],
  routes: [
    route(listPlans, {
      summary: 'Plans the caller may see',
      description: 'A mentee sees their own plans, a mentor the plans shared with them, a coordinator every plan of the organisation. Oldest first, paged with `cursor`.',
      tags,
      auth: 'user',
      handler: async ({ db, actor, query }) => store.listPlansForActor(db, actor.organisationId, actor, query),
    }),
    route(createPlan, {
      summary: 'Create a plan (optionally from the goal\'s milestone template)',
      tags,
      auth: 'user',
      roles: ['mentee', 'coordinator'],
      handler: async ({ db, actor, body }) => store.startPlan(db, actor.organisationId, actor, body),
    }),
    route(createPlanFromGap, {
      summary: 'Add gap-map items to the mentee\'s plan for that goal',
      description: 'Finds the mentee\'s plan for the occupation and jurisdiction (or creates one), and appends the items as milestones, skipping items whose requirement and pathway are already in the plan. The body is the `bw-gap-plan-requested` event detail.',
      tags,
      auth: 'user',
      roles: ['mentee'],
      handler: async ({ db, actor, body }) => store.addGapItems(db, actor.organisationId, actor, body),
    }),
    route(getPlan, {
      summary: 'A plan with the first page of its milestones in order',
      description: 'At most `limit` milestones (100 without it); `milestonesCursor` continues them with `GET /v1/plans/{planId}/milestones`.',
      tags,
      auth: 'user',
      handler: async ({ db, actor, params, query }) => store.getPlan(db, actor.organisationId, actor, params.planId, query.limit),
    }),
    route(listMilestones, {
      summary: 'The plan\'s milestones in order, paged',
      description: 'Pages by position: `cursor` names the last milestone of the page before. A reorder answers with a fresh first page.',
      tags,
      auth: 'user',
      handler: async ({ db, actor, params, query }) => store.listMilestones(db, actor.organisationId, actor, params.planId, query),
    }),
    route(updatePlan, {
      summary: 'Change the plan\'s goal or who it is shared with',
      description: 'The target date moves by a recalibration, which keeps its history.',
      tags,
      auth: 'user',
      handler: async ({ db, actor, params, body }) => store.updatePlan(db, actor.organisationId, actor, params.planId, body),
    }),
    route(createMilestone, {
      summary: 'Add a milestone',
      tags,
      auth: 'user',
      handler: async ({ db, actor, params, body }) => store.createMilestone(db, actor.organisationId, actor, params.planId, body),
    }),
    route(createMilestones, {
      summary: 'Add several milestones from the gap map',
      tags,
      auth: 'user',
      handler: async ({ db, actor, params, body }) => ({ items: await store.createMilestones(db, actor.organisationId, actor, params.planId, body.items) }),
    }),
    ...[reorderMilestones, putMilestoneOrder].map((operation) =>
      route(operation, {
        summary: 'Put the plan\'s milestones in a new order',
        description: 'A plan-level write: it names the plan\'s version; a stale one gets 409 with the plan and its milestones as they are.',
        tags,
        auth: 'user',
        handler: async ({ db, actor, params, body }) => store.reorderMilestones(db, actor.organisationId, actor, params.planId, body),
      }),
    ),
    route(updateMilestone, {
      summary: 'Change a milestone (title, kind, status, evidence, dependencies, expiry)',
      tags,
      auth: 'user',
      handler: async ({ db, actor, params, body }) => store.updateMilestone(db, actor.organisationId, actor, params.id, body),
    }),
    route(recalibrateMilestone, {
      summary: 'Move a milestone\'s due date, with the reason',
      tags,
      auth: 'user',
      handler: async ({ db, actor, params, body }) => store.recalibrate(db, actor.organisationId, actor, { milestoneId: params.id }, body),
    }),
    route(recalibratePlan, {
      summary: 'Move the plan\'s target date, with the reason',
      tags,
      auth: 'user',
      handler: async ({ db, actor, params, body }) => store.recalibrate(db, actor.organisationId, actor, { planId: params.planId }, body),
    }),
    route(listPlanHistory, {
      summary: 'Every moved date of the plan, oldest first',
      tags,
      auth: 'user',
      handler: async ({ db, actor, params, query }) => pagedByPosition('history', query, (window) => store.listHistory(db, actor.organisationId, actor, params.planId, window), (item) => item.id),
    }),
    route(listCheckIns, {
      summary: 'The plan\'s check-ins, newest first',
      tags,
      auth: 'user',
      handler: async ({ db, actor, params, query }) => pagedByPosition('check-ins', query, (window) => store.listCheckIns(db, actor.organisationId, actor, params.planId, window), (item) => item.id),
    }),
    route(createCheckIn, {
      summary: 'Record a check-in (the mentee, a mentor the plan is shared with, or a coordinator)',
      tags,
      auth: 'user',
      handler: async ({ db, actor, params, body }) => store.addCheckIn(db, actor.organisationId, actor, params.planId, body),
    }),
    route(listComments, {
      summary: 'A milestone\'s comments, oldest first',
      tags,
      auth: 'user',
      handler: async ({ db, actor, params, query }) => pagedByPosition('comments', query, (window) => store.listComments(db, actor.organisationId, actor, params.id, window), (item) => item.id),
    }),
    route(createComment, {
      summary: 'Comment on a milestone',
      tags,
      auth: 'user',
      handler: async ({ db, actor, params, body }) => store.addComment(db, actor.organisationId, actor, params.id, body),
    }),
    route(getMilestoneTemplate, {
      summary: 'The milestone template of an occupation in a jurisdiction',
      tags,
      auth: 'key',
      handler: async ({ db, query }) => {
        const occupation = query.occupation ?? query.occupationId;
        const jurisdiction = query.jurisdiction ?? query.jurisdictionId;
        if (!occupation || !jurisdiction) throw Refusal.invalid('Name the occupation and the jurisdiction: ?occupation=registered-nurse&jurisdiction=ca-on.');
        return store.getMilestoneTemplate(db, occupation, jurisdiction);
      },
    }),
  ],
};
