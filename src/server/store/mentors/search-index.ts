/**
 * Mentors store: the in-memory search index of one organisation. Its rows of `mentor_search`
 * (migration 037: integer codes, bitmasks, base points, rotation key) are held as typed arrays,
 * and a search is one pass over them with a bounded heap of the page plus one: the work SQL does
 * per row, without a statement's costs per row. Scores, filters, ties and the cursor are SQL's
 * (`buildSearchSql` in search.ts); a test compares both on random queries. How it is kept as
 * fresh as the database, per database and organisation, is in search-indexes.ts.
 */
import {
  criteriaPoints,
  applicableFactors,
  compareRank,
  rotationTieBreak,
  roundedScore,
  scoreBand,
  WorstOnTopHeap,
  totalWeight,
  type NormalisedQuery,
  type SearchCursor,
  type TopKCandidate,
} from '../../../core/mentor/index.js';

/** One row of `mentor_search` as the database returns it. */
export interface CodedRow {
  id: string;
  occupations: number[];
  jurisdiction: number;
  licensed_in: number[];
  origin_country: number | null;
  credential_steps: number[];
  language_codes: number[];
  formats: number;
  offers: number;
  base_points: number;
  rotation_key: number | string | bigint;
}

export const CODED_COLUMNS = 'id, occupations, jurisdiction, licensed_in, origin_country, credential_steps, language_codes, formats, offers, base_points, rotation_key';
/** Past this share of rows replaced by newer copies, the index loads again from scratch. */
const MAX_DEAD_SHARE = 0.5;

function grown<T extends Int32Array | Uint32Array | Uint16Array | Uint8Array>(array: T, size: number): T {
  if (size <= array.length) return array;
  const next = new (array.constructor as new (length: number) => T)(Math.max(size, array.length * 2, 1024));
  next.set(array);
  return next;
}

/** A list of codes per row, stored end to end: row r's codes are values[start[r]] onwards, count[r] of them. */
class ListColumn {
  start = new Int32Array(0);
  count = new Uint16Array(0);
  values = new Int32Array(0);
  used = 0;

  set(row: number, codes: readonly number[]): void {
    this.start = grown(this.start, row + 1);
    this.count = grown(this.count, row + 1);
    this.values = grown(this.values, this.used + codes.length);
    this.start[row] = this.used;
    this.count[row] = codes.length;
    this.values.set(codes, this.used);
    this.used += codes.length;
  }

  has(row: number, code: number): boolean {
    for (let at = this.start[row], end = at + this.count[row]; at < end; at++) if (this.values[at] === code) return true;
    return false;
  }

  /** How many of the row's codes are flagged in `wanted` (indexed by code). */
  countIn(row: number, wanted: Uint8Array): number {
    let shared = 0;
    for (let at = this.start[row], end = at + this.count[row]; at < end; at++) shared += wanted[this.values[at]] ?? 0;
    return shared;
  }
}

/** A query with its values as codes: -1 where the query has a value no mentor ever had (it matches nobody). */
export interface CodedQuery {
  query: NormalisedQuery;
  occupation: number;
  jurisdiction: number;
  languages: number[];
  origin: number;
  steps: number[];
  formatMask: number;
  offerMask: number;
}

/** One organisation's offered mentors as typed arrays. A changed mentor's old row is marked dead and a new one appended. */
export class OrganisationIndex {
  rows = 0;
  live = 0;
  readonly ids: string[] = [];
  readonly #rowOf = new Map<string, number>();
  #alive = new Uint8Array(0);
  #jurisdiction = new Int32Array(0);
  #origin = new Int32Array(0);
  #formats = new Uint8Array(0);
  #offers = new Uint8Array(0);
  #basePoints = new Uint8Array(0);
  #rotationKey = new Uint32Array(0);
  readonly #occupations = new ListColumn();
  readonly #licensedIn = new ListColumn();
  readonly #languages = new ListColumn();
  readonly #steps = new ListColumn();
  /** The largest code seen: the size of a query's lookup tables. */
  #maxCode = 0;

  get worn(): boolean {
    return this.rows - this.live > this.rows * MAX_DEAD_SHARE && this.rows > 1_000;
  }

  remove(id: string): void {
    const row = this.#rowOf.get(id);
    if (row === undefined) return;
    this.#alive[row] = 0;
    this.#rowOf.delete(id);
    this.live--;
  }

