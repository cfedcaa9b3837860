/**
 * The typed client that every widget talks through. It adds the credentials, times
 * out with an AbortController, retries what is safe to retry with exponential backoff
 * and full jitter, validates every response against the contract, and turns every
 * failure into an {@link ApiError} with a `kind`.
 */
import type * as z from 'zod/mini';
import { ApiError, kindForStatus } from './errors.js';
import { Problem } from './problem.js';

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
  /** For tests: how to wait between attempts. */
  sleep?: (ms: number) => Promise<void>;
  /** For tests: the random source of the jitter. */
  random?: () => number;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestSpec<S extends z.ZodMiniType> {
  method?: HttpMethod;
  /** Path under `/v1`, e.g. `/occupations`. */
  path: string;
  query?: Record<string, string | number | boolean | undefined | null | readonly string[]>;
  body?: unknown;
  /** The schema the response body must satisfy. */
  response: S;
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

export interface BridgewayClient {
  readonly options: Readonly<ClientOptions>;
  request<S extends z.ZodMiniType>(spec: RequestSpec<S>): Promise<z.infer<S>>;
}

export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}

/** Joins the endpoint, `/v1`, the path and the query into a URL. */
export function buildUrl(endpoint: string, path: string, query?: RequestSpec<z.ZodMiniType>['query']): string {
  const base = endpoint.replace(/\/+$/, '');
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) value.forEach((item) => params.append(key, item));
    else params.set(key, String(value));
  }
  const search = params.toString();
  return `${base}/v1${path.startsWith('/') ? path : `/${path}`}${search ? `?${search}` : ''}`;
}

/** Full jitter: a random wait between 0 and base * 2^attempt, never more than 10 s. */
export function backoffDelay(attempt: number, baseMs: number, random: () => number = Math.random): number {
  return Math.round(random() * Math.min(10_000, baseMs * 2 ** attempt));
}

function retryAfterMs(response: Response): number | undefined {
  const header = response.headers.get('retry-after');
  if (!header) return undefined;
  const seconds = Number(header);
  return Number.isFinite(seconds) ? Math.min(seconds * 1000, 10_000) : undefined;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function readProblem(response: Response): Promise<Problem | undefined> {
  try {
    const parsed = Problem.safeParse(await response.json());
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function createClient(options: ClientOptions): BridgewayClient {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const retries = options.retries ?? 2;
  const sleep = options.sleep ?? defaultSleep;

  async function credential(): Promise<string | undefined> {
    const token = typeof options.userToken === 'function' ? await options.userToken() : options.userToken;
    return token || options.publishableKey;
  }

  async function attempt<S extends z.ZodMiniType>(spec: RequestSpec<S>, idempotencyKey: string | undefined): Promise<z.infer<S>> {
    const method = spec.method ?? 'GET';
    const headers: Record<string, string> = { accept: 'application/json' };
    const auth = await credential();
    if (auth) headers.authorization = `Bearer ${auth}`;
    if (options.locale) headers['accept-language'] = options.locale;
    if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
    if (spec.body !== undefined) headers['content-type'] = 'application/json';

    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const onCallerAbort = () => controller.abort();
    // The caller may have aborted while the credential was being resolved.
    if (spec.signal?.aborted) controller.abort();
    else spec.signal?.addEventListener('abort', onCallerAbort, { once: true });

    const doFetch: FetchLike = options.fetch ?? ((input, init) => fetch(input, init));
    let response: Response;
    try {
      response = await doFetch(buildUrl(options.endpoint, spec.path, spec.query), {
        method,
        headers,
        body: spec.body === undefined ? undefined : JSON.stringify(spec.body),
        signal: controller.signal,
      });
    } catch (cause) {
      if (spec.signal?.aborted) throw new ApiError('aborted', 'The request was cancelled.', { cause });
      if (timedOut) throw new ApiError('timeout', `No answer from ${options.endpoint} within ${timeoutMs} ms.`, { cause });
      throw new ApiError('network', `Could not reach ${options.endpoint}: check the endpoint and the network.`, { cause });
    } finally {
      clearTimeout(timer);
      spec.signal?.removeEventListener('abort', onCallerAbort);
    }

    if (!response.ok) {
      const problem = await readProblem(response);
      const error = new ApiError(
        kindForStatus(response.status),
        problem?.detail ?? problem?.title ?? `The server answered ${response.status}.`,
        { status: response.status, problem },
      );
      (error as { retryAfterMs?: number }).retryAfterMs = retryAfterMs(response);
      throw error;
    }

    let json: unknown = null;
    if (response.status !== 204) {
      try {
        json = await response.json();
      } catch (cause) {
        throw new ApiError('validation', `The response to ${method} ${spec.path} is not JSON.`, { status: response.status, cause });
      }
    }
    const parsed = spec.response.safeParse(json);
    if (!parsed.success) {
      const where = parsed.error.issues[0]?.path.join('.') || '(root)';
      throw new ApiError('validation', `The response to ${method} ${spec.path} does not match the contract at ${where}.`, {
        status: response.status,
        cause: parsed.error,
      });
    }
    return parsed.data;
  }

  async function request<S extends z.ZodMiniType>(spec: RequestSpec<S>): Promise<z.infer<S>> {
    const method = spec.method ?? 'GET';
    const idempotencyKey = spec.idempotencyKey === true ? newIdempotencyKey() : spec.idempotencyKey;
    const retryable = IDEMPOTENT_METHODS.has(method) || idempotencyKey !== undefined;
    for (let attemptIndex = 0; ; attemptIndex++) {
      try {
        return await attempt(spec, idempotencyKey);
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        const mayRetry =
          retryable &&
          attemptIndex < retries &&
          (error.kind === 'network' || error.kind === 'timeout' || (error.status !== undefined && RETRYABLE_STATUSES.has(error.status)));
        if (!mayRetry) throw error;
        const serverWait = (error as { retryAfterMs?: number }).retryAfterMs;
        await sleep(serverWait ?? backoffDelay(attemptIndex, options.retryBaseMs ?? 300, options.random));
        if (spec.signal?.aborted) throw new ApiError('aborted', 'The request was cancelled.');
      }
    }
  }

  return { options, request };
}
