/**
 * The mentor search bench's embedded database: 100,000 generated mentors of the organisation `bench`
 * (and 1,000 of a neighbour), created once in .tmp/ and reused while the pool and the migrations
 * are unchanged. Shared by the mentor search and HTTP overhead benches.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { DEFAULT_POOL_SEED, generateMentorPool, loadMentorPool } from '../mentor-pool.js';

export const BENCH_ORG = 'bench';
const ROOT = new URL('../../', import.meta.url);
// What search and its route read: the mentors' tables, places (033) and approval and training (034).
export const MENTOR_MIGRATIONS = ['001_foundation.sql', '002_administration.sql', '030_mentors.sql', '031_mentor_search.sql', '032_mentor_search_bounds.sql', '033_mentorships.sql', '034_mentor_onboarding.sql', '036_mentor_search_indexes.sql', '037_mentor_search_codes.sql', '039_mentor_search_changes.sql'];

async function migrationsHash(): Promise<string> {
  const hash = createHash('sha256');
  for (const file of MENTOR_MIGRATIONS) hash.update(await readFile(new URL(`src/server/migrations/${file}`, ROOT)));
  hash.update(await readFile(new URL('bench/mentor-pool.ts', ROOT)));
  hash.update(await readFile(new URL('src/server/seed/mentors/paths.ts', ROOT)));
  return hash.digest('hex').slice(0, 12);
}

/** Creates and loads the database once; later runs reuse it while pool and migrations are unchanged. */
export async function prepareMentorDatabase(poolSize: number): Promise<{ dataDir: string; reused: boolean; loadMs: number }> {
  const key = `${poolSize}-${DEFAULT_POOL_SEED}-${await migrationsHash()}`;
  const dir = new URL(`.tmp/bench-mentors-${key}/`, ROOT);
  const dataDir = new URL('data', dir).pathname;
  const marker = new URL('ready', dir);
  if (existsSync(marker)) return { dataDir, reused: true, loadMs: 0 };
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const started = performance.now();
  const db = new PGlite(dataDir);
  for (const file of MENTOR_MIGRATIONS) await db.exec(await readFile(new URL(`src/server/migrations/${file}`, ROOT), 'utf8'));
  await db.query(`INSERT INTO organisations (id, name) VALUES ($1, 'Benchmark'), ('neighbour', 'Neighbour')`, [BENCH_ORG]);
  // A small neighbour organisation, so that the organisation filter has something to exclude.
  await loadMentorPool(db, 'neighbour', generateMentorPool(1_000, 99).map((m) => ({ ...m, id: `n-${m.id}` })));
  await loadMentorPool(db, BENCH_ORG, generateMentorPool(poolSize));
  await db.exec('VACUUM ANALYZE');
  const loadMs = performance.now() - started;
  await db.close();
  await writeFile(marker, new Date().toISOString());
  return { dataDir, reused: false, loadMs };
}
