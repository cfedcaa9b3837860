/**
 * Mentors store, search: the rows of recent pages, kept so that a search reads from the table only
 * the rows it has not seen. Reading a page's 21 rows was most of a search's time under load (their
 * heap pages mostly outside PGlite's 32 MB of shared buffers), and the pages of popular searches
 * come back often. Every write to a mentor leaves a change line (migration 039), so a kept row is as
 * fresh as its index: search-indexes.ts forgets it when the index takes in a change to that mentor,
 * or loads again, and keeps only rows read while nothing had changed.
 */
import type { MentorRow } from './rows.js';

/** Rows kept per database (all organisations), the most recently used: about 1 kB each. */
export const PAGE_ROWS_KEPT = 10_000;

/** Mentors' rows as pages read them, by organisation and id, least recently used first. */
export class KeptPageRows {
  readonly #rows = new Map<string, MentorRow>();

  constructor(readonly capacity = PAGE_ROWS_KEPT) {}

  /** The kept rows of `ids` (marked as just used); the ids without one in `missing`. */
  take(organisationId: string, ids: readonly string[]): { kept: Map<string, MentorRow>; missing: string[] } {
    const kept = new Map<string, MentorRow>();
    const missing: string[] = [];
    for (const id of ids) {
      const key = keyOf(organisationId, id);
      const row = this.#rows.get(key);
      if (!row) {
        missing.push(id);
        continue;
      }
      this.#rows.delete(key);
      this.#rows.set(key, row);
      kept.set(id, row);
    }
    return { kept, missing };
  }

  /** Keeps `rows` as the most recently used; the least recently used go past the capacity. */
  keep(organisationId: string, rows: readonly MentorRow[]): void {
    for (const row of rows) {
      const key = keyOf(organisationId, row.id);
      this.#rows.delete(key);
      this.#rows.set(key, row);
    }
    for (const key of this.#rows.keys()) {
      if (this.#rows.size <= this.capacity) break;
      this.#rows.delete(key);
    }
  }

  /** Forgets the rows of `ids`, or every row of the organisation. */
  forget(organisationId: string, ids?: readonly string[]): void {
    if (ids) for (const id of ids) this.#rows.delete(keyOf(organisationId, id));
    else for (const key of this.#rows.keys()) if (key.startsWith(`${organisationId}\u0000`)) this.#rows.delete(key);
  }
}

const keyOf = (organisationId: string, id: string) => `${organisationId}\u0000${id}`;
