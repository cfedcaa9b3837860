/**
 * Operations: the URL table of the contract, written once. An operation says what goes over
 * the wire (method, path, params, query, body, response, status, idempotent, versioned); the
 * server registers a route from it (`route(op, { auth, handler, summary })` in
 * src/server/route.ts), the client calls it (`client.call(op, { params, body })`), and the
 * OpenAPI document describes it. Words for people (summary, description, tags) stay with the
 * server's route: they would weigh on every widget bundle.
 *
 * ```ts
 * export const getPlan = /* @__PURE__ *\/ defineOperation({
 *   method: 'GET',
 *   path: '/v1/plans/:planId',
 *   params: PlanParams,
 *   response: PlanDetail,
 * });
 * ```
 * Mark every definition `/* @__PURE__ *\/` so an operation no widget calls tree-shakes away.
 */
import type * as z from 'zod/mini';
import type { Validator } from './validate.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

type Schema = z.ZodMiniType;

/** One operation of the contract. `P`, `Q`, `B` are `undefined` when it takes no params, query or body. */
export interface Operation<
  P extends Schema | undefined = Schema | undefined,
  Q extends Schema | undefined = Schema | undefined,
  B extends Schema | undefined = Schema | undefined,
  R extends Schema = Schema,
> {
  readonly method: HttpMethod;
  /** The full Hono-style path with `:name` parameters, e.g. `/v1/plans/:planId/milestones`. */
  readonly path: string;
  /**
   * The request's schemas, read by the server and the OpenAPI document only: the CDN bundles leave
   * them out (scripts/strip-request-schemas.mjs), so widget code never reads them from an operation.
   */
  readonly params: P;
  readonly query: Q;
  readonly body: B;
  readonly response: R;
  /** 200, 201, or 204 (no body). */
  readonly status: 200 | 201 | 204;
  /** The server honours an `Idempotency-Key`: a repeat with the same key is answered, not applied again. */
  readonly idempotent: boolean;
  /** The write names the version it was based on (`version` in the body, or `If-Match`); a stale one is 409. */
  readonly versioned: boolean;
  /**
   * A POST that changes nothing: its criteria are too rich for a query string (mentor search).
   * It is a read, so it never counts against the per-caller writes limit.
   */
  readonly readOnly: boolean;
  /**
   * For a write: path prefixes of the reads it changes besides its own resource's (a
   * milestone's edit changes its plan: `['/v1/plans']`). Clients sharing reads drop them.
   */
  readonly changes: readonly string[];
  /**
   * For a read: how long its answer stays fresh for other readers of the page, in milliseconds,
   * when longer than the shared reads' window (reference data such as the catalogue).
   */
  readonly freshForMs?: number;
}

/** Any operation, as lists and generic code see it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyOperation = Operation<any, any, any, any>;

type Out<S> = S extends Schema ? z.output<S> : undefined;
type In<S> = S extends Schema ? z.input<S> : undefined;

/** The path parameters an operation takes (as the server parses them). */
export type ParamsOf<O> = O extends Operation<infer P, Schema | undefined, Schema | undefined, Schema> ? Out<P> : never;
/** The query an operation takes (as the server parses it). */
export type QueryOf<O> = O extends Operation<Schema | undefined, infer Q, Schema | undefined, Schema> ? Out<Q> : never;
/** The body an operation takes. */
export type BodyOf<O> = O extends Operation<Schema | undefined, Schema | undefined, infer B, Schema> ? In<B> : never;
/** What an operation answers. */
export type ResponseOf<O> = O extends Operation<Schema | undefined, Schema | undefined, Schema | undefined, infer R> ? z.output<R> : never;

export interface OperationSpec<P extends Schema | undefined, Q extends Schema | undefined, B extends Schema | undefined, R extends Schema> {
  method: HttpMethod;
  path: string;
  params?: P;
  query?: Q;
  body?: B;
  response: R;
  /** 200 by default; 204 sends no body. */
  status?: 200 | 201 | 204;
  idempotent?: boolean;
  versioned?: boolean;
  readOnly?: boolean;
  changes?: readonly string[];
  freshForMs?: number;
}

