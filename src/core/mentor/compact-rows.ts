/**
 * Offered mentors as compact typed arrays, and the top-k search over them: one pass with a
 * bounded heap of the page plus one, with the core's weights, rounding, bands, hard filters,
 * rotation tie-break and cursor. One implementation for the server's in-memory search index
 * (values are the database's codes) and the search bench's limit reference (values are the
 * profiles' own strings): each column maps its values to dense ids, so a set of them is a few
 * 32-bit words per mentor.
 */
import { compareRank, type SearchCursor } from './ranking.js';
import { rotationTieBreak, scoreBand } from './rotation.js';
import { criteriaPoints, roundedScore, totalWeight, type NormalisedQuery } from './scoring.js';
import { WorstOnTopHeap, type TopKCandidate } from './top-k.js';

type GrowableArray = Int32Array | Uint32Array | Uint8Array;

/** `array`, or a copy at least `size` long (doubling) when it is shorter. */
function grown<T extends GrowableArray>(array: T, size: number): T {
  if (size <= array.length) return array;
  const next = new (array.constructor as new (length: number) => T)(Math.max(size, array.length * 2, 1024));
  next.set(array);
  return next;
}

/** A column's values as dense ids, in the order first seen. */
export class Dictionary<K> {
  readonly #ids = new Map<K, number>();
  id(value: K): number {
    let id = this.#ids.get(value);
    if (id === undefined) this.#ids.set(value, (id = this.#ids.size));
    return id;
  }
  /** -1 for a value no row ever had (or none): it matches nobody. */
  find(value: K | undefined | null): number {
    return value === undefined || value === null ? -1 : (this.#ids.get(value) ?? -1);
  }
  get size(): number {
    return this.#ids.size;
  }
}

/** The rows that were given each value, in the order given (dead rows stay: the search skips them). */
class RowsByValue {
  readonly #rows: Int32Array[] = [];
  readonly #counts: number[] = [];

  add(id: number, row: number): void {
    const count = this.#counts[id] ?? 0;
    this.#rows[id] = grown(this.#rows[id] ?? new Int32Array(0), count + 1);
    this.#rows[id][count] = row;
    this.#counts[id] = count + 1;
  }

  of(id: number): Int32Array {
    return id < 0 || !this.#rows[id] ? new Int32Array(0) : this.#rows[id].subarray(0, this.#counts[id]);
  }
}

/** A set-valued column: `words` 32-bit words per row, one bit per dictionary id; wider when a new value needs it. */
export class BitsetColumn<K> {
  readonly dictionary = new Dictionary<K>();
  words = 1;
  bits = new Uint32Array(0);
  /** With `rowsByValue`, the rows of each value: a search that requires a value visits only those. */
  readonly #byValue: RowsByValue | undefined;

  constructor(options: { rowsByValue?: boolean } = {}) {
    this.#byValue = options.rowsByValue ? new RowsByValue() : undefined;
  }

