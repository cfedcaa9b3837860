/**
 * The typed client that every widget talks through. It adds the credentials, times
 * out with an AbortController, retries what is safe to retry with exponential backoff
 * and full jitter, validates every response against the contract, and turns every
 * failure into an {@link ApiError} with a `kind`.
 *
 * Widgets call operations of the contract (`src/api/operations/`):
 * `client.call(getPlan, { params: { planId } })`. `request()` is the low-level primitive
 * underneath, for a path that is not an operation.
 */
import type * as z from 'zod/mini';
import { ApiError, kindForStatus } from './errors.js';
import { fillPath, type BodyOf, type ClientOperation, type ClientRoute, type ContractOf, type HttpMethod, type ParamsOf, type QueryOf, type ResponseOf } from './operation.js';
import { resourceOf, type ReadKey, type SharedReads } from './shared-reads.js';
import { safeParse, type Validator } from './validate.js';

export type { HttpMethod } from './operation.js';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface ClientOptions {
  /** Base URL of the backend, e.g. `https://api.example.org` (the client adds `/v1`). */
  endpoint: string;
  /** `pk_...`: reads public catalogues from a page. */
  publishableKey?: string;
  /** A short-lived user token from the host's backend, or a function that returns a fresh one. */
  userToken?: string | (() => string | undefined | Promise<string | undefined>);
  /** A fetch to use instead of the global one: hosts add cookies or refresh tokens here. */
  fetch?: FetchLike;
  /** Per attempt, in milliseconds. Default 10,000. */
  timeoutMs?: number;
  /** Extra attempts for retryable failures. Default 2. */
  retries?: number;
  /** First backoff step in milliseconds. Default 300. */
  retryBaseMs?: number;
  /** Sent as `Accept-Language`. */
  locale?: string;
  /**
   * Reads to share with other clients (every element of a page shares one): an identical read
   * in flight or just answered is not sent again, and this client's writes drop what they change.
   */
  sharedReads?: SharedReads;
  /** For tests: how to wait between attempts. */
  sleep?: (ms: number) => Promise<void>;
  /** For tests: the random source of the jitter. */
  random?: () => number;
}

export type QueryValues = Record<string, string | number | boolean | undefined | null | readonly string[]>;

export interface RequestSpec<T> {
  method?: HttpMethod;
  /** Path under `/v1`, e.g. `/occupations`. */
  path: string;
  query?: QueryValues;
  body?: unknown;
  /** The compact validator (src/generated/contract.ts) the response body must satisfy. */
  response: Validator<T>;
  /**
   * Makes a POST or PATCH safe to retry: the server applies it once per key.
   * Pass a key of your own to keep it across page loads (a queued write), or `true`
   * for a fresh one.
   */
  idempotencyKey?: string | true;
  signal?: AbortSignal;
}

const RETRYABLE_STATUSES = new Set([408, 425, 429, 500, 502, 503, 504]);
const IDEMPOTENT_METHODS = new Set<HttpMethod>(['GET', 'PUT', 'DELETE']);

/** A validator, or one on its way (a lazy part's): the answer is checked once both are here. */
export type ResponseCheck<T> = Validator<T> | PromiseLike<Validator<T>>;

/**
 * What `call()` takes besides the operation; `params` and `body` are required when the operation has
 * them, `response` when it is a route (an operation without its validator: src/generated/routes.ts).
 */
export type CallOptions<C extends ClientOperation | ClientRoute, T = never, O = ContractOf<C>> = (O extends { params: z.ZodMiniType }
  ? { params: ParamsOf<O> }
  : { params?: undefined }) &
  (O extends { body: z.ZodMiniType } ? { body: BodyOf<O> } : { body?: undefined }) & {
    query?: O extends { query: z.ZodMiniType } ? QueryOf<O> : undefined;
    /**
     * For an idempotent operation: the key that makes a retry safe. Give your own to keep it
     * across page loads (a queued write); without one (or with `true`) a fresh key is made for
     * this call and kept through its retries.
     */
    idempotencyKey?: string | true;
    signal?: AbortSignal;
  } & (C extends ClientRoute
    ? {
        /**
         * The validator a route's answer is checked with. The request does not wait for it: a
         * promise (a lazy part's validator, fetched beside the request) is awaited with the answer.
         */
        response: ResponseCheck<T>;
      }
    : {
        /**
         * A validator to check the answer with instead of the operation's: a narrower view that
         * reads only what the caller uses (a partial read), or `unknown` to validate later. A
         * promise of one is awaited with the answer (the request does not wait for it).
         */
        response?: ResponseCheck<T>;
      });

