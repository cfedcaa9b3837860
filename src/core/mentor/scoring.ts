/**
 * The reference scoring of a mentor for a mentee's search, with one explained factor
 * per criterion. Pure: the same function runs in the widget, in the server and in the
 * tests, and the SQL expression in `src/server/store/mentors.ts` mirrors it (a test
 * proves they agree).
 *
 * Rules:
 * - A criterion contributes a factor only when the mentee supplied it in the query.
 *   Origin and language are protected attributes: they are read from the query only,
 *   never from a stored profile, so they count only when the mentee asked.
 * - A criterion listed in `require` is also a hard filter; all others are preferences.
 * - Availability and responsiveness always count; mentors with too few requests to
 *   judge get the middle of the responsiveness scale, so new mentors are not buried.
 * - A paused mentor, or one at capacity, is never offered.
 */
import type { MatchFactor, MatchFactorName, MentorCriterion, MentorProfile, MentorSearchQuery } from '../../api/mentor.js';

export const WEIGHTS: Readonly<Record<MatchFactorName, number>> = {
  'same-occupation': 20,
  'licensed-in-target': 20,
  'shared-credential-path': 15,
  'shared-origin': 10,
  'shared-language': 10,
  format: 5,
  availability: 10,
  responsiveness: 10,
};

/** Points for a mentor who works in the target jurisdiction without a licence there. */
export const WORKS_IN_TARGET_POINTS = 8;
/**
 * The points of the criteria a search scores, added to the mentor's stored base points
 * (availability, responsiveness): the one sum of the fast paths that score coded rows (the
 * server's in-memory index, the bench's limit reference); `scoreMentor` explains each factor.
 */
export function criteriaPoints(basePoints: number, sameOccupation: boolean, licensed: boolean, worksThere: boolean, sharedSteps: number, stepCount: number, sameOrigin: boolean, speaks: boolean, offersFormat: boolean): number {
  let points = basePoints;
  if (sameOccupation) points += WEIGHTS['same-occupation'];
  if (licensed) points += WEIGHTS['licensed-in-target'];
  else if (worksThere) points += WORKS_IN_TARGET_POINTS;
  if (sharedSteps) points += Math.floor((WEIGHTS['shared-credential-path'] * sharedSteps) / stepCount);
  if (sameOrigin) points += WEIGHTS['shared-origin'];
  if (speaks) points += WEIGHTS['shared-language'];
  if (offersFormat) points += WEIGHTS.format;
  return points;
}

/** Fewer answered-or-expired requests than this and responsiveness is not judged. */
export const RESPONSIVENESS_MIN_SAMPLE = 3;
/** Responsiveness points for a mentor with too little history. */
export const RESPONSIVENESS_NEUTRAL_POINTS = 5;
/** Of the responsiveness weight, the part earned by the response rate; the rest by speed. */
export const RESPONSE_RATE_POINTS = 6;
/** Median response time thresholds in hours and the points each earns. */
export const RESPONSE_SPEED_POINTS: ReadonlyArray<readonly [maxHours: number, points: number]> = [
  [24, 4],
  [72, 3],
  [168, 1],
];

/** A search query after normalisation: deduplicated, lower-cased primary language subtags. */
export interface NormalisedQuery {
  occupation?: string;
  jurisdiction?: string;
  languages: string[];
  originCountry?: string;
  format?: MentorSearchQuery['format'];
  credentialSteps: string[];
  offers: string[];
  require: Set<MentorCriterion>;
}

/** `fr-CA` -> `fr`: mentors and mentees match on the language, not the regional variant. */
export function primaryLanguage(tag: string): string {
  return tag.split('-')[0].toLowerCase();
}

function unique<T>(values: readonly T[] | undefined): T[] {
  return [...new Set(values ?? [])];
}

