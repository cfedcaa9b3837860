/**
 * Which operation a concrete method and path stand for (the tracker's offline queue stores
 * `{ method, path }`; the server and tests walk the URL table). A module of its own, which
 * operation.ts does not import, so that an element's first download, which calls operations but matches none,
 * does not carry it.
 */
import type { AnyOperation } from './operation.js';

interface CompiledPath {
  pattern: RegExp;
  names: string[];
  /** Segments without a parameter: the more, the more specific (`/plans/from-gap` beats `/plans/:planId`). */
  fixed: number;
}

/** What matching reads of an operation: the contract's or the client's. */
type Routed = Pick<AnyOperation, 'method' | 'path'>;

const compiled = new WeakMap<Routed, CompiledPath>();

function compile(operation: Routed): CompiledPath {
  let found = compiled.get(operation);
  if (!found) {
    const names: string[] = [];
    const segments = operation.path.split('/');
    const source = segments
      .map((segment) => {
        if (!segment.startsWith(':')) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        names.push(segment.slice(1));
        return '([^/]+)';
      })
      .join('/');
    found = { pattern: new RegExp(`^${source}/?$`), names, fixed: segments.filter((segment) => segment && !segment.startsWith(':')).length };
    compiled.set(operation, found);
  }
  return found;
}

export interface OperationMatch<O extends Routed = AnyOperation> {
  operation: O;
  /** The path parameters, URI-decoded. */
  params: Record<string, string>;
}

function matchFull<O extends Routed>(operations: readonly O[], method: string, path: string): OperationMatch<O> | undefined {
  let best: { match: OperationMatch<O>; fixed: number } | undefined;
  for (const operation of operations) {
    if (operation.method !== method) continue;
    const { pattern, names, fixed } = compile(operation);
    const hit = pattern.exec(path);
    if (!hit || (best && best.fixed >= fixed)) continue;
    const params: Record<string, string> = {};
    try {
      names.forEach((name, index) => (params[name] = decodeURIComponent(hit[index + 1])));
    } catch {
      continue; // A malformed %-escape: not this operation.
    }
    best = { match: { operation, params }, fixed };
  }
  return best?.match;
}

/**
 * The operation (and its path parameters) that a concrete method and path stand for, among
 * `operations`. The path is either the full path (`/v1/plans/p_1/milestones`) or a path under
 * `/v1` as `client.request()` takes it (`/plans/p_1/milestones`); a query string is ignored.
 * Where two operations fit, the one with more fixed segments wins, as on the server.
 */
export function matchOperation<O extends Routed>(operations: readonly O[], method: string, path: string): OperationMatch<O> | undefined {
  const bare = path.split(/[?#]/)[0];
  const upper = method.toUpperCase();
  return matchFull(operations, upper, bare) ?? (bare.startsWith('/v1/') ? undefined : matchFull(operations, upper, `/v1${bare.startsWith('/') ? '' : '/'}${bare}`));
}
