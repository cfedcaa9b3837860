/**
 * Mentors store, search: the in-memory indexes of one database, and the page they rank. The
 * database stays the source of truth, and in the steady state a search needs one statement, which
 * the searches queued together share (`look`):
 * - the index ranks the page as of its last look, and the statement that reads the page's mentors
 *   also says whether anything changed since (migration 039: one line per statement and
 *   organisation, with its transaction id); when it did (rare), the index reloads only the named
 *   mentors and ranks again, so the page is as fresh as the database whichever server instance wrote;
 * - lines older than CHANGE_RETENTION are pruned, at most once a minute per server; an index that
 *   last looked before the newest pruned line loads again from scratch;
 * - a page whose rows no longer agree with the index (a write landed between the two reads) is
 *   answered by SQL instead;
 * - codes of search values are kept once seen (a code never changes meaning: migration 037);
 * - each organisation has its own index, and each database its own set of them; a transaction
 *   has none (its own uncommitted writes only SQL sees).
 */
import type { Page } from '../../../api/common.js';
import type { MentorMatch, MentorSearchQuery } from '../../../api/mentor.js';
import { DEFAULT_PAGE_SIZE, normaliseQuery, scoreMentor, type NormalisedQuery } from '../../../core/mentor/index.js';
import type { Database, Queryable } from '../../db/types.js';
import { MENTOR_COLUMNS, mentorFromRow, type MentorRow } from './rows.js';
import { CODED_COLUMNS, OrganisationIndex, type CodedQuery, type CodedRow } from './search-index.js';
import { decodeSearchCursor, pageOf, type RankedRow } from './search-page.js';
import { KeptPageRows } from './search-page-rows.js';

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

/** An organisation's index as of its last look, and that look's horizon. */
export interface IndexView {
  index: OrganisationIndex;
  horizon: string;
}

/** A database whose statements may wait for a turn, and be built when it comes (`Database.queryWhenDue`). */
type TurnTaking = Queryable & Pick<Database, 'queryWhenDue' | 'queryPrepared'>;

/** What one look at the database found: the page rows it read, and whether the change log moved since its horizon. */
interface Look {
  moved: boolean;
  /** The look's own horizon: what the index is as fresh as when nothing moved. */
  horizon: string;
  rows: Map<string, MentorRow>;
}

/** A look not sent yet, which searches of its organisation and horizon join with the rows they miss. */
interface OpenLook {
  horizon: string;
  ids: Set<string>;
  answer: Promise<Look>;
}

/** Every organisation's index over one database, and the codes of search values (a code never changes). */
export class MentorSearchIndexes {
  readonly #organisations = new Map<string, OrganisationState>();
  readonly #codes = new Map<string, number>();
  /**
   * Values found without a code, with the count of index changes when their look-up began: such a
   * value matches no mentor of any index that has not changed since (a mentor given it would have
   * brought its code, and a change line, with it).
   */
  readonly #uncoded = new Map<string, number>();
  /** Bumped whenever an index takes in a change: what no value's absence may outlive. */
  #changes = 0;
  readonly #masks = new Map<string, number>();
  /** The rows of recent pages (search-page-rows.ts). */
  readonly #rows = new KeptPageRows();

  /** The look of each organisation that has not been sent yet. */
  readonly #openLooks = new Map<string, OpenLook>();

  /** The kept rows of `ids` (marked as just used); the ids without one in `missing`. */
  keptRows(organisationId: string, ids: readonly string[]): { kept: Map<string, MentorRow>; missing: string[] } {
    return this.#rows.take(organisationId, ids);
  }

