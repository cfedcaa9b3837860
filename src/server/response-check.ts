/**
 * The development and test safety net on responses (`validateResponses` in app.ts): every handler
 * result is checked against its operation's response schema, and must be exactly what the schema
 * lets through, so that production, which skips the check, sends the same bytes.
 */
import * as z from 'zod/mini';
import type { AnyOperation } from '../api/operation.js';
import { fieldIssues } from '../api/problem.js';
import { safeParse as checkCompact, type Validator } from '../api/validate.js';
import * as contractOperations from '../api/operations/index.js';
import * as compactOperations from '../generated/operations.js';

/**
 * The compact validator of each operation's response (src/generated/operations.ts, the client's),
 * by the contract's operation. test/api/validators.test.ts proves it gives zod's verdict and zod's
 * parsed value on every response, at a fraction of zod's time; zod still words a failure, and
 * checks operations outside the contract (test routes).
 */
function compactResponseValidators(): Map<AnyOperation, Validator> {
  const validators = new Map<AnyOperation, Validator>();
  const contract = contractOperations as unknown as Record<string, AnyOperation | undefined>;
  // The generated operations bear the names of the contract's: paired by name, so only the contract's
  // very operation object gets its validator (a test route on the same path does not).
  for (const [name, operation] of Object.entries(compactOperations)) {
    const defined = contract[name];
    if (defined && defined.method === operation.method && defined.path === operation.path) validators.set(defined, operation.response as Validator);
  }
  return validators;
}

/**
 * Where the parsed response differs from what the handler returned (a field the schema does
 * not know and strips, a transformed value), as a path; `undefined` when they agree. Object
 * keys are compared as sets (order is not part of JSON); fields set to `undefined` are absent
 * in JSON and ignored.
 */
function responseDrift(given: unknown, parsed: unknown, path = ''): string | undefined {
  if (Object.is(given, parsed)) return undefined;
  if (Array.isArray(given)) {
    if (!Array.isArray(parsed) || parsed.length !== given.length) return path || '(root)';
    for (let i = 0; i < given.length; i++) {
      const drift = responseDrift(given[i], parsed[i], `${path}[${i}]`);
      if (drift) return drift;
    }
    return undefined;
  }
  if (given && parsed && typeof given === 'object' && typeof parsed === 'object' && !Array.isArray(parsed)) {
    const a = given as Record<string, unknown>;
    const b = parsed as Record<string, unknown>;
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (a[key] === undefined && b[key] === undefined) continue;
      const drift = responseDrift(a[key], b[key], path ? `${path}.${key}` : key);
      if (drift) return drift;
    }
    return undefined;
  }
  return path || '(root)';
}

/**
 * Checks a handler's result against its operation's response and answers the parsed value; throws
 * (a 500, logged) when the result breaks the schema or when the schema would change it.
 */
export function responseChecker(): (op: AnyOperation, result: unknown) => unknown {
  const compactResponses = compactResponseValidators();
  return (op, result) => {
    const compact = compactResponses.get(op);
    const quick = compact ? checkCompact(compact, result) : undefined;
    // zod judges what the compact validator refused (and words why), and what it has no validator for.
    const checked = quick?.success ? quick : z.safeParse(op.response, result);
    if (!checked.success) {
      throw new Error(`The ${op.method} ${op.path} handler returned a body that breaks its response schema: ${JSON.stringify(fieldIssues(checked.error.issues))}`);
    }
    // Without validation (production) the handler's own result is sent: it must already be
    // exactly what the schema lets through.
    const drift = responseDrift(result, checked.data);
    if (drift) {
      throw new Error(`The ${op.method} ${op.path} handler returned a body its response schema changes at "${drift}" (a field the schema does not have, or a transformed value); return exactly the contract's shape.`);
    }
    return checked.data;
  };
}