type CallArgs<C extends ClientOperation | ClientRoute, T, O = ContractOf<C>> = C extends ClientRoute
  ? [options: CallOptions<C, T>]
  : O extends { params: z.ZodMiniType }
    ? [options: CallOptions<C, T>]
    : O extends { body: z.ZodMiniType }
      ? [options: CallOptions<C, T>]
      : [options?: CallOptions<C, T>];

export interface BridgewayClient {
  readonly options: Readonly<ClientOptions>;
  /**
   * Calls an operation of the contract: fills its path parameters (URI-encoded), sends the
   * query and body, sends an `Idempotency-Key` for an idempotent operation, retries what is
   * safe to retry, and validates the answer with the operation's response validator.
   */
  call<C extends ClientOperation | ClientRoute, T = never>(operation: C, ...args: CallArgs<C, T>): Promise<[T] extends [never] ? ResponseOf<ContractOf<C>> : T>;
  /** The low-level primitive: one request to a path under `/v1`, validated with `response`. */
  request<T>(spec: RequestSpec<T>): Promise<T>;
  /**
   * The answer `call()` would give for a read when the page's shared reads already hold it, at
   * once (validated, a copy of its own); undefined when it would have to be asked for (or the
   * credential comes from a function, or the validator is still on its way). Loaders show it
   * without a loading state first.
   */
  held<C extends ClientOperation | ClientRoute, T = never>(operation: C, ...args: CallArgs<C, T>): ([T] extends [never] ? ResponseOf<ContractOf<C>> : T) | undefined;
}

export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}

/** Joins the endpoint, `/v1`, the path and the query into a URL. */
export function buildUrl(endpoint: string, path: string, query?: QueryValues): string {
  return joinUrl(endpoint, `/v1${path.startsWith('/') ? path : `/${path}`}`, query);
}

/** Joins the endpoint, a full path (`/v1/...` or `/health`) and the query into a URL. */
function joinUrl(endpoint: string, fullPath: string, query?: QueryValues): string {
  const base = endpoint.replace(/\/+$/, '');
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) value.forEach((item) => params.append(key, item));
    else params.set(key, String(value));
  }
  const search = params.toString();
  return `${base}${fullPath}${search ? `?${search}` : ''}`;
}

