/**
 * A backup before migrations change an existing embedded database, kept beside its folder
 * (`<data-dir>-backups/`, the last few): an upgrade that goes wrong can be undone with `bridgeway restore`.
 */
import { mkdir, readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { backupsDirOf } from '../db/data-dir-lock.js';
import { loadMigrations } from '../db/migrate.js';
import { PgliteDatabase } from '../db/pglite.js';
import type { Database } from '../db/types.js';
import { writeBackup } from './dump.js';

/** How many automatic backups are kept per data directory. */
export const KEEP_AUTOMATIC_BACKUPS = 5;
const AUTOMATIC = /^\d{8}T\d{6}Z-before-migrations-[\d-]+\.jsonl\.gz$/;

/** Backs up `db` when it is an embedded database on disk that holds migrations and has more to apply. Returns the file, or null. */
export async function backupBeforeMigrations(db: Database): Promise<string | null> {
  if (!(db instanceof PgliteDatabase) || db.dataDir.includes('://')) return null;
  const known = await db.query(`SELECT 1 FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'schema_migrations'`);
  if (known.rows.length === 0) return null;
  const applied = new Set((await db.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((row) => row.version));
  if (applied.size === 0) return null;
  const pending = (await loadMigrations()).filter((migration) => !applied.has(migration.version)).map((migration) => migration.version);
  if (pending.length === 0) return null;
  const dir = backupsDirOf(db.dataDir);
  await mkdir(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  const file = join(dir, `${stamp}-before-migrations-${pending.map((version) => String(version).padStart(3, '0')).join('-')}.jsonl.gz`);
  await writeBackup(db, file);
  const kept = (await readdir(dir)).filter((name) => AUTOMATIC.test(name)).sort();
  for (const old of kept.slice(0, Math.max(0, kept.length - KEEP_AUTOMATIC_BACKUPS))) await unlink(join(dir, old)).catch(() => {});
  return file;
}
