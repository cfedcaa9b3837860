/**
 * Gap analysis: a mentee's profile against the requirements of one occupation in one
 * jurisdiction. The answer says, for each requirement, whether it is met, partly met,
 * a gap, or waiting for evidence, why (as a message code with parameters so widgets
 * localise it, and an English text to fall back on), the pathways that close it, the
 * critical path through those pathways, and a readiness summary.
 */
import * as z from 'zod/mini';
import { Count, DurationRange, Id, Int, IsoDate, IsoDateTime, Link, LocaleTag, LocalizedText, MoneyRange, Page, PageQuery, Text } from './common.js';
import {
  CefrLevel,
  CountryCode,
  EducationLevel,
  ExtraCost,
  FieldFamily,
  Jurisdiction,
  LanguageTest,
  Pathway,
  RegulationInfo,
  RequirementKind,
  SkillScores,
} from './catalogue.js';

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
  /** Its length in years of full-time study (`4`, `3.5`), where a regulator asks for one (`minLength`). */
  fullTimeYears: z.optional(/* @__PURE__ */ z.number().check(z.positive(), z.maximum(15))),
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
  /** The employer can confirm, in a reference, the person's proficiency in `language` in this work (the NMC's SIFE). */
  languageReference: z.optional(z.boolean()),
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
  /** The outcome the body decided, once completed (`stream-a`), from the outcomes its regulation lists (`assessmentOutcomes`). */
  outcome: z.optional(Id),
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

export const RequirementStatus = z.enum(['met', 'partly-met', 'gap', 'needs-evidence']);
export type RequirementStatus = z.infer<typeof RequirementStatus>;

/**
 * Why a requirement has its status. Widgets translate `code` with `params`; `text`
 * is the English (and where available other) wording for servers and exports.
 */
export const Reason = z.object({
  code: /* @__PURE__ */ Text(100),
  params: z.record(/* @__PURE__ */ Text(100), z.union([/* @__PURE__ */ Text(2000), z.number()])),
  text: LocalizedText,
});
export type Reason = z.infer<typeof Reason>;

/** Where a result's rule comes from, and how sure the catalogue is of it. */
export const ResultProvenance = z.object({
  /** The regulator's (or test owner's) page the rule was read on. */
  source: Link,
  /** The day the requirement was last compared with `source`. */
  lastVerified: IsoDate,
  /** False: the entry could not be confirmed on its source; show "not verified, check with the regulator". */
  verified: z.boolean(),
  /** What was or could not be confirmed. */
  note: z.optional(LocalizedText),
  /** The catalogue release the rule comes from. */
  catalogueVersion: z.optional(/* @__PURE__ */ Text(200)),
  /** A hash of the rule (criteria and the pathways that close it); it changes when the rule does. */
  fingerprint: /* @__PURE__ */ Text(64),
  /**
   * Facts checked one by one, where the catalogue records them apart: the requirement's
   * threshold and the countries its evidence routes count, and the fee and time of the first
   * recommended pathway. Show "fee checked on …; time an estimate" rather than one status for all.
   */
  facts: z.optional(
    z.array(
      z.object({
        fact: z.enum(['fee', 'duration', 'threshold', 'countries']),
        verified: z.boolean(),
        checkedOn: z.optional(IsoDate),
        source: z.optional(Link),
      }),
    ),
  ),
  /** Set when the requirement or a pathway recommended for it comes from an organisation's own layer: show "added by {name}". */
  addedBy: z.optional(z.object({ organisationId: Id, name: /* @__PURE__ */ Text(200), entries: z.array(Id) })),
});
export type ResultProvenance = z.infer<typeof ResultProvenance>;

export const RequirementResult = z.object({
  requirementId: Id,
  kind: RequirementKind,
  title: LocalizedText,
  status: RequirementStatus,
  advisory: z.optional(z.boolean()),
  reasons: /* @__PURE__ */ z.array(Reason).check(z.minLength(1)),
  /** Pathway ids, best first; empty when met. For "needs evidence", only pathways that produce the evidence. */
  recommendedPathways: z.array(Id),
  /** Always sent by the reference server; absent in analyses saved before December 2026. */
  provenance: z.optional(ResultProvenance),
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
  stage: Count,
  /** Steps (by requirement id) that must finish first. */
  after: z.array(Id),
  duration: DurationRange,
  /** Days from the start of the plan, as a range from best to worst case. */
  earliestStart: DurationRange,
  earliestFinish: DurationRange,
  cost: z.array(MoneyRange),
  /** On the longest (worst case) chain: a delay here delays readiness. */
  critical: z.boolean(),
  /** Usual costs beside the step's fee (translation, travel), each its own line; not in `cost`. */
  extraCosts: z.optional(z.array(z.extend(ExtraCost, { applies: z.enum(['yes', 'maybe']) }))),
});
export type CriticalPathStep = z.infer<typeof CriticalPathStep>;

