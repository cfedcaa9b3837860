/**
 * What a gap analysis fills in of the credential-equivalency statement, with its phrasebook
 * (src/core/narrative/prefill.ts), what follows filling in (prefill-choices.ts), and the read
 * of the person's newest saved analysis. Loaded on demand by the view's pre-fill offer (gap-offer.ts).
 */
import type { BridgewayClient } from '../../api/client.js';
import { pickText } from '../../api/common.js';
import type { GapAnalysis, Profile } from '../../api/gap.js';
import type { DraftValues } from '../../api/narrative.js';
import { SavedAnalysisTargets } from '../../generated/contract.js';
import { listGapAnalyses } from '../../generated/operations.js';
export { PrefillChoices } from './prefill-choices.js';
import { assessmentBodyName, countryName, levelName, mergePrefill, prefillCredentialEquivalency, type EducationEntry, type PrefillMerge } from '../../core/narrative/prefill.js';

/** A gap analysis (what the builder reads of it) with the profile it was made for. */
export interface FoundAnalysis {
  analysis: Pick<GapAnalysis, 'target'>;
  profile?: Profile;
}

/** The person's newest saved analysis; undefined when there is none, or no such route on this server. */
export async function newestSavedAnalysis(client: BridgewayClient): Promise<FoundAnalysis | undefined> {
  try {
    const list = await client.call(listGapAnalyses, { query: { limit: 1 }, response: SavedAnalysisTargets });
    const newest = list.items[0];
    return newest ? { analysis: newest } : undefined;
  } catch {
    // The pre-fill is then simply not offered.
    return undefined;
  }
}

/**
 * Education and assessments of a profile, as the pre-fill reads them. An assessment belongs to
 * the credential its `educationId` names; a credential no assessment names is stated without one.
 */
export function educationFrom(profile: Profile, target: FoundAnalysis['analysis']['target'], locale: string): EducationEntry[] {
  const assessments = profile.assessments ?? [];
  const country = countryName(target.jurisdiction.country, locale);
  return profile.education.map((entry) => {
    const own = entry.id ? assessments.filter((a) => a.educationId === entry.id) : [];
    const done = own.find((a) => a.status === 'completed' && a.equivalentLevel);
    const by = done ? assessmentBodyName(done.body) : undefined;
    return {
      level: entry.level,
      ...(entry.title ? { field: entry.title } : {}),
      country: entry.country,
      ...(entry.institution ? { institution: entry.institution } : {}),
      year: entry.year,
      ...(done?.equivalentLevel ? { assessedEquivalent: `${levelName(done.equivalentLevel, locale)} (${country})`, ...(by ? { assessedBy: by } : {}) } : {}),
      ...(!done && own.some((a) => a.status === 'in-progress') ? { assessmentPending: true } : {}),
    };
  });
}

/** The statement's fields as the analysis writes them (the local title and jurisdiction from its target). */
export function proposedValues(found: FoundAnalysis, locale: string): DraftValues {
  const { target } = found.analysis;
  return {
    ...(found.profile ? prefillCredentialEquivalency(educationFrom(found.profile, target, locale), locale) : {}),
    'local-title': pickText(target.occupation.name, locale),
    jurisdiction: pickText(target.jurisdiction.name, locale),
  };
}

/** What filling in would change in `values`: empty fields fill at once, fields with the person's text are asked about. */
export function prefillMerge(found: FoundAnalysis, values: DraftValues, locale: string): PrefillMerge {
  return mergePrefill(values, proposedValues(found, locale));
}
