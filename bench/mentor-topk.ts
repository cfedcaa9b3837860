/**
 * The limit reference of the mentor search bench: what one process can do over compact arrays.
 * The pool is turned once into the core's CompactMentorRows (one bitset word group per
 * multi-valued field, a dictionary id per single value, the query-independent points, the
 * rotation key), the same top-k the server's in-memory index runs over its codes; a search is one
 * pass with a bounded heap of the page plus one. It gives the same page as `rankMentors()` (the
 * bench counts agreements), with the core's own weights, rounding, hard filters and explanations.
 */
import type { Page } from '../src/api/common.js';
import type { MentorMatch, MentorProfile, MentorSearchQuery } from '../src/api/mentor.js';
import {
  CompactMentorRows,
  DEFAULT_PAGE_SIZE,
  decodeCursor,
  encodeCursor,
  isOffered,
  normaliseQuery,
  primaryLanguage,
  queryFingerprint,
  rotationKey,
  scoreMentor,
  type TopKCandidate,
} from '../src/core/mentor/index.js';

/** The offered mentors of a pool as typed arrays, ready for any number of searches. */
export class CompactMentorIndex {
  readonly #profiles: MentorProfile[];
  readonly #rows = new CompactMentorRows<string>();

  constructor(pool: readonly MentorProfile[]) {
    // As the search table: only offered mentors are ever searched.
    this.#profiles = pool.filter(isOffered);
    const baseOnly = normaliseQuery({});
    this.#profiles.forEach((m, index) => {
      const row = this.#rows.put({
        id: m.id,
        occupations: m.occupations,
        licensedIn: m.licensedIn,
        languages: m.languages.map(primaryLanguage),
        credentialSteps: (m.credentialPath?.steps ?? []).map((step) => step.code),
        formats: m.formats,
        offers: m.offers,
        jurisdiction: m.jurisdiction,
        origin: m.credentialPath?.originCountry ?? null,
        basePoints: scoreMentor(m, baseOnly).factors.reduce((sum, f) => sum + f.points, 0),
        rotationKey: rotationKey(m.id),
      });
      if (row !== index) throw new Error('index out of step');
    });
  }

  get size(): number {
    return this.#rows.live;
  }

  /** One page, exactly as `rankMentors()` gives it. */
  search(query: MentorSearchQuery, options: { seed: number }): Page<MentorMatch> {
    const q = normaliseQuery(query);
    const cursor = query.cursor ? decodeCursor(query.cursor, query) : undefined;
    const seed = cursor?.seed ?? options.seed;
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const ranked = this.#rows.rank(
      { query: q, occupation: q.occupation, jurisdiction: q.jurisdiction, languages: q.languages, origin: q.originCountry, credentialSteps: q.credentialSteps, format: q.format, offers: q.offers },
      seed,
      cursor,
      limit,
    );
    return this.#page(ranked, q, query, seed, limit);
  }

  #page(ranked: TopKCandidate[], q: ReturnType<typeof normaliseQuery>, query: MentorSearchQuery, seed: number, limit: number): Page<MentorMatch> {
    const page = ranked.slice(0, limit);
    const last = page.at(-1);
    return {
      items: page.map(({ row, score }) => ({ mentor: this.#profiles[row], score, factors: scoreMentor(this.#profiles[row], q).factors })),
      nextCursor: ranked.length > limit && last ? encodeCursor({ band: last.band, tieBreak: last.tieBreak, id: last.id, seed, query: queryFingerprint(query) }) : null,
    };
  }
}
