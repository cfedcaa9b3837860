/**
 * Mentorships: what an accepted introduction becomes. Both sides confirm a short agreement
 * (goals, meeting cadence, time commitment, expected end), then meet; either side closes it
 * with a reason and optional feedback, which frees the mentor's place. Also the
 * organisation's settings for requests (how long they wait, coordinator approval) and the
 * coordinator's queue of requests waiting for approval.
 */
import * as z from 'zod/mini';
import { Id, IsoDate, IsoDateTime, Page, PageQuery, PositiveInt, Text } from './common.js';
import { DeclineReason, IntroductionRequest, MentorProfile } from './mentor.js';

export const MentorshipStatus = z.enum(['agreeing', 'active', 'closed']);
export type MentorshipStatus = z.infer<typeof MentorshipStatus>;

export const MeetingCadence = z.enum(['weekly', 'fortnightly', 'monthly', 'as-needed']);
export type MeetingCadence = z.infer<typeof MeetingCadence>;

/** What both sides agree to before they start. */
export const MentorshipAgreement = z.object({
  goals: /* @__PURE__ */ Text(2000, { trim: true, min: 1 }),
  meetingCadence: MeetingCadence,
  /** The time the mentor gives, in hours per month. */
  hoursPerMonth: /* @__PURE__ */ z.int32().check(z.minimum(1), z.maximum(40)),
  expectedEndDate: IsoDate,
});
export type MentorshipAgreement = z.infer<typeof MentorshipAgreement>;

/** A change to an active mentorship's agreement, proposed by one side: the confirmed agreement stands until the other side accepts it. */
export const AgreementChange = z.extend(MentorshipAgreement, { proposedBy: z.enum(['mentee', 'mentor']), proposedAt: IsoDateTime });
export type AgreementChange = z.infer<typeof AgreementChange>;

/** A fixed list, so that every closure reads the same in every language. */
export const CloseReason = z.enum(['goals-met', 'period-ended', 'no-longer-needed', 'not-a-good-fit', 'no-time', 'no-contact', 'other']);
export type CloseReason = z.infer<typeof CloseReason>;

/** A person as the other side of a mentorship sees them. */
export const Party = z.object({ id: Id, displayName: z.string() });
export type Party = z.infer<typeof Party>;

export const Mentorship = z.object({
  id: Id,
  /** The accepted introduction it grew from. */
  introductionId: Id,
  status: MentorshipStatus,
  mentee: Party,
  /** The mentor's id is their mentor card's (`GET /v1/mentors/:mentorId`). */
  mentor: Party,
  /** `null` until one side proposes it. Once active, the agreement both confirmed. */
  agreement: z.nullable(MentorshipAgreement),
  /** How many agreements both sides have confirmed: 0 while agreeing, 1 once active, one more for each accepted change. */
  agreementVersion: /* @__PURE__ */ z.int32().check(z.minimum(0)),
  /** A change to the active agreement that one side proposed and the other has not answered yet. */
  proposedChange: z.nullable(AgreementChange),
  menteeConfirmedAt: z.nullable(IsoDateTime),
  mentorConfirmedAt: z.nullable(IsoDateTime),
  /** When both had confirmed. */
  startedAt: z.nullable(IsoDateTime),
  closedAt: z.nullable(IsoDateTime),
  closedBy: z.nullable(z.enum(['mentee', 'mentor', 'coordinator'])),
  closeReason: z.nullable(CloseReason),
  feedback: z.nullable(z.string()),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  version: PositiveInt,
});
export type Mentorship = z.infer<typeof Mentorship>;

export const MentorshipPage = Page(Mentorship);
export type MentorshipPage = z.infer<typeof MentorshipPage>;

/** `GET /v1/mentorships`: the caller's (a coordinator's: the organisation's), newest first; open ones unless `status` says otherwise. */
export const MentorshipListQuery = z.extend(PageQuery, { status: z.optional(z.enum(['open', 'agreeing', 'active', 'closed'])) });
export type MentorshipListQuery = z.infer<typeof MentorshipListQuery>;

/** Proposes or edits the agreement (while agreeing): the proposer confirms it, the other side's confirmation is reset. */
export const AgreementUpdate = z.extend(MentorshipAgreement, { version: PositiveInt });
export type AgreementUpdate = z.infer<typeof AgreementUpdate>;

