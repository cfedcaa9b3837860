/**
 * Writes the shipped catalogue as the shared catalogue (organisation_id NULL). Idempotent:
 * when the database already holds this release nothing is written; otherwise every entry
 * is upserted, shared entries the release no longer has are removed, and the release is
 * recorded. The data was validated against the contract when it was loaded.
 */
import type { Queryable } from '../../db/types.js';
import { upsertJurisdiction, upsertOccupation, upsertPathway, upsertRequirement } from '../../store/catalogue.js';
import { catalogue, type SeedCatalogue } from './index.js';
import { recordCatalogueVersion, storedCatalogueVersion } from '../../store/catalogue-versions.js';

export { recordCatalogueVersion, storedCatalogueVersion } from '../../store/catalogue-versions.js';

export interface SeedCounts {
  jurisdictions: number;
  occupations: number;
  requirements: number;
  pathways: number;
  /** False when the database already held this release. */
  written: boolean;
}

export async function seedCatalogue(db: Queryable, data: SeedCatalogue = catalogue): Promise<SeedCounts> {
  const counts = {
    jurisdictions: data.jurisdictions.length,
    occupations: data.occupations.length,
    requirements: data.requirements.length,
    pathways: data.pathways.length,
  };
  if ((await storedCatalogueVersion(db, null)) === data.version) return { ...counts, written: false };
  const illustrative = data.provenance.illustrative;
  for (const j of data.jurisdictions) await upsertJurisdiction(db, null, j);
  for (const o of data.occupations) await upsertOccupation(db, null, o, illustrative);
  for (const r of data.requirements) await upsertRequirement(db, null, r, illustrative);
  for (const p of data.pathways) await upsertPathway(db, null, p);
  // Entries a release drops leave the shared catalogue (an organisation's own rows stay).
  const gone = (table: string, ids: string[]) => db.query(`DELETE FROM ${table} WHERE organisation_id IS NULL AND NOT (id = ANY($1::text[]))`, [ids]);
  await gone('requirements', data.requirements.map((r) => r.id));
  await gone('pathways', data.pathways.map((p) => p.id));
  await gone('jurisdictions', data.jurisdictions.map((j) => j.id));
  const occupationIds = data.occupations.map((o) => o.id);
  await gone('occupations', occupationIds);
  await db.query('DELETE FROM occupation_terms WHERE organisation_id IS NULL AND NOT (occupation_id = ANY($1::text[]))', [occupationIds]);
  const pairs = data.occupations.flatMap((o) => o.regulation.map((r) => `${o.id}@${r.jurisdictionId}`));
  await db.query(`DELETE FROM occupation_regulation WHERE organisation_id IS NULL AND NOT (occupation_id || '@' || jurisdiction_id = ANY($1::text[]))`, [pairs]);
  await recordCatalogueVersion(db, null, data.version);
  return { ...counts, written: true };
}
