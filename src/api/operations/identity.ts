/** Operations of identity: who is calling, user tokens, the server's health. */
import * as z from 'zod/mini';
import { defineOperation } from '../operation.js';
import { Health, Me, Role, TokenRequest, TokenResponse } from '../identity.js';

/** The host's server mints a short-lived user token with its secret key. */
export const createToken = /* @__PURE__ */ defineOperation({ method: 'POST', path: '/v1/tokens', body: TokenRequest, response: TokenResponse, status: 201 });

/** Who the credentials belong to. */
export const getMe = /* @__PURE__ */ defineOperation({ method: 'GET', path: '/v1/me', response: Me });

/** Is the server up and its database reachable (outside `/v1`: it is not part of the versioned API). */
export const getHealth = /* @__PURE__ */ defineOperation({ method: 'GET', path: '/health', response: Health });

/** The body of the demo's token route. */
export const DemoTokenRequest = z.object({ role: Role });
export type DemoTokenRequest = z.infer<typeof DemoTokenRequest>;

/** Demo only (a server started with `--demo`): a user token for the demo user of a role. */
export const createDemoToken = /* @__PURE__ */ defineOperation({ method: 'POST', path: '/demo/token', body: DemoTokenRequest, response: TokenResponse, status: 201 });

export const identityOperations = [createToken, getMe, getHealth, createDemoToken];
