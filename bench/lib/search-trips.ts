/** What one indexed mentor search spends its time on: each statement it sends, by kind, and the in-memory ranking. */
import type { Database, Queryable } from '../../src/server/db/types.js';
import { searchMentors } from '../../src/server/store/mentors.js';
import type { MentorSearchQuery } from '../../src/api/mentor.js';
import { summarise, type Summary } from './stats.js';
import { timeIndexRanking } from './time-ranking.js';

/** What a statement is for, from its text. */
export function kindOf(sql: string): string {
  if (sql.includes('freshness')) return 'page rows + change-log check';
  if (sql.includes('mentor_search_changes')) return 'change-log refresh';
  if (sql.includes('FROM mentors m')) return 'page rows';
  if (sql.includes('mentor_search_codes')) return 'code look-up';
  if (sql.includes('bw_mentor_search_prune')) return 'prune (once a minute)';
  return 'other';
}

/** `database` as searches see it (a database, so with its index), each statement's milliseconds given to `record` by kind. */
type Searchable = Queryable & Pick<Database, 'transaction' | 'queryPrepared'>;

export function timedDatabase(database: Searchable, record: (kind: string, ms: number) => void): Searchable {
  const timed = async <T>(sql: string, work: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    try {
      return await work();
    } finally {
      record(kindOf(sql), performance.now() - started);
    }
  };
  const queryPrepared = database.queryPrepared?.bind(database);
  return {
    query: (sql, params) => timed(sql, () => database.query(sql, params)),
    ...(queryPrepared && { queryPrepared: <Row>(name: string, sql: string, params: unknown[]) => timed(sql, () => queryPrepared<Row>(name, sql, params)) }),
    exec: (sql) => database.exec(sql),
    transaction: (work) => database.transaction(work),
  };
}

/**
 * The parts of each indexed search of `queries` (after `warmUp`, untimed), and beside each search, in
 * the same moment, a bare round trip (`SELECT 1`): what any statement costs on this machine now, the
 * baseline a search's one statement is judged against. Per part: how many per search, and its times.
 */
export async function timeSearchTrips(
  database: Searchable,
  organisationId: string,
  queries: ReadonlyArray<{ query: MentorSearchQuery; seed: number }>,
  warmUp: ReadonlyArray<{ query: MentorSearchQuery; seed: number }>,
): Promise<Array<{ part: string; perSearch: number; ms: Summary }>> {
  const times = new Map<string, number[]>();
  let counting = false;
  const record = (kind: string, ms: number) => {
    if (counting) times.set(kind, [...(times.get(kind) ?? []), ms]);
  };
  const restore = timeIndexRanking(record);
  try {
    const timed = timedDatabase(database, record);
    for (const { query, seed } of warmUp) await searchMentors(timed, organisationId, query, { seed });
    counting = true;
    const whole: number[] = [];
    const bare: number[] = [];
    for (const { query, seed } of queries) {
      let started = performance.now();
      await database.query('SELECT 1');
      bare.push(performance.now() - started);
      started = performance.now();
      await searchMentors(timed, organisationId, query, { seed });
      whole.push(performance.now() - started);
    }
    counting = false;
    times.set('whole search', whole);
    times.set('baseline: a bare round trip (SELECT 1) just before each search', bare);
    return [...times].map(([part, samples]) => ({ part, perSearch: Math.round((samples.length / queries.length) * 100) / 100, ms: summarise(samples) }));
  } finally {
    restore();
  }
}
