import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { InvalidCursorError, rankMentors, rotationSeed, SCORE_BAND } from '../../../src/core/mentor/index.js';
import type { MentorProfile } from '../../../src/api/mentor.js';
import { mentor } from './fixtures.js';

function pool(size: number): MentorProfile[] {
  const jurisdictions = ['ca-on', 'ca-bc', 'ca-ab'];
  return Array.from({ length: size }, (_, i) =>
    mentor({
      id: `m${String(i).padStart(3, '0')}`,
      jurisdiction: jurisdictions[i % 3],
      licensedIn: i % 4 === 0 ? [] : [jurisdictions[i % 3]],
      capacity: 1 + (i % 5),
      currentLoad: i % 3 === 0 ? 0 : Math.min(i % 5, 1),
      languages: i % 2 ? ['en', 'fr'] : ['en'],
    }),
  );
}

describe('rankMentors ordering and pagination', () => {
  it('walks every page with the cursor without duplicates or gaps, in the order of one big page', () => {
    const mentors = pool(137);
    const query = { jurisdiction: 'ca-on', languages: ['fr'] };
    const all = rankMentors(mentors, { ...query, limit: 100 }, { seed: 42 });
    const full = rankMentors(mentors, { ...query, limit: 100, cursor: all.nextCursor! }, { seed: 42 });
    const expected = [...all.items, ...full.items].map((m) => m.mentor.id);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = rankMentors(mentors, { ...query, limit: 7, cursor }, { seed: 42 });
      seen.push(...page.items.map((m) => m.mentor.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    assert.equal(new Set(seen).size, seen.length);
    assert.deepEqual(seen, expected);
    assert.equal(seen.length, mentors.filter((m) => m.available).length);
  });

  it('keeps the order of the first page for later pages even if the caller passes another seed', () => {
    const mentors = pool(30);
    const first = rankMentors(mentors, { limit: 10 }, { seed: 1 });
    const second = rankMentors(mentors, { limit: 10, cursor: first.nextCursor! }, { seed: 999 });
    const reference = rankMentors(mentors, { limit: 20 }, { seed: 1 });
    assert.deepEqual([...first.items, ...second.items].map((m) => m.mentor.id), reference.items.map((m) => m.mentor.id));
  });

  it('refuses a cursor from a search with other criteria', () => {
    const mentors = pool(30);
    const first = rankMentors(mentors, { limit: 5, languages: ['fr'] }, { seed: 1 });
    assert.throws(() => rankMentors(mentors, { limit: 5, languages: ['en'], cursor: first.nextCursor! }, { seed: 1 }), InvalidCursorError);
    assert.throws(() => rankMentors(mentors, { cursor: 'not-a-cursor' }, { seed: 1 }), InvalidCursorError);
  });

  it('always puts a clearly better match (a higher score band) first, whatever the seed', () => {
    const best = mentor({ id: 'best' });
    const others = Array.from({ length: 20 }, (_, i) => mentor({ id: `o${i}`, licensedIn: [], jurisdiction: 'ca-bc' }));
    for (let seed = 0; seed < 50; seed++) {
      assert.equal(rankMentors([...others, best], { jurisdiction: 'ca-on' }, { seed }).items[0].mentor.id, 'best');
    }
  });

  it('orders scores by band and never puts a lower band above a higher one', () => {
    const page = rankMentors(pool(137), { jurisdiction: 'ca-on', limit: 100 }, { seed: 5 });
    const bands = page.items.map((m) => Math.floor(m.score / SCORE_BAND));
    assert.deepEqual(bands, [...bands].sort((a, b) => b - a));
  });
});

describe('rotation fairness', () => {
  it('spreads 1,000 mentees who each pick the top result evenly over ten equally-scored mentors', () => {
    const tied = Array.from({ length: 10 }, (_, i) => mentor({ id: `tied-${i}` }));
    const counts = new Map<string, number>();
    for (let i = 0; i < 1000; i++) {
      const top = rankMentors(tied, { occupation: 'registered-nurse' }, { seed: rotationSeed(`mentee-${i}`, '2025-06-01') }).items[0];
      counts.set(top.mentor.id, (counts.get(top.mentor.id) ?? 0) + 1);
    }
    // Expected 100 each; a fair draw stays within +-40 (more than four standard deviations).
    assert.equal(counts.size, 10);
    for (const [id, count] of counts) assert.ok(count >= 60 && count <= 140, `${id} got ${count} of 1000 requests`);
  });

  it('rotates mentors whose scores differ by less than the band', () => {
    // Availability differs slightly: 10/10 and 9/10 points of one factor, same band.
    const mentors = [mentor({ id: 'roomy', capacity: 10, currentLoad: 0 }), mentor({ id: 'almost', capacity: 10, currentLoad: 1 })];
    const query = { occupation: 'registered-nurse', jurisdiction: 'ca-on' };
    const scores = rankMentors(mentors, query, { seed: 1 }).items.map((m) => m.score);
    assert.notEqual(scores[0], scores[1]);
    const tops = new Set<string>();
    for (let i = 0; i < 200; i++) tops.add(rankMentors(mentors, query, { seed: rotationSeed(`m${i}`, '2025-06-01') }).items[0].mentor.id);
    assert.deepEqual([...tops].sort(), ['almost', 'roomy']);
  });

  it('gives the same mentee the same order all day and a new order on another day', () => {
    const tied = Array.from({ length: 10 }, (_, i) => mentor({ id: `tied-${i}` }));
    const order = (day: string) => rankMentors(tied, {}, { seed: rotationSeed('mentee-1', day) }).items.map((m) => m.mentor.id);
    assert.deepEqual(order('2025-06-01'), order('2025-06-01'));
    const days = new Set(Array.from({ length: 7 }, (_, d) => order(`2025-06-0${d + 1}`).join()));
    assert.ok(days.size > 1);
  });
});