/**
 * The other side's answer to a proposed change (`accept` makes it the agreement, `decline` drops
 * it), or the proposer's `withdraw`, at the mentorship's `version`.
 */
export const AgreementChangeAnswer = z.object({ version: PositiveInt, action: z.enum(['accept', 'decline', 'withdraw']) });
export type AgreementChangeAnswer = z.infer<typeof AgreementChangeAnswer>;

/** Confirms the agreement as it is at `version`. */
export const AgreementConfirmation = z.object({ version: PositiveInt });
export type AgreementConfirmation = z.infer<typeof AgreementConfirmation>;

export const MentorshipClosure = z.object({
  version: PositiveInt,
  reason: CloseReason,
  feedback: z.optional(/* @__PURE__ */ Text(2000, { trim: true })),
});
export type MentorshipClosure = z.infer<typeof MentorshipClosure>;

/** One of a mentor's current mentees: who, what for, their shared plan and its last check-in. */
export const CurrentMentee = z.object({
  mentorshipId: Id,
  status: MentorshipStatus,
  mentee: Party,
  /** The agreed goals; `null` before an agreement. */
  goals: z.nullable(z.string()),
  /** The mentee's latest plan shared with this mentor (`GET /v1/plans/:planId`), if any. */
  planId: z.nullable(Id),
  /** The date of that plan's latest check-in. */
  lastCheckIn: z.nullable(IsoDate),
  since: IsoDateTime,
});
export type CurrentMentee = z.infer<typeof CurrentMentee>;

export const CurrentMenteePage = Page(CurrentMentee);
export type CurrentMenteePage = z.infer<typeof CurrentMenteePage>;

/** How the organisation runs requests and mentorships. */
export const MentorshipSettings = z.object({
  /** An unanswered request expires after this many days (the mentee sees it expired and may ask someone else). */
  requestExpiryDays: /* @__PURE__ */ z.int32().check(z.minimum(1), z.maximum(90)),
  /** Requests wait in the coordinators' queue before any mentor sees them. */
  coordinatorApproval: z.boolean(),
  /** An active mentorship with no check-in for this many days is stuck (for the coordinator's desk). */
  stuckAfterDays: /* @__PURE__ */ z.int32().check(z.minimum(1), z.maximum(365)),
  version: PositiveInt,
});
export type MentorshipSettings = z.infer<typeof MentorshipSettings>;

export const MentorshipSettingsUpdate = z.object({
  version: PositiveInt,
  requestExpiryDays: z.optional(/* @__PURE__ */ z.int32().check(z.minimum(1), z.maximum(90))),
  coordinatorApproval: z.optional(z.boolean()),
  stuckAfterDays: z.optional(/* @__PURE__ */ z.int32().check(z.minimum(1), z.maximum(365))),
});
export type MentorshipSettingsUpdate = z.infer<typeof MentorshipSettingsUpdate>;

/** A request in the coordinators' queue, with who asks and whom. */
export const QueuedIntroduction = z.object({
  request: IntroductionRequest,
  mentee: Party,
  mentor: MentorProfile,
});
export type QueuedIntroduction = z.infer<typeof QueuedIntroduction>;

export const QueuedIntroductionPage = Page(QueuedIntroduction);

/** `oldest` (the default): waiting longest first; `newest`: most recent first; `mentee`: by the mentee's name. */
export const QueueSort = z.enum(['oldest', 'newest', 'mentee']);
export type QueueSort = z.infer<typeof QueueSort>;
export const QueueQuery = z.extend(PageQuery, { sort: z.optional(QueueSort) });
export type QueueQuery = z.infer<typeof QueueQuery>;
export type QueuedIntroductionPage = z.infer<typeof QueuedIntroductionPage>;

/** A coordinator's decision on a queued request: pass it to its mentor, pass it to another mentor, or decline it. */
export const QueueDecision = z.discriminatedUnion('action', [
  z.object({ action: z.literal('approve'), version: PositiveInt }),
  z.object({ action: z.literal('propose'), version: PositiveInt, mentorId: Id, note: z.optional(/* @__PURE__ */ Text(1000, { trim: true })) }),
  z.object({ action: z.literal('decline'), version: PositiveInt, reason: DeclineReason, note: z.optional(/* @__PURE__ */ Text(1000, { trim: true })) }),
]);
export type QueueDecision = z.infer<typeof QueueDecision>;
