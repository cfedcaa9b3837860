/** Small hand-made rules and profiles for the gap tests (the catalogue's own data is tested apart). */
import type { Pathway, Requirement, RequirementCriteria, RequirementSet } from '../../../src/api/catalogue.js';
import type { Profile } from '../../../src/api/gap.js';
import { seedRequirementSet } from '../../../src/server/seed/catalogue/index.js';

export const emptyProfile: Profile = { education: [], licences: [], experience: [], languageTests: [] };

export function rule(id: string, criteria: RequirementCriteria, kind: Requirement['kind'] = 'other'): Requirement {
  return {
    id,
    occupationId: 'registered-nurse',
    jurisdictionId: 'ca-on',
    kind,
    title: { en: id },
    description: { en: id },
    criteria,
    source: { url: 'https://example.org/rules' },
    lastVerified: '2026-12-05',
    verification: { status: 'verified' },
  };
}

export function pathway(id: string, closes: string[], kind: Pathway['kind'], days: [number, number], extra: Partial<Pathway> = {}): Pathway {
  return {
    id,
    closes,
    kind,
    title: { en: id },
    provider: 'Provider',
    link: { url: 'https://example.org/pathway' },
    duration: { minDays: days[0], maxDays: days[1] },
    cost: [],
    delivery: 'online',
    languages: ['en'],
    ...extra,
  };
}

/** A requirement set of hand-made rules, under the seed's Ontario nurse occupation and jurisdiction. */
export function setOf(requirements: Requirement[], pathways: Pathway[], catalogueVersion = 'test-1'): RequirementSet {
  const base = seedRequirementSet('registered-nurse', 'ca-on');
  return { ...base, requirements, pathways, catalogueVersion };
}

export const target = { occupationId: 'registered-nurse', jurisdictionId: 'ca-on' };
