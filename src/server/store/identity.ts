/** Data access for who is calling: organisations and the demo's users. */
import type { Role, User } from '../../api/identity.js';
import { upsertUser } from '../auth.js';
import type { Queryable } from '../db/types.js';
import { Refusal } from '../refusal.js';

/** The organisation's id and name, or `undefined` when it no longer exists. */
export async function findOrganisation(db: Queryable, organisationId: string): Promise<{ id: string; name: string } | undefined> {
  const { rows } = await db.query<{ id: string; name: string }>('SELECT id, name FROM organisations WHERE id = $1', [organisationId]);
  return rows[0];
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
