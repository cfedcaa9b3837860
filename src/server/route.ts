/**
 * Routes: an operation of the contract (`src/api/operations/`: method, path, schemas, status,
 * idempotent, versioned) plus what only the server knows (who may call it, the handler, and
 * the words of the OpenAPI document). One registration drives request validation,
 * authentication, idempotency, optimistic concurrency AND the OpenAPI document.
 *
 * Adding a route:
 * ```ts
 * // src/api/operations/catalogue.ts (the contract: what goes over the wire)
 * export const getOccupation = /* @__PURE__ *\/ defineOperation({
 *   method: 'GET',
 *   path: '/v1/occupations/:id',
 *   params: z.object({ id: Id }),        // validated; failures are 400 invalid_request
 *   response: Occupation,                // the handler's result is checked against it
 * });
 *
 * // src/server/routes/catalogue.ts (the server: who may call it and what it does)
 * export const catalogueRoutes: RouteModule = {
 *   name: 'catalogue',
 *   routes: [
 *     route(getOccupation, {
 *       summary: 'Read one occupation',
 *       tags: ['catalogue'],
 *       auth: 'key',                       // 'none' | 'key' | 'user' | 'secret'
 *       handler: async ({ params, db, principal }) => store.getOccupation(db, principal.organisationId, params.id),
 *     }),
 *   ],
 * };
 * ```
 * then list the module in `src/server/routes/index.ts`. Handlers get `ctx.actor` (the acting
 * user and organisation, built once per request) and `ctx.db`, which they hand to a store; a
 * store says "no" by throwing a `Refusal` (`./refusal.js`), which the app answers as a problem.
 * Writes opt in to the shared mechanisms in the operation: `idempotent: true` honours an
 * `Idempotency-Key` header (the handler then runs in a transaction and `ctx.db` is that
 * transaction, which a store's `inTransaction()` joins), and `versioned: true` requires
 * `version` in the body (or `If-Match`) and gives `ctx.expectedVersion`; the store compares it
 * and refuses a stale one with `Refusal.conflict(detail, current)` (409 with `current`).
 * Name schemas that appear in several places with `component('Name', schema)` so the
 * OpenAPI document refers to them instead of repeating them.
 */
import * as z from 'zod/mini';
import type { Role } from '../api/identity.js';
import type { AnyOperation, HttpMethod } from '../api/operation.js';
import type { RequestActor } from './actor.js';
import type { AuthMode, Principal } from './auth.js';
import type { Connection } from './db/transaction.js';
import type { Database } from './db/types.js';
import type { Seeder } from './seed/types.js';

export type { HttpMethod };

/** Named schemas: the OpenAPI document puts these under `components.schemas` and refers to them. */
export const components = z.registry<{ id: string }>();

/** Registers a schema under a name for the OpenAPI document and returns it unchanged. */
export function component<S extends z.ZodMiniType>(id: string, schema: S): S {
  if (!components.has(schema)) components.add(schema, { id });
  return schema;
}

type Infer<S> = S extends z.ZodMiniType ? z.infer<S> : undefined;

export type PrincipalFor<A extends AuthMode> = A extends 'none'
  ? Principal | null
  : A extends 'user'
    ? Principal & { user: NonNullable<Principal['user']> }
    : Principal;

export interface RouteContext<A extends AuthMode, P, Q, B> {
  params: Infer<P>;
  query: Infer<Q>;
  body: Infer<B>;
  /**
   * The connection to hand to stores: the database, or inside an idempotent write the write's
   * transaction (a store's `inTransaction()` then joins it).
   */
  db: Connection;
  /** The whole database, for what must not run in the request's transaction (the health check). */
  database: Database;
  principal: PrincipalFor<A>;
  /** The acting user and their organisation, built once per request; `null` for a key without a user. */
  actor: A extends 'user' ? RequestActor : RequestActor | null;
  /** For `versioned` routes: the version the client based its write on. */
  expectedVersion: number | undefined;
  /** The server's version (package.json). */
  version: string;
  /** The user-token signing secret, for routes that mint tokens. */
  tokens: { secret: string };
  /** The raw request, for headers. */
  request: Request;
  /** Extra headers for the response. */
  setHeader(name: string, value: string): void;
}

/** What only the server knows of a route: who may call it, what it does, and its words in the OpenAPI document. */
export interface RouteSpec<
  A extends AuthMode = AuthMode,
  P extends z.ZodMiniType | undefined = z.ZodMiniType | undefined,
  Q extends z.ZodMiniType | undefined = z.ZodMiniType | undefined,
  B extends z.ZodMiniType | undefined = z.ZodMiniType | undefined,
  R extends z.ZodMiniType = z.ZodMiniType,
> {
  summary: string;
  description?: string;
  tags?: string[];
  /** Defaults to a name derived from method and path. */
  operationId?: string;
  auth: A;
  /** For `auth: 'user'`: which roles may call it (all when absent). For `auth: 'secret'`: user tokens of these roles are also accepted. */
  roles?: Role[];
  /**
   * Error statuses this route's handler or store may answer beyond those the OpenAPI generator
   * derives from the operation and auth (400 for inputs, 401/403, 404 for path params, 409 when
   * versioned, 413/415 for a body, 422 when idempotent, 500): status -> when, with the `code`.
   */
  refusals?: Partial<Record<RefusalStatus, string>>;
  /**
   * The route revokes keys or changes what a credential allows (allowed origins): once it has run,
   * this server forgets the credential lookups it cached (keys and token users), so the change holds at once here (and within
   * `KEY_CACHE_TTL_MS` on other instances sharing the database).
   */
  changesCredentials?: boolean;
  /**
   * For a POST that only computes unless its body asks to keep something (a gap analysis without
   * `save`): the bodies that write, and so count against the writes limit. Without it every
   * request of a writing method counts, which would make a site's visitors, who share its
   * publishable key, run out of writes by reading.
   */
  writesWhen?: (body: Infer<B>) => boolean;
  handler: (ctx: RouteContext<A, P, Q, B>) => Promise<Infer<R>>;
}

/** The statuses a refusal (or an HttpProblem) can have. */
export type RefusalStatus = 400 | 403 | 404 | 409 | 422 | 429 | 503;

/** A registered route, as the app and the OpenAPI generator see it: the contract's operation and the server's part. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface RouteDefinition extends RouteSpec<AuthMode, any, any, any, any> {
  operation: AnyOperation;
}

/** Any route (the erased form `route()` returns). */
export type AnyRoute = RouteDefinition;

/** Registers an operation of the contract with its auth and handler; the handler's types come from the operation. */
export function route<O extends AnyOperation, A extends AuthMode>(
  operation: O,
  spec: RouteSpec<A, O['params'], O['query'], O['body'], O['response']>,
): AnyRoute {
  return { ...spec, operation } as AnyRoute;
}

/** What a resource module exports; list it in `src/server/routes/index.ts`. */
export interface RouteModule {
  name: string;
  routes: AnyRoute[];
  /** What each tag its routes use groups, for the OpenAPI document (a tag is described once, by one module). */
  tags?: Record<string, string>;
  /** Seeders this resource adds (run after the foundation's, on every start). */
  seeders?: Seeder[];
}
