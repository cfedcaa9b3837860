/**
 * Operations of administration, with the organisation's secret key: API keys, allowed origins,
 * coordinators; and the audit log, read by the organisation's coordinators. Making or rotating
 * a key is not idempotent on purpose: a replayed answer would have to keep the secret.
 */
import * as z from 'zod/mini';
import { defineOperation } from '../operation.js';
import { Id, PageQuery } from '../common.js';
import { User } from '../identity.js';
import { ApiKey, ApiKeyCreate, ApiKeyCreated, ApiKeyPage, AuditEventPage, CoordinatorInvite, Origin, OriginList, OriginRequest } from '../admin.js';

export const KeyParams = z.object({ keyId: Id });
export type KeyParams = z.infer<typeof KeyParams>;
export const OriginQuery = z.object({ origin: Origin });
export type OriginQuery = z.infer<typeof OriginQuery>;

/** The organisation's keys, newest first, revoked ones included; never a secret. */
export const listApiKeys = /* @__PURE__ */ defineOperation({ method: 'GET', path: '/v1/admin/keys', query: PageQuery, response: ApiKeyPage });

/** A new key; its secret is in this answer only. */
export const createApiKey = /* @__PURE__ */ defineOperation({ method: 'POST', path: '/v1/admin/keys', body: ApiKeyCreate, response: ApiKeyCreated, status: 201 });

/** A new key of the same kind and label, and the old one revoked, in one step. */
export const rotateApiKey = /* @__PURE__ */ defineOperation({ method: 'POST', path: '/v1/admin/keys/:keyId/rotate', params: KeyParams, response: ApiKeyCreated, status: 201 });

/** Revokes a key for good (revoking it again is harmless). */
export const revokeApiKey = /* @__PURE__ */ defineOperation({ method: 'POST', path: '/v1/admin/keys/:keyId/revoke', params: KeyParams, response: ApiKey });

export const listOrigins = /* @__PURE__ */ defineOperation({ method: 'GET', path: '/v1/admin/origins', response: OriginList });

/** Allows an origin (adding one already there is harmless). */
export const addOrigin = /* @__PURE__ */ defineOperation({ method: 'POST', path: '/v1/admin/origins', body: OriginRequest, response: OriginList, idempotent: true });

/** `DELETE /v1/admin/origins?origin=https%3A%2F%2Fapp.example.org`. */
export const removeOrigin = /* @__PURE__ */ defineOperation({ method: 'DELETE', path: '/v1/admin/origins', query: OriginQuery, response: OriginList });

/** Registers a coordinator (by the host's id for them); inviting them again updates the name. */
export const inviteCoordinator = /* @__PURE__ */ defineOperation({ method: 'POST', path: '/v1/admin/coordinators', body: CoordinatorInvite, response: User, status: 201, idempotent: true });

/** Every administrative change, newest first: who, what, when. For the organisation's coordinators. */
export const listAuditEvents = /* @__PURE__ */ defineOperation({ method: 'GET', path: '/v1/audit-events', query: PageQuery, response: AuditEventPage });

export const adminOperations = [listApiKeys, createApiKey, rotateApiKey, revokeApiKey, listOrigins, addOrigin, removeOrigin, inviteCoordinator, listAuditEvents];
