import { mkdir } from 'node:fs/promises';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Database, Queryable, QueryResult } from './types.js';

export interface PgliteOptions {
  /** A folder on disk, or `memory://` for a throwaway database. */
  dataDir: string;
  /** A tarball from `dumpDataDir()` to start from (tests load a migrated snapshot this way). */
  loadDataDir?: Blob | File;
}

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
  readonly #pglite: PGlite;
  readonly #queryable: Queryable;

  private constructor(pglite: PGlite) {
    this.#pglite = pglite;
    this.#queryable = wrap(pglite);
  }

  /**
   * The PGlite instance itself, for queries that skip the wrapper (the search benchmark).
   * Typed as a `Queryable` so that the published types never load PGlite's own, which need
   * @types/emscripten, a package PGlite does not declare.
   */
  get pglite(): Queryable {
    return this.#pglite;
  }

  static async open(options: PgliteOptions): Promise<PgliteDatabase> {
    if (!options.dataDir.includes('://')) await mkdir(options.dataDir, { recursive: true });
    const pglite = await PGlite.create(options.dataDir, options.loadDataDir ? { loadDataDir: options.loadDataDir } : {});
    return new PgliteDatabase(pglite);
  }

  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<QueryResult<Row>> {
    return this.#queryable.query<Row>(sql, params);
  }

  exec(sql: string): Promise<unknown> {
    return this.#queryable.exec(sql);
  }

  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
    return this.#pglite.transaction((tx) => work(wrap(tx)));
  }

  /** A tarball of the data folder that `open({ loadDataDir })` starts from. */
  dump(): Promise<File | Blob> {
    return this.#pglite.dumpDataDir('none');
  }

  async close(): Promise<void> {
    if (!this.#pglite.closed) await this.#pglite.close();
  }
}
