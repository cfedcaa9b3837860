/**
 * Test servers over real HTTP on a real PGlite (Node only), fast: the first test file of a run builds
 * one migrated and seeded database (and, for a test that asks, one without the demo) and dumps it to `.tmp/` (keyed by a hash of the
 * migrations and the seed code); every `startTestServer()` loads that snapshot into a
 * fresh in-memory PGlite (about 1 s instead of 5).
 *
 * ```ts
 * const server = await startTestServer({ extraModules: [myTestRoutes] });
 * after(() => server.close());
 * const { status, body } = await server.request('/v1/me', { token: DEMO_PUBLISHABLE_KEY });
 * ```
 *
 * `browserBackend()` is the one server behind the browser tests (web-test-runner.config.mjs
 * forwards `/v1/*` to it), and `mintToken()` answers their `POST /test/token`.
 */
import { routeModules } from '../../src/server/routes/index.js';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rmdir, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PgliteDatabase } from '../../src/server/db/pglite.js';
import { migrate } from '../../src/server/db/migrate.js';
import { runSeed } from '../../src/server/seed/index.js';
import { startServer, type RunningServer, type StartServerOptions } from '../../src/server/index.js';
import type { Database, Queryable } from '../../src/server/db/types.js';
import type { Role } from '../../src/api/identity.js';
import { Refusal, type RefusalKind } from '../../src/server/refusal.js';
import { seedMentors } from '../../src/server/seed/mentors/index.js';
import { seedDemoDesk } from '../../src/server/seed/mentors/desk.js';
import { DEMO_SECRET_KEY } from './demo.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TMP = join(ROOT, '.tmp');
/** What the snapshot depends on: change any of these files and a new one is built. */
const SNAPSHOT_INPUTS = ['src/server/migrations', 'src/server/seed', 'src/server/routes', 'src/server/store', 'src/server/db/migrate.ts', 'catalogue'];

async function filesUnder(path: string): Promise<string[]> {
  const info = await stat(path);
  if (!info.isDirectory()) return [path];
  const entries = await readdir(path);
  const nested = await Promise.all(entries.sort().map((entry) => filesUnder(join(path, entry))));
  return nested.flat();
}

async function snapshotKey(): Promise<string> {
  const hash = createHash('sha256');
  for (const input of SNAPSHOT_INPUTS) {
    for (const file of await filesUnder(join(ROOT, input))) {
      hash.update(relative(ROOT, file)).update('\0').update(await readFile(file)).update('\0');
    }
  }
  return hash.digest('hex').slice(0, 16);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}

/**
 * What a snapshot holds: `demo`, the whole seed with the resource modules' seeders and the demo data, as `--demo`
 * runs it (what servers start from); `catalogue`, the seed without the demo data or the modules' seeders, as
 * `runSeed(db, { demo: false })` leaves it (for a test that counts every row of a table it fills itself); `blank`, a
 * new database before any migration (for a test that runs only the migrations it needs): loading it takes about a
 * quarter of the time PGlite takes to create a database.
 */
export type SnapshotKind = 'demo' | 'catalogue' | 'blank';

const snapshotPromises = new Map<SnapshotKind, Promise<Blob>>();

async function seedSnapshot(db: PgliteDatabase, kind: SnapshotKind): Promise<void> {
  if (kind === 'blank') return;
  await migrate(db);
  if (kind === 'demo') await runSeed(db, { demo: true }, routeModules.flatMap((module) => module.seeders ?? []));
  else await runSeed(db, { demo: false });
}

/** The migrated, seeded snapshot as a tarball; built once per change of its inputs, shared by parallel test files. */
export function databaseSnapshot(kind: SnapshotKind = 'demo'): Promise<Blob> {
  let snapshot = snapshotPromises.get(kind);
  if (!snapshot) {
    snapshot = buildSnapshot(kind);
    snapshotPromises.set(kind, snapshot);
  }
  return snapshot;
}

