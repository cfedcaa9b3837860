import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { migrationsDir } from '../paths.js';
import type { Database } from './types.js';

/** One key for every Bridgeway instance on a database: migrations and seeding take it in turn. */
export const SCHEMA_LOCK_KEY = 727_274_001;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Reads `NNN_name.sql` files, in order of their number. */
export async function loadMigrations(dir: URL | string = migrationsDir): Promise<Migration[]> {
  const path = typeof dir === 'string' ? dir : fileURLToPath(dir);
  const files = (await readdir(path)).filter((file) => /^\d{3}_[\w-]+\.sql$/.test(file)).sort();
  const migrations: Migration[] = [];
  for (const file of files) {
    migrations.push({
      version: Number(file.slice(0, 3)),
      name: file.replace(/\.sql$/, ''),
      sql: await readFile(`${path.replace(/\/?$/, '/')}${file}`, 'utf8'),
    });
  }
  const seen = new Set<number>();
  for (const migration of migrations) {
    if (seen.has(migration.version)) throw new Error(`Two migrations share the number ${migration.version}; renumber one of them.`);
    seen.add(migration.version);
  }
  return migrations;
}

/**
 * Applies the pending migrations, each in its own transaction, recording each in
 * `schema_migrations`. Every transaction first takes a transaction-scoped advisory lock
 * (`pg_advisory_xact_lock`), so two instances starting at once apply each migration once:
 * the second waits, then sees the version recorded and skips it.
 * Returns the versions this call applied.
 */
export async function migrate(db: Database, migrations?: Migration[]): Promise<number[]> {
  const all = migrations ?? (await loadMigrations());
  const applied: number[] = [];
  const ensureTable = `CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY,
    name text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`;
  await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK_KEY]);
    await tx.query(ensureTable);
  });
  for (const migration of all) {
    await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK_KEY]);
      const done = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [migration.version]);
      if (done.rows.length > 0) return;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      applied.push(migration.version);
    });
  }
  return applied;
}
