/**
 * Which pathways close a requirement, best first: the kinds that suit the requirement
 * and its status first, then the quickest, then the cheapest. A requirement that only
 * needs evidence gets only the pathways that produce that evidence (a new test sitting
 * for an expired result), never a bridging programme: often none, and the step is
 * gathering the documents. A course or bridging programme listed under a licensing exam
 * only prepares for it: it comes last and is never the step taken in the exam's place.
 */
import type { Pathway, Requirement, RequirementKind, PathwayKind } from '../../api/catalogue.js';
import type { RequirementResult, RequirementStatus } from '../../api/gap.js';

const PREFERRED_KINDS: Record<RequirementKind, readonly PathwayKind[]> = {
  education: ['bridging-program', 'course', 'credential-assessment'],
  'credential-assessment': ['credential-assessment', 'application'],
  'licensing-exam': ['exam', 'application', 'work-placement', 'credential-assessment', 'course', 'bridging-program'],
  'language-proficiency': ['exam', 'course'],
  'supervised-practice': ['work-placement', 'bridging-program', 'course'],
  'work-experience': ['work-placement', 'bridging-program', 'course'],
  registration: ['application', 'course'],
  other: ['application', 'course', 'exam', 'bridging-program', 'work-placement', 'credential-assessment'],
};

function costWeight(pathway: Pathway): number {
  return pathway.cost.reduce((sum, c) => sum + c.maxMinor, 0);
}

export function recommendPathways(requirement: Requirement, status: RequirementStatus, pathways: readonly Pathway[], evidenceBy: readonly PathwayKind[] = []): Pathway[] {
  if (status === 'met') return [];
  if (status === 'needs-evidence') pathways = pathways.filter((p) => evidenceBy.includes(p.kind));
  const preferred = PREFERRED_KINDS[requirement.kind];
  const rank = (p: Pathway) => {
    const i = preferred.indexOf(p.kind);
    return i < 0 ? preferred.length : i;
  };
  return pathways
    .filter((p) => p.closes.includes(requirement.id))
    .sort(
      (a, b) =>
        rank(a) - rank(b) ||
        a.duration.maxDays - b.duration.maxDays ||
        a.duration.minDays - b.duration.minDays ||
        costWeight(a) - costWeight(b) ||
        a.id.localeCompare(b.id),
    );
}

/** Kinds that teach for an exam but cannot pass it: a course never replaces a licensing exam. */
const PREPARATION_KINDS: readonly PathwayKind[] = ['course', 'bridging-program'];

/** Whether `pathway`, under a requirement of `kind`, only prepares for it (a prep course under a licensing exam). */
export function onlyPrepares(kind: RequirementKind, pathway: Pick<Pathway, 'kind'>): boolean {
  return kind === 'licensing-exam' && PREPARATION_KINDS.includes(pathway.kind);
}

/**
 * The pathway a result's step takes: the first recommended one that can close it, never a
 * preparation course in place of the exam; null when none can (the step is then the requirement
 * itself). The critical path and the plan a gap map starts both read it.
 */
export function pathwayToTake(result: Pick<RequirementResult, 'kind' | 'recommendedPathways'>, pathwayById: ReadonlyMap<string, Pick<Pathway, 'kind'>>): string | null {
  return result.recommendedPathways.find((id) => {
    const pathway = pathwayById.get(id);
    return pathway !== undefined && !onlyPrepares(result.kind, pathway);
  }) ?? null;
}
