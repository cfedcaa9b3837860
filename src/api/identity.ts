/**
 * Organisations, users and keys. Keys follow the publishable / secret split: a
 * publishable key (`pk_...`) sits in a web page and reads public catalogues; a secret
 * key (`sk_...`) stays on the host's server and mints short-lived user tokens that act
 * for one mentee, mentor or coordinator of that organisation.
 */
import * as z from 'zod/mini';
import { Id, IsoDateTime, Text } from './common.js';

export const Role = z.enum(['mentee', 'mentor', 'coordinator']);
export type Role = z.infer<typeof Role>;

export const Organisation = z.object({
  id: Id,
  name: z.string(),
  /** Origins (scheme://host[:port]) allowed to call the API from a browser. */
  allowedOrigins: z.array(z.string()),
});
export type Organisation = z.infer<typeof Organisation>;

export const User = z.object({
  id: Id,
  organisationId: Id,
  role: Role,
  displayName: z.string(),
  /** The host's own id for this person, so a host never has to store ours. */
  externalId: z.string(),
});
export type User = z.infer<typeof User>;

export const KeyKind = z.enum(['publishable', 'secret']);
export type KeyKind = z.infer<typeof KeyKind>;

/** Asked of `POST /v1/tokens` with a secret key. */
export const TokenRequest = z.object({
  externalId: /* @__PURE__ */ Text(200, { min: 1 }),
  role: Role,
  displayName: z.optional(/* @__PURE__ */ Text(200, { min: 1 })),
  /** Lifetime in seconds, 60 to 86,400; one hour when absent. */
  ttlSeconds: z.optional(/* @__PURE__ */ z.int32().check(z.minimum(60), z.maximum(86_400))),
});
export type TokenRequest = z.infer<typeof TokenRequest>;

export const TokenResponse = z.object({
  token: z.string(),
  expiresAt: IsoDateTime,
  user: User,
});
export type TokenResponse = z.infer<typeof TokenResponse>;

/** Who the caller is, as `GET /v1/me` tells it. */
export const Me = z.object({
  organisation: z.object({ id: Id, name: z.string() }),
  user: z.nullable(User),
  keyKind: z.enum(['publishable', 'secret', 'user-token']),
});
export type Me = z.infer<typeof Me>;

export const Health = z.object({
  status: z.enum(['ok', 'degraded']),
  version: z.string(),
  database: z.enum(['pglite', 'postgres']),
});
export type Health = z.infer<typeof Health>;
