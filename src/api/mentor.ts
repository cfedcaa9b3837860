/**
 * Mentors, match explanations, introductions and favourites.
 *
 * A {@link MentorProfile} is the public card: it appears in search results and never
 * carries contact details. {@link MentorContact} is a separate schema that the server
 * returns only to a mentee whose introduction the mentor accepted.
 *
 * Search takes what the mentee wants ({@link MentorSearchQuery}); every criterion is a
 * preference that adds points unless the mentee lists it in `require`, which turns it
 * into a hard filter. Origin and language are protected: they count only when the
 * mentee supplied them in the query, never from a stored profile.
 */
import * as z from 'zod/mini';
import { Count, Cursor, HttpUrl, Id, Int, IsoDateTime, ListPage, LocaleTag, Page, PositiveInt, Text } from './common.js';
import { CountryCode } from './catalogue.js';

/** An ISO 3166-1 alpha-2 country code, upper case (`PH`, `IN`, `NG`). */

export const MentorFormat = z.enum(['online', 'in-person']);
export type MentorFormat = z.infer<typeof MentorFormat>;

/** What a mentor offers to do for a mentee. */
export const MentorOffer = z.enum(['informational-interview', 'plan-review', 'narrative-review', 'referral']);
export type MentorOffer = z.infer<typeof MentorOffer>;

export const MentorStatus = z.enum(['active', 'paused']);
export type MentorStatus = z.infer<typeof MentorStatus>;

/** The kind of a recognition step, matching the pathway kinds of the gap analysis. */
export const CredentialStepKind = z.enum([
  'credential-assessment',
  'exam',
  'bridging-program',
  'course',
  'supervised-practice',
  'language-test',
  'registration',
  'other',
]);
export type CredentialStepKind = z.infer<typeof CredentialStepKind>;

/** One step a mentor went through, e.g. `{ code: 'nnas', kind: 'credential-assessment', label: 'NNAS advisory report' }`. */
export const CredentialStep = z.object({
  /** A catalogue slug shared with the gap analysis, so a mentee's planned steps can be matched. */
  code: Id,
  kind: CredentialStepKind,
  label: /* @__PURE__ */ Text(200, { min: 1 }),
  year: z.optional(/* @__PURE__ */ z.int32().check(z.minimum(1950), z.maximum(2100))),
});
export type CredentialStep = z.infer<typeof CredentialStep>;

/** The recognition path the mentor went through themselves. */
export const CredentialPath = z.object({
  originCountry: CountryCode,
  steps: /* @__PURE__ */ z.array(CredentialStep).check(z.maxLength(20)),
});
export type CredentialPath = z.infer<typeof CredentialPath>;

/** How quickly and how often a mentor answers introduction requests. Null values mean too few requests to tell. */
export const Responsiveness = z.object({
  /** Median days to a first answer (accept, decline or question). */
  medianResponseDays: z.nullable(/* @__PURE__ */ z.number().check(z.nonnegative())),
  /** Share of requests answered before they expired, 0 to 1. */
  responseRate: z.nullable(/* @__PURE__ */ z.number().check(z.minimum(0), z.maximum(1))),
  /** How many requests the figures are based on. */
  sampleSize: Count,
});
export type Responsiveness = z.infer<typeof Responsiveness>;

/** A mentor's public card. Never contains contact details. */
export const MentorProfile = z.object({
  id: Id,
  displayName: /* @__PURE__ */ Text(200, { min: 1 }),
  headline: /* @__PURE__ */ Text(300),
  /** Occupation ids from the catalogue (`registered-nurse`). */
  occupations: /* @__PURE__ */ z.array(Id).check(z.minLength(1)),
  /** Jurisdiction id where the mentor works (`ca-on`). */
  jurisdiction: Id,
  city: z.string(),
  /** Jurisdiction ids in which the mentor holds a licence or registration. */
  licensedIn: z.array(Id),
  /** The path they went through themselves; null when they did not share it. */
  credentialPath: z.nullable(CredentialPath),
  languages: /* @__PURE__ */ z.array(LocaleTag).check(z.minLength(1)),
  formats: /* @__PURE__ */ z.array(MentorFormat).check(z.minLength(1)),
  /** How many mentees at once. */
  capacity: Count,
  /** How many mentees now. */
  currentLoad: Count,
  /** Active and below capacity: a request can be sent. */
  available: z.boolean(),
  spotsLeft: Count,
  status: MentorStatus,
  offers: z.array(MentorOffer),
  lastActiveAt: z.nullable(IsoDateTime),
  responsiveness: Responsiveness,
});
export type MentorProfile = z.infer<typeof MentorProfile>;

