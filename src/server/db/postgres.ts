import pg from 'pg';
import type { Database, Queryable, QueryResult } from './types.js';

function wrap(target: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<Row>(sql: string, params?: unknown[]): Promise<QueryResult<Row>> {
      const result = await target.query(sql, params);
      return { rows: result.rows as Row[] };
    },
    async exec(sql: string): Promise<void> {
      // Without parameters node-postgres uses the simple protocol, which runs several statements.
      await target.query(sql);
    },
  };
}

/** A PostgreSQL server reached through a node-postgres pool (`DATABASE_URL=postgres://...`). */
export class PostgresDatabase implements Database {
  readonly kind = 'postgres' as const;
  // Private, so the published types never name pg's (a consumer needs no @types/pg).
  readonly #pool: pg.Pool;
  readonly #queryable: Queryable;

  constructor(connectionString: string, poolSize = 10) {
    this.#pool = new pg.Pool({ connectionString, max: poolSize });
    // An idle client that loses its connection must not crash the process.
    this.#pool.on('error', () => {});
    this.#queryable = wrap(this.#pool);
  }

  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<QueryResult<Row>> {
    return this.#queryable.query<Row>(sql, params);
  }

  async queryPrepared<Row = Record<string, unknown>>(name: string, sql: string, params: unknown[]): Promise<QueryResult<Row>> {
    const result = await this.#pool.query({ name, text: sql, values: params });
    return { rows: result.rows as Row[] };
  }

  exec(sql: string): Promise<unknown> {
    return this.#queryable.exec(sql);
  }

  async transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
    const client = await this.#pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(wrap(client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  /** The pool, for stores that share the database (the rate limits); `unknown` keeps pg's types out of the published ones. */
  get pool(): unknown {
    return this.#pool;
  }

  async close(): Promise<void> {
    await this.#pool.end();
  }
}
