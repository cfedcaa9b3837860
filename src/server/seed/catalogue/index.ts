/**
 * The shipped catalogue, read from the data files in `catalogue/` (see `load.ts`) when
 * this module loads. Illustrative: each requirement carries its source page, the day it
 * was last compared with it and whether that confirmed it; a programme must still check
 * with the regulator before advising anyone.
 */
import type { RequirementSet } from '../../../api/catalogue.js';
import { loadCatalogue, type LoadedCatalogue } from './load.js';

export type SeedCatalogue = LoadedCatalogue;

export const catalogue: SeedCatalogue = loadCatalogue();
export const { requirementSets, provenance, jurisdictions, occupations } = catalogue;

/**
 * The seed's requirement set of an occupation in a jurisdiction, shaped as the store
 * answers it: what the core's `analyseGap` takes. For tests and benchmarks that analyse
 * without a database.
 */
export function seedRequirementSet(occupationId: string, jurisdictionId: string, data: SeedCatalogue = catalogue): RequirementSet {
  const occupation = data.occupations.find((o) => o.id === occupationId);
  const jurisdiction = data.jurisdictions.find((j) => j.id === jurisdictionId);
  const regulation = occupation?.regulation.find((r) => r.jurisdictionId === jurisdictionId);
  if (!occupation || !jurisdiction || !regulation) throw new Error(`the seed has no "${occupationId}" in "${jurisdictionId}"`);
  const set = data.requirementSets.find((s) => s.occupationId === occupationId && s.jurisdictionId === jurisdictionId);
  return {
    occupation,
    jurisdiction,
    regulation,
    requirements: set?.requirements ?? [],
    pathways: set?.pathways ?? [],
    provenance: data.provenance,
    catalogueVersion: data.version,
  };
}
