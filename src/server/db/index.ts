import { resolve } from 'node:path';
import { PgliteDatabase } from './pglite.js';
import { PostgresDatabase } from './postgres.js';
import type { Database } from './types.js';

export type { Database, Queryable, QueryResult } from './types.js';
export { PgliteDatabase } from './pglite.js';
export { PostgresDatabase } from './postgres.js';
export { DataDirInUse, DataDirUnreadable, isDataDirProblem, backupsDirOf, LOCK_FILE } from './data-dir-lock.js';
export { migrate, loadMigrations, SCHEMA_LOCK_KEY } from './migrate.js';

export interface OpenDatabaseOptions {
  /** `postgres://...` uses PostgreSQL; anything else is ignored. */
  databaseUrl?: string;
  /** The PGlite folder (default `.bridgeway/data` under the working directory) or `memory://`. */
  dataDir?: string;
}

/** PostgreSQL when a `postgres://` URL is given, otherwise the embedded PGlite. */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  const url = options.databaseUrl;
  if (url && /^postgres(ql)?:\/\//.test(url)) return new PostgresDatabase(url);
  if (url) throw new Error(`DATABASE_URL must start with postgres:// or postgresql:// (got "${url.split(':')[0]}:...").`);
  const dataDir = options.dataDir ?? resolve(process.cwd(), '.bridgeway/data');
  return PgliteDatabase.open({ dataDir: dataDir.startsWith('memory://') ? dataDir : resolve(dataDir) });
}
