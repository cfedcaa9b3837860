/**
 * Administration of an organisation without SQL: its API keys, its allowed browser origins,
 * its coordinators, and the audit log of every such change. The same operations back
 * `npx bridgeway admin ...` and the `/v1/admin/*` routes (secret key).
 */
import * as z from 'zod/mini';
import { isOrigin } from './refinements.js';
import { Id, IsoDateTime, Page, Text } from './common.js';
import { KeyKind } from './identity.js';

export { isOrigin } from './refinements.js';

/** A browser origin as the browser sends it in `Origin`: `https://app.example.org` or `http://localhost:8080`. */
export const Origin = /* @__PURE__ */ z
  .string()
  .check(z.maxLength(300), z.refine(isOrigin, 'must be an origin such as https://app.example.org (scheme, host and port only, no path or trailing slash)'));
export type Origin = z.infer<typeof Origin>;

/** An API key as listed: never its secret, which is shown once when the key is made. */
export const ApiKey = z.object({
  id: Id,
  kind: KeyKind,
  /** What the key is for, as its maker wrote it. */
  label: z.string(),
  /** The key's first characters, to recognise it (`pk_3fA9xQ`). */
  prefix: z.string(),
  createdAt: IsoDateTime,
  /** When the key last authenticated a request (to the minute); `null` when never. */
  lastUsedAt: z.nullable(IsoDateTime),
  /** `null` while the key works. */
  revokedAt: z.nullable(IsoDateTime),
});
export type ApiKey = z.infer<typeof ApiKey>;

export const ApiKeyPage = Page(ApiKey);
export type ApiKeyPage = z.infer<typeof ApiKeyPage>;

export const ApiKeyCreate = z.object({
  kind: KeyKind,
  label: z.optional(/* @__PURE__ */ Text(100, { trim: true })),
});
export type ApiKeyCreate = z.infer<typeof ApiKeyCreate>;

/** A new key with its secret: the only time the secret is shown (only its hash is kept). */
export const ApiKeyCreated = z.object({
  key: ApiKey,
  secret: z.string(),
  /** The key this one replaces, revoked in the same step (rotation only). */
  replaces: z.optional(ApiKey),
});
export type ApiKeyCreated = z.infer<typeof ApiKeyCreated>;

export const OriginRequest = z.object({ origin: Origin });
export type OriginRequest = z.infer<typeof OriginRequest>;

/** The organisation's allowed origins, in order. */
export const OriginList = z.object({ items: z.array(z.string()) });
export type OriginList = z.infer<typeof OriginList>;

/** Registers a coordinator of the organisation by the host's id for them. */
export const CoordinatorInvite = z.object({
  externalId: /* @__PURE__ */ Text(200, { min: 1, trim: true }),
  displayName: /* @__PURE__ */ Text(200, { min: 1, trim: true }),
});
export type CoordinatorInvite = z.infer<typeof CoordinatorInvite>;

/** Who made a change: the operator's command line, an API key, or a user. */
export const AuditActor = z.object({
  kind: z.enum(['cli', 'key', 'user']),
  /** The key's or the user's id; `null` for the command line. */
  id: z.nullable(z.string()),
  /** Readable: the key's prefix, the user's name, or the operator's login. */
  label: z.string(),
});
export type AuditActor = z.infer<typeof AuditActor>;

export const AuditAction = z.enum([
  'organisation.created', 'key.created', 'key.rotated', 'key.revoked', 'origin.added', 'origin.removed', 'coordinator.invited', 'settings.updated',
]);
export type AuditAction = z.infer<typeof AuditAction>;

/** One change to the organisation's administration: who, what, when. */
export const AuditEvent = z.object({
  id: Id,
  at: IsoDateTime,
  actor: AuditActor,
  action: AuditAction,
  /** What was changed: a key's id, an origin, a user's id. */
  target: z.nullable(z.string()),
  /** Facts of the change (a key's kind and prefix, a new setting), as text. */
  details: z.record(z.string(), z.string()),
});
export type AuditEvent = z.infer<typeof AuditEvent>;

export const AuditEventPage = Page(AuditEvent);
export type AuditEventPage = z.infer<typeof AuditEventPage>;
