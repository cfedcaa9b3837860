/**
 * The demo organisation, its keys and its three demo users. DEMO ONLY: the keys
 * `pk_demo_bridgeway` and `sk_demo_bridgeway` are public knowledge; never run a real
 * program with the demo organisation.
 */
import { sha256Hex } from '../auth.js';
import type { Seeder } from './types.js';

export const DEMO_ORGANISATION_ID = 'demo';
export const DEMO_PUBLISHABLE_KEY = 'pk_demo_bridgeway';
export const DEMO_SECRET_KEY = 'sk_demo_bridgeway';
export const DEMO_ORIGINS = ['http://localhost:8787', 'http://127.0.0.1:8787', 'http://localhost:6006'];
export const DEMO_USERS = [
  { id: 'usr_demo_mentee', externalId: 'demo-mentee', role: 'mentee', displayName: 'Amara Okafor' },
  { id: 'usr_demo_mentor', externalId: 'demo-mentor', role: 'mentor', displayName: 'Daniel Reyes' },
  { id: 'usr_demo_coordinator', externalId: 'demo-coordinator', role: 'coordinator', displayName: 'Priya Natarajan' },
] as const;

export const foundationSeeder: Seeder = {
  name: 'foundation',
  demoOnly: true,
  async run(db, { extraOrigins }) {
    const origins = [...new Set([...DEMO_ORIGINS, ...extraOrigins])].sort();
    // Keeps origins a coordinator added, adds any missing default or extra one.
    await db.query(
      `INSERT INTO organisations (id, name, allowed_origins) VALUES ($1, $2, $3::text[])
       ON CONFLICT (id) DO UPDATE SET allowed_origins =
         ARRAY(SELECT DISTINCT t.origin COLLATE "C" FROM unnest(organisations.allowed_origins || EXCLUDED.allowed_origins) AS t(origin) ORDER BY 1)`,
      [DEMO_ORGANISATION_ID, 'Bridgeway Demo Association', origins],
    );
    for (const [id, kind, key] of [['key_demo_publishable', 'publishable', DEMO_PUBLISHABLE_KEY], ['key_demo_secret', 'secret', DEMO_SECRET_KEY]] as const) {
      await db.query(
        `INSERT INTO api_keys (id, organisation_id, kind, key_hash, prefix) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
        [id, DEMO_ORGANISATION_ID, kind, sha256Hex(key), key.slice(0, 10)],
      );
    }
    for (const user of DEMO_USERS) {
      await db.query(
        `INSERT INTO users (id, organisation_id, role, display_name, external_id) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
        [user.id, DEMO_ORGANISATION_ID, user.role, user.displayName, user.externalId],
      );
    }
  },
};
