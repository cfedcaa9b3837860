/** Operations of plans: plans, milestones, recalibrations, check-ins, comments and milestone templates. */
import * as z from 'zod/mini';
import { defineOperation } from '../operation.js';
import { PLAN_READS } from './changes.js';
import { Id, PageQuery, PageSize } from '../common.js';
import {
  CheckIn, CheckInCreate, CheckInPage, Comment, CommentCreate, CommentPage, GapPlanRequest, Milestone, MilestoneBulkCreate, MilestoneCreate,
  MilestoneList, MilestonePage, MilestoneReorder, MilestoneTemplate, MilestoneUpdate, Plan, PlanCreate, PlanDetail, PlanPage, PlanUpdate, RecalibrationCreate,
  RecalibrationList, RecalibrationResult,
} from '../plan.js';

export const PlanParams = z.object({ planId: Id });
export type PlanParams = z.infer<typeof PlanParams>;
export const MilestoneParams = z.object({ id: Id });
export type MilestoneParams = z.infer<typeof MilestoneParams>;

/** `GET /v1/plans`: a page of at most `limit` (1 to 100) plans after `cursor`. */
export const PlanListQuery = PageQuery;
export type PlanListQuery = z.infer<typeof PlanListQuery>;

/** `GET /v1/plans/{planId}?limit=`: how many milestones the first page holds (1 to 100, 100 without it). */
export const PlanDetailQuery = z.object({ limit: z.optional(PageSize) });
export type PlanDetailQuery = z.infer<typeof PlanDetailQuery>;

/** `POST /v1/plans`: a coordinator names the mentee with `menteeId`; a mentee's plan is their own. */
export const PlanCreateRequest = z.extend(PlanCreate, { menteeId: z.optional(Id) });
export type PlanCreateRequest = z.infer<typeof PlanCreateRequest>;

/** `GET /v1/milestone-templates?occupation=&jurisdiction=` (or `occupationId`, `jurisdictionId`). */
export const MilestoneTemplateQuery = z.object({ occupation: z.optional(Id), jurisdiction: z.optional(Id), occupationId: z.optional(Id), jurisdictionId: z.optional(Id) });
export type MilestoneTemplateQuery = z.infer<typeof MilestoneTemplateQuery>;

/** Plans the caller may see, oldest first, paged with `cursor`. */
export const listPlans = /* @__PURE__ */ defineOperation({ method: 'GET', path: '/v1/plans', query: PlanListQuery, response: PlanPage });

export const createPlan = /* @__PURE__ */ defineOperation({ method: 'POST', path: '/v1/plans', body: PlanCreateRequest, response: PlanDetail, status: 201, idempotent: true, changes: PLAN_READS });

/** Adds gap-map items to the mentee's plan for that goal (creating the plan if needed). */
export const createPlanFromGap = /* @__PURE__ */ defineOperation({ method: 'POST', path: '/v1/plans/from-gap', body: GapPlanRequest, response: PlanDetail, status: 201, idempotent: true, changes: PLAN_READS });

/** The plan with the first page of its milestones; `milestonesCursor` continues with {@link listMilestones}. */
export const getPlan = /* @__PURE__ */ defineOperation({ method: 'GET', path: '/v1/plans/:planId', params: PlanParams, query: PlanDetailQuery, response: PlanDetail });

/** The plan's milestones in their order, a page of at most `limit` after `cursor`. */
export const listMilestones = /* @__PURE__ */ defineOperation({ method: 'GET', path: '/v1/plans/:planId/milestones', params: PlanParams, query: PageQuery, response: MilestonePage });

export const updatePlan = /* @__PURE__ */ defineOperation({
  changes: PLAN_READS,
  method: 'PATCH', path: '/v1/plans/:planId', params: PlanParams, body: PlanUpdate, response: Plan, idempotent: true, versioned: true,
});

export const createMilestone = /* @__PURE__ */ defineOperation({
  changes: PLAN_READS,
  method: 'POST', path: '/v1/plans/:planId/milestones', params: PlanParams, body: MilestoneCreate, response: Milestone, status: 201, idempotent: true,
});

export const createMilestones = /* @__PURE__ */ defineOperation({
  changes: PLAN_READS,
  method: 'POST', path: '/v1/plans/:planId/milestones/bulk', params: PlanParams, body: MilestoneBulkCreate, response: MilestoneList, status: 201, idempotent: true,
});

/** Puts the plan's milestones in a new order (a plan-level, versioned write). */
export const reorderMilestones = /* @__PURE__ */ defineOperation({
  changes: PLAN_READS,
  method: 'POST', path: '/v1/plans/:planId/reorder', params: PlanParams, body: MilestoneReorder, response: PlanDetail, idempotent: true, versioned: true,
});

/** The same as {@link reorderMilestones}, as a PUT of the order. */
export const putMilestoneOrder = /* @__PURE__ */ defineOperation({
  changes: PLAN_READS,
  method: 'PUT', path: '/v1/plans/:planId/milestone-order', params: PlanParams, body: MilestoneReorder, response: PlanDetail, idempotent: true, versioned: true,
});

export const updateMilestone = /* @__PURE__ */ defineOperation({
  changes: PLAN_READS,
  method: 'PATCH', path: '/v1/milestones/:id', params: MilestoneParams, body: MilestoneUpdate, response: Milestone, idempotent: true, versioned: true,
});

export const recalibrateMilestone = /* @__PURE__ */ defineOperation({
  changes: PLAN_READS,
  method: 'POST', path: '/v1/milestones/:id/recalibrations', params: MilestoneParams, body: RecalibrationCreate, response: RecalibrationResult, status: 201, idempotent: true, versioned: true,
});

export const recalibratePlan = /* @__PURE__ */ defineOperation({
  changes: PLAN_READS,
  method: 'POST', path: '/v1/plans/:planId/recalibrations', params: PlanParams, body: RecalibrationCreate, response: RecalibrationResult, status: 201, idempotent: true, versioned: true,
});

export const listPlanHistory = /* @__PURE__ */ defineOperation({ method: 'GET', path: '/v1/plans/:planId/history', params: PlanParams, query: PageQuery, response: RecalibrationList });

export const listCheckIns = /* @__PURE__ */ defineOperation({ method: 'GET', path: '/v1/plans/:planId/check-ins', params: PlanParams, query: PageQuery, response: CheckInPage });

export const createCheckIn = /* @__PURE__ */ defineOperation({
  changes: PLAN_READS,
  method: 'POST', path: '/v1/plans/:planId/check-ins', params: PlanParams, body: CheckInCreate, response: CheckIn, status: 201, idempotent: true,
});

export const listComments = /* @__PURE__ */ defineOperation({ method: 'GET', path: '/v1/milestones/:id/comments', params: MilestoneParams, query: PageQuery, response: CommentPage });

export const createComment = /* @__PURE__ */ defineOperation({
  changes: PLAN_READS,
  method: 'POST', path: '/v1/milestones/:id/comments', params: MilestoneParams, body: CommentCreate, response: Comment, status: 201, idempotent: true,
});

export const getMilestoneTemplate = /* @__PURE__ */ defineOperation({ method: 'GET', path: '/v1/milestone-templates', query: MilestoneTemplateQuery, response: MilestoneTemplate });

export const planOperations = [
  listPlans, createPlan, createPlanFromGap, getPlan, listMilestones, updatePlan, createMilestone, createMilestones, reorderMilestones, putMilestoneOrder, updateMilestone,
  recalibrateMilestone, recalibratePlan, listPlanHistory, listCheckIns, createCheckIn, listComments, createComment, getMilestoneTemplate,
];
