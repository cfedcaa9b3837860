/**
 * Credentials: API keys (`pk_...` publishable, `sk_...` secret; only their SHA-256 is stored)
 * and short-lived user tokens (`ut_<payload>.<HMAC-SHA256>`), all sent as
 * `Authorization: Bearer ...`.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Role, User } from '../api/identity.js';
import type { Queryable } from './db/types.js';
import { HttpProblem } from './problem.js';
import { isoTime, newId } from './wire.js';

export type KeyKindOrToken = 'publishable' | 'secret' | 'user-token';

/**
 * The user a token acts for, as far as credentials go: what never changes once the user exists
 * (their display name does, at each token mint, so it is not part of a principal, which is cached).
 */
export type PrincipalUser = Omit<User, 'displayName'>;

/** Who is calling: always one organisation, sometimes one of its users. Shared between requests (cached): never changed. */
export interface Principal {
  readonly organisationId: string;
  readonly keyKind: KeyKindOrToken;
  /** The API key's id, for key credentials. */
  readonly keyId?: string;
  /** The user a token acts for. */
  readonly user?: Readonly<PrincipalUser>;
  /** The organisation's allowed browser origins. */
  readonly allowedOrigins: readonly string[];
}

export function sha256Hex(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** A new API key of a kind; store `hash`, show `key` once. */
export function generateApiKey(kind: 'publishable' | 'secret'): { key: string; hash: string; prefix: string } {
  const key = `${kind === 'publishable' ? 'pk' : 'sk'}_${randomBytes(24).toString('base64url')}`;
  return { key, hash: sha256Hex(key), prefix: key.slice(0, 10) };
}

/** The signing secret: env `BRIDGEWAY_TOKEN_SECRET`, or one generated once and kept in `server_secrets`. */
export async function loadTokenSecret(db: Queryable, fromEnv = process.env.BRIDGEWAY_TOKEN_SECRET): Promise<string> {
  if (fromEnv) return fromEnv;
  await db.query(
    `INSERT INTO server_secrets (name, value) VALUES ('token_signing_key', $1) ON CONFLICT (name) DO NOTHING`,
    [randomBytes(32).toString('base64url')],
  );
  const result = await db.query<{ value: string }>(`SELECT value FROM server_secrets WHERE name = 'token_signing_key'`);
  return result.rows[0].value;
}

export interface TokenPayload {
  /** organisation id */
  org: string;
  /** user id */
  sub: string;
  role: Role;
  /** expiry, seconds since the epoch */
  exp: number;
}

function sign(secret: string, data: string): string {
  return createHmac('sha256', secret).update(data).digest('base64url');
}

export function signUserToken(secret: string, payload: TokenPayload): string {
  const data = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `ut_${data}.${sign(secret, data)}`;
}

/** The payload of a token whose signature holds and which has not expired; otherwise `null`. */
export function verifyUserToken(secret: string, token: string, nowMs = Date.now()): TokenPayload | null {
  if (!token.startsWith('ut_')) return null;
  const [data, signature, extra] = token.slice(3).split('.');
  if (!data || !signature || extra !== undefined) return null;
  const expected = Buffer.from(sign(secret, data));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  let payload: TokenPayload;
  try {
    payload = JSON.parse(Buffer.from(data, 'base64url').toString('utf8')) as TokenPayload;
  } catch {
    return null;
  }
  if (typeof payload.exp !== 'number' || payload.exp * 1000 <= nowMs) return null;
  if (typeof payload.org !== 'string' || typeof payload.sub !== 'string') return null;
  return payload;
}

interface UserRow {
  id: string;
  organisation_id: string;
  role: Role;
  display_name: string;
  external_id: string;
}

export function userFromRow(row: UserRow): User {
  return { id: row.id, organisationId: row.organisation_id, role: row.role, displayName: row.display_name, externalId: row.external_id };
}

/** Upserts a user by (organisation, externalId, role); a given display name replaces the stored one. */
export async function upsertUser(db: Queryable, organisationId: string, externalId: string, role: Role, displayName?: string): Promise<User> {
  const result = await db.query<UserRow>(
    `INSERT INTO users (id, organisation_id, role, display_name, external_id) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (organisation_id, external_id, role)
     DO UPDATE SET display_name = COALESCE($6, users.display_name)
     RETURNING id, organisation_id, role, display_name, external_id`,
    [newId('usr'), organisationId, role, displayName ?? externalId, externalId, displayName ?? null],
  );
  return userFromRow(result.rows[0]);
}

export async function mintUserToken(secret: string, user: User, ttlSeconds = 3600, nowMs = Date.now()): Promise<{ token: string; expiresAt: string }> {
  const exp = Math.floor(nowMs / 1000) + ttlSeconds;
  return { token: signUserToken(secret, { org: user.organisationId, sub: user.id, role: user.role, exp }), expiresAt: isoTime(exp * 1000) };
}

const UNAUTHENTICATED_HINT = 'Send Authorization: Bearer <pk_..., sk_... or ut_...>.';

/** How long a looked-up credential (an API key, a token's user) is trusted without asking the database again. */
export const KEY_CACHE_TTL_MS = 5_000;
const KEY_CACHE_MAX_ENTRIES = 1_000;

type KeyRow = { id: string; organisation_id: string; kind: 'publishable' | 'secret'; allowed_origins: string[] };

/**
 * A small cache of credential lookups, one per app: an API key (a publishable one as it is, a
 * secret one by its hash), or a user token's user (organisation, user id, role), to the principal
 * the database gave for it. Only credentials the database knew are kept, each for at most
 * `KEY_CACHE_TTL_MS` (5 s). What a cached principal holds changes only by an API key's revocation or
 * rotation and by the organisation's allowed origins (a user's id, organisation, role and external
 * id never change, and users are never deleted): the routes that change those (`changesCredentials`
 * on the route) clear this server's cache once they have run, so the change holds at once here;
 * another server instance sharing the database sees it within the TTL (5 s). At most 1,000 entries;
 * the oldest makes room. It saves the database round trip that every keyed or signed-in request made
 * (~0.4 ms on PGlite, a network round trip on PostgreSQL). A token's expiry is still checked on every
 * request; its signature once per TTL for the same token (`verifiedToken`).
 */
export class CredentialCache<Row = Principal> {
  readonly #entries = new Map<string, { row: Row; expires: number }>();
  /** Bumped by `clear()`: a lookup that began before a clear must not put back what it read. */
  #generation = 0;
  /** Lookups in flight by key: requests that miss meanwhile wait for the same statement. */
  readonly #inFlight = new Map<string, { generation: number; row: Promise<Row | undefined> }>();
  /** User tokens whose signature held, to their payload, each kept for `ttlMs`. */
  readonly #tokens = new Map<string, { payload: TokenPayload; expires: number }>();
  constructor(
    readonly ttlMs = KEY_CACHE_TTL_MS,
    readonly maxEntries = KEY_CACHE_MAX_ENTRIES,
  ) {}

  /** Read before a lookup and given back to `set`, so a lookup that raced a `clear()` is not kept. */
  get generation(): number {
    return this.#generation;
  }

  get(key: string, now = Date.now()): Row | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.expires > now) return entry.row;
    this.#entries.delete(key);
    return undefined;
  }

  set(key: string, row: Row, now = Date.now(), generation = this.#generation): void {
    if (generation !== this.#generation) return;
    this.#entries.delete(key);
    if (this.#entries.size >= this.maxEntries) this.#entries.delete(this.#entries.keys().next().value!);
    this.#entries.set(key, { row, expires: now + this.ttlMs });
  }

  clear(): void {
    this.#generation++;
    this.#entries.clear();
    this.#tokens.clear();
  }

  /**
   * A user token's payload: `verify` checks its signature once per `ttlMs` for the same string (the
   * signature is the string's own, so it cannot have changed; it cost ~25 µs a request), and its
   * expiry is checked at every call. `null` for a token that fails either.
   */
  verifiedToken(token: string, verify: () => TokenPayload | null, now = Date.now()): TokenPayload | null {
    const known = this.#tokens.get(token);
    if (known && known.expires > now) return known.payload.exp * 1000 > now ? known.payload : null;
    const payload = verify();
    this.#tokens.delete(token);
    if (payload) {
      if (this.#tokens.size >= this.maxEntries) this.#tokens.delete(this.#tokens.keys().next().value!);
      this.#tokens.set(token, { payload, expires: now + this.ttlMs });
    }
    return payload;
  }

  /**
   * The row from the cache, else from `read`, one lookup at a time per key: when an entry
   * expires under load, every request using the credential used to send its own lookup, each waiting its
   * turn at the database (50 clients on one key: 1 in 5 searches paid one). A lookup begun before a
   * `clear()` is neither kept nor joined.
   */
  lookup(key: string, read: () => Promise<Row | undefined>): Promise<Row | undefined> {
    const cached = this.get(key);
    if (cached) return Promise.resolve(cached);
    const generation = this.#generation;
    const pending = this.#inFlight.get(key);
    if (pending?.generation === generation) return pending.row;
    const row = read().then((found) => {
      if (found) this.set(key, found, Date.now(), generation);
      return found;
    });
    const entry = { generation, row };
    this.#inFlight.set(key, entry);
    const done = () => {
      if (this.#inFlight.get(key) === entry) this.#inFlight.delete(key);
    };
    row.then(done, done);
    return row;
  }
}

/** A principal as it is shared between requests: frozen, arrays and user included. */
function sharedPrincipal(principal: Principal): Principal {
  Object.freeze(principal.allowedOrigins);
  if (principal.user) Object.freeze(principal.user);
  return Object.freeze(principal);
}

/** The credential of an `Authorization: Bearer <credential>` header; `undefined` when the header is malformed. */
function bearerCredential(authorization: string): string | undefined {
  return /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1];
}

/** A user token's payload when its signature holds and it has not expired (verified once per cache time, `verifiedToken`). */
function tokenPayload(secret: string, token: string, cache: CredentialCache | undefined): TokenPayload | null {
  const now = Date.now();
  const verify = () => verifyUserToken(secret, token, now);
  return cache ? cache.verifiedToken(token, verify, now) : verify();
}

/** Where a token's user is cached: the organisation, user and role the token names. */
const tokenUserKey = (payload: TokenPayload): string => `user:${payload.org}:${payload.sub}:${payload.role}`;

/**
 * Where an API key's principal is cached: a publishable key by itself, as it is public (it sits in the
 * host's page) and its hash cost every keyed request ~0.03 ms; a secret key by its hash, as the database keeps it.
 */
const apiKeyCacheKey = (key: string): string => (key.startsWith('pk_') ? key : sha256Hex(key));

const apiKeyKindOf = (key: string): 'publishable' | 'secret' => (key.startsWith('pk_') ? 'publishable' : 'secret');

/**
 * The principal of a credential the cache holds, at once: no turn of the event loop, no hash of a
 * publishable key (a search, the commonest request, spent ~0.05 ms of its ~1.5 in `authenticate` on a
 * cache hit). `undefined` for anything else (a miss, a bad token, a key of the other kind), which
 * `authenticate` then decides and, when it refuses, says why.
 */
export function knownPrincipal(secret: string, authorization: string, cache: CredentialCache): Principal | undefined {
  const credential = bearerCredential(authorization);
  if (!credential) return undefined;
  if (credential.startsWith('ut_')) {
    const payload = tokenPayload(secret, credential, cache);
    return payload ? cache.get(tokenUserKey(payload)) : undefined;
  }
  if (!credential.startsWith('pk_') && !credential.startsWith('sk_')) return undefined;
  const principal = cache.get(apiKeyCacheKey(credential));
  return principal?.keyKind === apiKeyKindOf(credential) ? principal : undefined;
}

/** Reads the bearer credential of a request: `null` when there is none. Throws 401 when it is wrong. */
export async function authenticate(db: Queryable, secret: string, authorization: string | undefined, cache?: CredentialCache): Promise<Principal | null> {
  if (!authorization) return null;
  const credential = bearerCredential(authorization);
  if (!credential) throw new HttpProblem('unauthenticated', `The Authorization header is malformed. ${UNAUTHENTICATED_HINT}`);
  const lookup = (key: string, read: () => Promise<Principal | undefined>) => (cache ? cache.lookup(key, read) : read());
  if (credential.startsWith('ut_')) {
    const payload = tokenPayload(secret, credential, cache);
    if (!payload) throw new HttpProblem('unauthenticated', 'The user token is invalid or expired; ask your backend for a new one.');
    const principal = await lookup(tokenUserKey(payload), async () => {
      const result = await db.query<Omit<UserRow, 'display_name'> & { allowed_origins: string[] }>(
        `SELECT u.id, u.organisation_id, u.role, u.external_id, o.allowed_origins
           FROM users u JOIN organisations o ON o.id = u.organisation_id
          WHERE u.id = $1 AND u.organisation_id = $2 AND u.role = $3`,
        [payload.sub, payload.org, payload.role],
      );
      const row = result.rows[0];
      if (!row) return undefined;
      const user: PrincipalUser = { id: row.id, organisationId: row.organisation_id, role: row.role, externalId: row.external_id };
      return sharedPrincipal({ organisationId: row.organisation_id, keyKind: 'user-token', user, allowedOrigins: row.allowed_origins });
    });
    if (!principal) throw new HttpProblem('unauthenticated', 'The user of this token no longer exists.');
    return principal;
  }
  if (credential.startsWith('pk_') || credential.startsWith('sk_')) {
    // The same round trip records when the key was last used, to the minute (so a busy key
    // is not written on every lookup).
    const principal = await lookup(apiKeyCacheKey(credential), async () => {
      const hash = sha256Hex(credential);
      const result = await db.query<KeyRow>(
        `WITH found AS (
           SELECT k.id, k.organisation_id, k.kind, o.allowed_origins, k.last_used_at
             FROM api_keys k JOIN organisations o ON o.id = k.organisation_id
            WHERE k.key_hash = $1 AND k.revoked_at IS NULL
         ), touched AS (
           UPDATE api_keys SET last_used_at = now()
            WHERE id IN (SELECT id FROM found WHERE last_used_at IS NULL OR last_used_at < now() - interval '1 minute')
         )
         SELECT id, organisation_id, kind, allowed_origins FROM found`,
        [hash],
      );
      const row = result.rows[0];
      return row && sharedPrincipal({ organisationId: row.organisation_id, keyKind: row.kind, keyId: row.id, allowedOrigins: row.allowed_origins });
    });
    if (!principal || principal.keyKind !== apiKeyKindOf(credential)) throw new HttpProblem('unauthenticated', 'This API key is unknown or revoked.');
    return principal;
  }
  throw new HttpProblem('unauthenticated', `Unknown credential type. ${UNAUTHENTICATED_HINT}`);
}

export type AuthMode = 'none' | 'key' | 'user' | 'secret';

/** Checks a principal against what a route requires. */
export function authorize(principal: Principal | null, auth: AuthMode, roles?: readonly Role[]): void {
  if (auth === 'none') return;
  if (!principal) throw new HttpProblem('unauthenticated', `This route needs credentials. ${UNAUTHENTICATED_HINT}`);
  // A valid credential of the wrong kind for a secret route: 403, a token refresh would not help.
  // With `roles`, a secret route also takes a user token of one of those roles (a coordinator's).
  if (auth === 'secret' && principal.keyKind !== 'secret') {
    const role = principal.user?.role;
    if (roles?.length && role && roles.includes(role)) return;
    const or = roles?.length ? ` or a ${roles.join(' or ')} user token (ut_...)` : '';
    throw new HttpProblem('forbidden', `This route needs a secret key (sk_...), used only from your own server${or}.`);
  }
  if (auth === 'user') {
    if (principal.keyKind !== 'user-token' || !principal.user) {
      // Missing the credential this route needs: 401, so a client knows to fetch a user token.
      throw new HttpProblem('unauthenticated', 'This route acts for a user: send a user token (ut_...) that your backend got from POST /v1/tokens.');
    }
    if (roles && roles.length > 0 && !roles.includes(principal.user.role)) {
      throw new HttpProblem('forbidden', `This route is for ${roles.join(' or ')} users; this token is for a ${principal.user.role}.`);
    }
  }
}

/** Who a write was made by, for idempotency records. */
export function principalKey(principal: Principal | null): string {
  if (!principal) return 'anonymous';
  if (principal.user) return `user:${principal.user.id}`;
  return `key:${principal.keyId ?? principal.keyKind}`;
}
