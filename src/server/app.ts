/**
 * The HTTP app: logging, CORS with per-organisation allow-lists, body limits, route
 * definitions turned into handlers, problem+json for every error, OpenAPI, docs, and
 * the demo's static files.
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { IncomingMessage } from 'node:http';
import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono, type Context } from 'hono';
import * as z from 'zod/mini';
import { fieldIssues, type FieldIssue } from '../api/problem.js';
import { droppedFields } from '../api/unknown-fields.js';
import { authenticate, authorize, CredentialCache, knownPrincipal, principalKey, type Principal } from './auth.js';
import type { RequestActor } from './actor.js';
import type { Connection } from './db/transaction.js';
import type { Database } from './db/types.js';
import { asRequest } from './db/fair-queue.js';
import { DOCS_STYLE_HASH, renderDocs } from './docs.js';
import { checkOrigin, cors, refuseSecretKeyFromBrowser, sameOriginCheck } from './cors.js';
import { buildOpenApi } from './openapi.js';
import { packageRoot } from './paths.js';
import { HttpProblem, problemResponse } from './problem.js';
import { PROBLEM_CODE_OF, Refusal } from './refusal.js';
import type { AnyRoute, RouteContext, RouteModule } from './route.js';
import { demoRoutes, routeModules } from './routes/index.js';
import { htmlSecurityHeaders, isDirectory, readStatic } from './static.js';
import { limitGroupsOf, type RateLimits } from './limits.js';
import { clientAddressOf, type TrustProxy } from './proxy.js';
import { isValidIdempotencyKey, requestHash, runIdempotent } from './write.js';
import { responseChecker } from './response-check.js';

// zod/mini ships no messages by default; the server answers in English.
z.config(z.locales.en());

export { normaliseOrigin } from './cors.js';

export const MAX_BODY_BYTES = 1024 * 1024;

export type LogLine = { method: string; path: string; status: number; ms: number; organisation: string | null; [key: string]: unknown };

export interface AppDeps {
  db: Database;
  /** The user-token signing secret (see `loadTokenSecret`). */
  tokenSecret: string;
  /** The resource modules; `routeModules` from `routes/index.ts` by default. */
  modules?: RouteModule[];
  /** Extra modules (tests register test-only routes here). */
  extraModules?: RouteModule[];
  /** Serve `/demo/token`. */
  demo?: boolean;
  version?: string;
  /** Receives one object per request, and `{ level: 'error', ... }` for unexpected errors. */
  log?: (line: Record<string, unknown>) => void;
  /** Where `demo/` and `dist/cdn/` are found; the package root by default. */
  staticRoot?: string;
  /**
   * Check every handler result against its route's response schema, and that the schema
   * would change nothing in it (no unknown field stripped, no value transformed), so that
   * skipping the check cannot change a response (see `response-check.ts`). A development and test
   * safety net: about 0.05-0.1x of a gap analysis's direct time (bench/results/gap-analysis.md). Default:
   * `validateResponsesByDefault()` (on, except with NODE_ENV=production; env
   * `BRIDGEWAY_VALIDATE_RESPONSES=1|0` decides either way).
   */
  validateResponses?: boolean;
  /** Cache credential lookups (API keys, user tokens' users) for this long (ms); 0 asks the database on every request. Default `KEY_CACHE_TTL_MS` (5 s). */
  keyCacheTtlMs?: number;
  /**
   * The origins this server is reached at (`https://bridgeway.example.org`): a page served from
   * one of them may call the API without being in an allow-list. Read on each request, so a server
   * can give its address once it listens. Never taken from the client's `Host` header, which any
   * caller can set. None: no same-origin exemption.
   */
  publicOrigins?: () => readonly string[];
  /** Limits against abuse (see `limits.ts`); none when absent. `startServer` builds them from its `rateLimits` option. */
  rateLimits?: RateLimits;
  /** Which `X-Forwarded-For` hops name the client (see `proxy.ts`); none by default: the connection's address. */
  trustProxy?: TrustProxy;
}

