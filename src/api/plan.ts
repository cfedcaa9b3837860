/**
 * Plans, milestones, check-ins, comments and recalibrations: the contract behind
 * `bw-milestone-tracker`.
 *
 * A plan belongs to one mentee of one organisation and may be shared with named mentors.
 * Editable resources (plans, milestones) carry a `version`; every update names the version
 * it was based on, and a stale one is answered 409 `conflict` with the current resource in
 * `problem.current`. Creates are sent with an `Idempotency-Key` header (see
 * `RequestSpec.idempotencyKey` in `client.ts`) so a retried create never makes a second one.
 */
import * as z from 'zod/mini';
import { linkHasUrl } from './refinements.js';
import { Count, Cursor, Id, IsoDate, IsoDateTime, Link, ListPage, Page, PositiveInt, Text } from './common.js';
import { dateDetail, detailsPatchShape, detailsShape, type Details } from './details.js';
import { Role } from './identity.js';

const Title = /* @__PURE__ */ Text(200, { trim: true, min: 1, minMessage: 'must not be empty' });
const LongText = /* @__PURE__ */ Text(5000);
const Version = PositiveInt;

// ---------------------------------------------------------------------------------------
// Vocabularies

/** What kind of step a milestone is on the way to recognition. */
export const MilestoneKind = z.enum([
  'credential-assessment',
  'regulator-application',
  'exam-sitting',
  'course',
  'language-test',
  'supervised-practice',
  'job-search',
  'networking',
  'custom',
]);
export type MilestoneKind = z.infer<typeof MilestoneKind>;

/** Where a milestone stands. `dropped` milestones are kept but do not count toward progress. */
export const MilestoneStatus = z.enum(['planned', 'in-progress', 'done', 'blocked', 'dropped']);
export type MilestoneStatus = z.infer<typeof MilestoneStatus>;

// ---------------------------------------------------------------------------------------
// Plans

/** Where the mentee wants to get to: an occupation in a jurisdiction, by a date. */
export const PlanGoal = z.object({
  occupationId: Id,
  jurisdictionId: Id,
  targetDate: IsoDate,
});
export type PlanGoal = z.infer<typeof PlanGoal>;

