/**
 * `analyseGap`: a profile against one requirement set -> per-requirement results, the
 * pathways that close the gaps, the critical path through them and a readiness summary.
 * Pure: the caller supplies the catalogue slice and the date.
 */
import type { DurationRange } from '../../api/common.js';
import type { Pathway, Requirement, RequirementSet } from '../../api/catalogue.js';
import type { CriticalPath, GapAnalysis, GapTarget, Profile, ReadinessSummary, RequirementResult } from '../../api/gap.js';
import { schedule, type PathTask } from './critical-path.js';
import { evaluateRequirement } from './evaluate.js';
import { recommendPathways } from './recommend.js';

/** Time allowed for gathering and sending evidence when no pathway covers a step. */
export const EVIDENCE_DURATION: DurationRange = { minDays: 7, maxDays: 30 };

/**
 * The critical path over the requirements still open: each step is the first
 * recommended pathway (or gathering evidence), ordered by the requirement's
 * `requiresPrior` and the pathway's `prerequisites`. Advisory requirements are left out.
 */
export function buildCriticalPath(results: readonly RequirementResult[], requirements: readonly Requirement[], pathways: readonly Pathway[]): CriticalPath {
  const requirementById = new Map(requirements.map((r) => [r.id, r]));
  const pathwayById = new Map(pathways.map((p) => [p.id, p]));
  const open = results.filter((r) => r.status !== 'met' && !r.advisory);
  const chosen = new Map(open.map((r) => [r.requirementId, r.recommendedPathways[0] ?? null]));

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
  return {
    steps: plan.tasks.map((t) => ({
      requirementId: t.id,
      closes: members.get(t.id)!,
      pathwayId: pathwayOfStep.get(t.id) ?? null,
      stage: t.stage,
      after: [...t.after],
      duration: t.duration,
      earliestStart: t.earliestStart,
      earliestFinish: t.earliestFinish,
      cost: [...t.cost],
      critical: t.critical,
    })),
    stages: plan.stages,
    totalDuration: plan.totalDuration,
    totalCost: plan.totalCost,
  };
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

/**
 * Analyses a profile against a target. `slice` must be the requirement set of that
 * occupation in that jurisdiction; `asOf` (`YYYY-MM-DD`) is the day recency and test
 * validity are judged on.
 */
export function analyseGap(profile: Profile, target: GapTarget, slice: RequirementSet, asOf: string): GapAnalysis {
  if (slice.occupation.id !== target.occupationId || slice.jurisdiction.id !== target.jurisdictionId) {
    throw new CatalogueMismatchError(
      `The requirement set is for ${slice.occupation.id} in ${slice.jurisdiction.id}, not ${target.occupationId} in ${target.jurisdictionId}.`,
    );
  }
  const results: RequirementResult[] = slice.requirements.map((requirement) => {
    const { status, reasons } = evaluateRequirement(requirement, profile, asOf);
    const result: RequirementResult = {
      requirementId: requirement.id,
      kind: requirement.kind,
      title: requirement.title,
      status,
      reasons,
      recommendedPathways: recommendPathways(requirement, status, slice.pathways).map((p) => p.id),
    };
    if (requirement.advisory) result.advisory = true;
    return result;
  });
  const named = new Set(results.flatMap((r) => r.recommendedPathways));
  const criticalPath = buildCriticalPath(results, slice.requirements, slice.pathways);
  return {
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
}