type Env = { Variables: { organisation?: string; corsOrigin?: string } };

function compilePath(path: string): RegExp {
  const pattern = path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:([A-Za-z0-9_]+)/g, '[^/]+').replace(/\*$/, '.*');
  return new RegExp(`^${pattern}/?$`);
}

/** The client's address for per-address limits: the connection's, or what trusted proxies forwarded (`proxy.ts`). */
function clientAddress(c: Context, trust: TrustProxy): string {
  let connection: string;
  try {
    connection = getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'in-process';
  }
  return clientAddressOf(connection, c.req.header('x-forwarded-for'), trust);
}

/**
 * The body, when Node's HTTP parser already holds all of it (a small JSON body comes in the same
 * packet as its headers): read at once from the socket's buffer, which saves the stream's events and
 * turns (~0.07 ms, a twentieth of a search). Else `undefined`, and the body is streamed (`readBody`).
 */
function receivedBody(incoming: IncomingMessage | undefined, limit: number): string | undefined {
  const length = incoming?.headers['content-length'];
  if (!incoming || length === undefined || incoming.readableDidRead) return undefined;
  const declared = Number(length);
  // The parser hands over exactly the declared length, never more.
  if (!(declared <= limit) || incoming.readableLength < declared) return undefined;
  const chunks: Buffer[] = [];
  for (let chunk: Buffer | null; (chunk = incoming.read() as Buffer | null) !== null; ) chunks.push(chunk);
  // Flowing from here: the message's end is then emitted, as for a body read as a stream.
  incoming.resume();
  return (chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)).toString('utf8');
}

async function readBody(request: Request, limit: number): Promise<string> {
  const length = request.headers.get('content-length');
  const declared = Number(length ?? '0');
  if (declared > limit) throw new HttpProblem('payload_too_large', `The body is ${declared} bytes; the limit is ${limit} bytes (1 MB).`);
  if (length !== null) {
    // A declared length bounds the body (Node's HTTP parser delivers exactly that many
    // bytes), so it is read in one piece: @hono/node-server then reads the socket directly
    // instead of through a web ReadableStream, ~0.4 ms less per request. The size is checked
    // again for in-process requests (`app.request`), where nothing ties the body to the header.
    const bytes = Buffer.from(await request.arrayBuffer());
    if (bytes.byteLength > limit) throw new HttpProblem('payload_too_large', `The body is over the limit of ${limit} bytes (1 MB).`);
    return bytes.toString('utf8');
  }
  // Chunked: stream it and stop at the limit.
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw new HttpProblem('payload_too_large', `The body is over the limit of ${limit} bytes (1 MB).`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** What a body's field the contract does not know is told (a misspelt `expiresAt` for `expiresOn`). */
const UNKNOWN_FIELD_MESSAGE = 'is not a field of this request (a typo?): remove it or use a field the contract names';

/**
 * Parses a request part against its schema, adding each failing field to `issues`. With `strict`
 * (bodies), a field the schema does not know is refused too, by its path, rather than dropped
 * with what the client meant by it; query strings stay lenient (caches and trackers add to them).
 */
function validate(schema: z.ZodMiniType | undefined, value: unknown, issues: FieldIssue[], strict = false): unknown {
  if (!schema) return undefined;
  const result = z.safeParse(schema, value);
  if (!result.success) {
    issues.push(...fieldIssues(result.error.issues));
    return undefined;
  }
  if (strict) for (const path of droppedFields(value, result.data)) issues.push({ path: path.map(String).join('.'), message: UNKNOWN_FIELD_MESSAGE });
  return result.data;
}

/** On unless NODE_ENV=production; `BRIDGEWAY_VALIDATE_RESPONSES=1|0` (or true|false) overrides. */
export function validateResponsesByDefault(env: NodeJS.ProcessEnv = process.env): boolean {
  const flag = env.BRIDGEWAY_VALIDATE_RESPONSES?.trim().toLowerCase();
  if (flag === '1' || flag === 'true') return true;
  if (flag === '0' || flag === 'false') return false;
  return env.NODE_ENV !== 'production';
}

/** The path and query string of a request's URL, as the client sent them. */
function pathAndQuery(href: string): string {
  const url = new URL(href);
  return url.pathname + url.search;
}

function queryObject(url: URL): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const all = url.searchParams.getAll(key);
    out[key] = all.length === 1 ? all[0] : all;
  }
  return out;
}

