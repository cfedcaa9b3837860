/**
 * Limits against abuse, per route group, with rate-limiter-flexible: token minting, failed
 * credential checks, introductions, comments and writes in general. Over a limit the answer is
 * 429 `rate_limited` with `Retry-After`. On PostgreSQL the counters live in the database (table
 * `rate_limits`), so they hold across every instance; PGlite is one process, so memory does.
 */
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Operation } from '../api/operation.js';
import { PostgresDatabase } from './db/postgres.js';
import type { Database } from './db/types.js';
import { HttpProblem } from './problem.js';

export type LimitGroup = 'tokens' | 'failedAuth' | 'introductions' | 'comments' | 'writes';

/** `points` requests per `durationSeconds`, per caller (per client address for failed credentials). */
export interface LimitRule {
  points: number;
  durationSeconds: number;
}

/** Per group: a rule, or `false` to turn that group off. `false` for the whole turns every limit off. */
export type RateLimitConfig = Partial<Record<LimitGroup, LimitRule | false>> | false;

export const DEFAULT_LIMITS: Record<LimitGroup, LimitRule> = {
  // Per secret key: a host backend minting a token per page view of a busy site.
  tokens: { points: 600, durationSeconds: 60 },
  // Per client address: guessed keys and forged tokens.
  failedAuth: { points: 30, durationSeconds: 60 },
  // Per user: requests to mentors, who are people with little time.
  introductions: { points: 20, durationSeconds: 3600 },
  comments: { points: 60, durationSeconds: 60 },
  // Per caller, every write.
  writes: { points: 300, durationSeconds: 60 },
};

const GROUP_WORDS: Record<LimitGroup, string> = {
  tokens: 'token requests',
  failedAuth: 'failed credential checks from this address',
  introductions: 'introduction requests',
  comments: 'comments',
  writes: 'writes',
};

/** The groups an operation's requests count against (failed credentials are counted apart). */
export function limitGroupsOf(op: Pick<Operation, 'method' | 'path' | 'readOnly'>): LimitGroup[] {
  if (op.method === 'GET' || op.readOnly) return [];
  const groups: LimitGroup[] = ['writes'];
  if (op.method === 'POST' && (op.path === '/v1/tokens' || op.path === '/demo/token')) groups.push('tokens');
  if (op.method === 'POST' && op.path === '/v1/introductions') groups.push('introductions');
  if (op.method === 'POST' && /\/(comments|suggestions)$/.test(op.path)) groups.push('comments');
  return groups;
}

export interface RateLimits {
  /** Counts one request of a group for a caller; throws 429 over the limit. */
  consume(group: LimitGroup, key: string): Promise<void>;
  /**
   * Throws (rejects with) 429 when the caller is already over a group's limit, without counting;
   * `undefined` when it is known at once that the caller is not, as it runs before every request with credentials.
   */
  check(group: LimitGroup, key: string): Promise<void> | undefined;
}

function tooMany(group: LimitGroup, rule: LimitRule, msBeforeNext: number): HttpProblem {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return new HttpProblem('rate_limited', `Too many ${GROUP_WORDS[group]}: the limit is ${rule.points} per ${rule.durationSeconds} s. Retry after ${seconds} s.`, { headers: { 'retry-after': String(seconds) }, limit: group });
}

function postgresLimiter(db: PostgresDatabase, group: LimitGroup, rule: LimitRule): RateLimiterAbstract {
  // The table comes from migration 003: the library's own CREATE races when instances start together.
  return new RateLimiterPostgres({
    storeClient: db.pool, storeType: 'pool', tableName: 'rate_limits', tableCreated: true, keyPrefix: group, points: rule.points, duration: rule.durationSeconds, clearExpiredByTimeout: false,
  });
}

/**
 * The keys that counted against an in-memory limit within its window: a key not here cannot be over
 * it. (The database's counters are shared with other instances, so no such shortcut there.)
 */
class CountedLately {
  readonly #until = new Map<string, number>();
  constructor(readonly windowMs: number) {}

  add(key: string, now = Date.now()): void {
    // Kept a window past the last count, at least as long as the limiter's own window, which began at the first.
    this.#until.delete(key);
    this.#until.set(key, now + this.windowMs);
    // Oldest first (re-added keys move to the end): drop what has expired.
    for (const [oldest, until] of this.#until) {
      if (until > now) break;
      this.#until.delete(oldest);
    }
  }

  has(key: string, now = Date.now()): boolean {
    return (this.#until.get(key) ?? 0) > now;
  }
}

/** The limits of a server on a database: shared through PostgreSQL, in memory on PGlite. */
export async function createRateLimits(db: Database, config: RateLimitConfig = {}): Promise<RateLimits> {
  const limiters = new Map<LimitGroup, { limiter: RateLimiterAbstract; rule: LimitRule; counted?: CountedLately }>();
  if (config !== false) {
    for (const group of Object.keys(DEFAULT_LIMITS) as LimitGroup[]) {
      const rule = config[group] === undefined ? DEFAULT_LIMITS[group] : config[group];
      if (!rule) continue;
      if (db instanceof PostgresDatabase) limiters.set(group, { limiter: postgresLimiter(db, group, rule), rule });
      else limiters.set(group, { limiter: new RateLimiterMemory({ keyPrefix: group, points: rule.points, duration: rule.durationSeconds }), rule, counted: new CountedLately(rule.durationSeconds * 1000) });
    }
  }
  return {
    async consume(group, key) {
      const entry = limiters.get(group);
      if (!entry) return;
      entry.counted?.add(key);
      try {
        await entry.limiter.consume(key);
      } catch (result) {
        if (result instanceof RateLimiterRes) throw tooMany(group, entry.rule, result.msBeforeNext);
        throw result;
      }
    },
    check(group, key) {
      const entry = limiters.get(group);
      if (!entry || (entry.counted && !entry.counted.has(key))) return undefined;
      return entry.limiter.get(key).then((result) => {
        if (result && result.consumedPoints > entry.rule.points) throw tooMany(group, entry.rule, result.msBeforeNext);
      });
    },
  };
}