  /**
   * Reads the rows of `ids` still offered, and whether the change log moved since `horizon`: one
   * statement (HYDRATE_SQL) that the searches queued together share. Where statements wait for their
   * turn (PGlite), it is built when its turn comes, so every search of the organisation and horizon
   * that asks meanwhile adds its ids to it; it then began after each of them asked, so it is as fresh
   * for each as a statement of its own. Rows are kept when nothing moved.
   */
  look(db: TurnTaking, organisationId: string, horizon: string, ids: readonly string[]): Promise<Look> {
    const open = this.#openLooks.get(organisationId);
    if (open?.horizon === horizon) {
      for (const id of ids) open.ids.add(id);
      return open.answer;
    }
    // Open before it is sent: a statement sent at once (no turns) closes it again in `build`.
    const look = { horizon, ids: new Set(ids) } as OpenLook;
    this.#openLooks.set(organisationId, look);
    const changes = this.#changes;
    const close = () => {
      if (this.#openLooks.get(organisationId) === look) this.#openLooks.delete(organisationId);
    };
    const build = () => {
      close();
      return { sql: HYDRATE_SQL, params: [organisationId, [...look.ids], horizon] };
    };
    const sent = db.queryWhenDue
      ? db.queryWhenDue<HydratedRow>(build)
      : db.queryPrepared
        ? db.queryPrepared<HydratedRow>('bw_mentor_search_look', HYDRATE_SQL, build().params)
        : db.query<HydratedRow>(HYDRATE_SQL, build().params);
    look.answer = sent.then(
      ({ rows }) => {
        const read = rows.filter((row) => row.id !== null).map(({ search_horizon: _, search_moved: __, ...row }) => row);
        const { search_moved: moved, search_horizon: lookHorizon } = rows[0];
        // Rows read after the index's last look, unless an index took in a change since the look was opened.
        if (!moved && changes === this.#changes) this.#rows.keep(organisationId, read);
        return { moved, horizon: lookHorizon, rows: new Map(read.map((row) => [row.id, row])) };
      },
      (error: unknown) => {
        close();
        throw error;
      },
    );
    return look.answer;
  }

  /** The organisation's index as of its last look, unless it has none yet or must load again. */
  current(organisationId: string): IndexView | undefined {
    const state = this.#organisations.get(organisationId);
    return state?.index && !state.index.worn ? { index: state.index, horizon: state.horizon } : undefined;
  }

  /**
   * Moves the horizon of `view` to `horizon`: a later snapshot found no change since `view`'s, so the
   * index is as fresh as that snapshot. Only when nothing replaced the index or moved it meanwhile.
   */
  confirm(organisationId: string, view: IndexView, horizon: string): void {
    const state = this.#organisations.get(organisationId);
    if (state && state.index === view.index && state.horizon === view.horizon) state.horizon = horizon;
  }

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
          this.#changes++;
          const fresh = await db.query<CodedRow>(`SELECT ${CODED_COLUMNS} FROM mentor_search WHERE organisation_id = $1 AND id = ANY($2::text[])`, [organisationId, changed]);
          for (const id of changed) state.index.remove(id);
          for (const row of fresh.rows) state.index.putRow(row);
          this.#rows.forget(organisationId, changed);
        }
        state.horizon = horizon;
        return state.index;
      }
      // The table was emptied (a restore): codes may have changed too.
      if (emptied) this.#codes.clear();
    }
    const { rows } = await db.query<{ horizon: string }>('SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS horizon');
    this.#changes++;
    this.#rows.forget(organisationId);
    const index = new OrganisationIndex();
    // Rows read after the horizon are at least as new as it; whatever changes after it is read again next time.
    for (let after = ''; ; ) {
      const chunk = await db.query<CodedRow>(
        `SELECT ${CODED_COLUMNS} FROM mentor_search WHERE organisation_id = $1 AND id > $2 ORDER BY id LIMIT ${LOAD_CHUNK}`,
        [organisationId, after],
      );
      for (const row of chunk.rows) index.putRow(row);
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
    const missing = wanted.filter(([kind, value]) => !this.#codes.has(key(kind, value)) && this.#uncoded.get(key(kind, value)) !== this.#changes);
    if (missing.length) {
      const changes = this.#changes;
      const found = await db.query<{ kind: string; value: string; code: number }>(
        `SELECT c.kind, c.value, c.code FROM unnest($1::text[], $2::text[]) AS w(kind, value)
         JOIN mentor_search_codes c ON c.kind = w.kind AND c.value = w.value`,
        [missing.map(([kind]) => kind), missing.map(([, value]) => value)],
      );
      for (const row of found.rows) this.#codes.set(key(row.kind, row.value), row.code);
      // A value without a code may get one with the next write: its absence holds until an index changes.
      for (const [kind, value] of missing) if (!this.#codes.has(key(kind, value))) this.#uncoded.set(key(kind, value), changes);
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
    // A format or offer is one bit of its mask: its position is its code.
    const bit = (name: string) => 31 - Math.clz32(this.#masks.get(name)!);
    return {
      query,
      occupation: code('occupation', query.occupation),
      jurisdiction: code('jurisdiction', query.jurisdiction),
      languages: query.languages.map((value) => code('language', value)),
      origin: code('country', query.originCountry),
      credentialSteps: query.credentialSteps.map((value) => code('step', value)),
      format: query.format ? bit(`format:${query.format}`) : undefined,
      // An offer outside the vocabulary (no bit) restricts nothing, as in SQL.
      offers: query.offers.map((offer) => bit(`offer:${offer}`)).filter((position) => position >= 0),
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

/** The page's mentors, found by the index, as the hydration statement returns them. */
type HydratedRow = MentorRow & { search_horizon: string; search_moved: boolean };

/**
 * One statement: the mentors of `ids` still offered, and whether the change log moved since
 * `horizon` (a line for the organisation, or for all of them, at or after it; or a prune through it),
 * with the statement's own horizon. A single row of nulls stands for no mentor, so the answer about
 * the log always comes back.
 */
const HYDRATE_SQL = `WITH freshness AS (
    SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS search_horizon,
      (SELECT pruned_through >= $3::xid8 FROM mentor_search_pruned)
      OR EXISTS (SELECT 1 FROM mentor_search_changes WHERE xid >= $3::xid8 AND (organisation_id = $1 OR organisation_id IS NULL)) AS search_moved
  )
  SELECT f.search_horizon, f.search_moved, ${MENTOR_COLUMNS.split(',').map((column) => `m.${column.trim()}`).join(', ')}
  FROM freshness f LEFT JOIN mentors m
    ON m.organisation_id = $1 AND m.id = ANY($2::text[]) AND EXISTS (SELECT 1 FROM mentor_search s WHERE s.id = m.id)`;

/**
 * The page from the in-memory index, its mentors read from the table or kept from an earlier page;
 * null when a row does not agree with the index (a write landed in between), and SQL then answers.
 * In the steady state one statement, shared with the searches queued with it: the index ranks as of
 * its last look, and the look reads the rows not kept (none, often) and says whether that look is
 * still current; when it is not, the index takes in the changes (dropping the changed mentors' kept
 * rows) and ranks again.
 */
export async function searchByIndex(
  indexes: MentorSearchIndexes,
  db: TurnTaking,
  organisationId: string,
  query: MentorSearchQuery,
  options: { seed: number },
): Promise<Page<MentorMatch> | null> {
  const normalised = normaliseQuery(query);
  const cursor = decodeSearchCursor(query);
  const seed = cursor?.seed ?? options.seed;
  const limit = query.limit ?? DEFAULT_PAGE_SIZE;
  let view = indexes.current(organisationId);
  for (;;) {
    // Without a current view, the refresh's own statement began after this call: its index needs no further check.
    const checked = view === undefined;
    const index = view?.index ?? (await indexes.fresh(db, organisationId));
    const ranked = index.rankOnce(await indexes.coded(db, normalised), seed, cursor, limit);
    if (!ranked.length && checked) return pageOf([], query, normalised, seed);
    const { kept: byId, missing } = indexes.keptRows(organisationId, ranked.map((candidate) => candidate.id));
    // Just refreshed and every row kept: the refresh's statement was this search's look.
    if (missing.length || !checked) {
      const horizon = (view ?? indexes.current(organisationId))?.horizon ?? '0';
      const look = await indexes.look(db, organisationId, horizon, missing);
      if (view) {
        if (look.moved) {
          view = undefined;
          continue;
        }
        indexes.confirm(organisationId, view, look.horizon);
      }
      for (const id of missing) {
        const row = look.rows.get(id);
        if (row) byId.set(id, row);
      }
    }
    const page: RankedRow[] = [];
    for (const candidate of ranked) {
      const row = byId.get(candidate.id);
      if (!row) return null;
      // The core scores the row once: its score checks the index's, its factors explain the match.
      const mentor = mentorFromRow(row);
      const { score, factors } = scoreMentor(mentor, normalised);
      if (score !== candidate.score) return null;
      page.push({ row, score, band: candidate.band, tieBreak: candidate.tieBreak, scored: { mentor, factors } });
    }
    return pageOf(page, query, normalised, seed);
  }
}