/** Builds the Hono app. `startServer` wires it to a database and an HTTP server. */
export function createApp(deps: AppDeps): Hono<Env> {
  const { db } = deps;
  const version = deps.version ?? '0.0.0';
  const log = deps.log;
  const staticRoot = deps.staticRoot ?? fileURLToPath(packageRoot);
  const modules = [...(deps.modules ?? routeModules), ...(deps.demo ? [demoRoutes] : []), ...(deps.extraModules ?? [])];
  const routes: AnyRoute[] = modules.flatMap((module) => module.routes);
  const app = new Hono<Env>();
  const known: { method: string; pattern: RegExp }[] = [];
  let openApi: Record<string, unknown> | undefined;
  const document = () => (openApi ??= buildOpenApi(routes, { version, tags: Object.assign({}, ...modules.map((module) => module.tags)) }));
  const validateResponses = deps.validateResponses ?? validateResponsesByDefault();
  const checkResponse = validateResponses ? responseChecker() : undefined;
  const credentials = deps.keyCacheTtlMs === 0 ? undefined : new CredentialCache(deps.keyCacheTtlMs);
  const sameOrigin = sameOriginCheck(deps.publicOrigins);

  app.use('*', async (c, next) => {
    const started = performance.now();
    // The embedded database serves requests in the order they arrived (db/fair-queue.ts).
    await asRequest(started, next);
    if (log) {
      log({
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        // Hundredths: a search takes a millisecond or two, and the HTTP overhead bench reads its span from here.
        ms: Math.round((performance.now() - started) * 100) / 100,
        organisation: c.get('organisation') ?? null,
      });
    }
  });

  app.use('*', cors());

  async function runRoute(c: Context<Env>, route: AnyRoute): Promise<Response> {
    const authorization = c.req.header('authorization');
    refuseSecretKeyFromBrowser(c);
    const limits = deps.rateLimits;
    const address = clientAddress(c, deps.trustProxy ?? false);
    // A credential the cache holds is known at once; `authenticate` decides the rest, and says why it refuses.
    const identify = (): Principal | Promise<Principal | null> =>
      (authorization && credentials && knownPrincipal(deps.tokenSecret, authorization, credentials)) || authenticate(db, deps.tokenSecret, authorization, credentials);
    let principal: Principal | null;
    if (authorization && limits) {
      // Guessed keys and forged tokens: once an address is over its limit it is not even checked.
      // The 429 is readable by the page (it names nobody), so an element can say "wait" rather than "offline".
      const origin = c.req.header('origin');
      const readable = (error: unknown) => {
        if (origin && error instanceof HttpProblem && error.code === 'rate_limited') c.set('corsOrigin', origin);
        return error;
      };
      const overLimit = limits.check('failedAuth', address);
      if (overLimit) await overLimit.catch((error: unknown) => Promise.reject(readable(error)));
      try {
        principal = await identify();
      } catch (error) {
        if (error instanceof HttpProblem && error.code === 'unauthenticated') await limits.consume('failedAuth', address).catch((over: unknown) => Promise.reject(readable(over)));
        throw error;
      }
    } else principal = await identify();
    if (principal) c.set('organisation', principal.organisationId);
    await checkOrigin(c, db, principal, sameOrigin);
    authorize(principal, route.auth, route.roles);
    const op = route.operation;
    const caller = principal ? principalKey(principal) : `address:${address}`;
    // A route that writes only for some bodies counts its writes once the body is read (below).
    const groups = limitGroupsOf(op).filter((group) => !(group === 'writes' && route.writesWhen));
    if (limits) for (const group of groups) await limits.consume(group, caller);

    const issues: FieldIssue[] = [];
    const params = validate(op.params, c.req.param(), issues);
    // Only routes that take a query parse the URL for it (most take none: search, writes).
    const query = op.query ? validate(op.query, queryObject(new URL(c.req.url)), issues) : undefined;
    let body: unknown;
    let rawBody = '';
    if (op.body) {
      const type = (c.req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
      if (type !== 'application/json' && !/^application\/[\w.+-]+\+json$/.test(type)) {
        throw new HttpProblem('unsupported_media_type', `Send the body as JSON with Content-Type: application/json${type ? ` (got ${type})` : ''}.`);
      }
      rawBody = receivedBody((c.env as { incoming?: IncomingMessage } | undefined)?.incoming, MAX_BODY_BYTES) ?? (await readBody(c.req.raw, MAX_BODY_BYTES));
      let parsed: unknown;
      try {
        parsed = JSON.parse(rawBody);
      } catch {
        throw new HttpProblem('invalid_request', 'The body is not valid JSON.', { errors: [{ path: '(root)', message: 'must be valid JSON' }] });
      }
      body = validate(op.body, parsed, issues, true);
    }
    let expectedVersion: number | undefined;
    if (op.versioned) {
      const fromBody = (body as { version?: unknown } | undefined)?.version;
      const ifMatch = c.req.header('if-match')?.replace(/^W\//, '').replace(/"/g, '');
      const candidate = typeof fromBody === 'number' ? fromBody : ifMatch ? Number(ifMatch) : undefined;
      if (candidate === undefined || !Number.isInteger(candidate) || candidate < 1) {
        issues.push({ path: 'version', message: 'Send the version this write is based on (a positive integer, in the body or in If-Match).' });
      } else expectedVersion = candidate;
    }
    if (issues.length > 0) throw new HttpProblem('invalid_request', `${issues.length === 1 ? 'A field is' : `${issues.length} fields are`} not valid: ${issues.map((issue) => issue.path).join(', ')}.`, { errors: issues });
    if (limits && route.writesWhen?.(body)) await limits.consume('writes', caller);

    const extraHeaders: Record<string, string> = {};
    const status = op.status;
    // Built once here, for every handler: the acting user, when the credentials carry one.
    const actor: RequestActor | null = principal?.user ? { organisationId: principal.organisationId, userId: principal.user.id, role: principal.user.role } : null;
    const execute = async (connection: Connection) => {
      const ctx: RouteContext<'key', z.ZodMiniType, z.ZodMiniType, z.ZodMiniType> = {
        params, query, body, db: connection, database: db, principal: principal as never, actor, expectedVersion, version,
        tokens: { secret: deps.tokenSecret },
        request: c.req.raw,
        setHeader: (name, value) => {
          extraHeaders[name.toLowerCase()] = value;
        },
      };
      const result = await route.handler(ctx as never);
      if (status === 204) return { status, body: undefined };
      return { status, body: checkResponse ? checkResponse(op, result) : result };
    };

    const idempotencyKey = c.req.header('idempotency-key');
    let outcome: { status: number; body: unknown; replayed?: boolean };
    try {
      if (op.idempotent && idempotencyKey !== undefined && principal) {
        if (!isValidIdempotencyKey(idempotencyKey)) {
          throw new HttpProblem('invalid_request', 'The Idempotency-Key must be 1 to 255 visible ASCII characters (a UUID is ideal).', { errors: [{ path: 'Idempotency-Key', message: 'must be 1 to 255 visible ASCII characters' }] });
        }
        outcome = await runIdempotent(
          db,
          { organisationId: principal.organisationId, principal: principalKey(principal), key: idempotencyKey, requestHash: requestHash(op.method, pathAndQuery(c.req.url), rawBody) },
          (tx) => execute(tx),
        );
      } else {
        outcome = await execute(db);
      }
    } finally {
      // After the write's transaction has ended (committed or not): a revoked key stops working
      // here at once, and a lookup still in flight cannot put the old row back (CredentialCache.generation).
      if (route.changesCredentials) credentials?.clear();
    }
    // A plain object (not `Headers`): @hono/node-server writes it as it is.
    const headers: Record<string, string> = extraHeaders;
    if (outcome.replayed) headers['idempotency-replayed'] = 'true';
    if (outcome.status === 204) return new Response(null, { status: 204, headers });
    headers['content-type'] = 'application/json; charset=utf-8';
    return new Response(JSON.stringify(outcome.body ?? null), { status: outcome.status, headers });
  }

  for (const route of routes) {
    app.on(route.operation.method, route.operation.path, (c) => runRoute(c, route));
    known.push({ method: route.operation.method, pattern: compilePath(route.operation.path) });
  }

  function plain(method: 'GET', path: string, handler: (c: Context<Env>) => Promise<Response> | Response) {
    app.on(method, path, handler);
    known.push({ method, pattern: compilePath(path) });
  }

  plain('GET', '/v1/openapi.json', (c) => {
    c.set('corsOrigin', c.req.header('origin'));
    return c.json(document());
  });
  plain('GET', '/docs', () => new Response(renderDocs(document()), { headers: { 'content-type': 'text/html; charset=utf-8', ...htmlSecurityHeaders([DOCS_STYLE_HASH]) } }));

  async function serveFile(c: Context<Env>, root: string, relative: string, missing: () => HttpProblem): Promise<Response> {
    const file = await readStatic(root, relative);
    if (!file) throw missing();
    const headers: Record<string, string> = { 'content-type': file.type, 'x-content-type-options': 'nosniff', 'cache-control': 'no-cache' };
    if (file.type.startsWith('text/html')) Object.assign(headers, htmlSecurityHeaders());
    if (c.req.path.startsWith('/cdn/')) headers['access-control-allow-origin'] = '*';
    return new Response(file.body as ConstructorParameters<typeof Response>[0], { headers });
  }
  const demoDir = join(staticRoot, 'demo');
  const cdnDir = join(staticRoot, 'dist', 'cdn');
  plain('GET', '/', (c) => serveFile(c, demoDir, 'index.html', () => new HttpProblem('not_found', `The demo page ${join(demoDir, 'index.html')} is missing.`)));
  plain('GET', '/demo/*', (c) => serveFile(c, demoDir, c.req.path.slice('/demo/'.length), () => new HttpProblem('not_found', `No file ${c.req.path} in the demo.`)));
  plain('GET', '/cdn/*', async (c) => {
    if (!(await isDirectory(cdnDir))) throw new HttpProblem('not_found', `The CDN bundles are not built (${cdnDir} is missing). Run \`npm run build\` first.`);
    return serveFile(c, cdnDir, c.req.path.slice('/cdn/'.length), () => new HttpProblem('not_found', `No file ${c.req.path} in dist/cdn.`));
  });

  app.notFound((c) => {
    const path = c.req.path;
    const allowed = [...new Set(known.filter((entry) => entry.pattern.test(path)).map((entry) => entry.method))];
    if (allowed.length > 0) {
      if (allowed.includes('GET')) allowed.push('HEAD');
      allowed.push('OPTIONS');
      return problemResponse(
        new HttpProblem('method_not_allowed', `${c.req.method} is not allowed on ${path}; use ${allowed.join(', ')}.`, { headers: { allow: allowed.join(', ') } }),
        path,
      );
    }
    return problemResponse(new HttpProblem('not_found', `There is no route ${path}. The routes are listed at /v1/openapi.json and /docs.`), path);
  });

  app.onError((error, c) => {
    if (error instanceof HttpProblem) return problemResponse(error, c.req.path);
    // The one place a refusal (from a store or a handler) becomes a problem.
    if (error instanceof Refusal) return problemResponse(new HttpProblem(PROBLEM_CODE_OF[error.kind], error.detail, error.extras), c.req.path);
    log?.({ level: 'error', method: c.req.method, path: c.req.path, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    return problemResponse(new HttpProblem('internal', 'Something went wrong on the server; it has been logged. Retry, and report it if it persists.'), c.req.path);
  });

  return app;
}
