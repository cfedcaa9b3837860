/**
 * Outcomes: what happens to mentees after they enter the program, and the program's figures.
 *
 * A mentee enters with an intake ({@link Enrolment}): employment, whether in the field they
 * trained for, pay and satisfaction. Follow-ups are due at set months after entry (3, 6 and 12
 * by default; an organisation changes them in {@link OutcomeSettings}). Consent is per purpose
 * ({@link Consent}): whether the answers count in the program's anonymous figures, whether a
 * quote may be shared and with whom, whether gender is kept. Withdrawing consent takes the
 * person out of the figures from then on.
 *
 * {@link ProgramMetrics} are for coordinators only. Every figure that describes fewer people
 * than the organisation's minimum cell size (10 by default, never below 5) is withheld, and so is
 * any figure that could be worked out from others (see src/core/outcomes/suppression.ts).
 */
import * as z from 'zod/mini';
import { hasNoRepeats } from './refinements.js';
import { Count, CurrencyCode, Id, IsoDate, IsoDateTime, Page, PageQuery, Text } from './common.js';

export const Employment = z.enum(['employed', 'self-employed', 'not-employed', 'studying']);
export type Employment = z.infer<typeof Employment>;

export const PayPeriod = z.enum(['hour', 'month', 'year']);
export type PayPeriod = z.infer<typeof PayPeriod>;

/** Pay in whole units of its currency, per period. */
export const Pay = z.object({
  amount: /* @__PURE__ */ z.int32().check(z.minimum(0)),
  currency: CurrencyCode,
  period: PayPeriod,
});
export type Pay = z.infer<typeof Pay>;

/** 1 (very unhappy) to 5 (very happy). */
export const Satisfaction = /* @__PURE__ */ z.int32().check(z.minimum(1), z.maximum(5));

export const OriginRegion = z.enum(['africa', 'americas', 'asia', 'europe', 'middle-east', 'oceania']);
export type OriginRegion = z.infer<typeof OriginRegion>;

export const Gender = z.enum(['woman', 'man', 'non-binary', 'self-described']);
export type Gender = z.infer<typeof Gender>;

export const LeaveReason = z.enum(['found-work', 'moved', 'no-time', 'not-useful', 'other']);
export type LeaveReason = z.infer<typeof LeaveReason>;

/** Who may see a quote from the mentee's answers: nobody, the program's own staff, or the public (funders' reports). */
export const QuoteConsent = z.enum(['no', 'program', 'public']);
export type QuoteConsent = z.infer<typeof QuoteConsent>;

/** One answer: the intake (month 0) or a follow-up. */
export const OutcomeAnswer = z.object({
  employment: Employment,
  /** Whether the work is in the field the person trained for; null when not working. */
  inField: z.optional(z.nullable(z.boolean())),
  pay: z.optional(z.nullable(Pay)),
  satisfaction: z.optional(z.nullable(Satisfaction)),
  /** In the person's own words; shared only as {@link Consent} `quote` allows. */
  quote: z.optional(z.nullable(/* @__PURE__ */ Text(2000))),
});
export type OutcomeAnswer = z.infer<typeof OutcomeAnswer>;

export const OutcomeResponse = z.object({
  ...OutcomeAnswer.shape,
  /** Months after entry; 0 is the intake. */
  month: Count,
  answeredOn: IsoDate,
});
export type OutcomeResponse = z.infer<typeof OutcomeResponse>;

export const ConsentChoices = z.object({
  /** The answers count in the program's anonymous figures. */
  figures: z.boolean(),
  quote: QuoteConsent,
  /** Gender is kept, for the fairness figures only. */
  gender: z.boolean(),
});
export type ConsentChoices = z.infer<typeof ConsentChoices>;

export const Consent = z.object({ ...ConsentChoices.shape, changedAt: IsoDateTime });
export type Consent = z.infer<typeof Consent>;

export const FollowUpStatus = z.enum(['answered', 'due', 'upcoming']);
export type FollowUpStatus = z.infer<typeof FollowUpStatus>;

