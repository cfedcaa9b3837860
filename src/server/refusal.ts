/**
 * How the server says "no" to a request it understood: stores and handlers throw a
 * {@link Refusal}, and the app turns it into a problem+json in one place (`app.onError`).
 * The detail says what went wrong and what to do about it. A refusal thrown inside a
 * transaction rolls it back, so a refused write leaves nothing behind.
 *
 * HTTP-level failures (credentials, origins, body size, media type) are the app's own
 * `HttpProblem`s; a store never needs them.
 */
import type { FieldIssue, ProblemCode } from '../api/problem.js';

export type RefusalKind = 'not-found' | 'forbidden' | 'invalid' | 'conflict' | 'unprocessable';

/** Fields the problem carries besides its detail. */
export interface RefusalExtras {
  /** For `invalid` (and `unprocessable`): which fields, and what is wrong with each. */
  errors?: FieldIssue[];
  /** For `conflict`: the resource as it is now, so the client can show both versions. */
  current?: unknown;
  /** Which rule refused, for clients that switch on it (`mentor-paused`, `open-request-limit`...). */
  reason?: string;
  [key: string]: unknown;
}

export class Refusal extends Error {
  override readonly name = 'Refusal';

  constructor(
    readonly kind: RefusalKind,
    readonly detail: string,
    readonly extras: RefusalExtras = {},
  ) {
    super(detail);
  }

  /** Absent, in another organisation, or not visible to the caller (never "forbidden", so existence does not leak). */
  static notFound(detail: string, extras?: RefusalExtras): Refusal {
    return new Refusal('not-found', detail, extras);
  }

  /** Visible, but the caller may not do this. */
  static forbidden(detail: string, extras?: RefusalExtras): Refusal {
    return new Refusal('forbidden', detail, extras);
  }

  /** The request is malformed: name the fields in `errors` where there are fields to name. */
  static invalid(detail: string, extras?: RefusalExtras): Refusal {
    return new Refusal('invalid', detail, extras);
  }

  /** The write was based on a stale version (or clashes with the current state): `current` is the resource now. */
  static conflict(detail: string, current: unknown, extras?: RefusalExtras): Refusal {
    return new Refusal('conflict', detail, current === undefined ? { ...extras } : { ...extras, current });
  }

  /** Well-formed, but it cannot be done to this resource in its present state. */
  static unprocessable(detail: string, extras?: RefusalExtras): Refusal {
    return new Refusal('unprocessable', detail, extras);
  }
}

/** The problem code each kind of refusal is answered with. */
export const PROBLEM_CODE_OF: Record<RefusalKind, ProblemCode> = {
  'not-found': 'not_found',
  forbidden: 'forbidden',
  invalid: 'invalid_request',
  conflict: 'conflict',
  unprocessable: 'unprocessable',
};
