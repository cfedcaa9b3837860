/** Data access for who is calling: organisations and the demo's users. */
import type { Role, User } from '../../api/identity.js';
import { upsertUser } from '../auth.js';
import type { Queryable } from '../db/types.js';
import { Refusal } from '../refusal.js';

/**
 * The organisation's id and name, and with a user id that user's display name as stored now (a
 * request's principal does not carry it: it changes at each token mint, and principals are
 * cached); `undefined` when the organisation no longer exists. One round trip.
 */
export async function findOrganisation(db: Queryable, organisationId: string, userId?: string): Promise<{ organisation: { id: string; name: string }; displayName: string | null } | undefined> {
  const { rows } = await db.query<{ id: string; name: string; display_name: string | null }>(
    'SELECT o.id, o.name, u.display_name FROM organisations o LEFT JOIN users u ON u.organisation_id = o.id AND u.id = $2 WHERE o.id = $1',
    [organisationId, userId ?? null],
  );
  const row = rows[0];
  return row && { organisation: { id: row.id, name: row.name }, displayName: row.display_name };
}

/** The seeded demo user of a role in the demo organisation (the demo's token route plays the host's backend for them). */
export async function demoUser(db: Queryable, demoOrganisationId: string, role: Role): Promise<User> {
  const externalId = `demo-${role}`;
  const { rows } = await db.query<{ id: string }>(`SELECT id FROM users WHERE organisation_id = $1 AND external_id = $2 AND role = $3`, [demoOrganisationId, externalId, role]);
  if (!rows[0]) throw Refusal.notFound(`The demo ${role} is missing; start the server with seeding on (without --no-seed).`);
  return upsertUser(db, demoOrganisationId, externalId, role);
}

/** Whether the database answers a trivial query. */
export async function databaseReachable(db: Queryable): Promise<boolean> {
  try {
    await db.query('SELECT 1');
    return true;
  } catch {
    return false;
  }
}