export const FollowUp = z.object({
  month: Count,
  dueOn: IsoDate,
  status: FollowUpStatus,
});
export type FollowUp = z.infer<typeof FollowUp>;

/** A mentee's place in the program, as they see it. */
export const Enrolment = z.object({
  menteeId: Id,
  enteredOn: IsoDate,
  occupationId: z.nullable(Id),
  jurisdictionId: z.nullable(Id),
  originRegion: z.nullable(OriginRegion),
  gender: z.nullable(Gender),
  consent: Consent,
  firstRoleOn: z.nullable(IsoDate),
  leftOn: z.nullable(IsoDate),
  leaveReason: z.nullable(LeaveReason),
  /** The day the registration milestone of the person's plan was done, from the plan. */
  credentialOn: z.nullable(IsoDate),
  followUps: z.array(FollowUp),
  responses: z.array(OutcomeResponse),
  version: Count,
});
export type Enrolment = z.infer<typeof Enrolment>;

/** The intake a mentee fills in at program entry. */
export const EnrolmentRequest = z.object({
  /** Today when left out; never in the future. */
  enteredOn: z.optional(IsoDate),
  occupationId: z.optional(Id),
  jurisdictionId: z.optional(Id),
  originRegion: z.optional(OriginRegion),
  /** Kept only with `consent.gender`. */
  gender: z.optional(Gender),
  consent: ConsentChoices,
  intake: OutcomeAnswer,
});
export type EnrolmentRequest = z.infer<typeof EnrolmentRequest>;

/** What a mentee changes later; `version` is the one the change was based on. */
export const EnrolmentUpdate = z.object({
  version: Count,
  firstRoleOn: z.optional(z.nullable(IsoDate)),
  leftOn: z.optional(z.nullable(IsoDate)),
  leaveReason: z.optional(z.nullable(LeaveReason)),
  originRegion: z.optional(z.nullable(OriginRegion)),
  gender: z.optional(z.nullable(Gender)),
  consent: z.optional(ConsentChoices),
});
export type EnrolmentUpdate = z.infer<typeof EnrolmentUpdate>;

export const FollowUpParams = z.object({ month: /* @__PURE__ */ z.coerce.number().check(z.int(), z.minimum(1), z.maximum(60)) });

/** A follow-up a coordinator sees as due: who, which month, since when. */
export const DueFollowUp = z.object({
  menteeId: Id,
  menteeName: /* @__PURE__ */ Text(200),
  month: Count,
  dueOn: IsoDate,
});
export type DueFollowUp = z.infer<typeof DueFollowUp>;
export const DueFollowUpPage = Page(DueFollowUp);
/** `due` (the default): due longest ago first; `name`: by the mentee's name. */
export const DueFollowUpSort = z.enum(['due', 'name']);
export type DueFollowUpSort = z.infer<typeof DueFollowUpSort>;
export const DueFollowUpQuery = z.extend(PageQuery, { sort: z.optional(DueFollowUpSort) });
export type DueFollowUpQuery = z.infer<typeof DueFollowUpQuery>;

export const OutcomeSettings = z.object({
  /** Months after entry at which a follow-up is due, each 1 to 60, at most 12. */
  followUpMonths: /* @__PURE__ */ z
    .array(/* @__PURE__ */ z.int32().check(z.minimum(1), z.maximum(60)))
    .check(z.minLength(1), z.maxLength(12), z.refine(hasNoRepeats, 'must not repeat a month')),
  /** The fewest people a figure may describe: at least 5. */
  minCellSize: /* @__PURE__ */ z.int32().check(z.minimum(5), z.maximum(1000)),
});
export type OutcomeSettings = z.infer<typeof OutcomeSettings>;

export const MentorFeedbackRequest = z.object({
  satisfaction: Satisfaction,
  note: z.optional(/* @__PURE__ */ Text(2000)),
});
export type MentorFeedbackRequest = z.infer<typeof MentorFeedbackRequest>;

