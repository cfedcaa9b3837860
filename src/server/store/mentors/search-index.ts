/**
 * Mentors store: the in-memory search index of one organisation. Its rows of `mentor_search`
 * (migration 037: integer codes, bitmasks, base points, rotation key) are held as compact typed
 * arrays (the core's CompactMentorRows, which the search bench's limit reference uses too), and a
 * search is one pass over them with a bounded heap of the page plus one: the work SQL does per row,
 * without a statement's costs per row. Scores, filters, ties and the cursor are SQL's
 * (`buildSearchSql` in search.ts); a test compares both on random queries. How it is kept as fresh
 * as the database, per database and organisation, is in search-indexes.ts.
 */
import { CompactMentorRows, type CompactMentor, type CompactQuery, type SearchCursor, type TopKCandidate } from '../../../core/mentor/index.js';

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
/** Rankings kept per index until it changes: about 2 kB each. */
const RANKINGS_KEPT = 500;

/** The bits set in a mask (bw_format_mask, bw_offer_mask in 037), by position: a set of small codes. */
export function maskBits(mask: number): number[] {
  const bits: number[] = [];
  for (let bit = 0; bit < 32; bit++) if (mask & (1 << bit)) bits.push(bit);
  return bits;
}

/** A query with its values as codes (formats and offers as bit positions): -1 where no mentor ever had the value. */
export type CodedQuery = CompactQuery<number>;

/** One organisation's offered mentors, by code. */
export class OrganisationIndex extends CompactMentorRows<number> {
  /**
   * The rankings made since the index last changed, by criteria, seed, cursor and size, oldest first:
   * most searches ask for the first page of a few common criteria (with a publishable key, one seed a
   * day), and a ranking depends on nothing else. Any change empties it.
   */
  readonly #rankings = new Map<string, TopKCandidate[]>();

  override put(mentor: CompactMentor<number>): number {
    this.#rankings.clear();
    return super.put(mentor);
  }

  override remove(id: string): void {
    this.#rankings.clear();
    super.remove(id);
  }

  /** `rank()`, answered again without ranking while the index has not changed; the result is shared: read it only. */
  rankOnce(coded: CodedQuery, seed: number, cursor: SearchCursor | undefined, limit: number): readonly TopKCandidate[] {
    const { query } = coded;
    // The query's own values (not only their codes): whether a criterion is given counts in the score even without a code.
    const key = JSON.stringify([query.occupation, query.jurisdiction, query.languages, query.originCountry, query.format, query.credentialSteps, query.offers, [...query.require].sort(), seed, cursor ? [cursor.band, cursor.tieBreak, cursor.id] : null, limit]);
    let ranked = this.#rankings.get(key);
    if (!ranked) {
      ranked = this.rank(coded, seed, cursor, limit);
      if (this.#rankings.size >= RANKINGS_KEPT) this.#rankings.delete(this.#rankings.keys().next().value!);
      this.#rankings.set(key, ranked);
    }
    return ranked;
  }

  get worn(): boolean {
    return this.rows - this.live > this.rows * MAX_DEAD_SHARE && this.rows > 1_000;
  }

  putRow(source: CodedRow): void {
    this.put({
      id: source.id,
      occupations: source.occupations,
      licensedIn: source.licensed_in,
      languages: source.language_codes,
      credentialSteps: source.credential_steps,
      formats: maskBits(source.formats),
      offers: maskBits(source.offers),
      jurisdiction: source.jurisdiction,
      origin: source.origin_country,
      basePoints: source.base_points,
      rotationKey: Number(source.rotation_key),
    });
  }
}
