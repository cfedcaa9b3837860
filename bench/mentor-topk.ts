/**
 * The limit reference of the mentor search bench: what one process can do over compact arrays.
 * The pool is turned once into typed arrays of what scoring reads (one bitset word group per
 * multi-valued field, a dictionary id per single value, the query-independent points, the
 * rotation key); a search is then one pass over them with a bounded heap of the page plus one,
 * and the rotation tie-break is computed only for mentors whose band can still enter the heap.
 * It gives the same page as `rankMentors()` (the bench counts agreements), with the core's own
 * weights, rounding, hard filters and explanations.
 */
import type { Page } from '../src/api/common.js';
import type { MentorMatch, MentorProfile, MentorSearchQuery } from '../src/api/mentor.js';
import {
  DEFAULT_PAGE_SIZE,
  criteriaPoints,
  compareRank,
  decodeCursor,
  encodeCursor,
  isOffered,
  normaliseQuery,
  primaryLanguage,
  queryFingerprint,
  rotationKey,
  rotationTieBreak,
  scoreMentor,
  totalWeight,
  WorstOnTopHeap,
  type TopKCandidate,
} from '../src/core/mentor/index.js';

/** Code -> small integer, per field. */
class Dictionary {
  readonly #ids = new Map<string, number>();
  id(code: string): number {
    let id = this.#ids.get(code);
    if (id === undefined) this.#ids.set(code, (id = this.#ids.size));
    return id;
  }
  /** -1 for a code no mentor has: it matches nobody. */
  find(code: string | undefined): number {
    return code === undefined ? -1 : (this.#ids.get(code) ?? -1);
  }
  get size(): number {
    return this.#ids.size;
  }
}

/** A set-valued field as `words` 32-bit words per mentor. */
class BitsetColumn {
  readonly dictionary = new Dictionary();
  words = 1;
  bits = new Uint32Array(0);

  build(values: readonly (readonly string[])[]): void {
    for (const codes of values) for (const code of codes) this.dictionary.id(code);
    this.words = Math.max(1, Math.ceil(this.dictionary.size / 32));
    this.bits = new Uint32Array(values.length * this.words);
    values.forEach((codes, row) => {
      for (const code of codes) {
        const id = this.dictionary.id(code);
        this.bits[row * this.words + (id >>> 5)] |= 1 << (id & 31);
      }
    });
  }

  /** The query's codes as a mask of the same shape. */
  mask(codes: readonly string[]): Uint32Array {
    const mask = new Uint32Array(this.words);
    for (const code of codes) {
      const id = this.dictionary.find(code);
      if (id >= 0) mask[id >>> 5] |= 1 << (id & 31);
    }
    return mask;
  }

  /** How many of the mask's codes the row has. */
  shared(row: number, mask: Uint32Array): number {
    let count = 0;
    for (let w = 0, at = row * this.words; w < this.words; w++, at++) {
      let v = (this.bits[at] & mask[w]) >>> 0;
      while (v) {
        v &= v - 1;
        count++;
      }
    }
    return count;
  }

  /** Whether the row has every code of the mask. */
  hasAll(row: number, mask: Uint32Array): boolean {
    for (let w = 0, at = row * this.words; w < this.words; w++, at++) if (((this.bits[at] & mask[w]) >>> 0) !== mask[w]) return false;
    return true;
  }
}

/** The offered mentors of a pool as typed arrays, ready for any number of searches. */
export class CompactMentorIndex {
  readonly #profiles: MentorProfile[];
  readonly #ids: string[];
  readonly #occupations = new BitsetColumn();
  readonly #licensedIn = new BitsetColumn();
  readonly #languages = new BitsetColumn();
  readonly #formats = new BitsetColumn();
  readonly #offers = new BitsetColumn();
  readonly #steps = new BitsetColumn();
  readonly #jurisdictions = new Dictionary();
  readonly #origins = new Dictionary();
  readonly #jurisdiction: Int32Array;
  readonly #origin: Int32Array;
  /** Availability plus responsiveness: the points that do not depend on the query. */
  readonly #basePoints: Uint8Array;
  readonly #rotationKey: Uint32Array;

