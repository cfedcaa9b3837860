/**
 * The seed: idempotent steps that run on every start, in order, each in a transaction that
 * holds the schema lock (so two instances starting together do not interleave).
 * A resource module adds its own seeders through `RouteModule.seeders`, or a later issue
 * appends to {@link seeders} here.
 */
import { sha256Hex } from '../auth.js';
import type { Database, Queryable } from '../db/types.js';
import { SCHEMA_LOCK_KEY } from '../db/migrate.js';
import { DEMO_PUBLISHABLE_KEY, DEMO_SECRET_KEY, foundationSeeder } from './foundation.js';
import type { SeedOptions, Seeder } from './types.js';

export type { SeedOptions, Seeder } from './types.js';
export * from './foundation.js';

export const seeders: Seeder[] = [foundationSeeder];

/** Whether a demo key (public knowledge: it lets anyone act for the demo organisation) is live in this database. */
export async function demoKeysLive(db: Queryable): Promise<boolean> {
  const result = await db.query(`SELECT 1 FROM api_keys WHERE key_hash = ANY($1::text[]) AND revoked_at IS NULL LIMIT 1`, [[DEMO_PUBLISHABLE_KEY, DEMO_SECRET_KEY].map(sha256Hex)]);
  return result.rows.length > 0;
}

/** Runs every seeder in order; demo-only ones only with `demo: true`. */
export async function runSeed(db: Database, options: Partial<SeedOptions> = {}, extra: Seeder[] = []): Promise<string[]> {
  const done: string[] = [];
  const demo = options.demo ?? false;
  for (const seeder of [...seeders, ...extra]) {
    if (seeder.demoOnly && !demo) continue;
    await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK_KEY]);
      await seeder.run(tx, { extraOrigins: options.extraOrigins ?? [], demo });
    });
    done.push(seeder.name);
  }
  return done;
}
