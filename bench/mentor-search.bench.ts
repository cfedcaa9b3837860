/**
 * Mentor search latency on a generated pool of 100,000 mentors in embedded PGlite
 * (budget: p95 30 ms, BUDGETS.md), with the same queries run by the core on arrays in
 * the same process as a baseline. The database is kept in .tmp/ and reused while the
 * pool and the migrations are unchanged.
 *
 *   node --import tsx bench/mentor-search.bench.ts [poolSize] [queries]
 *
 * Writes bench/results/mentor-search.json.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { generateApiKey } from '../src/server/auth.js';
import { PgliteDatabase } from '../src/server/db/pglite.js';
import { startServer } from '../src/server/index.js';
import type { MentorCriterion, MentorSearchQuery } from '../src/api/mentor.js';
import { rankMentors, rotationSeed } from '../src/core/mentor/index.js';
import { buildSearchSql, searchMentors } from '../src/server/store/mentors.js';
import { DEFAULT_POOL_SEED, generateMentorPool, JURISDICTIONS, loadMentorPool, OCCUPATIONS, poolProfiles, prng } from './mentor-pool.js';

const POOL_SIZE = Number(process.argv[2] ?? 100_000);
const QUERY_COUNT = Number(process.argv[3] ?? 200);
const WARMUP = 20;
const BUDGET_P95_MS = 30;
const ORG = 'bench';
const ROOT = new URL('../', import.meta.url);
const MIGRATIONS = ['001_foundation.sql', '030_mentors.sql', '031_mentor_search.sql', '032_mentor_search_bounds.sql'];

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

function summary(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 100) / 100;
  return {
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    mean: round(sorted.reduce((sum, v) => sum + v, 0) / sorted.length),
    max: round(sorted.at(-1)!),
  };
}

/** Varied searches as the finder sends them: mostly a required occupation, some preferences, some page 2. */
export function generateQueries(count: number): Array<{ query: MentorSearchQuery; seed: number; secondPage: boolean }> {
  const random = prng(7);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  return Array.from({ length: count }, (_, index) => {
    const require: MentorCriterion[] = [];
    const query: MentorSearchQuery = { limit: 20 };
    if (random() < 0.9) {
      query.occupation = pick(OCCUPATIONS);
      if (random() < 0.75) require.push('occupation');
    }
    if (random() < 0.7) {
      query.jurisdiction = pick(JURISDICTIONS);
      const roll = random();
      if (roll < 0.35) require.push('jurisdiction');
      else if (roll < 0.45) require.push('licensed');
    }
    if (random() < 0.4) {
      query.languages = [pick(['fr', 'ar', 'es', 'tl', 'hi', 'zh', 'uk', 'pt', 'fa'])];
      if (random() < 0.25) require.push('language');
    }
    if (random() < 0.15) query.originCountry = pick(['PH', 'IN', 'NG', 'SY', 'UA', 'BR', 'CN']);
    if (random() < 0.4) {
      query.format = random() < 0.7 ? 'online' : 'in-person';
      if (random() < 0.5) require.push('format');
    }
    if (random() < 0.3) query.credentialSteps = [pick(['nnas', 'nclex-rn', 'ppe', 'wes-ece', 'pebc-qualifying', 'mcc-qe1', 'uk-enic', 'cpa-cfe'])];
    if (random() < 0.2) query.offers = [pick(['plan-review', 'narrative-review', 'referral'] as const)];
    if (require.length) query.require = require;
    return { query, seed: rotationSeed(`bench-mentee-${index}`, '2025-06-01'), secondPage: random() < 0.1 };
  });
}

async function migrationsHash(): Promise<string> {
  const hash = createHash('sha256');
  for (const file of MIGRATIONS) hash.update(await readFile(new URL(`src/server/migrations/${file}`, ROOT)));
  hash.update(await readFile(new URL('bench/mentor-pool.ts', ROOT)));
  hash.update(await readFile(new URL('src/server/seed/mentors/paths.ts', ROOT)));
  return hash.digest('hex').slice(0, 12);
}

/** Creates and loads the database once; later runs reuse it while pool and migrations are unchanged. */
async function prepareDatabase(): Promise<{ dataDir: string; reused: boolean; loadMs: number }> {
  const key = `${POOL_SIZE}-${DEFAULT_POOL_SEED}-${await migrationsHash()}`;
  const dir = new URL(`.tmp/bench-mentors-${key}/`, ROOT);
  const dataDir = new URL('data', dir).pathname;
  const marker = new URL('ready', dir);
  if (existsSync(marker)) return { dataDir, reused: true, loadMs: 0 };
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const started = performance.now();
  const db = new PGlite(dataDir);
  for (const file of MIGRATIONS) await db.exec(await readFile(new URL(`src/server/migrations/${file}`, ROOT), 'utf8'));
  await db.query(`INSERT INTO organisations (id, name) VALUES ($1, 'Benchmark'), ('neighbour', 'Neighbour')`, [ORG]);
  // A small neighbour organisation, so that the organisation filter has something to exclude.
  await loadMentorPool(db, 'neighbour', generateMentorPool(1_000, 99).map((m) => ({ ...m, id: `n-${m.id}` })));
  await loadMentorPool(db, ORG, generateMentorPool(POOL_SIZE));
  await db.exec('VACUUM ANALYZE');
  const loadMs = performance.now() - started;
  await db.close();
  await writeFile(marker, new Date().toISOString());
  return { dataDir, reused: false, loadMs };
}

