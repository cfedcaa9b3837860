/**
 * Gap analysis: a mentee's profile against the requirements of one occupation in one
 * jurisdiction. The answer says, for each requirement, whether it is met, partly met,
 * a gap, or waiting for evidence, why (as a message code with parameters so widgets
 * localise it, and an English text to fall back on), the pathways that close it, the
 * critical path through those pathways, and a readiness summary. The profile and the request
 * are here; the answer's schemas are in gap-result.ts (re-exported below).
 */
import * as z from 'zod/mini';
import { Id, Int, IsoDate, LocaleTag, Text } from './common.js';
import { CefrLevel, CountryCode, EducationLevel, FieldFamily, LanguageTest, SkillScores } from './catalogue.js';

/** A calendar month, `YYYY-MM`. */
export const YearMonth = /* @__PURE__ */ z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month as YYYY-MM'));
export type YearMonth = z.infer<typeof YearMonth>;

// ---- Profile ---------------------------------------------------------------------

export const EducationEntry = z.object({
  /** Names this entry so an assessment can say it assessed this credential (`AssessmentEntry.educationId`). */
  id: z.optional(Id),
  level: EducationLevel,
  fieldFamily: FieldFamily,
  /** The qualification as the person names it (`BSc Nursing`). */
  title: z.optional(/* @__PURE__ */ Text(200)),
  institution: z.optional(/* @__PURE__ */ Text(200)),
  country: CountryCode,
  year: /* @__PURE__ */ Int.check(z.minimum(1940), z.maximum(2100)),
  /** The day it was completed, where known: recency rules are checked to the day. */
  completedOn: z.optional(IsoDate),
  /** The language it was taught in (`en`, `fr`): evidence of language proficiency where the regulator accepts it. */
  languageOfInstruction: z.optional(LocaleTag),
});
export type EducationEntry = z.infer<typeof EducationEntry>;

export const LicenceEntry = z.object({
  title: /* @__PURE__ */ Text(200),
  fieldFamily: FieldFamily,
  issuer: /* @__PURE__ */ Text(200),
  country: CountryCode,
  status: z.enum(['active', 'lapsed', 'suspended']),
  year: z.optional(/* @__PURE__ */ Int.check(z.minimum(1900), z.maximum(2100))),
});
export type LicenceEntry = z.infer<typeof LicenceEntry>;

export const ExperienceEntry = z.object({
  role: z.optional(/* @__PURE__ */ Text(200)),
  fieldFamily: FieldFamily,
  country: CountryCode,
  /** Its length; when `start` is given the months from `start` to `end` count instead. */
  years: /* @__PURE__ */ z.number().check(z.nonnegative(), z.maximum(60)),
  /** The last year of this experience; absent while it is ongoing. */
  endYear: z.optional(/* @__PURE__ */ Int.check(z.minimum(1900), z.maximum(2100))),
  /** The first month. With it, periods that overlap are counted once and recency is exact to the month. */
  start: z.optional(YearMonth),
  /** The last month; absent (with `start`) while it is ongoing. */
  end: z.optional(YearMonth),
  /** The language the work was done in (`en`, `fr`): evidence of language proficiency where the regulator accepts it. */
  language: z.optional(LocaleTag),
  /** Competency ids from the occupation catalogue. */
  competencies: /* @__PURE__ */ z.array(/* @__PURE__ */ Text(64)).check(z.maxLength(100)),
});
export type ExperienceEntry = z.infer<typeof ExperienceEntry>;

export const LanguageTestResult = z.object({
  test: LanguageTest,
  scores: SkillScores,
  /** For certificate tests (Goethe, telc, DELF/DALF): the level of the certificate. */
  certificateLevel: z.optional(CefrLevel),
  takenOn: IsoDate,
  /**
   * TOEFL iBT only: the scale of `scores`. `0-30` sections (0-120 total) before 21 January
   * 2026, `1-6` bands from that day; absent, the test date decides.
   */
  scale: z.optional(z.enum(['0-30', '1-6'])),
  /** TOEFL iBT on the 1-6 scale: the 0-120 comparable total ETS reports beside the bands until 2028. */
  comparableTotal: z.optional(/* @__PURE__ */ z.number().check(z.minimum(0), z.maximum(120))),
});
export type LanguageTestResult = z.infer<typeof LanguageTestResult>;

export const AssessmentEntry = z.object({
  /** The assessing body (`nnas`, `wes`, `icas`, `peo` ...). */
  body: Id,
  /** The education entry it assessed (its `id`): a statement pairs them by this link, never by position. */
  educationId: z.optional(Id),
  status: z.enum(['completed', 'in-progress']),
  /** The equivalent level the report states, once completed. */
  equivalentLevel: z.optional(EducationLevel),
  completedOn: z.optional(IsoDate),
});
export type AssessmentEntry = z.infer<typeof AssessmentEntry>;

export const ExamEntry = z.object({
  examId: Id,
  passedOn: IsoDate,
});
export type ExamEntry = z.infer<typeof ExamEntry>;

export const Profile = z.object({
  displayName: z.optional(/* @__PURE__ */ Text(200)),
  education: /* @__PURE__ */ z.array(EducationEntry).check(z.maxLength(20)),
  licences: /* @__PURE__ */ z.array(LicenceEntry).check(z.maxLength(20)),
  experience: /* @__PURE__ */ z.array(ExperienceEntry).check(z.maxLength(40)),
  languageTests: /* @__PURE__ */ z.array(LanguageTestResult).check(z.maxLength(20)),
  assessments: z.optional(/* @__PURE__ */ z.array(AssessmentEntry).check(z.maxLength(20))),
  exams: z.optional(/* @__PURE__ */ z.array(ExamEntry).check(z.maxLength(40))),
  /** Requirements the person says are done and can prove (a police check); marked needs-evidence until verified. */
  declared: z.optional(/* @__PURE__ */ z.array(Id).check(z.maxLength(100))),
  /** Where the person lives: travel to an exam held only elsewhere is a cost of its own. */
  residenceCountry: z.optional(CountryCode),
});
export type Profile = z.infer<typeof Profile>;

// ---- Request and result -------------------------------------------------------

export const GapTarget = z.object({
  occupationId: Id,
  jurisdictionId: Id,
});
export type GapTarget = z.infer<typeof GapTarget>;

/** `POST /v1/gap-analyses` */
export const GapAnalysisRequest = z.object({
  profile: Profile,
  occupationId: Id,
  jurisdictionId: Id,
  /** The day the analysis is for (recency, test validity); today when absent. */
  asOf: z.optional(IsoDate),
  /** Keep the analysis so it can be fetched again (needs a user token). */
  save: z.optional(z.boolean()),
});
export type GapAnalysisRequest = z.infer<typeof GapAnalysisRequest>;

export * from './gap-result.js';
