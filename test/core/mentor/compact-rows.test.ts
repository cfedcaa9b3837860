/**
 * The compact top-k (CompactMentorRows), as the search bench's limit reference builds it from
 * profiles, against the core's reference rankMentors(): the same pages, page after page, on random
 * queries, with values no mentor has, and with more values in a column than one 32-bit word holds.
 * (The server's index over codes is compared with SQL in test/server/mentor-search-index.test.ts.)
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { MentorProfile } from '../../../src/api/mentor.js';
import { CompactMentorRows, normaliseQuery, rankMentors, rotationKey, type CompactMentor } from '../../../src/core/mentor/index.js';
import { seededRandom } from '../../../src/core/random.js';
import { JURISDICTIONS, OCCUPATIONS, generateMentorPool, poolProfiles } from '../../../bench/mentor-pool.js';
import { CompactMentorIndex } from '../../../bench/mentor-topk.js';
import { randomMentorQueries } from '../../support/mentor-queries.js';

const random = seededRandom(7);
/** 40 occupations more than the pool's: the occupations column needs two words per mentor. */
const EXTRA_OCCUPATIONS = Array.from({ length: 40 }, (_, n) => `extra-${n}`);

const randomQuery = randomMentorQueries(random, EXTRA_OCCUPATIONS);

describe('the compact top-k over typed arrays', () => {
  it('gives rankMentors()\'s pages on random queries, page after page, a column wider than one word included', () => {
    const profiles: MentorProfile[] = poolProfiles(generateMentorPool(1_500, 3)).map((mentor, n) =>
      n % 10 === 0 ? { ...mentor, occupations: [...mentor.occupations, EXTRA_OCCUPATIONS[n % EXTRA_OCCUPATIONS.length]] } : mentor,
    );
    const index = new CompactMentorIndex(profiles);
    for (let i = 0; i < 150; i++) {
      const query = randomQuery();
      const seed = Math.floor(random() * 2 ** 31);
      let cursor: string | undefined;
      for (let page = 0; page < 3; page++) {
        const expected = rankMentors(profiles, { ...query, cursor }, { seed });
        assert.deepEqual(index.search({ ...query, cursor }, { seed }), expected, `query ${i}, page ${page}: ${JSON.stringify(query)}`);
        if (!expected.nextCursor) break;
        cursor = expected.nextCursor;
      }
    }
  });
});

describe('a required occupation visits only its rows', () => {
  const mentor = (id: string, occupations: string[]): CompactMentor<string> => ({
    id, occupations, licensedIn: [], languages: [], credentialSteps: [], formats: [], offers: [], jurisdiction: 'ca-on', origin: null, basePoints: 10, rotationKey: rotationKey(id),
  });
  const required = (rows: CompactMentorRows<string>, occupation: string) =>
    rows.rank({ query: normaliseQuery({ occupation, require: ['occupation'] }), occupation, languages: [], credentialSteps: [], offers: [] }, 1, undefined, 10).map((candidate) => candidate.id);

  it('finds a mentor once under an occupation given twice, and a replaced or removed mentor only as it now is', () => {
    const rows = new CompactMentorRows<string>();
    rows.put(mentor('a', ['nurse', 'nurse']));
    rows.put(mentor('b', ['nurse', 'teacher']));
    rows.put(mentor('c', ['teacher']));
    assert.deepEqual(new Set(required(rows, 'nurse')), new Set(['a', 'b']));
    assert.equal(required(rows, 'nurse').length, 2, 'each mentor once');
    rows.put(mentor('b', ['teacher']));
    rows.put(mentor('c', ['nurse']));
    rows.remove('a');
    assert.deepEqual(required(rows, 'nurse'), ['c']);
    assert.deepEqual(new Set(required(rows, 'teacher')), new Set(['b']));
    assert.deepEqual(required(rows, 'pilot'), [], 'an occupation nobody has');
  });
});
