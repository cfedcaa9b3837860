/**
 * What a gap analysis fills in of the credential-equivalency statement, loaded on first use
 * with its phrasebook (src/core/narrative/prefill.ts).
 */
import { pickText } from '../../api/common.js';
import type { GapAnalysis, Profile } from '../../api/gap.js';
import type { DraftValues } from '../../api/narrative.js';
import { prefillCredentialEquivalency, type EducationEntry } from '../../core/narrative/prefill.js';

/** A gap analysis with the profile it was made for. */
export interface FoundAnalysis {
  analysis: GapAnalysis;
  profile?: Profile;
}

/** Education and assessments of a profile, as the pre-fill reads them. */
export function educationFrom(profile: Profile): EducationEntry[] {
  const done = (profile.assessments ?? []).filter((a) => a.status === 'completed' && a.equivalentLevel);
  return profile.education.map((entry, index) => {
    const assessment = done[index] ?? done[0];
    const equivalent = assessment?.equivalentLevel;
    return {
      level: entry.level,
      field: entry.title ?? entry.fieldFamily,
      country: entry.country,
      ...(entry.institution ? { institution: entry.institution } : {}),
      year: entry.year,
      ...(assessment && equivalent ? { assessedEquivalent: equivalent, assessedBy: assessment.body.toUpperCase() } : {}),
    };
  });
}

/** The values with the statement's fields written from the analysis (the local title and jurisdiction only when empty). */
export function prefilledValues(found: FoundAnalysis, values: DraftValues, locale: string): DraftValues {
  const next: DraftValues = { ...values };
  if (found.profile) Object.assign(next, prefillCredentialEquivalency(educationFrom(found.profile), locale));
  next['local-title'] ||= pickText(found.analysis.target.occupation.name, locale);
  next.jurisdiction ||= pickText(found.analysis.target.jurisdiction.name, locale);
  return next;
}
