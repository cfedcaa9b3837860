/**
 * `analyseGap`: a profile against one requirement set -> per-requirement results, the
 * pathways that close the gaps, the critical path through them and a readiness summary.
 * Pure: the caller supplies the catalogue slice and the date.
 */
import type { DurationRange } from '../../api/common.js';
import type { AssessmentOutcomes, DateAnchor, ExtraCost, Pathway, Requirement, RequirementSet } from '../../api/catalogue.js';
import type { CriticalPath, CriticalPathStep, GapAnalysis, GapTarget, Profile, ReadinessSummary, RequirementResult } from '../../api/gap.js';
import { anchorDates, type EvaluationContext, type Projection } from './context.js';
import { schedule, sumCosts, type PathTask } from './critical-path.js';
import { spanOf, totalsByDecision, undecidedBodies } from './decision-totals.js';
import { evaluateRequirement } from './evaluate.js';
import { resultProvenance } from './provenance.js';
import { pathwayToTake, recommendPathways } from './recommend.js';

/** Time allowed for gathering and sending evidence when no pathway covers a step. */
export const EVIDENCE_DURATION: DurationRange = { minDays: 7, maxDays: 30 };

type StepExtra = NonNullable<CriticalPathStep['extraCosts']>[number];

/** Whether a usual extra cost applies to this person: yes, maybe (the profile does not say), or null (it does not). */
function extraCostApplies(extra: ExtraCost, profile: Profile | undefined): StepExtra['applies'] | null {
  let applies: StepExtra['applies'] = 'yes';
  if (extra.documentsNotIn) {
    const languages = (profile?.education ?? []).map((e) => e.languageOfInstruction);
    if (languages.some((l) => l !== undefined && !extra.documentsNotIn!.includes(l))) applies = 'yes';
    else if (languages.length > 0 && languages.every((l) => l !== undefined)) return null;
    else applies = 'maybe';
  }
  if (extra.heldOnlyIn) {
    const home = profile?.residenceCountry;
    if (home === extra.heldOnlyIn) return null;
    if (home === undefined) applies = 'maybe';
  }
  return applies;
}

/**
 * The critical path over the requirements still open: each step is the first
 * recommended pathway (or gathering evidence), ordered by the requirement's
 * `requiresPrior` and the pathway's `prerequisites`. Advisory requirements are left out.
 * A pathway's usual extra costs (translation, travel) that apply to the person are their
 * own lines on its step, outside `cost`.
 */
