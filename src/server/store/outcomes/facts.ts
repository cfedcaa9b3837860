/**
 * `outcome_facts` (migration 051) is kept current by statement triggers. A bulk load (the demo
 * cohort, a restore, the benchmark's generator) pauses that for the rest of its transaction
 * instead, and the database rebuilds the whole table once, in one set-based pass, when the
 * transaction commits. The pause is transaction-local: it ends with a commit or a rollback, so it
 * cannot be left on.
 */
import type { Queryable } from '../../db/types.js';

/** Pauses facts maintenance until `tx` (which must be a transaction) commits, then rebuilds once. Does nothing before migration 051. */
export async function pauseOutcomeFactsUntilCommit(tx: Queryable): Promise<void> {
  const { rows } = await tx.query<{ present: boolean }>(`SELECT to_regprocedure('bw_outcome_facts_pause()') IS NOT NULL AS present`);
  if (rows[0]?.present) await tx.query('SELECT bw_outcome_facts_pause()');
}
