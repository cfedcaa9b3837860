/** Mentors store, search: a page and its cursor from ranked rows, whichever ranked them (SQL or the in-memory index). */
import type { Page } from '../../../api/common.js';
import type { MentorMatch, MentorProfile, MentorSearchQuery } from '../../../api/mentor.js';
import { DEFAULT_PAGE_SIZE, decodeCursor, encodeCursor, queryFingerprint, scoreMentor, type NormalisedQuery } from '../../../core/mentor/index.js';
import { readCursor } from '../../wire.js';
import { mentorFromRow, type MentorRow } from './rows.js';

/** The search's cursor (it must belong to a search with the same criteria); a foreign or tampered one is refused. */
export function decodeSearchCursor(query: MentorSearchQuery) {
  return readCursor(query.cursor, (text) => decodeCursor(text, query));
}

/** A ranked row of a page: the mentor's row and its place in the order. */
export interface RankedRow {
  row: MentorRow;
  score: number;
  band: number;
  tieBreak: number;
  /** The row as a mentor and the core's explanation, when the ranker has them already (the index checks each row's score). */
  scored?: { mentor: MentorProfile; factors: MentorMatch['factors'] };
}

/** The page and its cursor from the page plus one, ranked; explanations come from the core. */
export function pageOf(ranked: RankedRow[], query: MentorSearchQuery, normalised: NormalisedQuery, seed: number): Page<MentorMatch> {
  const limit = query.limit ?? DEFAULT_PAGE_SIZE;
  const page = ranked.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(({ row, score, scored }) => {
      if (scored) return { mentor: scored.mentor, score, factors: scored.factors };
      const mentor = mentorFromRow(row);
      // The explanation comes from the reference implementation; the score is the search's, which the tests prove equal.
      return { mentor, score, factors: scoreMentor(mentor, normalised).factors };
    }),
    nextCursor:
      ranked.length > limit && last
        ? encodeCursor({ band: last.band, tieBreak: last.tieBreak, id: last.row.id, seed, query: queryFingerprint(query) })
        : null,
  };
}

