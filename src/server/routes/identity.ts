/** Who is calling, and user tokens minted with a secret key. */
import { Health, Me, Organisation, TokenRequest, TokenResponse, User } from '../../api/identity.js';
import { createDemoToken, createToken, getHealth, getMe } from '../../api/operations/identity.js';
import { mintUserToken, upsertUser } from '../auth.js';
import { HttpProblem } from '../problem.js';
import { component, route, type RouteModule } from '../route.js';
import { DEMO_ORGANISATION_ID } from '../seed/foundation.js';
import { databaseReachable, demoUser, findOrganisation } from '../store/identity.js';

component('User', User);
component('Organisation', Organisation);
component('TokenRequest', TokenRequest);
component('TokenResponse', TokenResponse);
component('Me', Me);
component('Health', Health);

export const identityRoutes: RouteModule = {
  name: 'identity',
  tags: { identity: 'User tokens minted by the host\'s backend, and who a token acts for.' },
  routes: [
    route(createToken, {
      summary: 'Mint a short-lived user token',
      description: 'Called by the host\'s own server with its secret key. Creates the user on first use (by externalId and role) and returns a token that acts for them.',
      tags: ['identity'],
      auth: 'secret',
      handler: async ({ body, db, principal, tokens }) => {
        const user = await upsertUser(db, principal.organisationId, body.externalId, body.role, body.displayName);
        return { ...(await mintUserToken(tokens.secret, user, body.ttlSeconds ?? 3600)), user };
      },
    }),
    route(getMe, {
      summary: 'Who the credentials belong to',
      tags: ['identity'],
      auth: 'key',
      handler: async ({ db, principal }) => {
        const found = await findOrganisation(db, principal.organisationId, principal.user?.id);
        if (!found) throw new HttpProblem('unauthenticated', 'The organisation of these credentials no longer exists.');
        const { user } = principal;
        return { organisation: found.organisation, user: user ? { ...user, displayName: found.displayName ?? user.externalId } : null, keyKind: principal.keyKind };
      },
    }),
  ],
};

export const healthRoutes: RouteModule = {
  name: 'health',
  tags: { system: 'The server itself: health for load balancers and monitors.' },
  routes: [
    route(getHealth, {
      summary: 'Is the server up and its database reachable',
      tags: ['system'],
      auth: 'none',
      handler: async ({ database, version }) => ({ status: (await databaseReachable(database)) ? ('ok' as const) : ('degraded' as const), version, database: database.kind }),
    }),
  ],
};

/** The demo's stand-in for a host backend: mints a token for the demo user of a role. Only with `demo: true`. */
export const demoRoutes: RouteModule = {
  name: 'demo',
  tags: { demo: 'Present only when the server runs with --demo: stand-ins for a host\'s backend.' },
  routes: [
    route(createDemoToken, {
      summary: 'Demo only: a user token for the demo user of a role',
      description: 'Plays the host\'s backend in the demo (as if it called POST /v1/tokens with sk_demo_bridgeway). Present only when the server runs with --demo.',
      tags: ['demo'],
      auth: 'none',
      handler: async ({ body, db, tokens }) => {
        const user = await demoUser(db, DEMO_ORGANISATION_ID, body.role);
        return { ...(await mintUserToken(tokens.secret, user, 3600)), user };
      },
    }),
  ],
};
