/**
 * The answer of a gap analysis (`GapAnalysis`): per requirement a status, its reasons and the
 * pathways that close it, the critical path and the readiness summary; and a saved analysis's
 * rules change. Apart from the profile and the request (gap.ts, which re-exports all of this), so
 * a widget that only edits a profile does not carry the answer's schemas in its first download.
 */
import * as z from 'zod/mini';
import { Count, DurationRange, Id, Int, IsoDate, IsoDateTime, Link, LocalizedText, MoneyRange, Page, PageQuery, Text } from './common.js';
import { ExtraCost, Jurisdiction, Pathway, RegulationInfo, RequirementKind } from './catalogue.js';

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
