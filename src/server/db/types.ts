/**
 * The one data-access interface of the reference server. PGlite and node-postgres both
 * satisfy it, so every query runs unchanged on the embedded database and on PostgreSQL.
 */
export interface QueryResult<Row> {
  rows: Row[];
}

/** A statement and its parameters. */
export interface Statement {
  sql: string;
  params: unknown[];
}

export interface Queryable {
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<QueryResult<Row>>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<unknown>;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * Runs the statement `build` gives, built when the statement's turn comes rather than when it is
   * asked for: what is asked meanwhile may still join it (searches share one look at the change log).
   * Only where statements wait for a turn (the embedded database); absent on PostgreSQL, whose pool
   * runs them at once.
   */
  queryWhenDue?<Row = Record<string, unknown>>(build: () => Statement): Promise<QueryResult<Row>>;
  /**
   * Runs `sql` as the prepared statement `name`: each connection plans it once, not on every call
   * (a search's look spent most of its time at PostgreSQL planning). Only on PostgreSQL; `name`
   * must always stand for the same text.
   */
  queryPrepared?<Row = Record<string, unknown>>(name: string, sql: string, params: unknown[]): Promise<QueryResult<Row>>;
  close(): Promise<void>;
}
