/**
 * The write mechanism every resource shares: idempotent replays of POST/PATCH. (Optimistic
 * concurrency is each store's: it reads the row, compares `version`, and refuses a stale one
 * with `Refusal.conflict` carrying the row as it is now.)
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