  constructor(pool: readonly MentorProfile[]) {
    // As the search table: only offered mentors are ever searched.
    this.#profiles = pool.filter(isOffered);
    const profiles = this.#profiles;
    const n = profiles.length;
    this.#ids = profiles.map((m) => m.id);
    this.#occupations.build(profiles.map((m) => m.occupations));
    this.#licensedIn.build(profiles.map((m) => m.licensedIn));
    this.#languages.build(profiles.map((m) => m.languages.map(primaryLanguage)));
    this.#formats.build(profiles.map((m) => m.formats));
    this.#offers.build(profiles.map((m) => m.offers));
    this.#steps.build(profiles.map((m) => (m.credentialPath?.steps ?? []).map((step) => step.code)));
    this.#jurisdiction = Int32Array.from(profiles, (m) => this.#jurisdictions.id(m.jurisdiction));
    this.#origin = Int32Array.from(profiles, (m) => (m.credentialPath ? this.#origins.id(m.credentialPath.originCountry) : -1));
    const baseOnly = normaliseQuery({});
    this.#basePoints = Uint8Array.from(profiles, (m) => scoreMentor(m, baseOnly).factors.reduce((sum, f) => sum + f.points, 0));
    this.#rotationKey = Uint32Array.from(profiles, (m) => rotationKey(m.id));
    if (this.#ids.length !== n) throw new Error('index out of step');
  }

  get size(): number {
    return this.#ids.length;
  }

  /** One page, exactly as `rankMentors()` gives it. */
  search(query: MentorSearchQuery, options: { seed: number }): Page<MentorMatch> {
    const q = normaliseQuery(query);
    const cursor = query.cursor ? decodeCursor(query.cursor, query) : undefined;
    const seed = cursor?.seed ?? options.seed;
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const total = totalWeight(q);
    const half = Math.floor(total / 2);
    const { require } = q;
    const needOccupation = require.has('occupation');
    const needJurisdiction = require.has('jurisdiction');
    const needLicence = require.has('licensed');
    const needLanguage = require.has('language');
    const needOrigin = require.has('origin');
    const needFormat = require.has('format');
    const needSteps = require.has('credential-path');
    const needOffers = q.offers.length > 0;

    const occupation = this.#occupations.mask(q.occupation ? [q.occupation] : []);
    const licensed = this.#licensedIn.mask(q.jurisdiction ? [q.jurisdiction] : []);
    const targetJurisdiction = this.#jurisdictions.find(q.jurisdiction);
    const languages = this.#languages.mask(q.languages);
    const format = this.#formats.mask(q.format ? [q.format] : []);
    const offers = this.#offers.mask(q.offers);
    const offersUnknown = q.offers.some((offer) => this.#offers.dictionary.find(offer) < 0);
    const steps = this.#steps.mask(q.credentialSteps);
    const origin = this.#origins.find(q.originCountry);
    const scoreOccupation = q.occupation !== undefined;
    const scoreJurisdiction = q.jurisdiction !== undefined;
    const stepCount = q.credentialSteps.length;
    const scoreOrigin = q.originCountry !== undefined;
    const scoreLanguage = q.languages.length > 0;
    const scoreFormat = q.format !== undefined;

    const heap = new WorstOnTopHeap(limit + 1);
    if (offersUnknown) return this.#page(heap, q, query, seed, limit);
    const n = this.#ids.length;
    for (let row = 0; row < n; row++) {
      const hasOccupation = scoreOccupation && this.#occupations.shared(row, occupation) > 0;
      const isLicensed = scoreJurisdiction && this.#licensedIn.shared(row, licensed) > 0;
      const worksThere = scoreJurisdiction && this.#jurisdiction[row] === targetJurisdiction;
      const speaks = scoreLanguage && this.#languages.shared(row, languages) > 0;
      const offersFormat = scoreFormat && this.#formats.shared(row, format) > 0;
      const sameOrigin = scoreOrigin && origin >= 0 && this.#origin[row] === origin;
      const sharedSteps = stepCount ? this.#steps.shared(row, steps) : 0;
      if (needOccupation && !hasOccupation) continue;
      if (needJurisdiction && !worksThere && !isLicensed) continue;
      if (needLicence && !isLicensed) continue;
      if (needLanguage && !speaks) continue;
      if (needOrigin && !sameOrigin) continue;
      if (needFormat && !offersFormat) continue;
      if (needSteps && sharedSteps === 0) continue;
      if (needOffers && !this.#offers.hasAll(row, offers)) continue;
      const points = criteriaPoints(this.#basePoints[row], hasOccupation, isLicensed, worksThere, sharedSteps, stepCount, sameOrigin, speaks, offersFormat);
      const score = Math.floor((100 * points + half) / total);
      const band = Math.floor(score / 5);
      // The tie-break (the costliest part) only for a band that can still enter the page.
      if (heap.full && band < heap.worst.band) continue;
      if (cursor && band > cursor.band) continue;
      const candidate: TopKCandidate = { band, tieBreak: rotationTieBreak(this.#rotationKey[row], seed), id: this.#ids[row], row, score };
      if (cursor && compareRank(candidate, cursor) <= 0) continue;
      heap.offer(candidate);
    }
    return this.#page(heap, q, query, seed, limit);
  }

  #page(heap: WorstOnTopHeap, q: ReturnType<typeof normaliseQuery>, query: MentorSearchQuery, seed: number, limit: number): Page<MentorMatch> {
    const ranked = heap.ranked();
    const page = ranked.slice(0, limit);
    const last = page.at(-1);
    return {
      items: page.map(({ row, score }) => ({ mentor: this.#profiles[row], score, factors: scoreMentor(this.#profiles[row], q).factors })),
      nextCursor: ranked.length > limit && last ? encodeCursor({ band: last.band, tieBreak: last.tieBreak, id: last.id, seed, query: queryFingerprint(query) }) : null,
    };
  }
}
