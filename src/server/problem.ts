/** Errors as `application/problem+json`, thrown anywhere in a handler and rendered by the app. */
import { PROBLEM_CONTENT_TYPE, problemType, type FieldIssue, type Problem, type ProblemCode } from '../api/problem.js';

const TITLES: Record<ProblemCode, string> = {
  invalid_request: 'The request is not valid',
  unauthenticated: 'Missing, unknown or expired credentials',
  forbidden: 'These credentials may not do this',
  origin_not_allowed: 'This origin is not allowed to call the API',
  not_found: 'Not found',
  method_not_allowed: 'Method not allowed',
  conflict: 'The resource changed since it was read',
  idempotency_key_reused: 'This Idempotency-Key was used for a different request',
  payload_too_large: 'The request body is too large',
  unsupported_media_type: 'The request body must be JSON',
  rate_limited: 'Too many requests',
  unprocessable: 'The request cannot be processed',
  internal: 'Internal server error',
  unavailable: 'Service unavailable',
};

export const STATUS_OF: Record<ProblemCode, number> = {
  invalid_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  origin_not_allowed: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  idempotency_key_reused: 422,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  unprocessable: 422,
  internal: 500,
  unavailable: 503,
};

export interface ProblemExtras {
  errors?: FieldIssue[];
  current?: unknown;
  headers?: Record<string, string>;
  [key: string]: unknown;
}

/** Throw one to answer with a problem; `detail` says what went wrong and what to do. */
export class HttpProblem extends Error {
  readonly status: number;
  readonly code: ProblemCode;
  readonly detail: string | undefined;
  readonly extras: ProblemExtras;

  constructor(code: ProblemCode, detail?: string, extras: ProblemExtras = {}, status = STATUS_OF[code]) {
    super(detail ?? TITLES[code]);
    this.name = 'HttpProblem';
    this.code = code;
    this.status = status;
    this.detail = detail;
    this.extras = extras;
  }
}

export function problemBody(code: ProblemCode, detail: string | undefined, instance: string | undefined, extras: ProblemExtras = {}, status = STATUS_OF[code]): Problem {
  const { headers: _headers, ...rest } = extras;
  const body: Problem = { type: problemType(code), title: TITLES[code], status, code, ...rest };
  if (detail) body.detail = detail;
  if (instance) body.instance = instance;
  return body;
}

export function problemResponse(problem: HttpProblem, instance?: string): Response {
  const headers = new Headers({ 'content-type': PROBLEM_CONTENT_TYPE, ...problem.extras.headers });
  return new Response(JSON.stringify(problemBody(problem.code, problem.detail, instance, problem.extras, problem.status)), {
    status: problem.status,
    headers,
  });
}
