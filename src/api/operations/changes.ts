/**
 * What writes change besides their own resource: the reads a shared-reads client drops after
 * a write (an operation's `changes`). Groups of resources whose answers depend on each other.
 */

/** A milestone belongs to a plan: its edits change the plan's answers. */
export const PLAN_READS = ['/v1/plans', '/v1/milestones'] as const;

/** Mentors' places, requests, mentorships and the coordinators' views of them move together. */
export const MENTORING_READS = [
  '/v1/me', '/v1/mentors', '/v1/favourites', '/v1/introductions', '/v1/mentor-introductions', '/v1/introduction-queue', '/v1/mentorships',
  '/v1/mentor-mentees', '/v1/mentorship-settings', '/v1/mentor-applications', '/v1/training-modules', '/v1/desk',
] as const;

/** Enrolment, follow-ups and settings feed the program's figures and the desk. */
export const OUTCOME_READS = ['/v1/me', '/v1/follow-ups', '/v1/outcome-settings', '/v1/program-metrics', '/v1/desk'] as const;

/** An organisation's catalogue layer changes what every catalogue read answers. */
export const CATALOGUE_READS = ['/v1/occupations', '/v1/jurisdictions', '/v1/catalogue', '/v1/milestone-templates'] as const;

/**
 * The public catalogue is reference data that changes only through an organisation's layer (whose
 * writes drop it): elements of one page share its answers for a minute, not just 2 s.
 */
export const CATALOGUE_FRESH_MS = 60_000;