export const Plan = z.object({
  id: Id,
  menteeId: Id,
  /** The mentee's display name, for people who see several mentees' plans (absent from servers that do not give it). */
  menteeName: z.optional(z.string()),
  goal: PlanGoal,
  /** Mentors (user ids) who may read the plan, comment and record check-ins. */
  sharedWith: z.array(Id),
  version: Version,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Plan = z.infer<typeof Plan>;

export const PlanPage = Page(Plan);

/** `POST /v1/plans` (with an `Idempotency-Key`). The mentee is the caller. */
export const PlanCreate = z.object({
  goal: PlanGoal,
  sharedWith: z.optional(/* @__PURE__ */ z.array(Id).check(z.maxLength(20))),
  /** Start from the milestone template of the goal's occupation and jurisdiction. */
  fromTemplate: z.optional(z.boolean()),
});
export type PlanCreate = z.infer<typeof PlanCreate>;

/**
 * `PATCH /v1/plans/{planId}`. The target date is not changed here but by a
 * {@link RecalibrationCreate}, so that its history is kept.
 */
export const PlanUpdate = z.object({
  version: Version,
  goal: z.optional(z.object({ occupationId: z.optional(Id), jurisdictionId: z.optional(Id) })),
  sharedWith: z.optional(/* @__PURE__ */ z.array(Id).check(z.maxLength(20))),
});
export type PlanUpdate = z.infer<typeof PlanUpdate>;

// ---------------------------------------------------------------------------------------
// Milestones

/** The gap-map requirement (and the pathway chosen to close it) a milestone came from. */
export const MilestoneSource = z.object({
  requirementId: Id,
  pathwayId: z.optional(Id),
});
export type MilestoneSource = z.infer<typeof MilestoneSource>;

/** A piece of evidence: a link (to a certificate, a letter, a score report) or a note. */
export const Evidence = /* @__PURE__ */ z
  .object({
    kind: z.enum(['link', 'note']),
    url: z.optional(Link.shape.url),
    text: /* @__PURE__ */ Text(2000),
    addedAt: IsoDateTime,
  })
  .check(z.refine(linkHasUrl, { message: 'a link needs a url', path: ['url'] }));
export type Evidence = z.infer<typeof Evidence>;

/**
 * A milestone's descriptive fields, which nothing queries by: each is declared here once, as its
 * name and what it holds (`textDetail(120)`, `dateDetail()`). `Milestone`, `MilestoneCreate` and
 * `MilestoneUpdate` take them from this table (optional; `null` in an update clears one), the
 * server stores them in the `details` column, and the tracker edits and shows them from its
 * table of labels (`src/widgets/milestone-tracker/detail-fields.ts`).
 */
export const milestoneDetails = {
  /** When a result stops being valid (a language test is valid two years, for example). */
  expiresOn: /* @__PURE__ */ dateDetail(),
};
export type MilestoneDetails = Details<typeof milestoneDetails>;

export const Milestone = z.object({
  id: Id,
  planId: Id,
  title: Title,
  kind: MilestoneKind,
  source: z.optional(MilestoneSource),
  /** `null` until the milestone is scheduled. */
  dueDate: z.nullable(IsoDate),
  status: MilestoneStatus,
  evidence: z.array(Evidence),
  /** Order within the plan, ascending; ties are broken by creation time. */
  position: Count,
  /** Milestones (of the same plan) that must be done first. */
  dependsOn: z.array(Id),
  .../* @__PURE__ */ detailsShape(milestoneDetails),
  /** How many comments the milestone has, so a mentor's feedback is seen before it is opened (absent from servers that do not give it). */
  commentCount: z.optional(/* @__PURE__ */ z.int().check(z.nonnegative())),
  version: Version,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Milestone = z.infer<typeof Milestone>;

export const MilestoneList = z.object({ items: z.array(Milestone) });
export type MilestoneList = z.infer<typeof MilestoneList>;

/**
 * A plan's milestones counted over the whole plan by the server, so a plan longer than one page
 * shows its true progress: how many of each status, and how many open ones (neither done nor
 * dropped) were due before `asOf`, the server's day (UTC) when it answered.
 */
export const MilestoneCounts = z.object({
  byStatus: z.object({ planned: Count, 'in-progress': Count, done: Count, blocked: Count, dropped: Count }),
  overdue: Count,
  asOf: IsoDate,
});
export type MilestoneCounts = z.infer<typeof MilestoneCounts>;

/** A page of a plan's milestones in their order (`GET /v1/plans/{planId}/milestones`). */
export const MilestonePage = Page(Milestone);
export type MilestonePage = z.infer<typeof MilestonePage>;

/**
 * A plan with its milestones in order: what the tracker loads. The milestones are the first
 * page (at most 100); `milestonesCursor` then continues them with `GET /v1/plans/{planId}/milestones`
 * (absent or null: they are all here).
 */
export const PlanDetail = z.object({
  plan: Plan,
  milestones: z.array(Milestone),
  milestonesCursor: z.optional(z.nullable(Cursor)),
  /** Every milestone of the plan counted, not only this page: what the progress summary shows (absent from servers that do not give it). */
  counts: z.optional(MilestoneCounts),
});
export type PlanDetail = z.infer<typeof PlanDetail>;

/** `POST /v1/plans/{planId}/milestones` (with an `Idempotency-Key`). */
export const MilestoneCreate = z.object({
  title: Title,
  kind: MilestoneKind,
  source: z.optional(MilestoneSource),
  dueDate: z.optional(IsoDate),
  dependsOn: z.optional(/* @__PURE__ */ z.array(Id).check(z.maxLength(50))),
  .../* @__PURE__ */ detailsShape(milestoneDetails),
  /** Where to insert; at the end when absent. */
  position: z.optional(Count),
});
export type MilestoneCreate = z.infer<typeof MilestoneCreate>;

/** One item of a bulk create from the gap map. */
export const MilestoneFromGap = z.object({
  title: Title,
  kind: MilestoneKind,
  source: MilestoneSource,
  dueDate: z.optional(IsoDate),
});
export type MilestoneFromGap = z.infer<typeof MilestoneFromGap>;

/** `POST /v1/plans/{planId}/milestones/bulk` (with an `Idempotency-Key`): milestones from the gap map. */
export const MilestoneBulkCreate = z.object({
  items: /* @__PURE__ */ z.array(MilestoneFromGap).check(z.minLength(1), z.maxLength(100)),
});
export type MilestoneBulkCreate = z.infer<typeof MilestoneBulkCreate>;

/**
 * The detail of the `bw-gap-plan-requested` DOM event: the gap mapper asks for these
 * gaps and pathways to become milestones of the mentee's plan. The milestone tracker
 * listens for it on the page and validates it (it may come from another copy of the
 * library), then offers to add the items with `MilestoneBulkCreate`.
 */
export const GapPlanRequest = z.object({
  occupationId: Id,
  jurisdictionId: Id,
  /** The saved gap analysis the items came from, when it was saved. */
  analysisId: z.optional(Id),
  items: /* @__PURE__ */ z.array(MilestoneFromGap).check(z.minLength(1), z.maxLength(100)),
});
export type GapPlanRequest = z.infer<typeof GapPlanRequest>;

/**
 * `PATCH /v1/milestones/{milestoneId}`. The due date is changed by a
 * {@link RecalibrationCreate} so that the reason is kept; `evidence` replaces the list; a
 * descriptive field set to `null` is cleared.
 */
export const MilestoneUpdate = z.object({
  version: Version,
  title: z.optional(Title),
  kind: z.optional(MilestoneKind),
  status: z.optional(MilestoneStatus),
  evidence: z.optional(/* @__PURE__ */ z.array(Evidence).check(z.maxLength(50))),
  dependsOn: z.optional(/* @__PURE__ */ z.array(Id).check(z.maxLength(50))),
  .../* @__PURE__ */ detailsPatchShape(milestoneDetails),
});
export type MilestoneUpdate = z.infer<typeof MilestoneUpdate>;

/**
 * `PUT /v1/plans/{planId}/milestone-order`: the plan's milestone ids in their new order.
 * Ordering is a plan-level write, so it carries the plan's version (moving a milestone
 * does not conflict with someone editing its text).
 */
export const MilestoneReorder = z.object({
  version: Version,
  order: /* @__PURE__ */ z.array(Id).check(z.maxLength(500)),
});
export type MilestoneReorder = z.infer<typeof MilestoneReorder>;

// ---------------------------------------------------------------------------------------
// Recalibration

/** A moved date, kept for ever: the plan shows how its dates changed over time. */
export const Recalibration = z.object({
  id: Id,
  planId: Id,
  /** The milestone whose due date moved; `null` when the plan's target date moved. */
  milestoneId: z.nullable(Id),
  /** `null` when the milestone had no date before. */
  fromDate: z.nullable(IsoDate),
  toDate: IsoDate,
  reason: z.string(),
  authorId: Id,
  at: IsoDateTime,
});
export type Recalibration = z.infer<typeof Recalibration>;

export const RecalibrationList = ListPage(Recalibration);
export type RecalibrationList = z.infer<typeof RecalibrationList>;

/**
 * `POST /v1/milestones/{milestoneId}/recalibrations` or `POST /v1/plans/{planId}/recalibrations`
 * (the goal's target date). `version` is the milestone's or the plan's.
 */
export const RecalibrationCreate = z.object({
  version: Version,
  toDate: IsoDate,
  reason: /* @__PURE__ */ Text(1000, { trim: true, min: 1, minMessage: 'say why the date moves' }),
});
export type RecalibrationCreate = z.infer<typeof RecalibrationCreate>;

// ---------------------------------------------------------------------------------------
// Check-ins and comments

export const CheckIn = z.object({
  id: Id,
  planId: Id,
  date: IsoDate,
  /** User ids of the people who took part. */
  participants: z.array(Id),
  summary: z.string(),
  /** How confident the mentee feels about the plan, 1 (not at all) to 5 (very). */
  confidence: /* @__PURE__ */ z.int32().check(z.minimum(1), z.maximum(5)),
  nextSteps: z.string(),
  /** Milestones discussed. */
  milestoneIds: z.array(Id),
  authorId: Id,
  createdAt: IsoDateTime,
});
export type CheckIn = z.infer<typeof CheckIn>;

export const CheckInPage = Page(CheckIn);

/** `POST /v1/plans/{planId}/check-ins` (with an `Idempotency-Key`). */
export const CheckInCreate = z.object({
  date: IsoDate,
  participants: /* @__PURE__ */ z.array(Id).check(z.maxLength(20)),
  summary: LongText,
  confidence: /* @__PURE__ */ z.int32().check(z.minimum(1), z.maximum(5)),
  nextSteps: LongText,
  milestoneIds: z.optional(/* @__PURE__ */ z.array(Id).check(z.maxLength(100))),
});
export type CheckInCreate = z.infer<typeof CheckInCreate>;

export const Comment = z.object({
  id: Id,
  milestoneId: Id,
  authorId: Id,
  authorRole: Role,
  text: z.string(),
  createdAt: IsoDateTime,
});
export type Comment = z.infer<typeof Comment>;

export const CommentPage = Page(Comment);

/** `POST /v1/milestones/{milestoneId}/comments` (with an `Idempotency-Key`). */
export const CommentCreate = z.object({
  text: /* @__PURE__ */ Text(5000, { trim: true, min: 1 }),
});
export type CommentCreate = z.infer<typeof CommentCreate>;

// ---------------------------------------------------------------------------------------
// Templates

/** One step of a template; `key` names it within the template so others can depend on it. */
export const MilestoneTemplateItem = z.object({
  key: Id,
  title: Title,
  kind: MilestoneKind,
  source: z.optional(MilestoneSource),
  /** How long the step usually takes, in whole days. */
  minDays: Count,
  maxDays: Count,
  /** Keys of the template's steps that must be done first. */
  dependsOn: z.array(Id),
  /** How long the result stays valid, for results that expire. */
  validForDays: z.optional(PositiveInt),
});
export type MilestoneTemplateItem = z.infer<typeof MilestoneTemplateItem>;

/** `GET /v1/milestone-templates?occupationId=&jurisdictionId=`: where a plan can start from. */
export const MilestoneTemplate = z.object({
  occupationId: Id,
  jurisdictionId: Id,
  items: z.array(MilestoneTemplateItem),
});
export type MilestoneTemplate = z.infer<typeof MilestoneTemplate>;

/** The answer to a recalibration: the history entry and the moved milestone or plan. */
export const RecalibrationResult = z.object({
  recalibration: Recalibration,
  milestone: z.optional(Milestone),
  plan: z.optional(Plan),
});
export type RecalibrationResult = z.infer<typeof RecalibrationResult>;
