/**
 * The seed catalogue. ILLUSTRATIVE: transcribed from the regulators' public pages, not
 * re-checked on each release. A programme must verify every requirement, fee and
 * duration with the regulator before relying on it.
 */
import type { Jurisdiction, Occupation, Pathway, Provenance, Requirement, RequirementSet } from '../../../api/catalogue.js';
import type { DefinedSet } from './define.js';
import { jurisdictions } from './jurisdictions.js';
import { nurseEngland, nurseNewSouthWales, nurseOntario } from './nursing.js';
import { occupations } from './occupations.js';
import { ILLUSTRATIVE_NOTE } from './provenance.js';
import {
  accountantOntario,
  dentistOntario,
  electricianOntario,
  engineerOntario,
  pharmacistOntario,
  physicianOntario,
  socialWorkerOntario,
  teacherOntario,
} from './ontario-professions.js';
import { dataAnalystOntario, softwareDeveloperOntario } from './unregulated.js';
import { engineerAlberta, engineerBavaria, engineerBritishColumbia, engineerEngland, engineerQuebec, engineerVictoria } from './engineering.js';
import { pharmacistBritishColumbia, pharmacistEngland, pharmacistNewSouthWales, pharmacistVictoria } from './pharmacy.js';
import { physicianBritishColumbia, physicianEngland, physicianNewSouthWales, physicianVictoria } from './medicine.js';
import { dentistBritishColumbia, dentistEngland, dentistNewSouthWales, dentistVictoria } from './dentistry.js';
import { teacherBritishColumbia, teacherEngland, teacherNewSouthWales, teacherVictoria } from './teaching.js';
import { accountantAlberta, accountantBritishColumbia, accountantEngland, accountantNewSouthWales, accountantQuebec } from './accounting.js';
import { electricianAlberta, electricianBritishColumbia, electricianEngland, electricianNewSouthWales, electricianQuebec, electricianVictoria } from './trades.js';
import { socialWorkerAlberta, socialWorkerBritishColumbia, socialWorkerEngland, socialWorkerNewSouthWales, socialWorkerQuebec } from './social-work.js';
import { nurseAlberta, nurseBavaria, nurseBritishColumbia, nurseQuebec, nurseVictoria } from './nursing-more.js';

export const provenance: Provenance = { illustrative: true, note: ILLUSTRATIVE_NOTE };

export const requirementSets: DefinedSet[] = [
  nurseOntario,
  nurseEngland,
  nurseNewSouthWales,
  engineerOntario,
  pharmacistOntario,
  physicianOntario,
  accountantOntario,
  teacherOntario,
  electricianOntario,
  socialWorkerOntario,
  dentistOntario,
  softwareDeveloperOntario,
  dataAnalystOntario,
  nurseBritishColumbia,
  nurseAlberta,
  nurseQuebec,
  nurseVictoria,
  nurseBavaria,
  engineerBritishColumbia,
  engineerAlberta,
  engineerQuebec,
  engineerVictoria,
  engineerBavaria,
  engineerEngland,
  pharmacistBritishColumbia,
  pharmacistEngland,
  pharmacistNewSouthWales,
  pharmacistVictoria,
  physicianBritishColumbia,
  physicianEngland,
  physicianNewSouthWales,
  physicianVictoria,
  dentistBritishColumbia,
  dentistEngland,
  dentistNewSouthWales,
  dentistVictoria,
  teacherBritishColumbia,
  teacherEngland,
  teacherNewSouthWales,
  teacherVictoria,
  accountantBritishColumbia,
  accountantAlberta,
  accountantQuebec,
  accountantEngland,
  accountantNewSouthWales,
  electricianBritishColumbia,
  electricianAlberta,
  electricianQuebec,
  electricianNewSouthWales,
  electricianVictoria,
  electricianEngland,
  socialWorkerBritishColumbia,
  socialWorkerAlberta,
  socialWorkerQuebec,
  socialWorkerEngland,
  socialWorkerNewSouthWales,
];

export interface SeedCatalogue {
  provenance: Provenance;
  jurisdictions: Jurisdiction[];
  occupations: Occupation[];
  requirements: Requirement[];
  pathways: Pathway[];
}

export const catalogue: SeedCatalogue = {
  provenance,
  jurisdictions,
  occupations,
  requirements: requirementSets.flatMap((s) => s.requirements),
  pathways: requirementSets.flatMap((s) => s.pathways),
};

export { jurisdictions, occupations };

/**
 * The seed's requirement set of an occupation in a jurisdiction, shaped as the store
 * answers it: what the core's `analyseGap` takes. For tests and benchmarks that analyse
 * without a database.
 */
export function seedRequirementSet(occupationId: string, jurisdictionId: string): RequirementSet {
  const occupation = occupations.find((o) => o.id === occupationId);
  const jurisdiction = jurisdictions.find((j) => j.id === jurisdictionId);
  const regulation = occupation?.regulation.find((r) => r.jurisdictionId === jurisdictionId);
  if (!occupation || !jurisdiction || !regulation) throw new Error(`the seed has no "${occupationId}" in "${jurisdictionId}"`);
  const set = requirementSets.find((s) => s.occupationId === occupationId && s.jurisdictionId === jurisdictionId);
  return { occupation, jurisdiction, regulation, requirements: set?.requirements ?? [], pathways: set?.pathways ?? [], provenance };
}
