/**
 * Education levels and fields of study. The levels are coarse on purpose: a Nigerian
 * BSc Nursing, a Philippine BSN and an Ontario BScN are all `bachelor` in `nursing`;
 * whether the regulator accepts the programme is a credential assessment's question.
 */
import type { EducationLevel, FieldFamily, RequirementCriteria } from '../../api/catalogue.js';
import type { EducationEntry, Profile } from '../../api/gap.js';
import { completedBy } from './context.js';

/** Lowest first; the index is the rank. */
export const EDUCATION_LEVELS: readonly EducationLevel[] = [
  'secondary',
  'trade-certificate',
  'diploma',
  'bachelor',
  'postgraduate-diploma',
  'master',
  'doctorate',
];

/** The rank of a level: 0 for secondary, 6 for doctorate. */
export function educationRank(level: EducationLevel): number {
  const rank = EDUCATION_LEVELS.indexOf(level);
  if (rank < 0) throw new RangeError(`Unknown education level "${level}"`);
  return rank;
}

/** Negative when `a` is below `b`, 0 when equal, positive when above. */
export function compareEducationLevels(a: EducationLevel, b: EducationLevel): number {
  return educationRank(a) - educationRank(b);
}

export function meetsEducationLevel(have: EducationLevel, need: EducationLevel): boolean {
  return compareEducationLevels(have, need) >= 0;
}

/** True when `field` is one of `accepted`; an empty list accepts any field. */
export function fieldMatches(field: FieldFamily, accepted: readonly FieldFamily[]): boolean {
  return accepted.length === 0 || accepted.includes(field);
}

/** The highest of some levels, or undefined for none. */
export function highestLevel(levels: Iterable<EducationLevel>): EducationLevel | undefined {
  let best: EducationLevel | undefined;
  for (const level of levels) if (best === undefined || compareEducationLevels(level, best) > 0) best = level;
  return best;
}

/**
 * The education entries at the level a credential assessment states for them: a completed report
 * (dated no later than `asOf`) linked to an entry by `educationId` replaces the level the person
 * gave, since that is the regulator's view of it. An assessment without a link changes no entry.
 */
export function assessedEducation(profile: Profile, asOf = '9999-12-31'): EducationEntry[] {
  const reports = (profile.assessments ?? []).filter((a) => a.educationId && a.equivalentLevel && completedBy(a, asOf));
  return profile.education.map((entry) => {
    const report = entry.id ? reports.find((a) => a.educationId === entry.id) : undefined;
    return report?.equivalentLevel ? { ...entry, level: report.equivalentLevel } : entry;
  });
}

/** How one qualification stands against an education rule: at the level, at it by its length, waiting for its length, too short, or below. */
export type EducationStanding = 'met' | 'met-by-length' | 'length-unknown' | 'too-short' | 'below';

/** Best first: the standing a requirement takes from the person's best qualification. */
export const STANDING_ORDER: readonly EducationStanding[] = ['met', 'met-by-length', 'length-unknown', 'too-short', 'below'];

/**
 * One qualification against a level and, where the regulator states one, a full-time length
 * (`minLength`). A recorded length below it is short at any level; a qualification named below
 * `minLevel` but at least at `orFromLevel` counts only by its recorded length; without
 * `orFromLevel` every qualification must show its length.
 */
export function educationStanding(entry: EducationEntry, rule: NonNullable<RequirementCriteria['education']>): EducationStanding {
  const length = rule.minLength;
  const short = length && entry.fullTimeYears !== undefined && entry.fullTimeYears < length.fullTimeYears;
  if (meetsEducationLevel(entry.level, rule.minLevel)) {
    if (short) return 'too-short';
    if (length && !length.orFromLevel && entry.fullTimeYears === undefined) return 'length-unknown';
    return length && !length.orFromLevel ? 'met-by-length' : 'met';
  }
  if (!length?.orFromLevel || !meetsEducationLevel(entry.level, length.orFromLevel)) return 'below';
  if (entry.fullTimeYears === undefined) return 'length-unknown';
  return short ? 'too-short' : 'met-by-length';
}
