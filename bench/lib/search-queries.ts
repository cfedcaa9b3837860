/** The searches the mentor-search and server-memory benches send. */
import type { MentorCriterion, MentorSearchQuery } from '../../src/api/mentor.js';
import { rotationSeed } from '../../src/core/mentor/index.js';
import { JURISDICTIONS, OCCUPATIONS, prng } from '../mentor-pool.js';

/**
 * Varied searches as the finder sends them: mostly a required occupation, some preferences, some page 2.
 * `stream` 7 is the measured set; another stream gives other searches of the same mix (the warm-up's).
 */
export function generateQueries(count: number, stream = 7): Array<{ query: MentorSearchQuery; seed: number; secondPage: boolean }> {
  const random = prng(stream);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  return Array.from({ length: count }, (_, index) => {
    const require: MentorCriterion[] = [];
    const query: MentorSearchQuery = { limit: 20 };
    if (random() < 0.9) {
      query.occupation = pick(OCCUPATIONS);
      if (random() < 0.75) require.push('occupation');
    }
    if (random() < 0.7) {
      query.jurisdiction = pick(JURISDICTIONS);
      const roll = random();
      if (roll < 0.35) require.push('jurisdiction');
      else if (roll < 0.45) require.push('licensed');
    }
    if (random() < 0.4) {
      query.languages = [pick(['fr', 'ar', 'es', 'tl', 'hi', 'zh', 'uk', 'pt', 'fa'])];
      if (random() < 0.25) require.push('language');
    }
    if (random() < 0.15) query.originCountry = pick(['PH', 'IN', 'NG', 'SY', 'UA', 'BR', 'CN']);
    if (random() < 0.4) {
      query.format = random() < 0.7 ? 'online' : 'in-person';
      if (random() < 0.5) require.push('format');
    }
    if (random() < 0.3) query.credentialSteps = [pick(['nnas', 'nclex-rn', 'ppe', 'wes-ece', 'pebc-qualifying', 'mcc-qe1', 'uk-enic', 'cpa-cfe'])];
    if (random() < 0.2) query.offers = [pick(['plan-review', 'narrative-review', 'referral'] as const)];
    if (require.length) query.require = require;
    return { query, seed: rotationSeed(`bench-mentee-${index}`, '2025-06-01'), secondPage: random() < 0.1 };
  });
}
