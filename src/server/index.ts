/**
 * The Bridgeway reference server. `startServer()` opens the database (PGlite by default,
 * PostgreSQL with `databaseUrl`), migrates, seeds, and serves the app over HTTP.
 */
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createApp, normaliseOrigin, type AppDeps } from './app.js';
import { loadTokenSecret } from './auth.js';
import { migrate, openDatabase } from './db/index.js';
import type { Database } from './db/types.js';
import { packageRoot } from './paths.js';
import type { RouteModule } from './route.js';
import { routeModules } from './routes/index.js';
import { demoKeysLive, runSeed } from './seed/index.js';
import { createRateLimits, type RateLimitConfig } from './limits.js';
import { isoTime } from './wire.js';
import { backupBeforeMigrations } from './backup/auto.js';
import { parseTrustProxy, TRUST_PROXY_ENV } from './proxy.js';
import { applyConnectionCap, httpServerOptions, resolveServerLimits, type ServerLimits } from './timeouts.js';

export { createApp, MAX_BODY_BYTES, validateResponsesByDefault, type AppDeps, type LogLine } from './app.js';
export { route, component, components, type RouteDefinition, type RouteSpec, type RouteContext, type RouteModule, type AnyRoute } from './route.js';
export { HttpProblem } from './problem.js';
export { runIdempotent } from './write.js';
export { Refusal, type RefusalKind, type RefusalExtras } from './refusal.js';
export { inTransaction, type Connection } from './db/transaction.js';
export { migrate, openDatabase, PgliteDatabase, PostgresDatabase, DataDirInUse, DataDirUnreadable, isDataDirProblem, type Database, type Queryable } from './db/index.js';
export { runSeed, demoKeysLive, seeders, DEMO_PUBLISHABLE_KEY, DEMO_SECRET_KEY, DEMO_ORGANISATION_ID } from './seed/index.js';
export { buildOpenApi } from './openapi.js';
export { DEFAULT_LIMITS, type LimitGroup, type LimitRule, type RateLimitConfig } from './limits.js';
export { DEFAULT_SERVER_LIMITS, type ServerLimits } from './timeouts.js';
export { parseTrustProxy, type TrustProxy } from './proxy.js';
export { writeBackup, restoreBackup, BackupRefused, type BackupHeader, type RestoreOptions } from './backup/dump.js';

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
  /** Run the seed on start: the shared catalogue and templates, and the demo data with `seedDemo` (default true). */
  seed?: boolean;
  /** The demo: serve `POST /demo/token` for the demo page, and seed the demo organisation (see `seedDemo`). */
  demo?: boolean;
  /**
   * Seed the demo organisation, its well-known keys (`pk_demo_bridgeway`, `sk_demo_bridgeway`) and
   * its data. Default: `demo`. Never in production: anyone may use those keys.
   */
  seedDemo?: boolean;
  /**
   * The origins the server is reached at, for the same-origin exemption (a page served by this
   * server may call it without an allow-list entry). Default: env `BRIDGEWAY_PUBLIC_ORIGIN`
   * (comma-separated), else the listening address (`http://localhost:PORT` and its loopback aliases).
   */
  publicOrigin?: string | string[];
  /**
   * Limits against abuse per route group (`tokens`, `failedAuth`, `introductions`, `comments`,
   * `writes`): a group's `{ points, durationSeconds }`, or `false` to turn it (or, for the whole,
   * every limit) off. Unnamed groups keep `DEFAULT_LIMITS`. Shared through the database on PostgreSQL.
   */
  rateLimits?: RateLimitConfig;
  /**
   * Time limits for slow clients and a cap on open connections (see `DEFAULT_SERVER_LIMITS`);
   * each also from env (`BRIDGEWAY_HEADERS_TIMEOUT_MS`, `BRIDGEWAY_REQUEST_TIMEOUT_MS`,
   * `BRIDGEWAY_IDLE_TIMEOUT_MS`, `BRIDGEWAY_MAX_CONNECTIONS`).
   */
  serverLimits?: ServerLimits;
  /**
   * Behind a reverse proxy: which `X-Forwarded-For` hops to believe for the per-address limits
   * (failed key and token checks, anonymous calls), as a number of proxy hops (`1`: one proxy in
   * front) or the proxies' addresses and subnets. Default: env `BRIDGEWAY_TRUST_PROXY`, else none
   * (the header is ignored: any client can write it).
   */
  trustProxy?: number | string | string[] | false;
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
  /** Where `demo/` and `dist/cdn/` are served from; the package root by default (a test serves its own build). */
  staticRoot?: string;
}