/** Defines an operation; call it as `/* @__PURE__ *\/ defineOperation({...})`. */
export function defineOperation<R extends Schema, P extends Schema | undefined = undefined, Q extends Schema | undefined = undefined, B extends Schema | undefined = undefined>(
  spec: OperationSpec<P, Q, B, R>,
): Operation<P, Q, B, R> {
  return {
    method: spec.method,
    path: spec.path,
    params: spec.params as P,
    query: spec.query as Q,
    body: spec.body as B,
    response: spec.response,
    status: spec.status ?? 200,
    idempotent: spec.idempotent ?? false,
    versioned: spec.versioned ?? false,
    readOnly: spec.readOnly ?? false,
    changes: spec.changes ?? [],
    freshForMs: spec.freshForMs,
  };
}

/**
 * An operation as the client calls it (`client.call(op, ...)`): what goes over the wire, and the
 * response's compact validator instead of its zod schema. Widgets import these from
 * src/generated/operations.ts, which scripts/generate-validators.ts writes from the contract's
 * operations, so a widget bundle carries no zod; `O` is the contract's operation, for the types.
 */
export interface ClientOperation<O extends AnyOperation = AnyOperation>
  extends Pick<Operation, 'method' | 'path' | 'status' | 'idempotent' | 'versioned' | 'readOnly' | 'changes' | 'freshForMs'> {
  readonly response: Validator<ResponseOf<O>>;
  /** Never set: carries the contract's operation for `call()`'s types. */
  readonly contract?: O;
}

/**
 * An operation without its response's validator (src/generated/routes.ts): the caller brings the
 * validator to `call()`, perhaps one still loading with a lazy part, so a first download can send
 * a request whose answer only a later part reads without carrying the rules that check it.
 */
export interface ClientRoute<O extends AnyOperation = AnyOperation> extends Omit<ClientOperation<O>, 'response'> {
  readonly response?: undefined;
}

/** The contract's operation a client operation (or route) stands for. */
export type ContractOf<C> = C extends { readonly contract?: infer O } ? (O extends AnyOperation ? O : never) : never;

type ClientFlags = Partial<Pick<ClientOperation, 'status' | 'idempotent' | 'versioned' | 'readOnly' | 'changes' | 'freshForMs'>>;

/** A client operation (written by scripts/generate-validators.ts); flags left out take the contract's defaults. */
/* @__NO_SIDE_EFFECTS__ */
export function clientOperation<O extends AnyOperation>(method: HttpMethod, path: string, response: Validator<ResponseOf<O>>, flags: ClientFlags = {}): ClientOperation<O> {
  return { method, path, response, status: 200, idempotent: false, versioned: false, readOnly: false, changes: [], ...flags };
}

/** A client route (written by scripts/generate-validators.ts): a client operation whose caller brings the validator. */
/* @__NO_SIDE_EFFECTS__ */
export function clientRoute<O extends AnyOperation>(method: HttpMethod, path: string, flags: ClientFlags = {}): ClientRoute<O> {
  return { method, path, status: 200, idempotent: false, versioned: false, readOnly: false, changes: [], ...flags };
}

/** The path with its parameters filled in, each URI-encoded. Throws when one is missing. */
export function fillPath(path: string, params: Readonly<Record<string, unknown>> | undefined): string {
  return path.replace(/:([A-Za-z0-9_]+)/g, (_match, name: string) => {
    const value = params?.[name];
    if (value === undefined || value === null || value === '') throw new TypeError(`The path ${path} needs the parameter "${name}".`);
    return encodeURIComponent(String(value));
  });
}

// Matching a concrete method and path to its operation lives in operation-match.ts, imported
// from there: rollup never splits a module, so an element that calls operations but matches none
// (every element's first download) would otherwise carry it.
