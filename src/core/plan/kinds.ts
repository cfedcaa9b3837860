/** How a requirement of the gap map becomes a milestone. */
import type { MilestoneKind } from '../../api/plan.js';

/** Requirement kinds as the gap mapper names them; kept local so core/plan does not depend on the gap schema. */
export type RequirementKind =
  | 'education'
  | 'credential-assessment'
  | 'licensing-exam'
  | 'language-proficiency'
  | 'supervised-practice'
  | 'work-experience'
  | 'registration'
  | 'other';

export const MILESTONE_KIND_FOR_REQUIREMENT: Readonly<Record<RequirementKind, MilestoneKind>> = {
  education: 'course',
  'credential-assessment': 'credential-assessment',
  'licensing-exam': 'exam-sitting',
  'language-proficiency': 'language-test',
  'supervised-practice': 'supervised-practice',
  'work-experience': 'job-search',
  registration: 'regulator-application',
  other: 'custom',
};

/** The milestone kind for a requirement kind; `custom` for a kind this version does not know. */
export function milestoneKindFor(requirementKind: string): MilestoneKind {
  return (MILESTONE_KIND_FOR_REQUIREMENT as Record<string, MilestoneKind>)[requirementKind] ?? 'custom';
}
