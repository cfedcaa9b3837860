/**
 * The one error type the client throws. `kind` says what went wrong in terms a widget
 * can act on (retry, sign in again, show both versions ...); `problem` carries the
 * server's problem+json when there was one.
 */
import type { Problem } from './problem.js';

export type ApiErrorKind =
  /** The request never reached a server, or the connection broke. */
  | 'network'
  /** No answer within the timeout. */
  | 'timeout'
  /** The response did not match the contract. */
  | 'validation'
  /** The server rejected the request as malformed (400, 415, 413, 422). */
  | 'bad-request'
  /** Missing, expired or wrong credentials, or not allowed (401, 403). */
  | 'auth'
  /** The page's origin is not in the organisation's allowed origins (403 `origin_not_allowed`): a setting to fix, not a retry. */
  | 'origin'
  /** 404 */
  | 'not-found'
  /** The write was based on a stale version (409); `problem.current` holds the server's version. */
  | 'conflict'
  /** 429 after the retries ran out. */
  | 'rate-limited'
  /** 5xx after the retries ran out. */
  | 'server'
  /** The caller aborted the request. */
  | 'aborted';

export class ApiError extends Error {
  override readonly name = 'BridgewayApiError';
  readonly kind: ApiErrorKind;
  readonly status?: number;
  readonly problem?: Problem;

  constructor(kind: ApiErrorKind, message: string, options: { status?: number; problem?: Problem; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.kind = kind;
    this.status = options.status;
    this.problem = options.problem;
  }

  /** True when trying again later may succeed. */
  get transient(): boolean {
    return this.kind === 'network' || this.kind === 'timeout' || this.kind === 'server' || this.kind === 'rate-limited';
  }
}

/** Maps an HTTP status (and the problem's `code`, when there is one) to the error kind a widget handles. */
export function kindForStatus(status: number, code?: string): ApiErrorKind {
  if (code === 'origin_not_allowed') return 'origin';
  if (status === 401 || status === 403) return 'auth';
  if (status === 404) return 'not-found';
  if (status === 409) return 'conflict';
  if (status === 429) return 'rate-limited';
  if (status >= 500) return 'server';
  return 'bad-request';
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}
