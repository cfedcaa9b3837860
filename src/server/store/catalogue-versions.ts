/** The catalogue release a layer was loaded from: the shared catalogue (null) or an organisation's own (the seeder and the layer store both record it). */
import type { Queryable } from '../db/types.js';

export async function storedCatalogueVersion(db: Queryable, organisationId: string | null): Promise<string | undefined> {
  const { rows } = await db.query<{ version: string }>('SELECT version FROM catalogue_versions WHERE organisation_id IS NOT DISTINCT FROM $1::text', [organisationId]);
  return rows[0]?.version;
}

export async function recordCatalogueVersion(db: Queryable, organisationId: string | null, version: string): Promise<void> {
  await db.query('DELETE FROM catalogue_versions WHERE organisation_id IS NOT DISTINCT FROM $1::text', [organisationId]);
  await db.query('INSERT INTO catalogue_versions (organisation_id, version) VALUES ($1, $2)', [organisationId, version]);
}