/** How to reach a mentor. Returned only to a mentee whose introduction was accepted. */
export const MentorContact = z.object({
  mentorId: Id,
  email: z.email(),
  phone: z.nullable(/* @__PURE__ */ Text(40)),
  /** http(s) only, as every link of the contract (`HttpUrl`). */
  bookingUrl: z.nullable(HttpUrl),
  /** A line from the mentor, e.g. "Email me first; I answer on weekends." */
  note: z.nullable(/* @__PURE__ */ Text(500)),
});
export type MentorContact = z.infer<typeof MentorContact>;

/** Criteria a mentee can turn into hard filters by listing them in `require`. */
export const MentorCriterion = z.enum(['occupation', 'jurisdiction', 'licensed', 'language', 'origin', 'format', 'credential-path']);
export type MentorCriterion = z.infer<typeof MentorCriterion>;

/**
 * What the mentee is looking for. Every criterion present adds a factor to the score;
 * the ones listed in `require` also exclude mentors that do not meet them. `offers` is
 * always a filter: a mentor who does not review plans cannot review one.
 */
export const MentorSearchQuery = z.object({
  /** Target occupation. */
  occupation: z.optional(Id),
  /** Target jurisdiction: points for mentors licensed (or at least working) there. */
  jurisdiction: z.optional(Id),
  /** Languages the mentee wants to speak with a mentor. A preference unless required. */
  languages: z.optional(/* @__PURE__ */ z.array(LocaleTag).check(z.maxLength(10))),
  /** The mentee's origin, only when they chose to match on it. A preference unless required. */
  originCountry: z.optional(CountryCode),
  format: z.optional(MentorFormat),
  /** Step codes on the mentee's own path (from the gap map); points for mentors who went through them. */
  credentialSteps: z.optional(/* @__PURE__ */ z.array(Id).check(z.maxLength(20))),
  /** What the mentee wants help with; mentors must offer all of them. */
  offers: z.optional(z.array(MentorOffer)),
  /** Criteria that are hard filters. `licensed` requires a licence in `jurisdiction`. */
  require: z.optional(z.array(MentorCriterion)),
  cursor: z.optional(Cursor),
  limit: z.optional(/* @__PURE__ */ z.int32().check(z.minimum(1), z.maximum(100))),
});
export type MentorSearchQuery = z.infer<typeof MentorSearchQuery>;

export const MatchFactorName = z.enum([
  'same-occupation',
  'licensed-in-target',
  'shared-credential-path',
  'shared-origin',
  'shared-language',
  'format',
  'availability',
  'responsiveness',
]);
export type MatchFactorName = z.infer<typeof MatchFactorName>;

/** Message codes of factor explanations; widgets map each to a localised sentence. */
export const MatchMessageCode = z.enum([
  'match.sameOccupation',
  'match.otherOccupation',
  'match.licensedInTarget',
  'match.worksInTarget',
  'match.notInTarget',
  'match.sharedSteps',
  'match.noSharedSteps',
  'match.sharedOrigin',
  'match.differentOrigin',
  'match.sharedLanguage',
  'match.noSharedLanguage',
  'match.offersFormat',
  'match.otherFormat',
  'match.spotsLeft',
  'match.responsive',
  'match.newMentor',
]);
export type MatchMessageCode = z.infer<typeof MatchMessageCode>;

export const MessageParam = z.union([z.string(), z.number(), z.array(z.string())]);
export type MessageParam = z.infer<typeof MessageParam>;

/** One factor of a score: its weight, the points the mentor earned and why. */
export const MatchFactor = z.object({
  factor: MatchFactorName,
  weight: Count,
  points: Count,
  message: z.object({
    code: MatchMessageCode,
    params: z.record(z.string(), MessageParam),
  }),
});
export type MatchFactor = z.infer<typeof MatchFactor>;

export const MentorMatch = z.object({
  mentor: MentorProfile,
  /** 0 to 100: the points earned over the weights of the factors that applied. */
  score: /* @__PURE__ */ z.int32().check(z.minimum(0), z.maximum(100)),
  factors: z.array(MatchFactor),
});
export type MentorMatch = z.infer<typeof MentorMatch>;

export const MentorMatchPage = Page(MentorMatch);
export type MentorMatchPage = z.infer<typeof MentorMatchPage>;

export const IntroductionStatus = z.enum(['pending', 'accepted', 'declined', 'question', 'expired', 'withdrawn']);
export type IntroductionStatus = z.infer<typeof IntroductionStatus>;

/** A fixed list, so that every decline reads kindly in every language. */
export const DeclineReason = z.enum([
  'at-capacity',
  'outside-expertise',
  'different-jurisdiction',
  'not-available-now',
  'better-match-elsewhere',
  'other',
]);
export type DeclineReason = z.infer<typeof DeclineReason>;

