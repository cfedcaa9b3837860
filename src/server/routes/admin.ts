/**
 * Administration over the API, with the organisation's secret key (from the host's own server,
 * never a page): keys, allowed origins, coordinators. The audit log is read by the
 * organisation's coordinators with a user token. `npx bridgeway admin ...` does the same from
 * the command line (../admin-commands.ts); both go through `../store/admin.ts`.
 */
import { ApiKey, ApiKeyCreated, AuditEvent, OriginList } from '../../api/admin.js';
import {
  addOrigin, createApiKey, inviteCoordinator, listApiKeys, listAuditEvents, listOrigins, removeOrigin, revokeApiKey, rotateApiKey,
} from '../../api/operations/admin.js';
import type { Principal } from '../auth.js';
import { component, route, type RouteModule } from '../route.js';
import * as store from '../store/admin.js';
import { paged } from '../wire.js';

component('ApiKey', ApiKey);
component('ApiKeyCreated', ApiKeyCreated);
component('OriginList', OriginList);
component('AuditEvent', AuditEvent);

const tags = ['admin'];
const CACHE_NOTE = 'The server that answers holds to the change at once; other server instances on the same database within 5 seconds (API keys and user tokens\' users are cached that long).';

/** The secret key making a change, as the audit log names it. */
const byKey = (principal: Principal): store.ChangeActor => ({ kind: 'key', id: principal.keyId ?? null });

export const adminRoutes: RouteModule = {
  name: 'admin',
  tags: { admin: 'Administration with the secret key: API keys, allowed origins, coordinators; and the audit log of every change.' },
  routes: [
    route(listApiKeys, {
      summary: 'The organisation\'s API keys',
      description: 'Newest first, revoked ones included, each with when it was last used (to the minute). Secrets are never listed: only a hash is kept.',
      tags,
      auth: 'secret',
      handler: async ({ db, principal, query }) => paged('api-keys', query, (window) => store.listApiKeys(db, principal.organisationId, window)),
    }),
    route(createApiKey, {
      summary: 'Create an API key',
      description: 'The answer holds the new key\'s secret: store it now, it is never shown again. Not idempotent, so that no copy of the secret is kept for replays.',
      tags,
      auth: 'secret',
      handler: async ({ db, principal, body }) => store.createApiKey(db, principal.organisationId, byKey(principal), body),
    }),
    route(rotateApiKey, {
      summary: 'Rotate an API key',
      description: `Makes a new key of the same kind and label and revokes the old one in one step; the answer holds the new secret, shown once. ${CACHE_NOTE}`,
      tags,
      auth: 'secret',
      refusals: { 422: 'the key is revoked already (`unprocessable`, reason `key-revoked`)' },
      changesCredentials: true,
      handler: async ({ db, principal, params }) => store.rotateApiKey(db, principal.organisationId, byKey(principal), params.keyId),
    }),
    route(revokeApiKey, {
      summary: 'Revoke an API key',
      description: `The key stops working for good; revoking it again changes nothing. ${CACHE_NOTE}`,
      tags,
      auth: 'secret',
      refusals: { 422: 'the organisation\'s last working secret key (`unprocessable`, reason `last-secret-key`)' },
      changesCredentials: true,
      handler: async ({ db, principal, params }) => store.revokeApiKey(db, principal.organisationId, byKey(principal), params.keyId),
    }),
    route(listOrigins, {
      summary: 'The browser origins allowed to call the API',
      tags,
      auth: 'secret',
      handler: async ({ db, principal }) => store.listOrigins(db, principal.organisationId),
    }),
    route(addOrigin, {
      summary: 'Allow a browser origin',
      description: `An origin is scheme, host and port (\`https://app.example.org\`); adding one already allowed changes nothing. ${CACHE_NOTE}`,
      tags,
      auth: 'secret',
      refusals: { 422: 'the organisation has 50 origins already (`unprocessable`, reason `too-many-origins`)' },
      changesCredentials: true,
      handler: async ({ db, principal, body }) => store.addOrigin(db, principal.organisationId, byKey(principal), body.origin),
    }),
    route(removeOrigin, {
      summary: 'Stop allowing a browser origin',
      description: CACHE_NOTE,
      tags,
      auth: 'secret',
      refusals: { 404: 'the origin is not allowed (`not_found`, reason `origin-not-found`)' },
      changesCredentials: true,
      handler: async ({ db, principal, query }) => store.removeOrigin(db, principal.organisationId, byKey(principal), query.origin),
    }),
    route(inviteCoordinator, {
      summary: 'Register a coordinator',
      description: 'Creates (or renames) the coordinator with this externalId. Your backend then signs them in as any user, with POST /v1/tokens and role coordinator.',
      tags,
      auth: 'secret',
      handler: async ({ db, principal, body }) => store.inviteCoordinator(db, principal.organisationId, byKey(principal), body),
    }),
    route(listAuditEvents, {
      summary: 'The audit log',
      description: 'Every administrative change of the organisation, newest first: who (a key, a user or the operator\'s command line), what and when.',
      tags,
      auth: 'user',
      roles: ['coordinator'],
      handler: async ({ db, actor, query }) => paged('audit-events', query, (window) => store.listAuditEvents(db, actor.organisationId, window)),
    }),
  ],
};