export function buildCriticalPath(
  results: readonly RequirementResult[],
  requirements: readonly Requirement[],
  pathways: readonly Pathway[],
  profile?: Profile,
  outcomes?: readonly AssessmentOutcomes[],
): CriticalPath {
  const requirementById = new Map(requirements.map((r) => [r.id, r]));
  const pathwayById = new Map(pathways.map((p) => [p.id, p]));
  const open = results.filter((r) => r.status !== 'met' && !r.advisory);
  const chosen = new Map(open.map((r) => [r.requirementId, pathwayToTake(r, pathwayById)]));

  // One step per chosen pathway: a bridging programme that closes two requirements is
  // taken (and paid for) once. A requirement without a pathway is a step of its own.
  const stepOf = new Map<string, string>();
  const members = new Map<string, string[]>();
  const pathwayOfStep = new Map<string, string | null>();
  const stepByPathway = new Map<string, string>();
  for (const result of open) {
    const pathwayId = chosen.get(result.requirementId) ?? null;
    const existing = pathwayId ? stepByPathway.get(pathwayId) : undefined;
    const stepId = existing ?? result.requirementId;
    if (!existing) {
      members.set(stepId, []);
      pathwayOfStep.set(stepId, pathwayId);
      if (pathwayId) stepByPathway.set(pathwayId, stepId);
    }
    members.get(stepId)!.push(result.requirementId);
    stepOf.set(result.requirementId, stepId);
  }

  const tasks: PathTask[] = [...members].map(([stepId, requirementIds]) => {
    const pathwayId = pathwayOfStep.get(stepId) ?? null;
    const pathway = pathwayId ? pathwayById.get(pathwayId) : undefined;
    const after = new Set<string>();
    const waitFor = (requirementId: string) => {
      const step = stepOf.get(requirementId);
      if (step) after.add(step);
    };
    for (const requirementId of requirementIds) for (const prior of requirementById.get(requirementId)!.criteria.requiresPrior ?? []) waitFor(prior);
    for (const pre of pathway?.prerequisites ?? []) {
      waitFor(pre);
      for (const closed of pathwayById.get(pre)?.closes ?? []) waitFor(closed);
    }
    after.delete(stepId);
    return {
      id: stepId,
      duration: pathway?.duration ?? EVIDENCE_DURATION,
      cost: pathway?.cost ?? [],
      after: [...after],
    };
  });

  const plan = schedule(tasks);
  const steps = plan.tasks.map((t): CriticalPathStep => {
    const pathwayId = pathwayOfStep.get(t.id) ?? null;
    const step: CriticalPathStep = {
      requirementId: t.id,
      closes: members.get(t.id)!,
      pathwayId,
      stage: t.stage,
      after: [...t.after],
      duration: t.duration,
      earliestStart: t.earliestStart,
      earliestFinish: t.earliestFinish,
      cost: [...t.cost],
      critical: t.critical,
    };
    const extras = (pathwayId ? pathwayById.get(pathwayId)?.extraCosts ?? [] : []).flatMap((extra) => {
      const applies = extraCostApplies(extra, profile);
      return applies ? [{ ...extra, applies }] : [];
    });
    if (extras.length) step.extraCosts = extras;
    return step;
  });
  const path: CriticalPath = { steps, stages: plan.stages, totalDuration: plan.totalDuration, totalCost: plan.totalCost };
  const byDecision = totalsByDecision({ tasks, members, requirementById }, undecidedBodies(open), outcomes);
  if (byDecision.length) Object.assign(path, spanOf(byDecision), { byDecision });
  const sure = steps.flatMap((s) => s.extraCosts ?? []).filter((e) => e.applies === 'yes' && e.cost);
  if (sure.length) path.totalExtraCost = sumCosts(sure.map((e) => e.cost!));
  return path;
}

export function summariseReadiness(results: readonly RequirementResult[], path: CriticalPath): ReadinessSummary {
  const counts = { met: 0, 'partly-met': 0, gap: 0, 'needs-evidence': 0 };
  for (const r of results) counts[r.status]++;
  const mandatory = results.filter((r) => !r.advisory);
  const metMandatory = mandatory.filter((r) => r.status === 'met').length;
  return {
    counts,
    ready: metMandatory === mandatory.length,
    percentMet: mandatory.length === 0 ? 100 : Math.round((metMandatory / mandatory.length) * 100),
    estimate: { duration: path.totalDuration, cost: path.totalCost },
  };
}

export class CatalogueMismatchError extends Error {
  override readonly name = 'CatalogueMismatchError';
}

/** The anchors of a requirement's date rules other than the analysis date. */
function projectedAnchors(requirement: Requirement): Array<Extract<DateAnchor, { of: string }>> {
  const c = requirement.criteria;
  const anchors = [c.language?.validity?.measuredAt, c.exam?.validity?.measuredAt, c.experience?.countsIfEndedWithin?.measuredAt, ...(c.language?.otherEvidence ?? []).map((r) => r.recency?.measuredAt)];
  return anchors.filter((a): a is Extract<DateAnchor, { of: string }> => a !== undefined && a.at !== 'analysis');
}

/** Days from the analysis date when each open requirement's step starts and finishes. */
function projectionOf(path: CriticalPath): Projection {
  const projection = new Map<string, { start: DurationRange; finish: DurationRange }>();
  for (const step of path.steps) for (const id of step.closes) projection.set(id, { start: step.earliestStart, finish: step.earliestFinish });
  return projection;
}