export const IntroductionRequest = z.object({
  id: Id,
  menteeId: Id,
  mentorId: Id,
  message: /* @__PURE__ */ Text(2000, { min: 1 }),
  /** What the mentee hopes for. */
  hopes: /* @__PURE__ */ z.array(MentorOffer).check(z.minLength(1)),
  status: IntroductionStatus,
  declineReason: z.nullable(DeclineReason),
  /** The mentor's question, when they asked one before deciding. */
  question: z.nullable(z.string()),
  answer: z.nullable(z.string()),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  /** When an open request expires and frees the mentee. */
  respondBy: IsoDateTime,
  /** When the mentor was reminded, if they were. */
  remindedAt: z.nullable(IsoDateTime),
  respondedAt: z.nullable(IsoDateTime),
  version: PositiveInt,
  /** With coordinator approval on: `waiting` in the queue (no mentor sees it yet), then `approved` or `declined`. */
  approval: z.optional(z.enum(['not-required', 'waiting', 'approved', 'declined'])),
  /** The mentor the mentee asked, when a coordinator proposed another (`mentorId`). */
  requestedMentorId: z.optional(z.nullable(Id)),
  /** What the coordinator wrote when proposing another mentor or declining. */
  coordinatorNote: z.optional(z.nullable(z.string())),
});
export type IntroductionRequest = z.infer<typeof IntroductionRequest>;

/** `POST /v1/introductions` by a mentee. */
export const IntroductionCreate = z.object({
  mentorId: Id,
  message: /* @__PURE__ */ Text(2000, { trim: true, min: 1 }),
  hopes: /* @__PURE__ */ z.array(MentorOffer).check(z.minLength(1), z.maxLength(4)),
});
export type IntroductionCreate = z.infer<typeof IntroductionCreate>;

/** The mentor's answer: accept, decline with a reason, or ask a question first. */
export const IntroductionReply = z.discriminatedUnion('action', [
  z.object({ action: z.literal('accept'), version: Int }),
  z.object({ action: z.literal('decline'), version: Int, reason: DeclineReason }),
  z.object({ action: z.literal('ask'), version: Int, question: /* @__PURE__ */ Text(1000, { trim: true, min: 1 }) }),
]);
export type IntroductionReply = z.infer<typeof IntroductionReply>;

/** The mentee's follow-up: answer the mentor's question, or withdraw. */
export const IntroductionFollowUp = z.discriminatedUnion('action', [
  z.object({ action: z.literal('answer'), version: Int, answer: /* @__PURE__ */ Text(2000, { trim: true, min: 1 }) }),
  z.object({ action: z.literal('withdraw'), version: Int }),
]);
export type IntroductionFollowUp = z.infer<typeof IntroductionFollowUp>;

/** A mentee's view of one of their requests: contact details appear only once accepted. */
export const MenteeIntroduction = z.object({
  request: IntroductionRequest,
  mentor: MentorProfile,
  contact: z.nullable(MentorContact),
});
export type MenteeIntroduction = z.infer<typeof MenteeIntroduction>;

export const Favourite = z.object({
  mentorId: Id,
  createdAt: IsoDateTime,
});
export type Favourite = z.infer<typeof Favourite>;

/** `GET /v1/favourites` */
export const FavouriteList = z.object({ items: z.array(Favourite) });
export type FavouriteList = z.infer<typeof FavouriteList>;

/** A partial read of `GET /v1/favourites` for a reader that uses only which mentors are saved (the mentor finder's first download). */
export const FavouriteMentorIds = z.object({ items: z.array(z.object({ mentorId: Favourite.shape.mentorId })) });
export type FavouriteMentorIds = z.infer<typeof FavouriteMentorIds>;

/** `GET /v1/introductions`: the calling mentee's requests. */
export const MenteeIntroductionList = ListPage(MenteeIntroduction);
export type MenteeIntroductionList = z.infer<typeof MenteeIntroductionList>;

/** `GET /v1/mentor-introductions`: open requests to the calling mentor. */
export const IntroductionList = ListPage(IntroductionRequest);
export type IntroductionList = z.infer<typeof IntroductionList>;

/** `POST /v1/me/mentor/pause` */
export const PauseRequest = z.object({ paused: z.boolean() });
export type PauseRequest = z.infer<typeof PauseRequest>;

/** `POST /v1/introductions/sweep`: how many requests expired and how many mentors were reminded. */
export const SweepResult = z.object({ expired: Int, reminded: Int });
export type SweepResult = z.infer<typeof SweepResult>;
