/**
 * Ranking and cursor pagination of mentor matches. The order is
 * (score band descending, rotation tie-break ascending, id ascending): near-equal
 * mentors rotate per mentee and day, and the id makes the order total, so a keyset
 * cursor never repeats or skips a mentor. The database applies the same order; this
 * in-memory version is the reference and the benchmark's baseline.
 */
import type { MentorMatch, MentorProfile, MentorSearchQuery } from '../../api/mentor.js';
import type { Page } from '../../api/common.js';
import { decodeCursor as decodeListCursor, encodeCursor as encodeListCursor, InvalidCursorError } from '../cursor.js';
import { fnv1a32, rotationKey, rotationTieBreak, scoreBand } from './rotation.js';
import { isOffered, normaliseQuery, passesHardFilters, scoreMentor, type NormalisedQuery } from './scoring.js';

export const DEFAULT_PAGE_SIZE = 20;

/** The position of a match in the order; a cursor names the last one of a page. */
export interface RankPosition {
  band: number;
  tieBreak: number;
  id: string;
}

export interface SearchCursor extends RankPosition {
  /** The rotation seed, so every page of one search uses the same order. */
  seed: number;
  /** A fingerprint of the query, so a cursor is not reused with other criteria. */
  query: number;
}

export { InvalidCursorError };

/** Compares two positions in rank order: negative when `a` comes first. */
export function compareRank(a: RankPosition, b: RankPosition): number {
  if (a.band !== b.band) return b.band - a.band;
  if (a.tieBreak !== b.tieBreak) return a.tieBreak - b.tieBreak;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A stable fingerprint of the criteria of a query (everything but cursor and limit). */
export function queryFingerprint(query: MentorSearchQuery): number {
  const { cursor: _cursor, limit: _limit, ...criteria } = query;
  const sorted = Object.keys(criteria)
    .sort()
    .map((key) => {
      const value = (criteria as Record<string, unknown>)[key];
      return [key, Array.isArray(value) ? [...value].sort() : value];
    })
    .filter(([, value]) => value !== undefined);
  return fnv1a32(JSON.stringify(sorted));
}

const CURSOR_LIST = 'mentors';
const CURSOR_SHAPE = ['integer', 'integer', 'string', 'integer', 'integer'] as const;

export function encodeCursor(cursor: SearchCursor): string {
  return encodeListCursor(CURSOR_LIST, [cursor.band, cursor.tieBreak, cursor.id, cursor.seed, cursor.query]);
}

/** Reads a cursor; throws {@link InvalidCursorError} when it is malformed or belongs to other criteria. */
export function decodeCursor(text: string, query: MentorSearchQuery): SearchCursor {
  const [band, tieBreak, id, seed, fingerprint] = decodeListCursor(text, CURSOR_LIST, CURSOR_SHAPE);
  if (fingerprint !== queryFingerprint(query)) throw new InvalidCursorError('The cursor belongs to a search with other criteria.');
  return { band, tieBreak, id, seed, query: fingerprint };
}

export interface RankOptions {
  /** The rotation seed of this mentee and day ({@link rotationSeed}); ignored when a cursor carries one. */
  seed: number;
}

export interface RankedMatch extends MentorMatch {
  position: RankPosition;
}

/** Scores, filters and orders mentors in memory, and returns one page. */
export function rankMentors(mentors: readonly MentorProfile[], query: MentorSearchQuery, options: RankOptions): Page<MentorMatch> {
  const normalised = normaliseQuery(query);
  const cursor = query.cursor ? decodeCursor(query.cursor, query) : undefined;
  const seed = cursor?.seed ?? options.seed;
  const limit = query.limit ?? DEFAULT_PAGE_SIZE;
  const ranked = matchAll(mentors, normalised, seed)
    .filter((match) => !cursor || compareRank(match.position, cursor) > 0)
    .sort((a, b) => compareRank(a.position, b.position));
  const page = ranked.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(({ position: _position, ...match }) => match),
    nextCursor: ranked.length > limit && last ? encodeCursor({ ...last.position, seed, query: queryFingerprint(query) }) : null,
  };
}

/** Every offered mentor that passes the hard filters, scored, unordered. */
export function matchAll(mentors: readonly MentorProfile[], query: NormalisedQuery, seed: number): RankedMatch[] {
  const matches: RankedMatch[] = [];
  for (const mentor of mentors) {
    if (!isOffered(mentor) || !passesHardFilters(mentor, query)) continue;
    const { score, factors } = scoreMentor(mentor, query);
    matches.push({
      mentor,
      score,
      factors,
      position: { band: scoreBand(score), tieBreak: rotationTieBreak(rotationKey(mentor.id), seed), id: mentor.id },
    });
  }
  return matches;
}