function evaluateOne(requirement: Requirement, profile: Profile, slice: RequirementSet, ctx: EvaluationContext): RequirementResult {
  const { status, reasons, evidenceBy } = evaluateRequirement(requirement, profile, ctx);
  const recommendedPathways = recommendPathways(requirement, status, slice.pathways, evidenceBy).map((p) => p.id);
  const result: RequirementResult = {
    requirementId: requirement.id,
    kind: requirement.kind,
    title: requirement.title,
    status,
    reasons,
    recommendedPathways,
    provenance: resultProvenance(requirement, slice.pathways, slice.catalogueVersion, slice.layer, recommendedPathways),
  };
  if (requirement.advisory) result.advisory = true;
  return result;
}

/**
 * Analyses a profile against a target. `slice` must be the requirement set of that
 * occupation in that jurisdiction; `asOf` (`YYYY-MM-DD`) is the day recency and test
 * validity are judged on, unless a rule names a later day (the registration, say): that
 * day is projected from the plan of a first pass, and the rules that name it are judged
 * again at its best and worst case.
 */
export function analyseGap(profile: Profile, target: GapTarget, slice: RequirementSet, asOf: string): GapAnalysis {
  if (slice.occupation.id !== target.occupationId || slice.jurisdiction.id !== target.jurisdictionId) {
    throw new CatalogueMismatchError(
      `The requirement set is for ${slice.occupation.id} in ${slice.jurisdiction.id}, not ${target.occupationId} in ${target.jurisdictionId}.`,
    );
  }
  const outcomes = slice.regulation.assessmentOutcomes;
  const results = slice.requirements.map((r) => evaluateOne(r, profile, slice, { asOf, outcomes }));
  let criticalPath = buildCriticalPath(results, slice.requirements, slice.pathways, profile, outcomes);
  const anchors = slice.requirements.flatMap(projectedAnchors);
  const projectedDates: NonNullable<GapAnalysis['projectedDates']> = [];
  if (anchors.length > 0) {
    // Only the rules that name a projected day are judged again; the path is rebuilt if any answer moved.
    const ctx: EvaluationContext = { asOf, projection: projectionOf(criticalPath), outcomes };
    let moved = false;
    slice.requirements.forEach((requirement, i) => {
      if (projectedAnchors(requirement).length === 0) return;
      const again = evaluateOne(requirement, profile, slice, ctx);
      moved ||= again.status !== results[i].status || again.recommendedPathways.join() !== results[i].recommendedPathways.join();
      results[i] = again;
    });
    if (moved) criticalPath = buildCriticalPath(results, slice.requirements, slice.pathways, profile, outcomes);
    const seen = new Set<string>();
    for (const anchor of anchors) {
      const dates = anchorDates(anchor, ctx);
      const key = `${anchor.at}:${anchor.of}`;
      if (!dates.projected || seen.has(key)) continue;
      seen.add(key);
      projectedDates.push({ requirementId: anchor.of, at: anchor.at, earliest: dates.earliest, latest: dates.latest });
    }
  }
  const named = new Set(results.flatMap((r) => r.recommendedPathways));
  const analysis: GapAnalysis = {
    asOf,
    target: {
      occupation: { id: slice.occupation.id, name: slice.occupation.name },
      jurisdiction: slice.jurisdiction,
    },
    regulation: slice.regulation,
    results,
    pathways: slice.pathways.filter((p) => named.has(p.id)),
    criticalPath,
    readiness: summariseReadiness(results, criticalPath),
    illustrative: slice.provenance.illustrative,
  };
  if (slice.catalogueVersion) analysis.catalogueVersion = slice.catalogueVersion;
  if (projectedDates.length) analysis.projectedDates = projectedDates;
  return analysis;
}
