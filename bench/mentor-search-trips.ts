/**
 * Where one indexed mentor search spends its time: each statement it sends the database, by kind,
 * and the in-memory ranking (`rank`), over the search bench's measured queries after its warm-up.
 * Not a bench (nothing is judged): it prints a table for the report beside bench/results/mentor-search.md.
 *
 *   node --import tsx bench/mentor-search-trips.ts .tmp/bench-mentors-<key>/data
 *
 * (the data folder the mentor-search bench made; run it first).
 */
import { loadavg } from 'node:os';
import { PgliteDatabase } from '../src/server/db/pglite.js';
import type { Queryable } from '../src/server/db/types.js';
import { searchMentors } from '../src/server/store/mentors.js';
import { timeIndexRanking } from './lib/time-ranking.js';
import { generateQueries } from './lib/search-queries.js';
import { summarise } from './lib/stats.js';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('Give the data folder of the mentor-search bench (.tmp/bench-mentors-<key>/data).');

/** What a statement is for, from its text. */
function kindOf(sql: string): string {
  if (sql.includes('freshness')) return 'page rows + change-log check';
  if (sql.includes('mentor_search_changes')) return 'change-log refresh';
  if (sql.includes('FROM mentors m')) return 'page rows';
  if (sql.includes('mentor_search_codes')) return 'code look-up';
  if (sql.includes('bw_mentor_search_prune')) return 'prune (once a minute)';
  return 'other';
}

const times = new Map<string, number[]>();
const record = (kind: string, ms: number) => times.set(kind, [...(times.get(kind) ?? []), ms]);
const database = await PgliteDatabase.open({ dataDir });
const timed: Queryable & { transaction: PgliteDatabase['transaction'] } = {
  query: async (sql, params) => {
    const started = performance.now();
    try {
      return await database.query(sql, params);
    } finally {
      record(kindOf(sql), performance.now() - started);
    }
  },
  exec: (sql) => database.exec(sql),
  transaction: (work) => database.transaction(work),
};
timeIndexRanking(record);

await searchMentors(timed, 'bench', { limit: 1 }, { seed: 1 });
for (const { query, seed } of generateQueries(50, 8)) await searchMentors(timed, 'bench', query, { seed });
times.clear();
const totals: number[] = [];
const queries = generateQueries(200, 7);
for (const { query, seed } of queries) {
  const started = performance.now();
  await searchMentors(timed, 'bench', query, { seed });
  totals.push(performance.now() - started);
}
times.set('whole search', totals);
const round = (value: number) => Math.round(value * 100) / 100;
console.log(`${queries.length} searches, load average ${loadavg().map((value) => value.toFixed(1)).join(', ')}\n`);
console.log('| part | per search | p50 ms | p95 ms |\n| --- | ---: | ---: | ---: |');
for (const [kind, samples] of times) {
  const s = summarise(samples);
  console.log(`| ${kind} | ${round(samples.length / queries.length)} | ${round(s.p50)} | ${round(s.p95)} |`);
}
await database.close();
