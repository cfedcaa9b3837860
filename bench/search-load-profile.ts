/**
 * Where the server's time goes while 50 clients search at once (the mentor search bench's load
 * phase): the statements' own time at the embedded database, the in-memory ranking, garbage
 * collection, the event loop's busy share and delay, and a CPU profile of the load grouped by
 * where the code lives. Not a bench (nothing is judged): it prints tables for the report beside
 * bench/results/mentor-search.md.
 *
 *   node --import tsx --expose-gc bench/search-load-profile.ts .tmp/bench-mentors-<key>/data [index|sql] [bench|popular]
 *
 * `popular` sends, instead of the bench's 200 searches each asked two or three times at the same step,
 * 500 draws from them where the n-th is asked in proportion to 1/n (a few common searches, a long
 * tail), as a site's visitors would: how often a page's rows are found kept, and rankings reused.
 *
 * (the data folder the mentor-search bench made, or a copy; run it first). The clients run in a
 * process of their own, and the server runs as in production (responses not checked against their
 * schemas), as in the bench's budget measure (bench/lib/search-load.ts), so the profile is the server's alone.
 */
import { Session } from 'node:inspector/promises';
import { loadavg } from 'node:os';
import { PerformanceObserver, monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { PGlite } from '@electric-sql/pglite';
import { generateApiKey } from '../src/server/auth.js';
import { FairQueue } from '../src/server/db/fair-queue.js';
import { PgliteDatabase } from '../src/server/db/pglite.js';
import { startServer } from '../src/server/index.js';
import { MentorSearchIndexes, SEARCH_INDEX_ENV } from '../src/server/store/mentors/search-indexes.js';
import { seededRandom } from '../src/core/random.js';
import { timeIndexRanking } from './lib/time-ranking.js';
import { generateQueries } from './lib/search-queries.js';
import { timeLoad } from './lib/search-load.js';
import { summarise } from './lib/stats.js';

const [dataDir, mode = 'index', traffic = 'bench'] = process.argv.slice(2);
if (!dataDir) throw new Error('Give the data folder of the mentor-search bench (.tmp/bench-mentors-<key>/data).');
if (mode === 'sql') process.env[SEARCH_INDEX_ENV] = 'off';

const round = (value: number) => Math.round(value * 10) / 10;
const spent = new Map<string, number>();
const counts = new Map<string, number>();
const longest = new Map<string, number>();
const add = (what: string, ms: number) => {
  spent.set(what, (spent.get(what) ?? 0) + ms);
  counts.set(what, (counts.get(what) ?? 0) + 1);
  longest.set(what, Math.max(longest.get(what) ?? 0, ms));
};
let counting = false;
/** Rows the page statements asked for (the ids the searches' pages missed, each once per statement). */
let rowsAsked = 0;

/** A statement's own time: PGlite runs it synchronously once its turn comes, so this is time the loop is held. */
function statementKind(sql: string, params: unknown): string {
  if (sql.includes('freshness')) {
    const ids = (params as unknown[] | undefined)?.[1] as unknown[];
    if (counting) rowsAsked += ids.length;
    return ids.length === 0 ? 'statement: change-log check (no row to read)' : 'statement: page rows + change-log check';
  }
  if (sql.includes('api_keys')) return 'statement: key look-up';
  if (sql.includes('mentor_search_codes') && sql.includes('unnest')) return 'statement: code look-up';
  if (sql.includes('FROM mentor_search m') || sql.includes('scored')) return 'statement: SQL ranking';
  return 'statement: other';
}
const query = PGlite.prototype.query;
PGlite.prototype.query = async function (this: PGlite, ...args: Parameters<typeof query>) {
  const started = performance.now();
  try {
    return await query.apply(this, args);
  } finally {
    if (counting) add(statementKind(String(args[0]), args[1]), performance.now() - started);
  }
} as typeof query;
timeIndexRanking((kind, ms) => counting && add(kind, ms));
/** Page rows the index ranked, and how many of them were not kept from an earlier page. */
let rowsRanked = 0;
let rowsMissing = 0;
const keptRows = MentorSearchIndexes.prototype.keptRows;
MentorSearchIndexes.prototype.keptRows = function (this: MentorSearchIndexes, ...args: Parameters<typeof keptRows>) {
  const answer = keptRows.apply(this, args);
  if (counting) {
    rowsRanked += args[1].length;
    rowsMissing += answer.missing.length;
  }
  return answer;
};
/** How long each database job waited for its turn in the fair queue. */
const queueWaits: number[] = [];
const jobs: Array<{ queued: number; started: number }> = [];
const runInTurn = FairQueue.prototype.run;
FairQueue.prototype.run = function <T>(this: FairQueue, work: () => Promise<T>): Promise<T> {
  const queued = performance.now();
  return runInTurn.call(this, () => {
    if (counting) {
      queueWaits.push(performance.now() - queued);
      jobs.push({ queued, started: performance.now() });
    }
    return work();
  }) as Promise<T>;
};
new PerformanceObserver((list) => {
  if (counting) for (const entry of list.getEntries()) add(`gc (${['', 'minor', 'major', '', 'incremental', '', '', '', 'weak'][((entry as unknown as { detail: { kind: number } }).detail).kind] ?? 'other'})`, entry.duration);
}).observe({ entryTypes: ['gc'] });

const ORG = 'bench';
const database = await PgliteDatabase.open({ dataDir });
const key = generateApiKey('publishable');
await database.query(
  `INSERT INTO api_keys (id, organisation_id, kind, key_hash, prefix) VALUES ('key_bench_pk', $1, 'publishable', $2, $3)
   ON CONFLICT (id) DO UPDATE SET key_hash = EXCLUDED.key_hash, prefix = EXCLUDED.prefix`,
  [ORG, key.hash, key.prefix],
);
/** Each search's time inside the server (from the app's first middleware to its response), as its log line says. */
const inServer: number[] = [];
const server = await startServer({
  db: database,
  port: 0,
  host: '127.0.0.1',
  seed: false,
  skipMigrations: true,
  // As in production and the bench's budget measure: responses not checked against their schemas.
  validateResponses: false,
  log: (line) => {
    if (counting && line.path === '/v1/mentors/search') inServer.push(Number(line.ms));
  },
});
/** 500 draws from `list`, the n-th in proportion to 1/n. */
function popular<T>(list: readonly T[], count: number): T[] {
  const random = seededRandom(11);
  const weights = list.map((_, n) => 1 / (n + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  return Array.from({ length: count }, () => {
    let left = random() * total;
    return list[weights.findIndex((weight) => (left -= weight) < 0)] ?? list[0];
  });
}
const measured = generateQueries(200, 7);
const queries = traffic === 'popular' ? popular(measured, 500) : measured;
const warmUp = generateQueries(50, 8);

const load = (list: typeof queries) => timeLoad(server.url, key.key, list);

// Warm-up: the index loads, the code paths are compiled, the key is cached.
await load(warmUp);
globalThis.gc?.();

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
const delay = monitorEventLoopDelay({ resolution: 5 });
const loadBefore = loadavg();
const elu = performance.eventLoopUtilization();
await session.post('Profiler.start');
delay.enable();
counting = true;
const started = performance.now();
const result = await load(queries);
const wallMs = performance.now() - started;
counting = false;
delay.disable();
const busy = performance.eventLoopUtilization(elu);
const stopped = await session.post('Profiler.stop');
const profile = { ...stopped.profile, samples: stopped.profile.samples ?? [], timeDeltas: stopped.profile.timeDeltas ?? [] };
await server.close();
await database.close();

/** Self time of the profile's samples by where the code lives. */
function groupOf(url: string, name: string): string {
  if (!url) return name.startsWith('(') ? name : `native ${name}`;
  if (url.includes('@electric-sql/pglite')) return url.endsWith('.wasm') || url.startsWith('wasm://') ? 'pglite (wasm)' : 'pglite (js)';
  if (url.startsWith('wasm://')) return 'pglite (wasm)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/').slice(0, 2).join('/')}`;
  const src = /\/(src|bench|test)\/(.*)$/.exec(url);
  return src ? `${src[1]}/${src[2]}` : url;
}
const selfMs = new Map<string, number>();
const nodeById = new Map(profile.nodes.map((node) => [node.id, node]));
for (let i = 0; i < profile.samples.length; i++) {
  const node = nodeById.get(profile.samples[i])!;
  const group = groupOf(node.callFrame.url, node.callFrame.functionName);
  selfMs.set(group, (selfMs.get(group) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
}
const profiled = [...selfMs.values()].reduce((a, b) => a + b, 0);

const requests = result.requests;
console.log(`# Search load profile: ${mode === 'sql' ? 'SQL alone' : 'in-memory index'}, clients in a process of their own`);
console.log(`${new Date().toISOString()}, load average ${loadBefore.map((v) => v.toFixed(1)).join(', ')} -> ${loadavg().map((v) => v.toFixed(1)).join(', ')}`);
console.log(`${requests} requests in ${round(wallMs)} ms (${round(wallMs / requests)} ms of wall time each); latency ${JSON.stringify(result.latencyMs)}; over 2 s ${result.overMaxMs}; failed ${result.failed}`);
console.log(`traffic: ${traffic === 'popular' ? `popular (${new Set(queries).size} distinct searches of 500, the commonest ${queries.filter((q) => q === measured[0]).length} times)` : 'the bench\'s'}`);
console.log(`page rows found kept: ${rowsRanked - rowsMissing} of ${rowsRanked} (${round((100 * (rowsRanked - rowsMissing)) / Math.max(1, rowsRanked))}%)`);
console.log(`page rows asked for by the database: ${rowsAsked} (${round(rowsAsked / requests)} per search)`);
console.log(`database jobs' wait for their turn: ${JSON.stringify(summarise(queueWaits))} (${queueWaits.length} jobs)`);
// Jobs that began before one queued earlier than them: how far the queue's order is from first come, first served.
const byQueued = [...jobs].sort((a, b) => a.queued - b.queued);
const overtaken = byQueued.filter((job, i) => byQueued.slice(i + 1).some((later) => later.started < job.started));
const overtakes = byQueued.map((job, i) => byQueued.slice(i + 1).filter((later) => later.started < job.started).length);
console.log(`jobs overtaken by a job queued after them: ${overtaken.length} of ${jobs.length}; overtakes per job ${JSON.stringify(summarise(overtakes))}`);
console.log(`inside the server (first middleware to response): ${JSON.stringify(summarise(inServer))}`);
console.log(`event loop busy ${round(busy.utilization * 100)}%; delay p50/p99/max ${round(delay.percentile(50) / 1e6)}/${round(delay.percentile(99) / 1e6)}/${round(delay.max / 1e6)} ms`);
console.log('\n| where | times | ms in total | longest ms | ms per request | share of wall |\n| --- | ---: | ---: | ---: | ---: | ---: |');
for (const [what, ms] of [...spent].sort((a, b) => b[1] - a[1])) console.log(`| ${what} | ${counts.get(what)} | ${round(ms)} | ${round(longest.get(what)!)} | ${round(ms / requests)} | ${round((ms / wallMs) * 100)}% |`);
console.log('\nCPU profile (self time, 200 µs sampling), top groups:\n\n| where | ms | ms per request | share |\n| --- | ---: | ---: | ---: |');
for (const [group, ms] of [...selfMs].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`| ${group} | ${round(ms)} | ${round(ms / requests)} | ${round((ms / profiled) * 100)}% |`);
const perFunction = new Map<string, number>();
for (let i = 0; i < profile.samples.length; i++) {
  const { callFrame } = nodeById.get(profile.samples[i])!;
  const name = `${callFrame.functionName || '(anonymous)'} ${groupOf(callFrame.url, callFrame.functionName)}:${callFrame.lineNumber + 1}`;
  perFunction.set(name, (perFunction.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
}
console.log('\nTop functions (self):\n');
for (const [name, ms] of [...perFunction].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`- ${round(ms)} ms ${name}`);
