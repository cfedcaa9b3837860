/**
 * How long a client may take, and how many connections may be open at once. Without these a
 * client that sends its headers a byte at a time (or never finishes its body, or keeps an idle
 * connection) holds a socket for as long as it likes; a few hundred of them starve everyone else.
 */
import type { Server, ServerOptions } from 'node:http';

export interface ServerLimits {
  /** Milliseconds a client has to send a request's headers (Node's `headersTimeout`). Default 10 000. */
  headersMs?: number;
  /** Milliseconds a client has to send a whole request, body included (`requestTimeout`). Default 30 000. */
  requestMs?: number;
  /** Milliseconds an idle keep-alive connection stays open between requests (`keepAliveTimeout`). Default 5 000. */
  idleMs?: number;
  /** Connections open at once; further ones are closed as they arrive (`maxConnections`). Default 1 000. */
  maxConnections?: number;
}

export const DEFAULT_SERVER_LIMITS: Required<ServerLimits> = { headersMs: 10_000, requestMs: 30_000, idleMs: 5_000, maxConnections: 1_000 };

/** Environment names for each limit (whole numbers; the times in milliseconds). */
const ENV: Record<keyof ServerLimits, string> = {
  headersMs: 'BRIDGEWAY_HEADERS_TIMEOUT_MS',
  requestMs: 'BRIDGEWAY_REQUEST_TIMEOUT_MS',
  idleMs: 'BRIDGEWAY_IDLE_TIMEOUT_MS',
  maxConnections: 'BRIDGEWAY_MAX_CONNECTIONS',
};

/** The limits in force: given ones first, then the environment, then the defaults. Throws on nonsense. */
export function resolveServerLimits(given: ServerLimits = {}, env: NodeJS.ProcessEnv = process.env): Required<ServerLimits> {
  const resolved = { ...DEFAULT_SERVER_LIMITS };
  for (const key of Object.keys(ENV) as (keyof ServerLimits)[]) {
    const fromEnv = env[ENV[key]];
    const value = given[key] ?? (fromEnv === undefined || fromEnv === '' ? undefined : Number(fromEnv));
    if (value === undefined) continue;
    if (!Number.isInteger(value) || value < 1) {
      throw new Error(`${key} (${ENV[key]}) must be a whole number above 0, got ${given[key] ?? JSON.stringify(fromEnv)}.`);
    }
    resolved[key] = value;
  }
  if (resolved.headersMs > resolved.requestMs) {
    throw new Error(`The headers timeout (${resolved.headersMs} ms) cannot be longer than the request timeout (${resolved.requestMs} ms).`);
  }
  return resolved;
}

/** Options for `http.createServer`. */
export function httpServerOptions(limits: Required<ServerLimits>): ServerOptions {
  return {
    headersTimeout: limits.headersMs,
    requestTimeout: limits.requestMs,
    keepAliveTimeout: limits.idleMs,
    // Node checks the two timeouts above on this interval (30 s by default): check often enough
    // that a slow client is cut off close to its deadline.
    connectionsCheckingInterval: Math.max(50, Math.min(1_000, Math.floor(limits.headersMs / 4))),
  };
}

/** What cannot be passed to `createServer`. */
export function applyConnectionCap(server: Pick<Server, 'maxConnections'>, limits: Required<ServerLimits>): void {
  server.maxConnections = limits.maxConnections;
}
