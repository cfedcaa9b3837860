/**
 * Domain objects for tests that need data without a server: a mentor card, a mentor match,
 * a plan and its milestones. Sensible defaults; override what a test is about. Types only
 * from src/api, so Node and browser tests both import this.
 */
import type { MentorMatch, MentorProfile } from '../../src/api/mentor.js';
import type { Milestone, Plan } from '../../src/api/plan.js';

/** A mentor card with sensible defaults; availability and spots left follow capacity, load and status. */
export function mentor(overrides: Partial<MentorProfile> & { id: string }): MentorProfile {
  const capacity = overrides.capacity ?? 4;
  const currentLoad = overrides.currentLoad ?? 0;
  const status = overrides.status ?? 'active';
  return {
    displayName: `Mentor ${overrides.id}`,
    headline: 'Helps newcomers',
    occupations: ['registered-nurse'],
    jurisdiction: 'ca-on',
    city: 'Toronto',
    licensedIn: ['ca-on'],
    credentialPath: {
      originCountry: 'PH',
      steps: [
        { code: 'nnas', kind: 'credential-assessment', label: 'NNAS advisory report' },
        { code: 'nclex-rn', kind: 'exam', label: 'NCLEX-RN' },
      ],
    },
    languages: ['en', 'tl'],
    formats: ['online'],
    offers: ['informational-interview', 'plan-review'],
    lastActiveAt: '2025-05-01T12:00:00Z',
    responsiveness: { medianResponseDays: 1, responseRate: 0.9, sampleSize: 10 },
    ...overrides,
    capacity,
    currentLoad,
    status,
    available: status === 'active' && currentLoad < capacity,
    spotsLeft: Math.max(capacity - currentLoad, 0),
  };
}

/** A valid search result for made-up pages (`mtr_fake_<index>`, "Mentor <index>", two of three places free). */
export function mentorMatch(index: number): MentorMatch {
  return {
    mentor: mentor({
      id: `mtr_fake_${index}`,
      displayName: `Mentor ${index}`,
      headline: `Made-up mentor number ${index}`,
      credentialPath: null,
      languages: ['en'],
      offers: ['plan-review'],
      capacity: 3,
      currentLoad: 1,
      lastActiveAt: null,
      responsiveness: { medianResponseDays: null, responseRate: null, sampleSize: 0 },
    }),
    score: 50,
    factors: [{ factor: 'availability', weight: 10, points: 6, message: { code: 'match.spotsLeft', params: { spotsLeft: 2, capacity: 3 } } }],
  };
}

export const plan: Plan = {
  id: 'plan_1',
  menteeId: 'u_mentee',
  goal: { occupationId: 'registered-nurse', jurisdictionId: 'ca-on', targetDate: '2027-06-30' },
  sharedWith: [],
  version: 1,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
};

/** A milestone of `plan`, `planned`, with no due date unless given. */
export function milestone(id: string, fields: Partial<Milestone> = {}): Milestone {
  return {
    id,
    planId: 'plan_1',
    title: `Milestone ${id}`,
    kind: 'custom',
    dueDate: null,
    status: 'planned',
    evidence: [],
    position: 0,
    dependsOn: [],
    version: 1,
    createdAt: '2025-01-01T00:00:00Z',
    updatedAt: '2025-01-01T00:00:00Z',
    ...fields,
  };
}