async function main() {
  const { dataDir, reused, loadMs } = await prepareDatabase();
  const database = await PgliteDatabase.open({ dataDir });
  const db = database.pglite;
  const count = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM mentors WHERE organisation_id = $1`, [ORG]);
  console.log(`pool: ${count.rows[0].n} mentors (${reused ? 'reused database' : `loaded in ${(loadMs / 1000).toFixed(1)} s`})`);

  const queries = generateQueries(QUERY_COUNT);
  const cursors = new Map<number, string>();
  // Warm up, and fetch first pages for the queries measured on their second page.
  for (const [index, { query, seed, secondPage }] of queries.entries()) {
    if (index >= WARMUP && !secondPage) continue;
    const page = await searchMentors(db, ORG, query, { seed });
    if (page.nextCursor) cursors.set(index, page.nextCursor);
  }
  const sqlTimes: number[] = [];
  const resultSizes: number[] = [];
  for (const [index, { query, seed, secondPage }] of queries.entries()) {
    const cursor = secondPage ? cursors.get(index) : undefined;
    const started = performance.now();
    const page = await searchMentors(db, ORG, { ...query, cursor }, { seed });
    sqlTimes.push(performance.now() - started);
    resultSizes.push(page.items.length);
  }

  // The same searches over HTTP through the app (auth, validation, response check), against
  // the same searches called directly, alternating so that both see the same machine load.
  const key = generateApiKey('publishable');
  await db.query(`INSERT INTO api_keys (id, organisation_id, kind, key_hash, prefix) VALUES ('key_bench_pk', $1, 'publishable', $2, $3) ON CONFLICT (id) DO UPDATE SET key_hash = EXCLUDED.key_hash, prefix = EXCLUDED.prefix`, [ORG, key.hash, key.prefix]);
  const server = await startServer({ db: database, port: 0, host: '127.0.0.1', seed: false, skipMigrations: true, log: false });
  const httpTimes: number[] = [];
  const directTimes: number[] = [];
  for (const [index, { query, seed }] of queries.entries()) {
    if (index >= 100) break;
    let started = performance.now();
    const response = await fetch(`${server.url}/v1/mentors/search`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key.key}`, 'content-type': 'application/json' },
      body: JSON.stringify(query),
    });
    await response.json();
    if (response.status !== 200) throw new Error(`HTTP search failed: ${response.status}`);
    if (index >= WARMUP) httpTimes.push(performance.now() - started);
    started = performance.now();
    await searchMentors(db, ORG, query, { seed });
    if (index >= WARMUP) directTimes.push(performance.now() - started);
  }
  // Before the core baseline builds its arrays: this is what the server process holds.
  const rssMb = Math.round(process.memoryUsage().rss / 1_048_576);
  await server.close();

  // The same queries in the core, on arrays in memory.
  const profiles = poolProfiles(generateMentorPool(POOL_SIZE));
  const coreTimes: number[] = [];
  let agreeing = 0;
  for (const [index, { query, seed, secondPage }] of queries.entries()) {
    const cursor = secondPage ? cursors.get(index) : undefined;
    const started = performance.now();
    const page = rankMentors(profiles, { ...query, cursor }, { seed });
    coreTimes.push(performance.now() - started);
    if (index < 20) {
      const sql = await searchMentors(db, ORG, { ...query, cursor }, { seed });
      if (JSON.stringify(sql.items.map((m) => [m.mentor.id, m.score])) === JSON.stringify(page.items.map((m) => [m.mentor.id, m.score]))) agreeing++;
    }
  }

  // The slowest query's plan, for whoever tunes the indexes next.
  const slowest = sqlTimes.indexOf(Math.max(...sqlTimes));
  const { sql, params } = buildSearchSql(ORG, queries[slowest].query, { seed: queries[slowest].seed });
  const plan = await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN ANALYZE ${sql}`, params);

  const result = {
    benchmark: 'mentor-search',
    date: new Date().toISOString(),
    node: process.version,
    database: 'pglite',
    poolSize: count.rows[0].n,
    queries: QUERY_COUNT,
    pageSize: 20,
    reusedDatabase: reused,
    loadSeconds: reused ? null : Math.round(loadMs / 100) / 10,
    budgetP95Ms: BUDGET_P95_MS,
    sqlMs: summary(sqlTimes),
    coreOnArraysMs: summary(coreTimes),
    withinBudget: summary(sqlTimes).p95 <= BUDGET_P95_MS,
    meanResults: Math.round((resultSizes.reduce((a, b) => a + b, 0) / resultSizes.length) * 10) / 10,
    sqlAgreesWithCore: `${agreeing}/20`,
    http: {
      directMs: summary(directTimes),
      overHttpMs: summary(httpTimes),
      overheadRatioP50: Math.round((summary(httpTimes).p50 / summary(directTimes).p50) * 100) / 100,
      overheadRatioMean: Math.round((summary(httpTimes).mean / summary(directTimes).mean) * 100) / 100,
      budgetRatio: 1.3,
    },
    memory: { residentMb: rssMb, budgetMb: 400, note: 'resident memory of this process: the server, its PGlite and the pool loaded' },
    slowestQuery: queries[slowest].query,
    slowestPlan: plan.rows.map((row) => row['QUERY PLAN']),
  };
  await mkdir(new URL('bench/results/', ROOT), { recursive: true });
  await writeFile(new URL('bench/results/mentor-search.json', ROOT), JSON.stringify(result, null, 2) + '\n');
  console.log(`SQL (PGlite) ms: ${JSON.stringify(result.sqlMs)}`);
  console.log(`core on arrays ms: ${JSON.stringify(result.coreOnArraysMs)}`);
  console.log(`p95 ${result.sqlMs.p95} ms, budget ${BUDGET_P95_MS} ms: ${result.withinBudget ? 'within' : 'OVER'}; SQL agrees with core on ${result.sqlAgreesWithCore}`);
  console.log(`HTTP overhead: ${JSON.stringify(result.http)}; resident memory ${rssMb} MB (budget 400 MB)`);
  await database.close();
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
