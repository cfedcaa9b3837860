/**
 * Mentors store, search: the in-memory indexes of one database, and the page they rank. The
 * database stays the source of truth:
 * - before every search an organisation's index reads which mentors changed since it last looked
 *   (migration 039: one line per statement and organisation, with its transaction id) and reloads
 *   only those, so it is as fresh as the database whichever server instance wrote;
 * - lines older than CHANGE_RETENTION are pruned, at most once a minute per server; an index that
 *   last looked before the newest pruned line loads again from scratch;
 * - the page's mentors are then read from `mentors`, and a page whose rows no longer agree with
 *   the index (a write landed between the two reads) is answered by SQL instead;
 * - each organisation has its own index, and each database its own set of them; a transaction
 *   has none (its own uncommitted writes only SQL sees).
 */
import type { Page } from '../../../api/common.js';
import type { MentorMatch, MentorSearchQuery } from '../../../api/mentor.js';
import { DEFAULT_PAGE_SIZE, normaliseQuery, scoreMentor, type NormalisedQuery } from '../../../core/mentor/index.js';
import type { Queryable } from '../../db/types.js';
import { MENTOR_COLUMNS, mentorFromRow, type MentorRow } from './rows.js';
import { CODED_COLUMNS, OrganisationIndex, type CodedQuery, type CodedRow } from './search-index.js';
import { decodeSearchCursor, pageOf, type RankedRow } from './search-page.js';

/**
 * Rows read per statement when an index loads. The load's rows are garbage once coded, and the heap
 * V8 keeps after a load follows the most it held at once: 10,000 rows peaked at 109 MB of heap, 2,000 at 64.
 */
const LOAD_CHUNK = 2_000;
/** How long the change log keeps a line: an index that has not looked for longer may load again in full. */
export const CHANGE_RETENTION = '10 minutes';
/** How often one server prunes the change log. */
const PRUNE_EVERY_MS = 60_000;

/** One organisation's index and how fresh it is. */
interface OrganisationState {
  index?: OrganisationIndex;
  /** The oldest transaction that was still running when the index last looked (xid8 as text). */
  horizon: string;
  /** The refresh in progress, if any; a refresh that has not started yet, which a new search may join. */
  running: Promise<void>;
  waiting?: Promise<OrganisationIndex>;
}

type CodeKind = 'occupation' | 'jurisdiction' | 'language' | 'country' | 'step';

/** Every organisation's index over one database, and the codes of search values (a code never changes). */
export class MentorSearchIndexes {
  readonly #organisations = new Map<string, OrganisationState>();
  readonly #codes = new Map<string, number>();
  readonly #masks = new Map<string, number>();

  /** The organisation's index, refreshed after this call began: it holds every write committed before. */
  fresh(db: Queryable, organisationId: string): Promise<OrganisationIndex> {
    let state = this.#organisations.get(organisationId);
    if (!state) this.#organisations.set(organisationId, (state = { horizon: '0', running: Promise.resolve() }));
    const current = state;
    if (!current.waiting) {
      const refresh = current.running.then(() => {
        current.waiting = undefined;
        return this.#refresh(db, organisationId, current);
      });
      current.waiting = refresh;
      current.running = refresh.then(() => undefined, () => undefined);
    }
    return current.waiting;
  }

