/**
 * Gap analysis: a mentee's profile against the requirements of one occupation in one
 * jurisdiction. The answer says, for each requirement, whether it is met, partly met,
 * a gap, or waiting for evidence, why (as a message code with parameters so widgets
 * localise it, and an English text to fall back on), the pathways that close it, the
 * critical path through those pathways, and a readiness summary.
 */
import * as z from 'zod/mini';
import { DurationRange, Id, IsoDate, IsoDateTime, LocalizedText, MoneyRange, Page, PageQuery } from './common.js';
import {
  CefrLevel,
  CountryCode,
  EducationLevel,
  FieldFamily,
  Jurisdiction,
  LanguageTest,
  Pathway,
  RegulationInfo,
  RequirementKind,
  SkillScores,
} from './catalogue.js';

// ---- Profile ---------------------------------------------------------------------

export const EducationEntry = z.object({
  level: EducationLevel,
  fieldFamily: FieldFamily,
  /** The qualification as the person names it (`BSc Nursing`). */
  title: z.optional(/* @__PURE__ */ z.string().check(z.maxLength(200))),
  institution: z.optional(/* @__PURE__ */ z.string().check(z.maxLength(200))),
  country: CountryCode,
  year: /* @__PURE__ */ z.int().check(z.minimum(1940), z.maximum(2100)),
});
export type EducationEntry = z.infer<typeof EducationEntry>;

export const LicenceEntry = z.object({
  title: /* @__PURE__ */ z.string().check(z.maxLength(200)),
  fieldFamily: FieldFamily,
  issuer: /* @__PURE__ */ z.string().check(z.maxLength(200)),
  country: CountryCode,
  status: z.enum(['active', 'lapsed', 'suspended']),
  year: z.optional(z.int()),
});
export type LicenceEntry = z.infer<typeof LicenceEntry>;

export const ExperienceEntry = z.object({
  role: z.optional(/* @__PURE__ */ z.string().check(z.maxLength(200))),
  fieldFamily: FieldFamily,
  country: CountryCode,
  years: /* @__PURE__ */ z.number().check(z.nonnegative(), z.maximum(60)),
  /** The last year of this experience; absent while it is ongoing. */
  endYear: z.optional(z.int()),
  /** Competency ids from the occupation catalogue. */
  competencies: z.array(z.string()),
});
export type ExperienceEntry = z.infer<typeof ExperienceEntry>;

export const LanguageTestResult = z.object({
  test: LanguageTest,
  scores: SkillScores,
  /** For certificate tests (Goethe, telc, DELF/DALF): the level of the certificate. */
  certificateLevel: z.optional(CefrLevel),
  takenOn: IsoDate,
});
export type LanguageTestResult = z.infer<typeof LanguageTestResult>;

