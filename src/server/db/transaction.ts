/** The one transaction helper: stores take a {@link Connection} and run multi-row writes through {@link inTransaction}. */
import type { Queryable } from './types.js';

/**
 * What a store is given: the `Database` (which opens transactions) or a `Queryable` that is
 * already inside one (an idempotent write runs its handler in the transaction that claims the key).
 */
export type Connection = Queryable & { transaction?<T>(work: (tx: Queryable) => Promise<T>): Promise<T> };

/**
 * Runs `work` in a new transaction when `db` can open one, otherwise in the transaction `db`
 * is already in. Either way a throw (a `Refusal` among them) rolls everything back.
 */
export function inTransaction<T>(db: Connection, work: (tx: Queryable) => Promise<T>): Promise<T> {
  return db.transaction ? db.transaction(work) : work(db);
}
