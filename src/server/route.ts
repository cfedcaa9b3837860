/**
 * Route definitions: one declarative object per operation drives request validation,
 * authentication, idempotency, optimistic concurrency AND the OpenAPI document.
 *
 * Adding a route:
 * ```ts
 * // src/server/routes/occupations.ts
 * import * as z from 'zod/mini';
 * import { defineRoute, type RouteModule } from '../route.js';
 * import { Occupation } from '../../api/catalogue.js';
 *
 * export const occupationRoutes: RouteModule = {
 *   name: 'occupations',
 *   routes: [
 *     defineRoute({
 *       method: 'GET',
 *       path: '/v1/occupations/:id',
 *       summary: 'Read one occupation',
 *       tags: ['catalogue'],
 *       auth: 'key',                       // 'none' | 'key' | 'user' | 'secret'
 *       params: z.object({ id: Id }),      // validated; failures are 400 invalid_request
 *       response: Occupation,              // the handler's result is checked against it
 *       handler: async ({ params, db, principal }) => {
 *         const { rows } = await db.query('SELECT ... WHERE organisation_id = $1 AND id = $2', [principal.organisationId, params.id]);
 *         if (!rows[0]) throw new HttpProblem('not_found', `No occupation "${params.id}".`);
 *         return toOccupation(rows[0]);
 *       },
 *     }),
 *   ],
 * };
 * ```
 * then list the module in `src/server/routes/index.ts`. Writes opt in to the shared
 * mechanisms with flags: `idempotent: true` honours an `Idempotency-Key` header (the
 * handler then runs in a transaction: use `ctx.db`, never another connection), and
 * `versioned: true` requires `version` in the body (or `If-Match`) and gives
 * `ctx.expectedVersion` for `updateVersioned()` from `./write.js`, which answers a stale
 * version with 409 `conflict` and the current row.
 * Name schemas that appear in several places with `component('Name', schema)` so the
 * OpenAPI document refers to them instead of repeating them.
 */
import * as z from 'zod/mini';
import type { Role } from '../api/identity.js';
import type { AuthMode, Principal } from './auth.js';
import type { Database, Queryable } from './db/types.js';
import type { Seeder } from './seed/types.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

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
  /** The database; inside an idempotent write this is the write's transaction. */
  db: Queryable;
  /** The whole database, for `transaction()` in non-idempotent routes. */
  database: Database;
  principal: PrincipalFor<A>;
  /** For `versioned` routes: the version the client based its write on. */
  expectedVersion: number | undefined;
  /** Runs work in a transaction (or in the current one, inside an idempotent write). */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** The server's version (package.json). */
  version: string;
  /** The user-token signing secret, for routes that mint tokens. */
  tokens: { secret: string };
  /** The raw request, for headers. */
  request: Request;
  /** Extra headers for the response. */
  setHeader(name: string, value: string): void;
}

export interface RouteDefinition<
  A extends AuthMode = AuthMode,
  P extends z.ZodMiniType | undefined = z.ZodMiniType | undefined,
  Q extends z.ZodMiniType | undefined = z.ZodMiniType | undefined,
  B extends z.ZodMiniType | undefined = z.ZodMiniType | undefined,
  R extends z.ZodMiniType = z.ZodMiniType,
> {
  method: HttpMethod;
  /** Hono-style path with `:name` parameters, e.g. `/v1/plans/:planId/milestones`. */
  path: string;
  summary: string;
  description?: string;
  tags?: string[];
  /** Defaults to a name derived from method and path. */
  operationId?: string;
  auth: A;
  /** For `auth: 'user'`: which roles may call it (all when absent). */
  roles?: Role[];
  params?: P;
  query?: Q;
  body?: B;
  response: R;
  /** 200 by default; 204 sends no body. */
  status?: 200 | 201 | 204;
  /** Honour an `Idempotency-Key` header (POST and PATCH). */
  idempotent?: boolean;
  /** The write names the version it was based on (`version` in the body, or `If-Match`). */
  versioned?: boolean;
  handler: (ctx: RouteContext<A, P, Q, B>) => Promise<Infer<R>>;
}

/** An erased route, as the app and the OpenAPI generator see it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRoute = RouteDefinition<AuthMode, any, any, any, any>;

/** Keeps the types of a route definition; at run time it returns it unchanged. */
export function defineRoute<
  A extends AuthMode,
  R extends z.ZodMiniType,
  P extends z.ZodMiniType | undefined = undefined,
  Q extends z.ZodMiniType | undefined = undefined,
  B extends z.ZodMiniType | undefined = undefined,
>(route: RouteDefinition<A, P, Q, B, R>): AnyRoute {
  return route as AnyRoute;
}

/** What a resource module exports; list it in `src/server/routes/index.ts`. */
export interface RouteModule {
  name: string;
  routes: AnyRoute[];
  /** Seeders this resource adds (run after the foundation's, on every start). */
  seeders?: Seeder[];
}
