/**
 * What a gap analysis fills in of the credential-equivalency statement, with its phrasebook
 * (src/core/narrative/prefill.ts), and the read of the person's newest saved analysis.
 * Loaded on demand by the gap source (gap-source.ts).
 */
import * as z from 'zod/mini';
import type { BridgewayClient } from '../../api/client.js';
import { pickText } from '../../api/common.js';
import { GapAnalysis, type Profile } from '../../api/gap.js';
import type { DraftValues } from '../../api/narrative.js';
import { listGapAnalyses } from '../../api/operations/gap.js';
import { prefillCredentialEquivalency, type EducationEntry } from '../../core/narrative/prefill.js';

/** A gap analysis (what the builder reads of it) with the profile it was made for. */
export interface FoundAnalysis {
  analysis: Pick<GapAnalysis, 'target'>;
  profile?: Profile;
}

/** A partial read: the builder uses only an analysis's target (and saved analyses may predate today's schema). */
const SavedTargets = z.object({ items: z.array(z.object({ target: GapAnalysis.shape.target })) });

/** The person's newest saved analysis; undefined when there is none, or no such route on this server. */
export async function newestSavedAnalysis(client: BridgewayClient): Promise<FoundAnalysis | undefined> {
  try {
    const list = await client.call(listGapAnalyses, { query: { limit: 1 }, response: SavedTargets });
    const newest = list.items[0];
    return newest ? { analysis: newest } : undefined;
  } catch {
    // The pre-fill is then simply not offered.
    return undefined;
  }
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
