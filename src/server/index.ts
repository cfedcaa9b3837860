/**
 * The Bridgeway reference server. `startServer()` opens the database (PGlite by default,
 * PostgreSQL with `databaseUrl`), migrates, seeds, and serves the app over HTTP.
 */
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createApp, type AppDeps } from './app.js';
import { loadTokenSecret } from './auth.js';
import { migrate, openDatabase } from './db/index.js';
import type { Database } from './db/types.js';
import { packageRoot } from './paths.js';
import type { RouteModule } from './route.js';
import { routeModules } from './routes/index.js';
import { runSeed } from './seed/index.js';
import { isoTime } from './wire.js';

export { createApp, MAX_BODY_BYTES, validateResponsesByDefault, type AppDeps, type LogLine } from './app.js';
export { route, component, components, type RouteDefinition, type RouteSpec, type RouteContext, type RouteModule, type AnyRoute } from './route.js';
export { HttpProblem } from './problem.js';
export { runIdempotent } from './write.js';
export { Refusal, type RefusalKind, type RefusalExtras } from './refusal.js';
export { inTransaction, type Connection } from './db/transaction.js';
export { migrate, openDatabase, PgliteDatabase, PostgresDatabase, type Database, type Queryable } from './db/index.js';
export { runSeed, seeders, DEMO_PUBLISHABLE_KEY, DEMO_SECRET_KEY, DEMO_ORGANISATION_ID } from './seed/index.js';
export { buildOpenApi } from './openapi.js';

export interface StartServerOptions {
  /** Default env `PORT`, else 8787; 0 picks a free port. */
  port?: number;
  /** The interface to listen on; all interfaces when absent. */
  host?: string;
  /** `postgres://...` (default env `DATABASE_URL`) runs on PostgreSQL. */
  databaseUrl?: string;
  /** The PGlite folder, default `.bridgeway/data` under the working directory; `memory://` allowed. */
  dataDir?: string;
  /** An already open database (tests pass a snapshot); the caller closes it. */
  db?: Database;
  /** Seed the demo organisation on start (default true). */
  seed?: boolean;
  /** Serve `POST /demo/token` for the demo page. */
  demo?: boolean;
  /** Added to the demo organisation's allowed origins. */
  extraOrigins?: string[];
  /** `true` prints one JSON line per request to stdout; a function receives each line. Default false. */
  log?: boolean | ((line: Record<string, unknown>) => void);
  /** Extra route modules (tests add test-only routes). */
  extraModules?: RouteModule[];
  /** Skip migrations (the database is known to be migrated, e.g. a test snapshot). Default false. */
  skipMigrations?: boolean;
  /** Check handler results against the response schemas; see `AppDeps.validateResponses` (on unless NODE_ENV=production). */
  validateResponses?: boolean;
}

export interface RunningServer {
  url: string;
  port: number;
  db: Database;
  close(): Promise<void>;
}

async function packageVersion(): Promise<string> {
  try {
    const json = JSON.parse(await readFile(fileURLToPath(new URL('package.json', packageRoot)), 'utf8')) as { version?: string };
    return json.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** Opens, migrates and seeds the database, then listens. */
export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const ownsDb = !options.db;
  const db = options.db ?? (await openDatabase({ databaseUrl: options.databaseUrl ?? process.env.DATABASE_URL, dataDir: options.dataDir }));
  try {
    if (!options.skipMigrations) await migrate(db);
    const modules = [...routeModules, ...(options.extraModules ?? [])];
    if (options.seed ?? true) {
      await runSeed(db, { extraOrigins: options.extraOrigins ?? [] }, modules.flatMap((module) => module.seeders ?? []));
    }
    const tokenSecret = await loadTokenSecret(db);
    const log = options.log === true ? (line: Record<string, unknown>) => process.stdout.write(`${JSON.stringify({ time: isoTime(new Date()), ...line })}\n`) : options.log || undefined;
    const app = createApp({ db, tokenSecret, demo: options.demo, version: await packageVersion(), log, extraModules: options.extraModules, validateResponses: options.validateResponses } satisfies AppDeps);
    const requestedPort = options.port ?? (process.env.PORT ? Number(process.env.PORT) : 8787);
    const host = options.host;
    const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
      const s = serve({ fetch: app.fetch, port: requestedPort, hostname: host }, () => resolve(s));
      s.once('error', reject);
    });
    const port = (server.address() as AddressInfo).port;
    const shownHost = !host || host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
    return {
      url: `http://${shownHost}:${port}`,
      port,
      db,
      async close() {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          (server as { closeAllConnections?: () => void }).closeAllConnections?.();
        });
        if (ownsDb) await db.close();
      },
    };
  } catch (error) {
    if (ownsDb) await db.close().catch(() => {});
    throw error;
  }
}
