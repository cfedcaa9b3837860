/**
 * Errors on the wire: `application/problem+json` (RFC 9457) with a stable `code`
 * that clients switch on. Titles are for people; codes never change meaning.
 */
import * as z from 'zod/mini';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Every code the reference server returns, and that any server honouring the contract should. */
export const ProblemCode = z.enum([
  'invalid_request',
  'unauthenticated',
  'forbidden',
  'origin_not_allowed',
  'not_found',
  'method_not_allowed',
  'conflict',
  'idempotency_key_reused',
  'payload_too_large',
  'unsupported_media_type',
  'rate_limited',
  'unprocessable',
  'internal',
  'unavailable',
]);
export type ProblemCode = z.infer<typeof ProblemCode>;

/** One field that failed validation, with the path to it (`profile.education.0.level`). */
export const FieldIssue = z.object({
  path: z.string(),
  message: z.string(),
});
export type FieldIssue = z.infer<typeof FieldIssue>;

export const Problem = z.looseObject({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  code: ProblemCode,
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  /** Which fields were wrong, for `invalid_request`. */
  errors: z.optional(z.array(FieldIssue)),
  /** The resource as it is now, for `conflict`, so a client can show both versions. */
  current: z.optional(z.unknown()),
});
export type Problem = z.infer<typeof Problem>;

/** The problem type URI for a code; stable, documented in the OpenAPI document. */
export function problemType(code: ProblemCode): string {
  return `https://bridgeway.dev/problems/${code.replaceAll('_', '-')}`;
}

/** Flattens zod issues to field paths and messages. */
export function fieldIssues(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): FieldIssue[] {
  return issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(root)',
    message: issue.message,
  }));
}