async function buildSnapshot(kind: SnapshotKind): Promise<Blob> {
  await mkdir(TMP, { recursive: true });
  const file = join(TMP, `test-db-${kind === 'demo' ? '' : `${kind}-`}${await snapshotKey()}.tar`);
  const lock = `${file}.lock`;
  for (let waited = 0; !(await exists(file)); waited += 100) {
    try {
      await mkdir(lock);
    } catch {
      // Another test process is building it; wait, and take over a lock left by a crash.
      if (waited > 60_000) await rmdir(lock).catch(() => {});
      await sleep(100);
      continue;
    }
    try {
      if (!(await exists(file))) {
        const db = await PgliteDatabase.open({ dataDir: 'memory://' });
        await seedSnapshot(db, kind);
        const dump = await db.dump();
        await db.close();
        await writeFile(`${file}.${process.pid}`, Buffer.from(await dump.arrayBuffer()));
        await rename(`${file}.${process.pid}`, file);
      }
    } finally {
      await rmdir(lock).catch(() => {});
    }
  }
  return new Blob([await readFile(file)]);
}

/** A fresh in-memory PGlite holding the migrated, seeded snapshot (by default the one with the demo data). */
export async function openTestDatabase(kind: SnapshotKind = 'demo'): Promise<PgliteDatabase> {
  return PgliteDatabase.open({ dataDir: 'memory://', loadDataDir: await databaseSnapshot(kind) });
}

export interface TestRequest {
  method?: string;
  /** Sent as `Authorization: Bearer <token>`. */
  token?: string;
  /** Sent as JSON unless it is a string (then sent as is). */
  body?: unknown;
  headers?: Record<string, string>;
}

