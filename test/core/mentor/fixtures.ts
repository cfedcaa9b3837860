import type { MentorProfile } from '../../../src/api/mentor.js';

/** A mentor card with sensible defaults; override what a test is about. */
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
