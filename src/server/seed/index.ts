/**
 * The seed: idempotent steps that run on every start, in order, each in a transaction that
 * holds the schema lock (so two instances starting together do not interleave).
 * A resource module adds its own seeders through `RouteModule.seeders`, or a later issue
 * appends to {@link seeders} here.
 */
import type { Database } from '../db/types.js';
import { SCHEMA_LOCK_KEY } from '../db/migrate.js';
import { foundationSeeder } from './foundation.js';
import type { SeedOptions, Seeder } from './types.js';

export type { SeedOptions, Seeder } from './types.js';
export * from './foundation.js';

export const seeders: Seeder[] = [foundationSeeder];

export async function runSeed(db: Database, options: Partial<SeedOptions> = {}, extra: Seeder[] = []): Promise<string[]> {
  const done: string[] = [];
  for (const seeder of [...seeders, ...extra]) {
    await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK_KEY]);
      await seeder.run(tx, { extraOrigins: options.extraOrigins ?? [] });
    });
    done.push(seeder.name);
  }
  return done;
}