export const CriticalPath = z.object({
  /** In topological order. */
  steps: z.array(CriticalPathStep),
  /** Requirement ids per stage; the steps of one stage run in parallel. */
  stages: z.array(z.array(Id)),
  totalDuration: DurationRange,
  /** One range per currency, never summed across currencies. */
  totalCost: z.array(MoneyRange),
  /** The extra costs that surely apply and have an amount, one range per currency; not in `totalCost`. */
  totalExtraCost: z.optional(z.array(MoneyRange)),
  /**
   * When a body's decision not yet recorded takes steps away (the NMBA's Self-check streams): the
   * totals of the plan for each of its outcomes. `totalDuration` and `totalCost` then span them,
   * rather than adding up steps no one person takes all of.
   */
  byDecision: z.optional(z.array(z.object({ body: Id, outcome: Id, totalDuration: DurationRange, totalCost: z.array(MoneyRange) }))),
});
export type CriticalPath = z.infer<typeof CriticalPath>;

export const ReadinessSummary = z.object({
  counts: z.object({
    met: Count,
    'partly-met': Count,
    gap: Count,
    'needs-evidence': Count,
  }),
  /** Every mandatory requirement met. */
  ready: z.boolean(),
  /** Mandatory requirements met, as a whole percentage. */
  percentMet: /* @__PURE__ */ Int.check(z.minimum(0), z.maximum(100)),
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
  /** The catalogue release the analysis was made under. */
  catalogueVersion: z.optional(/* @__PURE__ */ Text(200)),
  /** Projected dates a validity rule was measured at (application, registration), best to worst case. */
  projectedDates: z.optional(z.array(z.object({ requirementId: Id, at: z.enum(['start', 'finish']), earliest: IsoDate, latest: IsoDate }))),
  /** For a saved analysis read again: whether the rules behind it changed since (see `rulesChangedSince` in core). */
  rulesChanged: z.optional(z.lazy(() => RulesChange)),
});
export type GapAnalysis = z.infer<typeof GapAnalysis>;

/**
 * A partial read of saved analyses (`listGapAnalyses`) for a reader that uses only each one's
 * target (the narrative builder's pre-fill): analyses saved under an older contract still read.
 */
export const SavedAnalysisTargets = z.object({ items: z.array(z.object({ target: GapAnalysis.shape.target })) });
export type SavedAnalysisTargets = z.infer<typeof SavedAnalysisTargets>;

/** What changed in the catalogue since an analysis was made; `changed` is false when nothing did. */
export const RulesChange = z.object({
  changed: z.boolean(),
  /** The release the analysis was made under and the current one. */
  from: z.optional(/* @__PURE__ */ Text(200)),
  to: z.optional(/* @__PURE__ */ Text(200)),
  /** Requirements whose rule (criteria or closing pathways) differs now. */
  changedRequirements: z.array(Id),
  addedRequirements: z.array(Id),
  removedRequirements: z.array(Id),
});
export type RulesChange = z.infer<typeof RulesChange>;

/** `POST /v1/gap-analyses` answers with the analysis; `GET /v1/gap-analyses/{id}` the same. */
export const GapAnalysisResponse = GapAnalysis;
export type GapAnalysisResponse = z.infer<typeof GapAnalysisResponse>;

/** `GET /v1/gap-analyses?limit=&cursor=`: the caller's own saved analyses, newest first. */
export const GapAnalysisListQuery = PageQuery;
export type GapAnalysisListQuery = z.infer<typeof GapAnalysisListQuery>;

export const GapAnalysisListResponse = Page(GapAnalysis);
export type GapAnalysisListResponse = z.infer<typeof GapAnalysisListResponse>;
