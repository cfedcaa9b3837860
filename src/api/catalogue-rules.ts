/**
 * The parts of catalogue rules that say when and how sure: time windows exact to the day
 * and the day they are measured at, how an entry was verified, and usual extra costs.
 * Re-exported by `catalogue.ts`.
 */
import * as z from 'zod/mini';
import { Id, IsoDate, Link, LocaleTag, LocalizedText, MoneyRange } from './common.js';

/** An ISO 3166-1 alpha-2 country code, upper case (`CA`, `GB`, `AU`, `DE`). */
export const CountryCode = /* @__PURE__ */ z.string().check(z.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code such as CA'));
export type CountryCode = z.infer<typeof CountryCode>;

/**
 * A span of calendar time (`{ "years": 2 }`, `{ "months": 6 }`). Dates are compared to the
 * day: a result dated D with a window of 2 years counts up to and including D + 2 years
 * (29 February + 1 year is 28 February).
 */
export const TimeWindow = z.object({
  years: z.optional(/* @__PURE__ */ z.int().check(z.nonnegative())),
  months: z.optional(/* @__PURE__ */ z.int().check(z.nonnegative())),
  days: z.optional(/* @__PURE__ */ z.int().check(z.nonnegative())),
});
export type TimeWindow = z.infer<typeof TimeWindow>;

/**
 * The day a window is measured at, as the regulator names it: the analysis date, or the
 * projected start or finish of a requirement of the same set (`{ "at": "finish", "of":
 * "ca-on-rn-registration" }`: the day of registration, projected from the plan).
 */
export const DateAnchor = z.union([
  z.object({ at: z.literal('analysis') }),
  z.object({ at: z.enum(['start', 'finish']), of: Id }),
]);
export type DateAnchor = z.infer<typeof DateAnchor>;

/** How long something counts: within `within` before the day of `measuredAt` (the analysis date when absent). */
export const Validity = z.object({
  within: TimeWindow,
  measuredAt: z.optional(DateAnchor),
});
export type Validity = z.infer<typeof Validity>;

/**
 * How an entry was last compared with its source. `verified`: what the entry states was
 * read on the source page that day. `unverified`: it could not be (no copy of the
 * regulator's page, an old copy, a figure the page does not give); the product then says
 * "not verified, check with the regulator" and `note` says what is missing.
 */
export const VerificationStatus = z.enum(['verified', 'unverified']);
export type VerificationStatus = z.infer<typeof VerificationStatus>;

/**
 * How one fact of an entry was checked, where it differs from the entry as a whole: the fee
 * read on a fee page while the time could not be, or minimums read on a second page.
 * `checkedOn` and `source` default to the entry's own.
 */
export const FactCheck = z.object({
  status: VerificationStatus,
  checkedOn: z.optional(IsoDate),
  source: z.optional(Link),
  note: z.optional(LocalizedText),
});
export type FactCheck = z.infer<typeof FactCheck>;

/**
 * The facts an entry states that can be checked one by one: a pathway's fee and duration, a
 * requirement's threshold (its minimums) and countries (the countries its evidence routes count,
 * where the list is not the regulator's own: "in a country where English is the first language").
 */
export const VerifiedFacts = z.object({
  fee: z.optional(FactCheck),
  duration: z.optional(FactCheck),
  threshold: z.optional(FactCheck),
  countries: z.optional(FactCheck),
});
export type VerifiedFacts = z.infer<typeof VerifiedFacts>;
export type FactName = keyof VerifiedFacts;

export const Verification = z.object({
  /** `verified` only when every fact the entry states was confirmed (each of `facts` included). */
  status: VerificationStatus,
  /** On a pathway: the day it was checked (a requirement has `lastVerified`). */
  checkedOn: z.optional(IsoDate),
  /** On a pathway: the page its fee or duration was read on, where that is not `link`. */
  source: z.optional(Link),
  note: z.optional(LocalizedText),
  /** Each fact's own status and source, where one fact was confirmed and another was not. */
  facts: z.optional(VerifiedFacts),
});
export type Verification = z.infer<typeof Verification>;

/**
 * A usual cost beside a pathway's own fee, shown as its own line: certified translation
 * of documents not in the listed languages, or travel to an exam held only in one
 * country. `cost` is absent where no authority publishes an amount.
 */
export const ExtraCost = z.object({
  kind: z.enum(['certified-translation', 'travel', 'other']),
  label: LocalizedText,
  cost: z.optional(MoneyRange),
  /** Applies when some education was taught in none of these languages (unknown: it may apply). */
  documentsNotIn: z.optional(z.array(LocaleTag)),
  /** Applies when the person lives outside this country (unknown: it may apply). */
  heldOnlyIn: z.optional(CountryCode),
});
export type ExtraCost = z.infer<typeof ExtraCost>;


/**
 * A decision an assessing body records about a person, and the outcomes it can give (the
 * NMBA's Self-check places a nurse in Stream A, B or C). Listed on a regulation, so the gap
 * mapper's form offers the outcomes for that body, and read by `notAskedWhen`.
 */
export const AssessmentOutcomes = z.object({
  /** The body, as an assessment names it (`AssessmentEntry.body`: `nmba`). */
  body: Id,
  /** The decision, as people know it (`Self-check`). */
  decision: LocalizedText,
  outcomes: /* @__PURE__ */ z.array(z.object({ id: Id, label: LocalizedText })).check(z.minLength(1)),
});
export type AssessmentOutcomes = z.infer<typeof AssessmentOutcomes>;

/**
 * On a requirement: a completed assessment by `body` whose recorded outcome is one of
 * `outcomes` means the requirement is not asked of that person (Stream A nurses sit no MCQ).
 */
export const NotAskedWhen = z.object({
  body: Id,
  outcomes: /* @__PURE__ */ z.array(Id).check(z.minLength(1)),
});
export type NotAskedWhen = z.infer<typeof NotAskedWhen>;