  async #refresh(db: Queryable, organisationId: string, state: OrganisationState): Promise<OrganisationIndex> {
    if (state.index && !state.index.worn) {
      // One statement, so one snapshot: the lines, the prune marker and the new horizon agree.
      const { rows } = await db.query<{ horizon: string; lost: boolean; emptied: boolean; changed: string[] }>(
        `SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS horizon,
           (SELECT pruned_through >= $2::xid8 FROM mentor_search_pruned) AS lost,
           EXISTS (SELECT 1 FROM mentor_search_changes WHERE organisation_id IS NULL AND xid >= $2::xid8) AS emptied,
           ARRAY(SELECT DISTINCT unnest(mentor_ids) FROM mentor_search_changes WHERE organisation_id = $1 AND xid >= $2::xid8) AS changed`,
        [organisationId, state.horizon],
      );
      const { horizon, lost, emptied, changed } = rows[0];
      if (!lost && !emptied) {
        if (changed.length) {
          const fresh = await db.query<CodedRow>(`SELECT ${CODED_COLUMNS} FROM mentor_search WHERE organisation_id = $1 AND id = ANY($2::text[])`, [organisationId, changed]);
          for (const id of changed) state.index.remove(id);
          for (const row of fresh.rows) state.index.put(row);
        }
        state.horizon = horizon;
        return state.index;
      }
      // The table was emptied (a restore): codes may have changed too.
      if (emptied) this.#codes.clear();
    }
    const { rows } = await db.query<{ horizon: string }>('SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS horizon');
    const index = new OrganisationIndex();
    // Rows read after the horizon are at least as new as it; whatever changes after it is read again next time.
    for (let after = ''; ; ) {
      const chunk = await db.query<CodedRow>(
        `SELECT ${CODED_COLUMNS} FROM mentor_search WHERE organisation_id = $1 AND id > $2 ORDER BY id LIMIT ${LOAD_CHUNK}`,
        [organisationId, after],
      );
      for (const row of chunk.rows) index.put(row);
      if (chunk.rows.length < LOAD_CHUNK) break;
      after = chunk.rows[chunk.rows.length - 1].id;
    }
    state.index = index;
    state.horizon = rows[0].horizon;
    return index;
  }

  /** The query's values as codes, looked up in `mentor_search_codes` the first time each is seen. */
  async coded(db: Queryable, query: NormalisedQuery): Promise<CodedQuery> {
    const wanted: Array<[CodeKind, string]> = [
      ...(query.occupation ? [['occupation', query.occupation] as [CodeKind, string]] : []),
      ...(query.jurisdiction ? [['jurisdiction', query.jurisdiction] as [CodeKind, string]] : []),
      ...query.languages.map((value) => ['language', value] as [CodeKind, string]),
      ...(query.originCountry ? [['country', query.originCountry] as [CodeKind, string]] : []),
      ...query.credentialSteps.map((value) => ['step', value] as [CodeKind, string]),
    ];
    const key = (kind: string, value: string) => `${kind}\u0000${value}`;
    const missing = wanted.filter(([kind, value]) => !this.#codes.has(key(kind, value)));
    if (missing.length) {
      const found = await db.query<{ kind: string; value: string; code: number }>(
        `SELECT c.kind, c.value, c.code FROM unnest($1::text[], $2::text[]) AS w(kind, value)
         JOIN mentor_search_codes c ON c.kind = w.kind AND c.value = w.value`,
        [missing.map(([kind]) => kind), missing.map(([, value]) => value)],
      );
      // Only codes that exist are kept: a value without one may get one with the next write.
      for (const row of found.rows) this.#codes.set(key(row.kind, row.value), row.code);
    }
    const code = (kind: CodeKind, value: string | undefined) => (value === undefined ? -1 : (this.#codes.get(key(kind, value)) ?? -1));
    const masks = [...(query.format ? [`format:${query.format}`] : []), ...query.offers.map((offer) => `offer:${offer}`)];
    const unknownMasks = masks.filter((name) => !this.#masks.has(name));
    if (unknownMasks.length) {
      // The bits come from the database's own vocabularies (bw_format_mask, bw_offer_mask in 037).
      const { rows } = await db.query<{ name: string; mask: number }>(
        `SELECT name, CASE WHEN name LIKE 'format:%' THEN bw_format_mask(ARRAY[substr(name, 8)]) ELSE bw_offer_mask(ARRAY[substr(name, 7)]) END AS mask
         FROM unnest($1::text[]) AS name`,
        [unknownMasks],
      );
      for (const row of rows) this.#masks.set(row.name, Number(row.mask));
    }
    return {
      query,
      occupation: code('occupation', query.occupation),
      jurisdiction: code('jurisdiction', query.jurisdiction),
      languages: query.languages.map((value) => code('language', value)),
      origin: code('country', query.originCountry),
      steps: query.credentialSteps.map((value) => code('step', value)),
      formatMask: query.format ? this.#masks.get(`format:${query.format}`)! : 0,
      offerMask: query.offers.reduce((mask, offer) => mask | this.#masks.get(`offer:${offer}`)!, 0),
    };
  }
}

const lastPruned = new WeakMap<object, number>();

/** Deletes the change log's lines older than `retention` (a PostgreSQL interval); how many it deleted. */
export async function pruneSearchChanges(db: Queryable, retention = CHANGE_RETENTION): Promise<number> {
  const { rows } = await db.query<{ pruned: number }>('SELECT bw_mentor_search_prune($1::interval) AS pruned', [retention]);
  return rows[0].pruned;
}

/**
 * Prunes the change log when this server has not for a minute. Searches call it whether or not the
 * index is on, so the log stays short on every server; a transaction never prunes.
 */
export async function pruneSearchChangesWhenDue(db: Queryable & { transaction?: unknown }, now = Date.now()): Promise<void> {
  if (typeof db.transaction !== 'function' || now - (lastPruned.get(db) ?? 0) < PRUNE_EVERY_MS) return;
  lastPruned.set(db, now);
  await pruneSearchChanges(db);
}

/** `off` ranks every search by SQL alone (README, environment). */
export const SEARCH_INDEX_ENV = 'BRIDGEWAY_SEARCH_INDEX';

const byDatabase = new WeakMap<object, MentorSearchIndexes>();

/**
 * The indexes of `db` when it is a database (it can open transactions); none inside a transaction,
 * whose own uncommitted writes only SQL sees, nor when the environment turns the index off.
 */
export function searchIndexesOf(db: Queryable & { transaction?: unknown }, env: NodeJS.ProcessEnv = process.env): MentorSearchIndexes | undefined {
  if (typeof db.transaction !== 'function' || env[SEARCH_INDEX_ENV] === 'off') return undefined;
  let indexes = byDatabase.get(db);
  if (!indexes) byDatabase.set(db, (indexes = new MentorSearchIndexes()));
  return indexes;
}

/**
 * The page from the in-memory index, its mentors read from the table; null when a row read does not
 * agree with the index (a write landed in between), and SQL then answers.
 */
export async function searchByIndex(
  indexes: MentorSearchIndexes,
  db: Queryable,
  organisationId: string,
  query: MentorSearchQuery,
  options: { seed: number },
): Promise<Page<MentorMatch> | null> {
  const normalised = normaliseQuery(query);
  const cursor = decodeSearchCursor(query);
  const seed = cursor?.seed ?? options.seed;
  const index = await indexes.fresh(db, organisationId);
  const coded = await indexes.coded(db, normalised);
  const ranked = index.rank(coded, seed, cursor, query.limit ?? DEFAULT_PAGE_SIZE);
  if (!ranked.length) return pageOf([], query, normalised, seed);
  const { rows } = await db.query<MentorRow>(
    `SELECT ${MENTOR_COLUMNS} FROM mentors m
     WHERE m.organisation_id = $1 AND m.id = ANY($2::text[]) AND EXISTS (SELECT 1 FROM mentor_search s WHERE s.id = m.id)`,
    [organisationId, ranked.map((candidate) => candidate.id)],
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  const page: RankedRow[] = [];
  for (const candidate of ranked) {
    const row = byId.get(candidate.id);
    if (!row || scoreMentor(mentorFromRow(row), normalised).score !== candidate.score) return null;
    page.push({ row, score: candidate.score, band: candidate.band, tieBreak: candidate.tieBreak });
  }
  return pageOf(page, query, normalised, seed);
}