  set(row: number, values: readonly K[]): void {
    const ids = values.map((value) => this.dictionary.id(value));
    const words = Math.max(1, Math.ceil(this.dictionary.size / 32));
    if (words > this.words) this.#widen(words);
    this.bits = grown(this.bits, (row + 1) * this.words);
    const at = row * this.words;
    this.bits.fill(0, at, at + this.words);
    for (const id of ids) {
      const word = at + (id >>> 5);
      const bit = 1 << (id & 31);
      // A value given twice lists the row once.
      if (this.#byValue && !(this.bits[word] & bit)) this.#byValue.add(id, row);
      this.bits[word] |= bit;
    }
  }

  /** The rows given `value` (some since replaced or removed); only with `rowsByValue`. */
  rowsWith(value: K | undefined): Int32Array {
    if (!this.#byValue) throw new Error('This column keeps no rows by value.');
    return this.#byValue.of(this.dictionary.find(value));
  }

  #widen(words: number): void {
    const rows = Math.floor(this.bits.length / this.words);
    const next = new Uint32Array(rows * words);
    for (let row = 0; row < rows; row++) next.set(this.bits.subarray(row * this.words, (row + 1) * this.words), row * words);
    this.bits = next;
    this.words = words;
  }

  /** The values as a mask of a row's shape; values no row has set no bit. */
  mask(values: readonly (K | undefined)[]): Uint32Array {
    const mask = new Uint32Array(this.words);
    for (const value of values) {
      const id = this.dictionary.find(value);
      if (id >= 0) mask[id >>> 5] |= 1 << (id & 31);
    }
    return mask;
  }

  /** Whether the row has any of the mask's values. */
  any(row: number, mask: Uint32Array): boolean {
    for (let w = 0, at = row * this.words; w < this.words; w++, at++) if ((this.bits[at] & mask[w]) !== 0) return true;
    return false;
  }

  /** How many of the mask's values the row has. */
  shared(row: number, mask: Uint32Array): number {
    let count = 0;
    for (let w = 0, at = row * this.words; w < this.words; w++, at++) {
      for (let v = (this.bits[at] & mask[w]) >>> 0; v; v &= v - 1) count++;
    }
    return count;
  }

  /** Whether the row has every value of the mask. */
  hasAll(row: number, mask: Uint32Array): boolean {
    for (let w = 0, at = row * this.words; w < this.words; w++, at++) if (((this.bits[at] & mask[w]) >>> 0) !== mask[w]) return false;
    return true;
  }
}

/** One offered mentor, as what scoring reads: values of type K (codes or strings). */
export interface CompactMentor<K> {
  id: string;
  occupations: readonly K[];
  licensedIn: readonly K[];
  /** Primary language subtags (or their codes). */
  languages: readonly K[];
  credentialSteps: readonly K[];
  formats: readonly K[];
  offers: readonly K[];
  jurisdiction: K;
  origin: K | null;
  /** Availability plus responsiveness: the points that do not depend on the query. */
  basePoints: number;
  rotationKey: number;
}

/** A query with its values in the rows' terms (the same K); a value no row has matches nobody. */
export interface CompactQuery<K> {
  query: NormalisedQuery;
  occupation?: K;
  jurisdiction?: K;
  languages: readonly K[];
  origin?: K;
  credentialSteps: readonly K[];
  format?: K;
  offers: readonly K[];
}

/** Offered mentors as typed arrays. A changed mentor's old row is marked dead and a new one appended. */
export class CompactMentorRows<K> {
  rows = 0;
  live = 0;
  readonly ids: string[] = [];
  readonly #rowOf = new Map<string, number>();
  #alive = new Uint8Array(0);
  #jurisdiction = new Int32Array(0);
  #origin = new Int32Array(0);
  #basePoints = new Uint8Array(0);
  #rotationKey = new Uint32Array(0);
  readonly #jurisdictions = new Dictionary<K>();
  readonly #origins = new Dictionary<K>();
  /** Most searches require an occupation (the finder's first field): their rows are listed per occupation. */
  readonly #occupations = new BitsetColumn<K>({ rowsByValue: true });
  readonly #licensedIn = new BitsetColumn<K>();
  readonly #languages = new BitsetColumn<K>();
  readonly #steps = new BitsetColumn<K>();
  readonly #formats = new BitsetColumn<K>();
  readonly #offers = new BitsetColumn<K>();

  remove(id: string): void {
    const row = this.#rowOf.get(id);
    if (row === undefined) return;
    this.#alive[row] = 0;
    this.#rowOf.delete(id);
    this.live--;
  }

