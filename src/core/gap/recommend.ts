/**
 * Which pathways close a requirement, best first: the kinds that suit the requirement
 * and its status first, then the quickest, then the cheapest. A requirement that only
 * needs evidence gets only the pathways that produce that evidence (a new test sitting
 * for an expired result), never a bridging programme: often none, and the step is
 * gathering the documents.
 */
import type { Pathway, Requirement, RequirementKind, PathwayKind } from '../../api/catalogue.js';
import type { RequirementStatus } from '../../api/gap.js';

const PREFERRED_KINDS: Record<RequirementKind, readonly PathwayKind[]> = {
  education: ['bridging-program', 'course', 'credential-assessment'],
  'credential-assessment': ['credential-assessment', 'application'],
  'licensing-exam': ['exam', 'course', 'bridging-program'],
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
