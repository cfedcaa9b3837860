/**
 * Who may call the API from a page: CORS with per-organisation allow-lists. Preflights are
 * answered for every origin; the actual request is judged once its credential is known
 * (`checkOrigin`), and a refusal is readable by the page, instead of a bare network failure.
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { Principal } from './auth.js';
import type { Queryable } from './db/types.js';
import { HttpProblem } from './problem.js';

/** What the app's context carries for CORS: the origin the answer is readable by, once judged. */
export type CorsVariables = { corsOrigin?: string };
type CorsContext = Context<{ Variables: CorsVariables }>;

const ALLOWED_HEADERS = 'Authorization, Content-Type, Idempotency-Key, If-Match, Accept-Language';
const EXPOSED_HEADERS = 'Idempotency-Replayed, Allow, Retry-After';

/** `https://a.example:8443/` -> `https://a.example:8443`; `undefined` when it is not an http(s) origin. */
export function normaliseOrigin(value: string): string | undefined {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/** Whether `origin` is one this server is reached at (`publicOrigins`, never the client's `Host` header). */
export function sameOriginCheck(publicOrigins: (() => readonly string[]) | undefined): (origin: string) => boolean {
  return (origin) => {
    const normalised = normaliseOrigin(origin);
    return normalised !== undefined && (publicOrigins?.() ?? []).some((own) => normaliseOrigin(own) === normalised);
  };
}

/**
 * Refuses a secret key a browser sent (browsers always send `Origin` on CORS and on writes),
 * readably by the page, so its developer sees why; the key is not even looked up.
 */
export function refuseSecretKeyFromBrowser(c: CorsContext): void {
  const origin = c.req.header('origin');
  if (!origin || !/^Bearer\s+sk_/i.test(c.req.header('authorization') ?? '')) return;
  c.set('corsOrigin', origin);
  throw new HttpProblem('forbidden', 'A secret key (sk_...) was sent from a browser. Secret keys must never reach a web page: call this API with the secret key from your own server (for example to mint user tokens with POST /v1/tokens), and give the page a publishable key (pk_...) or a user token (ut_...).', { reason: 'secret_key_in_browser' });
}

/**
 * Judges the request's origin once its credential is known: the server's own origins and the
 * caller's organisation's allow-list may read the answer; without a credential, public routes
 * answer any origin some organisation lists. Another origin is refused, readably by the page,
 * without naming the organisation.
 */
export async function checkOrigin(c: CorsContext, db: Queryable, principal: Principal | null, sameOrigin: (origin: string) => boolean): Promise<void> {
  const origin = c.req.header('origin');
  if (!origin) return;
  if (sameOrigin(origin) || (principal ? principal.allowedOrigins.includes(origin) : true)) {
    if (principal || sameOrigin(origin)) c.set('corsOrigin', origin);
    else {
      // No credential: public routes answer any origin listed by some organisation.
      const listed = await db.query('SELECT 1 FROM organisations WHERE $1 = ANY(allowed_origins) LIMIT 1', [origin]);
      if (listed.rows.length > 0) c.set('corsOrigin', origin);
    }
  } else {
    // Let the page read why it was refused; the organisation is not named to a stranger.
    c.set('corsOrigin', origin);
    throw new HttpProblem('origin_not_allowed', `The origin ${origin} is not allowed to use these credentials. The program's coordinator adds it to the organisation's allowed origins.`);
  }
}

// Preflights are answered for every origin: they only let the browser send the actual
// request, which is checked against the caller's own organisation once the credential is known
// (see `checkOrigin`) and refused with a problem the page can read, instead of a bare network failure.
export function cors(): MiddlewareHandler<{ Variables: CorsVariables }> {
  return async (c, next) => {
    const origin = c.req.header('origin');
    if (c.req.method === 'OPTIONS' && origin && c.req.header('access-control-request-method')) {
      return new Response(null, {
        status: 204,
        headers: {
          'access-control-allow-origin': origin,
          'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE',
          'access-control-allow-headers': ALLOWED_HEADERS,
          'access-control-max-age': '600',
          vary: 'Origin',
        },
      });
    }
    await next();
    const allowed = c.get('corsOrigin');
    if (allowed) {
      c.res.headers.set('access-control-allow-origin', allowed);
      c.res.headers.set('access-control-expose-headers', EXPOSED_HEADERS);
    }
    if (origin) c.res.headers.append('vary', 'Origin');
  };
}