/** Full jitter: a random wait between 0 and base * 2^attempt, never more than 10 s. */
export function backoffDelay(attempt: number, baseMs: number, random: () => number = Math.random): number {
  return Math.round(random() * Math.min(10_000, baseMs * 2 ** attempt));
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The error for a refused request, read by src/api/refusal.ts (loaded on the first refusal). When
 * that module cannot load either, the kind still follows the status; only the server's words are lost.
 */
async function refusal(response: Response): Promise<ApiError> {
  try {
    return await (await import('./refusal.js')).refusal(response);
  } catch {
    return new ApiError(kindForStatus(response.status), `The server answered ${response.status}.`, { status: response.status });
  }
}

/**
 * An answer as it came: its status and body text (none for a 204). Shared reads keep this, and
 * every reader parses and validates the text itself, so no two readers ever hold the same object.
 */
interface Answer {
  readonly status: number;
  readonly text?: string;
}

/** One request as the client sends it: a URL, and the path that names it in error messages. */
interface Outgoing<T> {
  method: HttpMethod;
  url: string;
  /** `GET /plans/p_1` in messages: the path under `/v1` (the full path outside it). */
  label: string;
  body?: unknown;
  response: ResponseCheck<T>;
  idempotencyKey?: string;
  signal?: AbortSignal;
  /** What a 204 answer is validated as: `null` for `request()`, `undefined` for an operation's 204 (`undef`). */
  empty: null | undefined;
  /** The full path without the query (`/v1/plans/p_1`): what writes invalidate by. */
  path: string;
  /** A read: GET, or a POST that changes nothing (mentor search). */
  read: boolean;
  /** For a write: the reads it changes besides its own resource's; undefined when unknown (drops every shared read). */
  changes?: readonly string[];
  /** For a read: how long its answer stays fresh for others, when longer than the shared window. */
  freshForMs?: number;
}

export function createClient(options: ClientOptions): BridgewayClient {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const retries = options.retries ?? 2;
  const sleep = options.sleep ?? defaultSleep;

  async function credential(): Promise<string | undefined> {
    const token = typeof options.userToken === 'function' ? await options.userToken() : options.userToken;
    return token || options.publishableKey;
  }

  /** One attempt; resolves to the answer's status and JSON, not yet validated. */
  async function attempt<T>(out: Outgoing<T>, auth: string | undefined, signal: AbortSignal | undefined): Promise<Answer> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (auth) headers.authorization = `Bearer ${auth}`;
    if (options.locale) headers['accept-language'] = options.locale;
    if (out.idempotencyKey) headers['idempotency-key'] = out.idempotencyKey;
    if (out.body !== undefined) headers['content-type'] = 'application/json';

    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const onCallerAbort = () => controller.abort();
    // The caller may have aborted while the credential was being resolved.
    if (signal?.aborted) controller.abort();
    else signal?.addEventListener('abort', onCallerAbort, { once: true });

    const doFetch: FetchLike = options.fetch ?? ((input, init) => fetch(input, init));
    let response: Response;
    try {
      response = await doFetch(out.url, {
        method: out.method,
        headers,
        body: out.body === undefined ? undefined : JSON.stringify(out.body),
        signal: controller.signal,
      });
    } catch (cause) {
      if (signal?.aborted) throw new ApiError('aborted', 'The request was cancelled.', { cause });
      if (timedOut) throw new ApiError('timeout', `No answer from ${options.endpoint} within ${timeoutMs} ms.`, { cause });
      throw new ApiError('network', `Could not reach ${options.endpoint}: check the endpoint and the network.`, { cause });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onCallerAbort);
    }

    if (!response.ok) throw await refusal(response);

    if (response.status === 204) return { status: 204 };
    try {
      return { status: response.status, text: await response.text() };
    } catch (cause) {
      throw notJson(out, response.status, cause);
    }
  }

  function notJson<T>(out: Outgoing<T>, status: number, cause: unknown): ApiError {
    return new ApiError('validation', `The response to ${out.method} ${out.label} is not JSON.`, { status, cause });
  }

  /** Parses an answer into this reader's own object and validates it with the reader's own validator. */
  function validate<T>(out: Outgoing<T>, { status, text }: Answer, response: Validator<T>): T {
    let json: unknown = out.empty;
    if (text !== undefined) {
      try {
        json = JSON.parse(text);
      } catch (cause) {
        throw notJson(out, status, cause);
      }
    }
    const parsed = safeParse(response, json);
    if (!parsed.success) {
      const where = parsed.path.join('.') || '(root)';
      throw new ApiError('validation', `The response to ${out.method} ${out.label} does not match the contract at ${where}.`, { status });
    }
    return parsed.data;
  }

  /** Sends with retries: what is safe to repeat (GET, PUT, DELETE, or a write with an idempotency key) is retried. */
  async function sendRaw<T>(out: Outgoing<T>, auth: string | undefined, signal: AbortSignal | undefined): Promise<Answer> {
    const retryable = IDEMPOTENT_METHODS.has(out.method) || out.idempotencyKey !== undefined;
    for (let attemptIndex = 0; ; attemptIndex++) {
      try {
        return await attempt(out, attemptIndex === 0 ? auth : await credential(), signal);
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        const mayRetry =
          retryable &&
          attemptIndex < retries &&
          (error.kind === 'network' || error.kind === 'timeout' || (error.status !== undefined && RETRYABLE_STATUSES.has(error.status)));
        if (!mayRetry) throw error;
        const serverWait = (error as { retryAfterMs?: number }).retryAfterMs;
        await sleep(serverWait ?? backoffDelay(attemptIndex, options.retryBaseMs ?? 300, options.random));
        if (signal?.aborted) throw new ApiError('aborted', 'The request was cancelled.');
      }
    }
  }

  /** What identifies a read among the shared reads. */
  function readKey<T>(out: Outgoing<T>, auth: string | undefined): ReadKey {
    return { method: out.method, url: out.url, path: out.path, body: out.body === undefined ? undefined : JSON.stringify(out.body), credential: auth, locale: options.locale, fetch: options.fetch, freshForMs: out.freshForMs };
  }

  /** Sends a read through the shared reads (one request for identical reads), or alone. */
  async function send<T>(out: Outgoing<T>): Promise<T> {
    const shared = options.sharedReads;
    const auth = await credential();
    if (!shared) return validate(out, await sendRaw(out, auth, out.signal), await out.response);
    if (!out.read) {
      // A write drops the reads it changes, before (no new reader joins an older answer) and after.
      const changed = out.changes && [resourceOf(out.path), ...out.changes];
      shared.invalidate(changed);
      try {
        return validate(out, await sendRaw(out, auth, out.signal), await out.response);
      } finally {
        shared.invalidate(changed);
      }
    }
    const read = readKey(out, auth);
    let answer: Answer;
    try {
      answer = (await shared.read(
        read,
        (signal) => sendRaw(out, auth, signal),
        out.signal,
      )) as Answer;
    } catch (error) {
      if (out.signal?.aborted && !(error instanceof ApiError)) throw new ApiError('aborted', 'The request was cancelled.', { cause: error });
      throw error;
    }
    // A validator still on its way (a lazy part's) is waited for here, after the answer: when its
    // code does not arrive, that failure is the reader's, and the answer stays shared.
    const response = await out.response;
    try {
      return validate(out, answer, response);
    } catch (error) {
      // A broken answer is never reused: "Try again" asks the server again.
      shared.forget(read);
      throw error;
    }
  }

  function request<T>(spec: RequestSpec<T>): Promise<T> {
    return send({
      method: spec.method ?? 'GET',
      url: buildUrl(options.endpoint, spec.path, spec.query),
      path: `/v1${spec.path.startsWith('/') ? '' : '/'}${spec.path}`,
      label: spec.path,
      body: spec.body,
      response: spec.response,
      idempotencyKey: spec.idempotencyKey === true ? newIdempotencyKey() : spec.idempotencyKey,
      signal: spec.signal,
      empty: null,
      read: (spec.method ?? 'GET') === 'GET',
    });
  }

  /** The request an operation makes with these options (throws a `bad-request` ApiError for params that do not fill its path). */
  function outgoing(operation: ClientOperation | ClientRoute, given?: CallOptions<ClientOperation, unknown>): Outgoing<unknown> {
    let path: string;
    try {
      path = fillPath(operation.path, given?.params as Record<string, unknown> | undefined);
    } catch (cause) {
      throw new ApiError('bad-request', (cause as Error).message, { cause });
    }
    const key = given?.idempotencyKey;
    // A route has none of its own: its type makes the caller bring one.
    const response = (given?.response ?? operation.response) as ResponseCheck<unknown>;
    // Awaited only once the answer is here: a validator whose code fails meanwhile is no unhandled rejection.
    (response as Partial<PromiseLike<unknown>>).then?.(undefined, () => {});
    return {
      method: operation.method,
      url: joinUrl(options.endpoint, path, given?.query as QueryValues | undefined),
      path,
      label: path.startsWith('/v1/') ? path.slice(3) : path,
      body: given?.body,
      response,
      // An idempotent operation always carries a key; another sends one only when given.
      idempotencyKey: typeof key === 'string' ? key : key === true || operation.idempotent ? newIdempotencyKey() : undefined,
      signal: given?.signal,
      empty: undefined,
      read: operation.method === 'GET' || operation.readOnly,
      changes: operation.changes,
      freshForMs: operation.freshForMs,
    };
  }

  const call = async (operation: ClientOperation | ClientRoute, given?: CallOptions<ClientOperation, unknown>): Promise<unknown> => send(outgoing(operation, given));

  function held(operation: ClientOperation | ClientRoute, given?: CallOptions<ClientOperation, unknown>): unknown {
    const shared = options.sharedReads;
    if (!shared || typeof options.userToken === 'function') return undefined;
    try {
      const out = outgoing(operation, given);
      if (!out.read) return undefined;
      const answer = shared.held(readKey(out, options.userToken || options.publishableKey)) as Answer | undefined;
      // A validator still on its way is no function yet: it throws below, and call() answers.
      return answer && validate(out, answer, out.response as Validator<unknown>);
    } catch {
      // Whatever is wrong with it, call() finds it and says so.
      return undefined;
    }
  }

  return { options, request, call: call as BridgewayClient['call'], held: held as BridgewayClient['held'] };
}
