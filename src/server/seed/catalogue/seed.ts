/**
 * Writes the shared seed catalogue (organisation_id NULL). Idempotent: every row is an
 * upsert, so running it again updates rows in place and adds nothing twice. Each entry
 * is validated against the contract first, so bad seed data fails here, loudly.
 */
import * as z from 'zod/mini';
import { Jurisdiction, Occupation, Pathway, Requirement } from '../../../api/catalogue.js';
import type { Queryable } from '../../db/types.js';
import { upsertJurisdiction, upsertOccupation, upsertPathway, upsertRequirement } from '../../store/catalogue.js';
import { catalogue, type SeedCatalogue } from './index.js';

export interface SeedCounts {
  jurisdictions: number;
  occupations: number;
  requirements: number;
  pathways: number;
}

export async function seedCatalogue(db: Queryable, data: SeedCatalogue = catalogue): Promise<SeedCounts> {
  const jurisdictions = z.array(Jurisdiction).parse(data.jurisdictions);
  const occupations = z.array(Occupation).parse(data.occupations);
  const requirements = z.array(Requirement).parse(data.requirements);
  const pathways = z.array(Pathway).parse(data.pathways);
  const illustrative = data.provenance.illustrative;
  for (const j of jurisdictions) await upsertJurisdiction(db, null, j);
  for (const o of occupations) await upsertOccupation(db, null, o, illustrative);
  for (const r of requirements) await upsertRequirement(db, null, r, illustrative);
  for (const p of pathways) await upsertPathway(db, null, p);
  return { jurisdictions: jurisdictions.length, occupations: occupations.length, requirements: requirements.length, pathways: pathways.length };
}