export const MentorFeedback = z.object({ id: Id, satisfaction: Satisfaction, note: /* @__PURE__ */ Text(2000), createdAt: IsoDateTime });
export type MentorFeedback = z.infer<typeof MentorFeedback>;

/** A cohort is the quarter a mentee entered: `2025-Q3`. */
export const Cohort = /* @__PURE__ */ z.string().check(z.regex(/^(19|20)\d\d-Q[1-4]$/, 'must be a quarter such as 2025-Q3'));

export const MetricsQuery = z.object({
  cohort: z.optional(Cohort),
  occupationId: z.optional(Id),
  jurisdictionId: z.optional(Id),
});
export type MetricsQuery = z.infer<typeof MetricsQuery>;

/**
 * What the figures can be filtered by: the cohorts, occupations and jurisdictions found among the
 * organisation's mentees who count in the figures, sorted (cohorts newest first).
 */
export const MetricsFilterOptions = z.object({
  cohorts: z.array(Cohort),
  occupationIds: z.array(Id),
  jurisdictionIds: z.array(Id),
});
export type MetricsFilterOptions = z.infer<typeof MetricsFilterOptions>;

/**
 * One figure and how many people it describes. When `withheld` is set, `value` and `people`
 * are null: too few people, or it could be worked out from the figures shown.
 */
export const Figure = z.object({
  value: z.nullable(z.number()),
  people: z.nullable(Count),
  withheld: z.boolean(),
});
export type Figure = z.infer<typeof Figure>;

/** A figure for one group of a breakdown (an occupation, an origin region, a gender). */
export const GroupFigure = z.object({ ...Figure.shape, group: /* @__PURE__ */ Text(100) });
export type GroupFigure = z.infer<typeof GroupFigure>;

/**
 * A Kaplan–Meier estimate of a waiting time in days: people still waiting count as waiting
 * (censored), so the median is not only the median of those who got there. `value` is null
 * with `withheld` false when fewer than half got there yet.
 */
export const WaitFigure = z.object({ ...Figure.shape, reached: z.nullable(Count), stillWaiting: z.nullable(Count) });
export type WaitFigure = z.infer<typeof WaitFigure>;

/** Pay from intake to the 12-month follow-up in one currency, annualised (see `annualised`). */
export const PayChange = z.object({
  currency: CurrencyCode,
  intakeMedian: z.nullable(z.number()),
  twelveMonthMedian: z.nullable(z.number()),
  /** The median of each person's change, in percent. */
  medianChangePercent: z.nullable(z.number()),
  people: z.nullable(Count),
  withheld: z.boolean(),
});
export type PayChange = z.infer<typeof PayChange>;

export const Breakdown = z.object({
  byOccupation: z.array(GroupFigure),
  byOriginRegion: z.array(GroupFigure),
  byGender: z.array(GroupFigure),
});
export type Breakdown = z.infer<typeof Breakdown>;

export const ProgramMetrics = z.object({
  filters: MetricsQuery,
  minCellSize: Count,
  /** Mentees in the figures: entered in the filter and consenting. */
  mentees: Figure,
  /** Share (0–1) of mentees whose plan's registration milestone is done. */
  credentialAttainment: Figure,
  /** Days from entry to a first role in the field. */
  timeToFirstRole: WaitFigure,
  payChange: z.array(PayChange),
  /** Mean satisfaction (1–5) at each mentee's latest answer, and of mentors' feedback. */
  menteeSatisfaction: Figure,
  mentorSatisfaction: Figure,
  /** Days from entry to a first accepted introduction, overall and by group. */
  waitForFirstMatch: z.object({ overall: WaitFigure, ...Breakdown.shape }),
  /** Mentors' load (mentees / capacity, 0–1), overall and by the mentor's first occupation. */
  mentorLoad: z.object({ overall: Figure, byOccupation: z.array(GroupFigure) }),
  /** How pay is annualised: hourly × 2,080 (40 h × 52 weeks), monthly × 12. */
  annualised: z.literal('hour×2080,month×12'),
  generatedAt: IsoDateTime,
});
export type ProgramMetrics = z.infer<typeof ProgramMetrics>;
