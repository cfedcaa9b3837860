/**
 * Mentors store: the in-memory search index of one organisation. Its rows of `mentor_search`
 * (migration 037: integer codes, bitmasks, base points, rotation key) are held as compact typed
 * arrays (the core's CompactMentorRows, which the search bench's limit reference uses too), and a
 * search is one pass over them with a bounded heap of the page plus one: the work SQL does per row,
 * without a statement's costs per row. Scores, filters, ties and the cursor are SQL's
 * (`buildSearchSql` in search.ts); a test compares both on random queries. How it is kept as fresh
 * as the database, per database and organisation, is in search-indexes.ts.
 */
import { CompactMentorRows, type CompactQuery } from '../../../core/mentor/index.js';

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
