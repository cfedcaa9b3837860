/**
 * Data access for administration, split under `./admin/`: API keys, allowed origins,
 * coordinators and the audit log every change is recorded in (in the change's own transaction).
 */
export { listAuditEvents, recordAudit, type ChangeActor } from './admin/audit.js';
export { createApiKey, listApiKeys, revokeApiKey, rotateApiKey } from './admin/keys.js';
export { addOrigin, createOrganisation, inviteCoordinator, listOrigins, MAX_ORIGINS, removeOrigin, type NewOrganisation } from './admin/organisation.js';
