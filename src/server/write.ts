/**
 * The write mechanisms every resource shares: idempotent replays of POST/PATCH, and
 * optimistic concurrency on rows that carry a `version`.
 */
import type { Database, Queryable } from './db/types.js';
import { HttpProblem } from './problem.js';
import { sha256Hex } from './auth.js';

export interface IdempotencyScope {
  organisationId: string;
  /** Who made the request (`user:<id>` or `key:<id>`): keys are private to each caller. */
  principal: string;
  key: string;
  /** Hash of method, path, query and body: a reuse with another request is refused. */
  requestHash: string;
}

export interface StoredResponse {
  status: number;
  body: unknown;
}

export function requestHash(method: string, pathAndQuery: string, body: string): string {
  return sha256Hex(`${method}\n${pathAndQuery}\n${body}`);
}

/** A header value fit to be an Idempotency-Key: 1 to 255 visible ASCII characters. */
export function isValidIdempotencyKey(key: string): boolean {
  return /^[\x21-\x7e]{1,255}$/.test(key);
}

/**
 * Runs `work` once per (organisation, principal, key). The key is claimed with an INSERT in
 * the same transaction as the work, so a concurrent repeat waits on the row lock (or, on
 * PGlite, on the single connection) and then finds the stored answer; a failed write rolls
 * the claim back and may be retried. Errors (4xx/5xx thrown as problems) are not stored.
 */
export async function runIdempotent(
  db: Database,
  scope: IdempotencyScope,
  work: (tx: Queryable) => Promise<StoredResponse>,
): Promise<StoredResponse & { replayed: boolean }> {
  return db.transaction(async (tx) => {
    const claimed = await tx.query(
      `INSERT INTO idempotency_keys (organisation_id, principal, key, request_hash) VALUES ($1, $2, $3, $4)
       ON CONFLICT (organisation_id, principal, key) DO NOTHING RETURNING key`,
      [scope.organisationId, scope.principal, scope.key, scope.requestHash],
    );
    if (claimed.rows.length === 0) {
      const found = await tx.query<{ request_hash: string; status: number | null; response: unknown }>(
        `SELECT request_hash, status, response FROM idempotency_keys WHERE organisation_id = $1 AND principal = $2 AND key = $3`,
        [scope.organisationId, scope.principal, scope.key],
      );
      const row = found.rows[0];
      if (!row) throw new HttpProblem('conflict', 'This Idempotency-Key is being used by a request that has not finished; retry shortly.');
      if (row.request_hash !== scope.requestHash) {
        throw new HttpProblem('idempotency_key_reused', 'This Idempotency-Key was already used for a different request. Use a new key for a new write.');
      }
      if (row.status === null) throw new HttpProblem('conflict', 'A request with this Idempotency-Key is still in progress; retry shortly.');
      return { status: row.status, body: row.response, replayed: true };
    }
    const result = await work(tx);
    await tx.query(
      `UPDATE idempotency_keys SET status = $4, response = $5::jsonb WHERE organisation_id = $1 AND principal = $2 AND key = $3`,
      [scope.organisationId, scope.principal, scope.key, result.status, result.body === undefined ? null : JSON.stringify(result.body)],
    );
    return { ...result, replayed: false };
  });
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

export interface VersionedUpdate<Row, Resource> {
  table: string;
  organisationId: string;
  id: string;
  /** The id column; `id` by default. */
  idColumn?: string;
  /** The version the client read (from `ctx.expectedVersion`). */
  expectedVersion: number;
  /** Columns to set (trusted column names, bound values). `version` is bumped by one. */
  set: Record<string, unknown>;
  /** Turns a row into what the API returns; used for `current` in a 409 as well. */
  toResource: (row: Row) => Resource;
  /** What a missing row is called in the 404, e.g. `milestone "m_12"`. */
  describe?: string;
}

/**
 * `UPDATE ... WHERE version = expected` and `version = version + 1`. When no row matches,
 * answers 404 if the row does not exist in this organisation, otherwise 409 `conflict`
 * with `current`, the row as it is now.
 */
export async function updateVersioned<Row extends Record<string, unknown>, Resource>(db: Queryable, update: VersionedUpdate<Row, Resource>): Promise<Resource> {
  const idColumn = update.idColumn ?? 'id';
  const columns = Object.keys(update.set);
  for (const name of [update.table, idColumn, ...columns]) {
    if (!IDENTIFIER.test(name)) throw new Error(`updateVersioned: "${name}" is not a plain identifier.`);
  }
  const assignments = columns.map((column, index) => `${column} = $${index + 4}`);
  assignments.push('version = version + 1');
  const result = await db.query<Row>(
    `UPDATE ${update.table} SET ${assignments.join(', ')}
      WHERE organisation_id = $1 AND ${idColumn} = $2 AND version = $3 RETURNING *`,
    [update.organisationId, update.id, update.expectedVersion, ...columns.map((column) => update.set[column])],
  );
  if (result.rows[0]) return update.toResource(result.rows[0]);
  const current = await db.query<Row>(`SELECT * FROM ${update.table} WHERE organisation_id = $1 AND ${idColumn} = $2`, [update.organisationId, update.id]);
  if (!current.rows[0]) throw new HttpProblem('not_found', `No ${update.describe ?? update.table.replace(/s$/, '')} "${update.id}".`);
  throw new HttpProblem('conflict', `Version ${update.expectedVersion} is stale; the current version is ${String(current.rows[0].version)}. Merge your change into "current" and send it again.`, {
    current: update.toResource(current.rows[0]),
  });
}