export function normaliseQuery(query: MentorSearchQuery): NormalisedQuery {
  const require = new Set(query.require ?? []);
  // A required criterion without a value cannot filter anything.
  if (!query.occupation) require.delete('occupation');
  if (!query.jurisdiction) {
    require.delete('jurisdiction');
    require.delete('licensed');
  }
  if (!query.languages?.length) require.delete('language');
  if (!query.originCountry) require.delete('origin');
  if (!query.format) require.delete('format');
  if (!query.credentialSteps?.length) require.delete('credential-path');
  return {
    occupation: query.occupation,
    jurisdiction: query.jurisdiction,
    languages: unique((query.languages ?? []).map(primaryLanguage)),
    originCountry: query.originCountry,
    format: query.format,
    credentialSteps: unique(query.credentialSteps),
    offers: unique(query.offers),
    require,
  };
}

/** The factors that apply to a query, in display order, with their weights. */
export function applicableFactors(query: NormalisedQuery): MatchFactorName[] {
  const factors: MatchFactorName[] = [];
  if (query.occupation) factors.push('same-occupation');
  if (query.jurisdiction) factors.push('licensed-in-target');
  if (query.credentialSteps.length) factors.push('shared-credential-path');
  if (query.originCountry) factors.push('shared-origin');
  if (query.languages.length) factors.push('shared-language');
  if (query.format) factors.push('format');
  factors.push('availability', 'responsiveness');
  return factors;
}

export function totalWeight(query: NormalisedQuery): number {
  return applicableFactors(query).reduce((sum, factor) => sum + WEIGHTS[factor], 0);
}

export function spotsLeft(mentor: Pick<MentorProfile, 'capacity' | 'currentLoad'>): number {
  return Math.max(mentor.capacity - mentor.currentLoad, 0);
}

/** Fairness: a paused mentor or one at capacity is never offered to a mentee. */
export function isOffered(mentor: Pick<MentorProfile, 'status' | 'capacity' | 'currentLoad'>): boolean {
  return mentor.status === 'active' && mentor.currentLoad < mentor.capacity;
}

function sharedLanguages(mentor: MentorProfile, query: NormalisedQuery): string[] {
  const spoken = new Set(mentor.languages.map(primaryLanguage));
  return query.languages.filter((language) => spoken.has(language));
}

function sharedSteps(mentor: MentorProfile, query: NormalisedQuery): string[] {
  const taken = new Set((mentor.credentialPath?.steps ?? []).map((step) => step.code));
  return query.credentialSteps.filter((code) => taken.has(code));
}

/** True when the mentor meets every criterion the mentee made a hard filter, and offers all they want. */
export function passesHardFilters(mentor: MentorProfile, query: NormalisedQuery): boolean {
  const { require } = query;
  if (require.has('occupation') && !mentor.occupations.includes(query.occupation!)) return false;
  if (require.has('jurisdiction') && mentor.jurisdiction !== query.jurisdiction && !mentor.licensedIn.includes(query.jurisdiction!)) return false;
  if (require.has('licensed') && !mentor.licensedIn.includes(query.jurisdiction!)) return false;
  if (require.has('language') && sharedLanguages(mentor, query).length === 0) return false;
  if (require.has('origin') && mentor.credentialPath?.originCountry !== query.originCountry) return false;
  if (require.has('format') && !mentor.formats.includes(query.format!)) return false;
  if (require.has('credential-path') && sharedSteps(mentor, query).length === 0) return false;
  return query.offers.every((offer) => (mentor.offers as string[]).includes(offer));
}

/** Response rate as a whole percentage, and median response time in whole hours, as stored. */
export function responsivenessFigures(mentor: Pick<MentorProfile, 'responsiveness'>): { ratePercent: number | null; medianHours: number | null } {
  const { responseRate, medianResponseDays } = mentor.responsiveness;
  return {
    ratePercent: responseRate === null ? null : Math.round(responseRate * 100),
    medianHours: medianResponseDays === null ? null : Math.round(medianResponseDays * 24),
  };
}

function factor(name: MatchFactorName, points: number, code: MatchFactor['message']['code'], params: MatchFactor['message']['params'] = {}): MatchFactor {
  return { factor: name, weight: WEIGHTS[name], points, message: { code, params } };
}

