import { mkdir } from 'node:fs/promises';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Database, Queryable, QueryResult, Statement } from './types.js';
import { DataDirUnreadable, lockDataDir, type DataDirLock } from './data-dir-lock.js';
import { FairQueue } from './fair-queue.js';

export interface PgliteOptions {
  /** A folder on disk, or `memory://` for a throwaway database. */
  dataDir: string;
  /** A tarball from `dumpDataDir()` to start from (tests load a migrated snapshot this way). */
  loadDataDir?: Blob | File;
}

/**
 * PostgreSQL's default 128 MB of shared buffers is all resident as soon as PGlite starts (the
 * server held 502 MB with the 100,000-mentor pool against a budget of 400). 32 MB holds the
 * search table and its indexes; the files themselves stay in the operating system's cache.
 * Measured on that pool: 100 MB less resident, search time unchanged; 16 MB made search slower.
 */
const SHARED_BUFFERS = '32MB';

function wrap(target: PGlite | Transaction): Queryable {
  return {
    async query<Row>(sql: string, params?: unknown[]): Promise<QueryResult<Row>> {
      const result = await target.query<Row>(sql, params as unknown[] | undefined);
      return { rows: result.rows };
    },
    async exec(sql: string): Promise<void> {
      await target.exec(sql);
    },
  };
}

/** The embedded database: PostgreSQL in WebAssembly, in this process. */
export class PgliteDatabase implements Database {
  readonly kind = 'pglite' as const;
  /** The folder on disk, or `memory://...`. */
  readonly dataDir: string;
  readonly #pglite: PGlite;
  readonly #queryable: Queryable;
  readonly #lock: DataDirLock | undefined;
  /** Statements and transactions take turns here, oldest request first (see fair-queue.ts). */
  readonly #turns = new FairQueue();

  private constructor(dataDir: string, pglite: PGlite, lock?: DataDirLock) {
    this.dataDir = dataDir;
    this.#pglite = pglite;
    this.#queryable = wrap(pglite);
    this.#lock = lock;
  }

  /**
   * The PGlite instance itself, for queries that skip the wrapper (the search benchmark).
   * Typed as a `Queryable` so that the published types never load PGlite's own, which need
   * @types/emscripten, a package PGlite does not declare.
   */
  get pglite(): Queryable {
    return this.#pglite;
  }

  /**
   * Opens (or creates) the database. A folder on disk is locked first (`DataDirInUse` when another
   * live process holds it); one PGlite cannot open throws `DataDirUnreadable`, which says what to do.
   */
  static async open(options: PgliteOptions): Promise<PgliteDatabase> {
    const onDisk = !options.dataDir.includes('://');
    if (onDisk) await mkdir(options.dataDir, { recursive: true });
    const lock = onDisk ? await lockDataDir(options.dataDir) : undefined;
    try {
      const startParams = [...PGlite.defaultStartParams, '-c', `shared_buffers=${SHARED_BUFFERS}`];
      const pglite = await PGlite.create(options.dataDir, { startParams, ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}) });
      await pglite.query('SELECT 1');
      return new PgliteDatabase(options.dataDir, pglite, lock);
    } catch (error) {
      await lock?.release();
      throw onDisk ? new DataDirUnreadable(options.dataDir, error) : error;
    }
  }

  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<QueryResult<Row>> {
    return this.#turns.run(() => this.#queryable.query<Row>(sql, params));
  }

  queryWhenDue<Row = Record<string, unknown>>(build: () => Statement): Promise<QueryResult<Row>> {
    return this.#turns.run(() => {
      const { sql, params } = build();
      return this.#queryable.query<Row>(sql, params);
    });
  }

  exec(sql: string): Promise<unknown> {
    return this.#turns.run(() => this.#queryable.exec(sql));
  }

  /** A transaction is one turn: its statements run inside it, so nothing else waits behind them in between. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
    return this.#turns.run(() => this.#pglite.transaction((tx) => work(wrap(tx))));
  }

  /** A tarball of the data folder that `open({ loadDataDir })` starts from. */
  dump(): Promise<File | Blob> {
    return this.#pglite.dumpDataDir('none');
  }

  async close(): Promise<void> {
    if (!this.#pglite.closed) await this.#pglite.close();
    await this.#lock?.release();
  }
}