export interface TestResponse<T = any> { // eslint-disable-line @typescript-eslint/no-explicit-any
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

export interface TestServer extends RunningServer {
  /** One HTTP request to the server; JSON bodies are parsed. */
  request<T = any>(path: string, init?: TestRequest): Promise<TestResponse<T>>; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** A user token for (externalId, role) of the demo organisation, minted with the demo secret key. */
  tokenFor(role: Role, externalId?: string, secretKey?: string): Promise<string>;
  /** `POST /v1/tokens` as a host's backend calls it: the token response (`token`, `user`, ...) for (role, externalId). */
  signIn(role: Role, externalId?: string, options?: SignInOptions): Promise<SignedIn>;
}

export interface SignInOptions {
  /** Default: the demo organisation's secret key. */
  secretKey?: string;
  displayName?: string;
}

/** The body of a `POST /v1/tokens` answer. */
export interface SignedIn {
  token: string;
  user: { id: string; role: Role; externalId: string; displayName?: string | null };
  [key: string]: unknown;
}

export interface TestServerOptions extends Omit<StartServerOptions, 'db' | 'port' | 'dataDir' | 'databaseUrl'> {
  /** Runs on the database before the server starts (e.g. to create test-only tables). */
  setup?: (db: Database) => Promise<void>;
}

/** Starts the app on a random port over a fresh copy of the snapshot. `close()` stops it and drops the database. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const db = await openTestDatabase();
  await options.setup?.(db);
  const { setup: _setup, ...rest } = options;
  // The snapshot is seeded already; seed again only to add a test's extra origins. Rate limits
  // are off unless a test sets them (limits.test.ts): suites mint and write far more than people do.
  const server = await startServer({ log: false, seed: Boolean(rest.extraOrigins?.length), seedDemo: true, rateLimits: false, ...rest, db, port: 0, host: '127.0.0.1' });
  return withHelpers(server, async () => {
    await server.close();
    await db.close();
  });
}

/** Adds `request` and `tokenFor` to any running server. */
export function withHelpers(server: RunningServer, close: () => Promise<void> = () => server.close()): TestServer {
  async function request<T>(path: string, init: TestRequest = {}): Promise<TestResponse<T>> {
    const headers: Record<string, string> = { ...init.headers };
    if (init.token) headers.authorization = `Bearer ${init.token}`;
    let body: string | undefined;
    if (init.body !== undefined) {
      body = typeof init.body === 'string' ? init.body : JSON.stringify(init.body);
      if (typeof init.body !== 'string' && !Object.keys(headers).some((key) => key.toLowerCase() === 'content-type')) headers['content-type'] = 'application/json';
    }
    const response = await fetch(server.url + path, { method: init.method ?? (body === undefined ? 'GET' : 'POST'), headers, body });
    const text = await response.text();
    let parsed: unknown = text;
    if (/json/.test(response.headers.get('content-type') ?? '') && text) parsed = JSON.parse(text);
    return { status: response.status, headers: response.headers, body: parsed as T, text };
  }
  async function signIn(role: Role, externalId = `demo-${role}`, options: SignInOptions = {}): Promise<SignedIn> {
    const body = { role, externalId, ...(options.displayName === undefined ? {} : { displayName: options.displayName }) };
    const response = await request<SignedIn>('/v1/tokens', { token: options.secretKey ?? DEMO_SECRET_KEY, body });
    if (response.status !== 201 && response.status !== 200) throw new Error(`Could not mint a token: ${response.status} ${response.text}`);
    return response.body;
  }
  return {
    ...server,
    close,
    request,
    signIn,
    async tokenFor(role, externalId, secretKey) {
      return (await signIn(role, externalId, { secretKey })).token;
    },
  };
}

/** Creates another organisation with its own keys, straight in the database; returns the raw keys. */
export async function createOrganisation(db: Database, id: string, allowedOrigins: string[] = []): Promise<{ id: string; publishableKey: string; secretKey: string }> {
  const { generateApiKey } = await import('../../src/server/auth.js');
  const publishable = generateApiKey('publishable');
  const secret = generateApiKey('secret');
  await db.query('INSERT INTO organisations (id, name, allowed_origins) VALUES ($1, $2, $3::text[])', [id, `Organisation ${id}`, allowedOrigins]);
  for (const [kind, key] of [['publishable', publishable], ['secret', secret]] as const) {
    await db.query('INSERT INTO api_keys (id, organisation_id, kind, key_hash, prefix) VALUES ($1, $2, $3, $4, $5)', [`key_${id}_${kind}`, id, kind, key.hash, key.prefix]);
  }
  return { id, publishableKey: publishable.key, secretKey: secret.key };
}

let browserServer: Promise<TestServer> | undefined;

/** The reference server behind the browser tests: one per test run, on the demo data. */
export function browserBackend(): Promise<TestServer> {
  return (browserServer ??= startTestServer({ demo: true }));
}

const browserOrganisations = new Map<string, Promise<{ secretKey: string }>>();

/**
 * What an organisation of its own can start with besides its keys (`POST /test/token`'s `seed`):
 * `desk`, the demo's mentors and coordinator's desk (src/server/seed/mentors/desk.ts), so the desk
 * tests decide requests that no other test file sees.
 */
export const ORGANISATION_SEEDS = {
  desk: async (db: Queryable, organisationId: string) => {
    await seedMentors(db, organisationId);
    await seedDemoDesk(db, organisationId);
  },
} satisfies Record<string, (db: Queryable, organisationId: string) => Promise<void>>;
export type OrganisationSeed = keyof typeof ORGANISATION_SEEDS;

async function createBrowserOrganisation(db: Database, id: string, seed?: OrganisationSeed): Promise<{ secretKey: string }> {
  const organisation = await createOrganisation(db, id);
  if (seed) await db.transaction((tx) => ORGANISATION_SEEDS[seed](tx, id));
  return organisation;
}

/**
 * What `POST /test/token` answers the browser tests: a token response for (role, externalId), named after the externalId,
 * in the demo organisation or, given `organisation`, in that organisation of its own (created on first use, with `seed`'s
 * data when given), so a test can change program-wide settings (training modules) or decide requests without touching what
 * other test files see.
 */
export async function mintToken(role: Role, externalId?: string, organisation?: string, seed?: OrganisationSeed): Promise<SignedIn> {
  const backend = await browserBackend();
  let secretKey: string | undefined;
  if (organisation) {
    if (seed !== undefined && !(seed in ORGANISATION_SEEDS)) throw new Error(`No organisation seed called "${seed}": one of ${Object.keys(ORGANISATION_SEEDS).join(', ')}.`);
    if (!browserOrganisations.has(organisation)) browserOrganisations.set(organisation, createBrowserOrganisation(backend.db, organisation, seed));
    secretKey = (await browserOrganisations.get(organisation)!).secretKey;
  }
  return backend.signIn(role, externalId ?? `demo-${role}`, { displayName: externalId, secretKey });
}

/**
 * For `assert.rejects(promise, refused('conflict'))`: a store refused with this kind (and,
 * when given, this `reason`), and `check` (if any) holds of the refusal.
 */
export function refused(kind: RefusalKind, reason?: string, check?: (refusal: Refusal) => void): (error: unknown) => boolean {
  return (error) => {
    if (!(error instanceof Refusal)) throw error;
    if (error.kind !== kind) throw new Error(`Refused as ${error.kind} (${error.detail}), expected ${kind}.`);
    if (reason !== undefined && error.extras.reason !== reason) throw new Error(`Refused for ${String(error.extras.reason)}, expected ${reason}.`);
    check?.(error);
    return true;
  };
}
