/**
 * The reference server's resident memory with the 100,000-mentor pool (budget 400 MB, BUDGETS.md),
 * measured on the server ALONE: it runs in a process of its own, started as `npm start` starts it
 * (`node --import tsx scripts/serve.ts serve --demo`, so migrations and seeders run as on any start)
 * on an embedded database that holds the pool. Its resident set is read from /proc/<pid>/status
 * after it has started and after a burst of searches (every query once, then 50 clients at once);
 * VmHWM is the peak. The mentor search bench calls it; alone:
 *
 *   node --import tsx bench/server-memory.ts
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import type { MentorSearchQuery } from '../src/api/mentor.js';
import { generateApiKey } from '../src/server/auth.js';
import { migrate, openDatabase } from '../src/server/db/index.js';
import { DEFAULT_POOL_SEED, DEFAULT_POOL_SIZE, generateMentorPool, loadMentorPool } from './mentor-pool.js';
import { timeLoad } from './lib/search-load.js';
import { generateQueries } from './lib/search-queries.js';

const ROOT = new URL('../', import.meta.url);
const ORG = 'bench';
const BUDGET_MB = 400;

/** Every migration and the pool's generator: a change to either makes a new database. */
async function inputsHash(): Promise<string> {
  const hash = createHash('sha256');
  const migrations = new URL('src/server/migrations/', ROOT);
  for (const file of (await readdir(migrations)).sort()) hash.update(await readFile(new URL(file, migrations)));
  hash.update(await readFile(new URL('bench/mentor-pool.ts', ROOT)));
  return hash.digest('hex').slice(0, 12);
}

/** A fully migrated database with the pool in organisation `bench`, made once and reused; a fresh publishable key each run. */
async function prepareDataDir(poolSize: number): Promise<{ dataDir: string; key: string }> {
  const dir = new URL(`.tmp/bench-server-${poolSize}-${DEFAULT_POOL_SEED}-${await inputsHash()}/`, ROOT);
  const dataDir = new URL('data', dir).pathname;
  const ready = existsSync(new URL('ready', dir));
  if (!ready) {
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
  }
  const db = await openDatabase({ dataDir });
  if (!ready) {
    const started = performance.now();
    await migrate(db);
    await db.query(`INSERT INTO organisations (id, name) VALUES ($1, 'Benchmark')`, [ORG]);
    await loadMentorPool(db, ORG, generateMentorPool(poolSize));
    await db.query('VACUUM ANALYZE');
    console.log(`server memory: pool of ${poolSize} loaded into a migrated database in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  const key = generateApiKey('publishable');
  await db.query(
    `INSERT INTO api_keys (id, organisation_id, kind, key_hash, prefix) VALUES ('key_bench_memory', $1, 'publishable', $2, $3)
     ON CONFLICT (id) DO UPDATE SET key_hash = EXCLUDED.key_hash, prefix = EXCLUDED.prefix`,
    [ORG, key.hash, key.prefix],
  );
  await db.close();
  if (!ready) await writeFile(new URL('ready', dir), new Date().toISOString());
  return { dataDir, key: key.key };
}

/** VmRSS and VmHWM (peak) of a process, in MB. */
async function residentMb(pid: number): Promise<{ rss: number; peak: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rss: Math.round(kb('VmRSS') / 1024), peak: Math.round(kb('VmHWM') / 1024) };
}

/** `env` is added to the server's environment (the baseline: `BRIDGEWAY_SEARCH_INDEX: 'off'`). */
export async function measureServerAlone(queries: ReadonlyArray<{ query: MentorSearchQuery }>, poolSize = DEFAULT_POOL_SIZE, env: Record<string, string> = {}) {
  const { dataDir, key } = await prepareDataDir(poolSize);
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', 'serve', '--demo', '--data-dir', dataDir, '--host', '127.0.0.1', '--port', '0'], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const started = performance.now();
    const url = await new Promise<string>((resolve, reject) => {
      let output = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        output += chunk;
        const match = /listening on (http:\/\/\S+)/.exec(output);
        if (match) resolve(match[1]);
      });
      child.stderr!.resume();
      child.once('exit', (code) => reject(new Error(`the server exited (${code}) before listening: ${output}`)));
    });
    const startSeconds = Math.round((performance.now() - started) / 100) / 10;
    await sleep(2000);
    const afterStart = await residentMb(child.pid!);
    for (const { query } of queries) {
      const response = await fetch(`${url}/v1/mentors/search`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify(query),
      });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`search failed: ${response.status}`);
    }
    const afterSequential = await residentMb(child.pid!);
    const load = await timeLoad(url, key, queries);
    await sleep(2000);
    const afterBurst = await residentMb(child.pid!);
    return {
      method:
        'the server alone, in its own process started as `npm start` starts it (node --import tsx scripts/serve.ts serve --demo, migrations and seeders run), ' +
        `on an embedded database holding ${poolSize.toLocaleString('en')} generated mentors; VmRSS and VmHWM (peak) from /proc/<pid>/status`,
      poolSize,
      startSeconds,
      afterStartMb: afterStart.rss,
      afterSequentialMb: afterSequential.rss,
      afterBurstMb: afterBurst.rss,
      peakMb: afterBurst.peak,
      budgetMb: BUDGET_MB,
      withinBudget: afterBurst.peak <= BUDGET_MB,
      searches: queries.length + load.requests,
      burst: { failed: load.failed, latencyMs: load.latencyMs },
    };
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve(null)));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await measureServerAlone(generateQueries(200)), null, 2));
}