function scoreFactor(name: MatchFactorName, mentor: MentorProfile, query: NormalisedQuery): MatchFactor {
  switch (name) {
    case 'same-occupation': {
      const occupation = query.occupation!;
      return mentor.occupations.includes(occupation)
        ? factor(name, WEIGHTS[name], 'match.sameOccupation', { occupation })
        : factor(name, 0, 'match.otherOccupation', { occupation, mentorOccupations: mentor.occupations });
    }
    case 'licensed-in-target': {
      const jurisdiction = query.jurisdiction!;
      if (mentor.licensedIn.includes(jurisdiction)) return factor(name, WEIGHTS[name], 'match.licensedInTarget', { jurisdiction });
      if (mentor.jurisdiction === jurisdiction) return factor(name, WORKS_IN_TARGET_POINTS, 'match.worksInTarget', { jurisdiction });
      return factor(name, 0, 'match.notInTarget', { jurisdiction, mentorJurisdiction: mentor.jurisdiction });
    }
    case 'shared-credential-path': {
      const shared = sharedSteps(mentor, query);
      const points = Math.floor((WEIGHTS[name] * shared.length) / query.credentialSteps.length);
      return shared.length
        ? factor(name, points, 'match.sharedSteps', { steps: shared, count: shared.length, total: query.credentialSteps.length })
        : factor(name, 0, 'match.noSharedSteps', { total: query.credentialSteps.length });
    }
    case 'shared-origin': {
      const country = query.originCountry!;
      return mentor.credentialPath?.originCountry === country
        ? factor(name, WEIGHTS[name], 'match.sharedOrigin', { country })
        : factor(name, 0, 'match.differentOrigin', { country });
    }
    case 'shared-language': {
      const shared = sharedLanguages(mentor, query);
      return shared.length
        ? factor(name, WEIGHTS[name], 'match.sharedLanguage', { languages: shared })
        : factor(name, 0, 'match.noSharedLanguage', { languages: query.languages });
    }
    case 'format': {
      const format = query.format!;
      return mentor.formats.includes(format)
        ? factor(name, WEIGHTS[name], 'match.offersFormat', { format })
        : factor(name, 0, 'match.otherFormat', { format });
    }
    case 'availability': {
      const spots = spotsLeft(mentor);
      const points = mentor.capacity > 0 ? Math.floor((WEIGHTS[name] * spots) / mentor.capacity) : 0;
      return factor(name, points, 'match.spotsLeft', { spotsLeft: spots, capacity: mentor.capacity });
    }
    case 'responsiveness': {
      const { ratePercent, medianHours } = responsivenessFigures(mentor);
      if (mentor.responsiveness.sampleSize < RESPONSIVENESS_MIN_SAMPLE || ratePercent === null || medianHours === null) {
        return factor(name, RESPONSIVENESS_NEUTRAL_POINTS, 'match.newMentor');
      }
      const ratePoints = Math.floor((RESPONSE_RATE_POINTS * ratePercent) / 100);
      const speedPoints = RESPONSE_SPEED_POINTS.find(([maxHours]) => medianHours <= maxHours)?.[1] ?? 0;
      return factor(name, ratePoints + speedPoints, 'match.responsive', {
        ratePercent,
        medianDays: Math.round((medianHours / 24) * 10) / 10,
      });
    }
  }
}

export interface Scored {
  score: number;
  factors: MatchFactor[];
}

/** Scores one mentor: the points of each applicable factor, and 0-100 rounded half up. */
export function scoreMentor(mentor: MentorProfile, query: NormalisedQuery): Scored {
  const factors = applicableFactors(query).map((name) => scoreFactor(name, mentor, query));
  const total = factors.reduce((sum, item) => sum + item.weight, 0);
  const points = factors.reduce((sum, item) => sum + item.points, 0);
  return { score: roundedScore(points, total), factors };
}

/** Integer arithmetic that SQL reproduces exactly: (100 * points + total / 2) / total. */
export function roundedScore(points: number, total: number): number {
  return Math.floor((100 * points + Math.floor(total / 2)) / total);
}
