/**
 * An organisation's own administration: creating it (the operator's command line), its allowed
 * browser origins, and its coordinators. Each change is audited in the same transaction.
 */
import type { ApiKeyCreated, CoordinatorInvite, OriginList } from '../../../api/admin.js';
import type { User } from '../../../api/identity.js';
import { upsertUser } from '../../auth.js';
import { inTransaction, type Connection } from '../../db/transaction.js';
import type { Queryable } from '../../db/types.js';
import { Refusal } from '../../refusal.js';
import { recordAudit, type ChangeActor } from './audit.js';
import { insertApiKey, lockOrganisation } from './keys.js';

/** More than enough for a program's sites; a list this long is a mistake or an attack. */
export const MAX_ORIGINS = 50;

export interface NewOrganisation {
  id: string;
  name: string;
  origins: readonly string[];
}

/** A new organisation with one publishable and one secret key (their secrets shown once) and its first origins. */
export async function createOrganisation(
  db: Connection,
  actor: ChangeActor,
  organisation: NewOrganisation,
): Promise<{ id: string; name: string; allowedOrigins: string[]; keys: ApiKeyCreated[] }> {
  const origins = [...new Set(organisation.origins)].sort();
  if (origins.length > MAX_ORIGINS) throw Refusal.invalid(`At most ${MAX_ORIGINS} origins.`, { errors: [{ path: 'origins', message: `at most ${MAX_ORIGINS}` }] });
  return inTransaction(db, async (tx) => {
    const inserted = await tx.query(
      `INSERT INTO organisations (id, name, allowed_origins) VALUES ($1, $2, $3::text[]) ON CONFLICT (id) DO NOTHING RETURNING id`,
      [organisation.id, organisation.name, origins],
    );
    if (!inserted.rows[0]) throw Refusal.conflict(`An organisation "${organisation.id}" exists already; choose another id.`, undefined, { reason: 'organisation-exists' });
    await recordAudit(tx, organisation.id, actor, 'organisation.created', organisation.id, { name: organisation.name });
    const keys: ApiKeyCreated[] = [];
    for (const kind of ['publishable', 'secret'] as const) {
      const made = await insertApiKey(tx, organisation.id, kind, 'first key');
      await recordAudit(tx, organisation.id, actor, 'key.created', made.key.id, { kind, prefix: made.key.prefix, label: made.key.label });
      keys.push(made);
    }
    for (const origin of origins) await recordAudit(tx, organisation.id, actor, 'origin.added', origin);
    return { id: organisation.id, name: organisation.name, allowedOrigins: origins, keys };
  });
}

async function originsOf(tx: Queryable, organisationId: string): Promise<string[]> {
  const { rows } = await tx.query<{ allowed_origins: string[] }>('SELECT allowed_origins FROM organisations WHERE id = $1', [organisationId]);
  if (!rows[0]) throw Refusal.notFound(`No organisation "${organisationId}".`, { reason: 'organisation-not-found' });
  return rows[0].allowed_origins;
}

export async function listOrigins(db: Queryable, organisationId: string): Promise<OriginList> {
  return { items: await originsOf(db, organisationId) };
}

async function saveOrigins(tx: Queryable, organisationId: string, origins: string[]): Promise<OriginList> {
  const sorted = [...origins].sort();
  await tx.query('UPDATE organisations SET allowed_origins = $2::text[] WHERE id = $1', [organisationId, sorted]);
  return { items: sorted };
}

/**
 * Allows a browser origin; one allowed already changes nothing. The server whose route made the
 * change sees it at once; others that cached the organisation's keys within 5 seconds.
 */
export async function addOrigin(db: Connection, organisationId: string, actor: ChangeActor, origin: string): Promise<OriginList> {
  return inTransaction(db, async (tx) => {
    await lockOrganisation(tx, organisationId);
    const origins = await originsOf(tx, organisationId);
    if (origins.includes(origin)) return { items: origins };
    if (origins.length >= MAX_ORIGINS) {
      throw Refusal.unprocessable(`The organisation has ${origins.length} allowed origins, the most there may be; remove one first.`, { reason: 'too-many-origins' });
    }
    await recordAudit(tx, organisationId, actor, 'origin.added', origin);
    return saveOrigins(tx, organisationId, [...origins, origin]);
  });
}

export async function removeOrigin(db: Connection, organisationId: string, actor: ChangeActor, origin: string): Promise<OriginList> {
  return inTransaction(db, async (tx) => {
    await lockOrganisation(tx, organisationId);
    const origins = await originsOf(tx, organisationId);
    if (!origins.includes(origin)) throw Refusal.notFound(`${origin} is not among the allowed origins; list them to see which are.`, { reason: 'origin-not-found' });
    await recordAudit(tx, organisationId, actor, 'origin.removed', origin);
    return saveOrigins(tx, organisationId, origins.filter((item) => item !== origin));
  });
}

/**
 * Registers a coordinator by the host's id for them (inviting again updates their name). They
 * act through user tokens the host's backend mints for them (`POST /v1/tokens`), as everyone does.
 */
export async function inviteCoordinator(db: Connection, organisationId: string, actor: ChangeActor, invite: CoordinatorInvite): Promise<User> {
  return inTransaction(db, async (tx) => {
    await lockOrganisation(tx, organisationId);
    const user = await upsertUser(tx, organisationId, invite.externalId, 'coordinator', invite.displayName);
    await recordAudit(tx, organisationId, actor, 'coordinator.invited', user.id, { externalId: user.externalId, displayName: user.displayName });
    return user;
  });
}