export const AssessmentEntry = z.object({
  /** The assessing body (`nnas`, `wes`, `icas`, `peo` ...). */
  body: Id,
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
  displayName: z.optional(/* @__PURE__ */ z.string().check(z.maxLength(200))),
  education: /* @__PURE__ */ z.array(EducationEntry).check(z.maxLength(20)),
  licences: /* @__PURE__ */ z.array(LicenceEntry).check(z.maxLength(20)),
  experience: /* @__PURE__ */ z.array(ExperienceEntry).check(z.maxLength(40)),
  languageTests: /* @__PURE__ */ z.array(LanguageTestResult).check(z.maxLength(20)),
  assessments: z.optional(/* @__PURE__ */ z.array(AssessmentEntry).check(z.maxLength(20))),
  exams: z.optional(/* @__PURE__ */ z.array(ExamEntry).check(z.maxLength(40))),
  /** Requirements the person says are done and can prove (a police check); marked needs-evidence until verified. */
  declared: z.optional(/* @__PURE__ */ z.array(Id).check(z.maxLength(100))),
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

export const RequirementStatus = z.enum(['met', 'partly-met', 'gap', 'needs-evidence']);
export type RequirementStatus = z.infer<typeof RequirementStatus>;

/**
 * Why a requirement has its status. Widgets translate `code` with `params`; `text`
 * is the English (and where available other) wording for servers and exports.
 */
export const Reason = z.object({
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  text: LocalizedText,
});
export type Reason = z.infer<typeof Reason>;

export const RequirementResult = z.object({
  requirementId: Id,
  kind: RequirementKind,
  title: LocalizedText,
  status: RequirementStatus,
  advisory: z.optional(z.boolean()),
  reasons: /* @__PURE__ */ z.array(Reason).check(z.minLength(1)),
  /** Pathway ids, best first; empty when met. */
  recommendedPathways: z.array(Id),
});
export type RequirementResult = z.infer<typeof RequirementResult>;

export const CriticalPathStep = z.object({
  /** The step's id: the (first) requirement it closes. `after` refers to these ids. */
  requirementId: Id,
  /** Every requirement the step closes (one pathway may close several). */
  closes: /* @__PURE__ */ z.array(Id).check(z.minLength(1)),
  /** The pathway chosen for it; null when the step is gathering evidence. */
  pathwayId: z.nullable(Id),
  /** 0-based: steps with the same stage can run at the same time. */
  stage: /* @__PURE__ */ z.int().check(z.nonnegative()),
  /** Steps (by requirement id) that must finish first. */
  after: z.array(Id),
  duration: DurationRange,
  /** Days from the start of the plan, as a range from best to worst case. */
  earliestStart: DurationRange,
  earliestFinish: DurationRange,
  cost: z.array(MoneyRange),
  /** On the longest (worst case) chain: a delay here delays readiness. */
  critical: z.boolean(),
});
export type CriticalPathStep = z.infer<typeof CriticalPathStep>;

export const CriticalPath = z.object({
  /** In topological order. */
  steps: z.array(CriticalPathStep),
  /** Requirement ids per stage; the steps of one stage run in parallel. */
  stages: z.array(z.array(Id)),
  totalDuration: DurationRange,
  /** One range per currency. */
  totalCost: z.array(MoneyRange),
});
export type CriticalPath = z.infer<typeof CriticalPath>;

export const ReadinessSummary = z.object({
  counts: z.object({
    met: z.int(),
    'partly-met': z.int(),
    gap: z.int(),
    'needs-evidence': z.int(),
  }),
  /** Every mandatory requirement met. */
  ready: z.boolean(),
  /** Mandatory requirements met, as a whole percentage. */
  percentMet: /* @__PURE__ */ z.int().check(z.minimum(0), z.maximum(100)),
  estimate: z.object({ duration: DurationRange, cost: z.array(MoneyRange) }),
});
export type ReadinessSummary = z.infer<typeof ReadinessSummary>;

export const GapAnalysis = z.object({
  /** Present once saved. */
  id: z.optional(Id),
  createdAt: z.optional(IsoDateTime),
  asOf: IsoDate,
  target: z.object({
    occupation: z.object({ id: Id, name: LocalizedText }),
    jurisdiction: Jurisdiction,
  }),
  regulation: RegulationInfo,
  results: z.array(RequirementResult),
  /** Every pathway named in the results, so a widget needs no second request. */
  pathways: z.array(Pathway),
  criticalPath: CriticalPath,
  readiness: ReadinessSummary,
  /** The catalogue data behind this analysis is illustrative; verify with the regulator. */
  illustrative: z.boolean(),
});
export type GapAnalysis = z.infer<typeof GapAnalysis>;

/** `POST /v1/gap-analyses` answers with the analysis; `GET /v1/gap-analyses/{id}` the same. */
export const GapAnalysisResponse = GapAnalysis;
export type GapAnalysisResponse = z.infer<typeof GapAnalysisResponse>;

/** `GET /v1/gap-analyses?limit=&cursor=`: the caller's own saved analyses, newest first. */
export const GapAnalysisListQuery = PageQuery;
export type GapAnalysisListQuery = z.infer<typeof GapAnalysisListQuery>;

export const GapAnalysisListResponse = Page(GapAnalysis);
export type GapAnalysisListResponse = z.infer<typeof GapAnalysisListResponse>;