export interface RunningServer {
  url: string;
  port: number;
  db: Database;
  /** The origins the same-origin exemption trusts. */
  publicOrigins: readonly string[];
  /** True when the demo keys work on this database (seeded now or by an earlier `--demo` start). */
  demoKeysLive: boolean;
  /** The backup taken because this start migrated an existing embedded database, else null. */
  backupBeforeMigrating: string | null;
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

const LOOPBACK = ['localhost', '127.0.0.1', '[::1]'];

/** The configured public origins, or the listening address (all loopback names when it is one of them). */
function publicOriginsOf(configured: string | string[] | undefined, shownHost: string, port: number): string[] {
  const given = (Array.isArray(configured) ? configured : (configured ?? '').split(',')).map((value) => value.trim()).filter(Boolean);
  if (given.length > 0) {
    return given.map((value) => {
      const origin = normaliseOrigin(value);
      if (!origin) throw new Error(`The public origin "${value}" is not an http(s) origin such as https://bridgeway.example.org.`);
      return origin;
    });
  }
  const hosts = LOOPBACK.includes(shownHost) ? LOOPBACK : [shownHost];
  return hosts.map((name) => `http://${name}:${port}`);
}

/** Opens, migrates and seeds the database, then listens. */
export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const ownsDb = !options.db;
  const serverLimits = resolveServerLimits(options.serverLimits);
  const trustProxy = parseTrustProxy(options.trustProxy ?? process.env[TRUST_PROXY_ENV]);
  const db = options.db ?? (await openDatabase({ databaseUrl: options.databaseUrl ?? process.env.DATABASE_URL, dataDir: options.dataDir }));
  try {
    const backupBeforeMigrating = options.skipMigrations ? null : await backupBeforeMigrations(db);
    if (!options.skipMigrations) await migrate(db);
    const modules = [...routeModules, ...(options.extraModules ?? [])];
    if (options.seed ?? true) {
      await runSeed(db, { extraOrigins: options.extraOrigins ?? [], demo: options.seedDemo ?? options.demo ?? false }, modules.flatMap((module) => module.seeders ?? []));
    }
    const demoKeys = await demoKeysLive(db);
    const tokenSecret = await loadTokenSecret(db);
    let publicOrigins: readonly string[] = [];
    const log = options.log === true ? (line: Record<string, unknown>) => process.stdout.write(`${JSON.stringify({ time: isoTime(new Date()), ...line })}\n`) : options.log || undefined;
    const app = createApp({ db, tokenSecret, demo: options.demo, version: await packageVersion(), log, extraModules: options.extraModules, validateResponses: options.validateResponses, staticRoot: options.staticRoot, publicOrigins: () => publicOrigins, rateLimits: await createRateLimits(db, options.rateLimits), trustProxy } satisfies AppDeps);
    const requestedPort = options.port ?? (process.env.PORT ? Number(process.env.PORT) : 8787);
    const host = options.host;
    const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
      const s = serve({ fetch: app.fetch, port: requestedPort, hostname: host, serverOptions: httpServerOptions(serverLimits) }, () => resolve(s));
      s.once('error', reject);
      applyConnectionCap(s as Parameters<typeof applyConnectionCap>[0], serverLimits);
    });
    const port = (server.address() as AddressInfo).port;
    const shownHost = !host || host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
    publicOrigins = publicOriginsOf(options.publicOrigin ?? process.env.BRIDGEWAY_PUBLIC_ORIGIN, shownHost, port);
    return {
      url: `http://${shownHost}:${port}`,
      port,
      db,
      publicOrigins,
      demoKeysLive: demoKeys,
      backupBeforeMigrating,
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
