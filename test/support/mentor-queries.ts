/**
 * Random mentor searches for the tests that hold a fast ranking to its reference (the compact
 * top-k to rankMentors(), the server's index to SQL): every filter and hard criterion, values no
 * mentor has, languages in odd case, several steps and offers at once.
 */
import type { MentorCriterion, MentorSearchQuery } from '../../src/api/mentor.js';
import { JURISDICTIONS, OCCUPATIONS } from '../../bench/mentor-pool.js';

const CRITERIA: MentorCriterion[] = ['occupation', 'jurisdiction', 'licensed', 'language', 'origin', 'format', 'credential-path'];

/** A query maker over `random` (a seeded generator), offering `moreOccupations` beside the pool's. */
export function randomMentorQueries(random: () => number, moreOccupations: readonly string[] = []): () => MentorSearchQuery {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const some = <T>(items: readonly T[], most: number): T[] => [...new Set(Array.from({ length: 1 + Math.floor(random() * most) }, () => pick(items)))];
  return () => {
    const query: MentorSearchQuery = { limit: 1 + Math.floor(random() * 25) };
    if (random() < 0.7) query.occupation = pick([...OCCUPATIONS, ...moreOccupations, 'no-such-occupation']);
    if (random() < 0.6) query.jurisdiction = pick([...JURISDICTIONS, 'xx-none']);
    if (random() < 0.4) query.languages = some(['fr', 'fr-CA', 'AR', 'es', 'tl', 'hi', 'zh', 'uk', 'xx'], 3);
    if (random() < 0.25) query.originCountry = pick(['PH', 'IN', 'NG', 'SY', 'UA', 'BR', 'CN', 'ZZ']);
    if (random() < 0.4) query.format = pick(['online', 'in-person'] as const);
    if (random() < 0.3) query.credentialSteps = some(['nnas', 'nclex-rn', 'ppe', 'wes-ece', 'pebc-qualifying', 'mcc-qe1', 'uk-enic', 'cpa-cfe', 'no-such-step'], 4);
    if (random() < 0.2) query.offers = some(['plan-review', 'narrative-review', 'referral', 'informational-interview'] as const, 2);
    if (random() < 0.6) query.require = some(CRITERIA, 3);
    return query;
  };
}