  /** Adds the mentor (replacing its earlier row); its row number. */
  put(mentor: CompactMentor<K>): number {
    this.remove(mentor.id);
    const row = this.rows++;
    this.live++;
    this.ids[row] = mentor.id;
    this.#rowOf.set(mentor.id, row);
    this.#alive = grown(this.#alive, row + 1);
    this.#jurisdiction = grown(this.#jurisdiction, row + 1);
    this.#origin = grown(this.#origin, row + 1);
    this.#basePoints = grown(this.#basePoints, row + 1);
    this.#rotationKey = grown(this.#rotationKey, row + 1);
    this.#alive[row] = 1;
    this.#jurisdiction[row] = this.#jurisdictions.id(mentor.jurisdiction);
    this.#origin[row] = mentor.origin === null ? -1 : this.#origins.id(mentor.origin);
    this.#basePoints[row] = mentor.basePoints;
    this.#rotationKey[row] = mentor.rotationKey;
    this.#occupations.set(row, mentor.occupations);
    this.#licensedIn.set(row, mentor.licensedIn);
    this.#languages.set(row, mentor.languages);
    this.#steps.set(row, mentor.credentialSteps);
    this.#formats.set(row, mentor.formats);
    this.#offers.set(row, mentor.offers);
    return row;
  }

  /**
   * The page plus one, best first, in SQL's order (`buildSearchSql` in the server's search.ts):
   * the same points, rounding, bands, rotation tie-break and cursor position.
   */
  rank(coded: CompactQuery<K>, seed: number, cursor: SearchCursor | undefined, limit: number): TopKCandidate[] {
    const { query } = coded;
    const { require } = query;
    // A wanted offer no mentor has: nobody offers every wanted one.
    if (coded.offers.some((offer) => this.#offers.dictionary.find(offer) < 0)) return [];
    const needOccupation = require.has('occupation');
    const needJurisdiction = require.has('jurisdiction');
    const needLicence = require.has('licensed');
    const needLanguage = require.has('language');
    const needOrigin = require.has('origin');
    const needFormat = require.has('format');
    const needSteps = require.has('credential-path');
    const needOffers = coded.offers.length > 0;
    // As applicableFactors(): a criterion scores only when the query gives it.
    const scoreOccupation = Boolean(query.occupation);
    const scoreJurisdiction = Boolean(query.jurisdiction);
    const scoreLanguage = query.languages.length > 0;
    const scoreFormat = Boolean(query.format);
    const stepCount = query.credentialSteps.length;
    const occupation = this.#occupations.mask([coded.occupation]);
    const licensed = this.#licensedIn.mask([coded.jurisdiction]);
    const targetJurisdiction = this.#jurisdictions.find(coded.jurisdiction);
    const languages = this.#languages.mask(coded.languages);
    const steps = this.#steps.mask(coded.credentialSteps);
    const format = this.#formats.mask([coded.format]);
    const offers = this.#offers.mask(coded.offers);
    const origin = query.originCountry ? this.#origins.find(coded.origin) : -1;
    const total = totalWeight(query);
    const heap = new WorstOnTopHeap(limit + 1);
    // A required occupation: only its rows can pass (a tenth of them with eleven occupations).
    const only = needOccupation ? this.#occupations.rowsWith(coded.occupation) : undefined;
    const count = only ? only.length : this.rows;
    for (let at = 0; at < count; at++) {
      const row = only ? only[at] : at;
      if (!this.#alive[row]) continue;
      const hasOccupation = scoreOccupation && this.#occupations.any(row, occupation);
      if (needOccupation && !hasOccupation) continue;
      const isLicensed = scoreJurisdiction && this.#licensedIn.any(row, licensed);
      const worksThere = scoreJurisdiction && this.#jurisdiction[row] === targetJurisdiction;
      if (needJurisdiction && !worksThere && !isLicensed) continue;
      if (needLicence && !isLicensed) continue;
      const speaks = scoreLanguage && this.#languages.any(row, languages);
      if (needLanguage && !speaks) continue;
      const sameOrigin = origin >= 0 && this.#origin[row] === origin;
      if (needOrigin && !sameOrigin) continue;
      const offersFormat = scoreFormat && this.#formats.any(row, format);
      if (needFormat && !offersFormat) continue;
      const sharedSteps = stepCount ? this.#steps.shared(row, steps) : 0;
      if (needSteps && sharedSteps === 0) continue;
      if (needOffers && !this.#offers.hasAll(row, offers)) continue;
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
