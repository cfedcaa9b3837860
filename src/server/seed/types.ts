import type { Queryable } from '../db/types.js';

export interface SeedOptions {
  /** Added to the demo organisation's allowed origins. */
  extraOrigins: string[];
}

/** One idempotent step of the seed: it must be safe to run on every start. */
export interface Seeder {
  name: string;
  run(db: Queryable, options: SeedOptions): Promise<void>;
}
