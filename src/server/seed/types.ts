import type { Queryable } from '../db/types.js';

export interface SeedOptions {
  /** Added to the demo organisation's allowed origins. */
  extraOrigins: string[];
  /** Seed the demo organisation, its well-known keys and its data (`--demo`). */
  demo: boolean;
}

/** One idempotent step of the seed: it must be safe to run on every start. */
export interface Seeder {
  name: string;
  /** Demo data (the demo organisation, its keys, users and their content): runs only with `demo`. */
  demoOnly?: boolean;
  run(db: Queryable, options: SeedOptions): Promise<void>;
}
