/**
 * Where one indexed mentor search spends its time: each statement it sends the database, by kind,
 * and the in-memory ranking (`rank`), over the search bench's measured queries after its warm-up,
 * each beside a bare round trip (`SELECT 1`) as the baseline. Not a bench (nothing is judged): it
 * prints a table for the report beside bench/results/mentor-search.md. The mentor search bench runs
 * the same on PostgreSQL.
 *
 *   node --import tsx bench/mentor-search-trips.ts .tmp/bench-mentors-<key>/data
 *
 * (the data folder the mentor-search bench made; run it first).
 */
import { loadavg } from 'node:os';
import { PgliteDatabase } from '../src/server/db/pglite.js';
import { generateQueries } from './lib/search-queries.js';
import { timeSearchTrips } from './lib/search-trips.js';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('Give the data folder of the mentor-search bench (.tmp/bench-mentors-<key>/data).');

const database = await PgliteDatabase.open({ dataDir });
const queries = generateQueries(200, 7);
const parts = await timeSearchTrips(database, 'bench', queries, [{ query: { limit: 1 }, seed: 1 }, ...generateQueries(50, 8)]);
const round = (value: number) => Math.round(value * 100) / 100;
console.log(`${queries.length} searches, load average ${loadavg().map((value) => value.toFixed(1)).join(', ')}\n`);
console.log('| part | per search | p50 ms | p95 ms |\n| --- | ---: | ---: | ---: |');
for (const { part, perSearch, ms } of parts) console.log(`| ${part} | ${perSearch} | ${round(ms.p50)} | ${round(ms.p95)} |`);
await database.close();