  put(source: CodedRow): void {
    this.remove(source.id);
    const row = this.rows++;
    this.live++;
    this.ids[row] = source.id;
    this.#rowOf.set(source.id, row);
    this.#alive = grown(this.#alive, row + 1);
    this.#jurisdiction = grown(this.#jurisdiction, row + 1);
    this.#origin = grown(this.#origin, row + 1);
    this.#formats = grown(this.#formats, row + 1);
    this.#offers = grown(this.#offers, row + 1);
    this.#basePoints = grown(this.#basePoints, row + 1);
    this.#rotationKey = grown(this.#rotationKey, row + 1);
    this.#alive[row] = 1;
    this.#jurisdiction[row] = source.jurisdiction;
    this.#origin[row] = source.origin_country ?? -1;
    this.#formats[row] = source.formats;
    this.#offers[row] = source.offers;
    this.#basePoints[row] = source.base_points;
    this.#rotationKey[row] = Number(source.rotation_key);
    this.#occupations.set(row, source.occupations);
    this.#licensedIn.set(row, source.licensed_in);
    this.#languages.set(row, source.language_codes);
    this.#steps.set(row, source.credential_steps);
    for (const list of [source.occupations, source.licensed_in, source.language_codes, source.credential_steps]) {
      for (const code of list) if (code > this.#maxCode) this.#maxCode = code;
    }
  }

  #lookup(codes: readonly number[]): Uint8Array {
    const table = new Uint8Array(this.#maxCode + 1);
    for (const code of codes) if (code >= 0 && code <= this.#maxCode) table[code] = 1;
    return table;
  }

  /**
   * The page plus one, best first, in SQL's order: the same points, rounding, bands, rotation
   * tie-break and cursor position (`buildSearchSql` in search.ts).
   */
  rank(coded: CodedQuery, seed: number, cursor: SearchCursor | undefined, limit: number): TopKCandidate[] {
    const { query } = coded;
    const applicable = new Set(applicableFactors(query));
    const total = totalWeight(query);
    const { require } = query;
    const [needOccupation, needJurisdiction, needLicence, needLanguage, needOrigin, needFormat, needSteps] = (
      ['occupation', 'jurisdiction', 'licensed', 'language', 'origin', 'format', 'credential-path'] as const
    ).map((criterion) => require.has(criterion));
    const scoreOccupation = applicable.has('same-occupation');
    const scoreJurisdiction = applicable.has('licensed-in-target');
    const scoreLanguage = applicable.has('shared-language');
    const scoreOrigin = applicable.has('shared-origin') && coded.origin >= 0;
    const scoreFormat = applicable.has('format');
    const stepCount = query.credentialSteps.length;
    const languages = this.#lookup(coded.languages);
    const steps = this.#lookup(coded.steps);
    const offerMask = query.offers.length ? coded.offerMask : 0;
    const heap = new WorstOnTopHeap(limit + 1);
    for (let row = 0; row < this.rows; row++) {
      if (!this.#alive[row]) continue;
      const hasOccupation = scoreOccupation && this.#occupations.has(row, coded.occupation);
      if (needOccupation && !hasOccupation) continue;
      const isLicensed = scoreJurisdiction && this.#licensedIn.has(row, coded.jurisdiction);
      const worksThere = scoreJurisdiction && this.#jurisdiction[row] === coded.jurisdiction;
      if (needJurisdiction && !worksThere && !isLicensed) continue;
      if (needLicence && !isLicensed) continue;
      const speaks = scoreLanguage && this.#languages.countIn(row, languages) > 0;
      if (needLanguage && !speaks) continue;
      const sameOrigin = scoreOrigin && this.#origin[row] === coded.origin;
      if (needOrigin && !sameOrigin) continue;
      const offersFormat = scoreFormat && (this.#formats[row] & coded.formatMask) !== 0;
      if (needFormat && !offersFormat) continue;
      const sharedSteps = stepCount ? this.#steps.countIn(row, steps) : 0;
      if (needSteps && sharedSteps === 0) continue;
      if ((this.#offers[row] & offerMask) !== offerMask) continue;
      const points = criteriaPoints(this.#basePoints[row], hasOccupation, isLicensed, worksThere, sharedSteps, stepCount, sameOrigin, speaks, offersFormat);
      const score = roundedScore(points, total);
      const band = scoreBand(score);
      // The tie-break (the costliest part) only for a band that can still enter the page.
      if (heap.full && band < heap.worst.band) continue;
      if (cursor && band > cursor.band) continue;
      const tieBreak = rotationTieBreak(this.#rotationKey[row], seed);
      // No object for a row that cannot enter: fewer young collections, so less promoted to the old heap under load.
      if (heap.full && band === heap.worst.band && tieBreak > heap.worst.tieBreak) continue;
      if (cursor && band === cursor.band && tieBreak < cursor.tieBreak) continue;
      const candidate: TopKCandidate = { band, tieBreak, id: this.ids[row], row, score };
      if (cursor && compareRank(candidate, cursor) <= 0) continue;
      heap.offer(candidate);
    }
    return heap.ranked();
  }
}

