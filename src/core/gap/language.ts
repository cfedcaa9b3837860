/**
 * Language-test equivalences: a score in one skill of one test -> a Canadian Language
 * Benchmark (CLB, or NCLC for French, same 1-12 scale) and a CEFR level.
 *
 * Official tables (transcribed; verify against the source before relying on them):
 * - CLB from IELTS General Training, CELPIP-General, PTE Core, TEF Canada and TCF Canada:
 *   IRCC, "Language test equivalency charts" (Express Entry / skilled immigrants):
 *   https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/documents/language-requirements/test-equivalency-charts.html
 *   TEF Canada uses the 0-699 scale in force since 11 December 2023.
 * - CELBAN reports CLB levels directly (CCLB, https://www.celban.org).
 * - CEFR from IELTS: IELTS, "IELTS and the CEFR" (https://ielts.org/organisations/ielts-for-organisations/ielts-scoring-in-detail),
 *   bands applied per skill.
 * - CEFR from TOEFL iBT section scores: ETS, "Mapping the TOEFL iBT test on the CEFR"
 *   (https://www.ets.org/toefl/score-users/scores-admissions/compare.html). From 21 January
 *   2026 TOEFL iBT reports 1-6 bands aligned with the CEFR (6 C2, 5-5.5 C1, 4-4.5 B2,
 *   3-3.5 B1, 2-2.5 A2, 1-1.5 A1): ETS, "TOEFL Score Scale Update: A Guide for Institutions"
 *   (https://www.es.ets.org/india/toefl/institutions/ibt/score-scale-update.html, checked 2026-12-05).
 *   A band is never read as a 0-30 section score.
 * - CEFR from PTE (Academic and Core share the Global Scale of English): Pearson,
 *   "PTE Academic score guide" (https://www.pearsonpte.com/scores).
 * - CEFR from Cambridge C1 Advanced and C2 Proficiency: both report every skill and the overall
 *   result on the one Cambridge English Scale, where 200-230 is C2, 180-199 C1, 160-179 B2,
 *   140-159 B1 and 120-139 A2 (Cambridge, "Cambridge English Scale",
 *   https://cambridgeenglish.org/exams-and-tests/cambridge-english-scale/institutions; the stored
 *   copy of that page carries the bands only in its diagram, so they are transcribed here).
 * - Goethe, telc and DELF/DALF certify a CEFR level by the certificate itself.
 *
 * Where no official table exists (CLB from IELTS Academic, TOEFL iBT, PTE Academic, the
 * certificate tests; CEFR from CELPIP, CELBAN, TEF and TCF) the level is derived through
 * the approximate CLB <-> CEFR relation of the Centre for Canadian Language Benchmarks
 * (https://www.language.ca) and marked `official: false`: a regulator may not accept it.
 */
import type { CefrLevel, LanguageSkill, LanguageTest } from '../../api/catalogue.js';
import type { LanguageTestResult } from '../../api/gap.js';

export const SKILLS: readonly LanguageSkill[] = ['reading', 'writing', 'listening', 'speaking'];
export const CEFR_LEVELS: readonly CefrLevel[] = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];

/** Per skill: [minimum score, level] pairs, highest level first. */
type Thresholds = Record<LanguageSkill, ReadonlyArray<readonly [number, number]>>;

function ladder(minima: Record<LanguageSkill, readonly number[]>, top: number): Thresholds {
  const out = {} as Record<LanguageSkill, Array<readonly [number, number]>>;
  for (const skill of SKILLS) out[skill] = minima[skill].map((min, i) => [min, top - i] as const);
  return out;
}

/** Minimum score for CLB 10, 9, 8, 7, 6, 5, 4 (IRCC charts). */
const CLB_TABLES: Partial<Record<LanguageTest, Thresholds>> = {
  'ielts-general': ladder(
    {
      reading: [8.0, 7.0, 6.5, 6.0, 5.0, 4.0, 3.5],
      writing: [7.5, 7.0, 6.5, 6.0, 5.5, 5.0, 4.0],
      listening: [8.5, 8.0, 7.5, 6.0, 5.5, 5.0, 4.5],
      speaking: [7.5, 7.0, 6.5, 6.0, 5.5, 5.0, 4.0],
    },
    10,
  ),
  'tef-canada': ladder(
    {
      reading: [546, 503, 462, 434, 393, 352, 306],
      writing: [558, 512, 472, 428, 379, 330, 268],
      listening: [546, 503, 462, 434, 393, 352, 306],
      speaking: [556, 518, 494, 456, 422, 387, 328],
    },
    10,
  ),
  'tcf-canada': ladder(
    {
      reading: [549, 524, 499, 453, 406, 375, 342],
      writing: [16, 14, 12, 10, 7, 6, 4],
      listening: [549, 523, 503, 458, 398, 369, 331],
      speaking: [16, 14, 12, 10, 7, 6, 4],
    },
    10,
  ),
  'pte-core': ladder(
    {
      reading: [88, 78, 69, 60, 51, 42, 33],
      writing: [90, 88, 79, 69, 60, 51, 41],
      listening: [89, 82, 71, 60, 50, 39, 28],
      speaking: [89, 84, 76, 68, 59, 51, 42],
    },
    10,
  ),
};

const same = (values: readonly number[]): Record<LanguageSkill, readonly number[]> => ({
  reading: values,
  writing: values,
  listening: values,
  speaking: values,
});

/** Cambridge English Scale: the lowest score of C2, C1, B2, B1, A2. */
const CAMBRIDGE_SCALE = [200, 180, 160, 140, 120] as const;

/** Minimum score for C2, C1, B2, B1 (and A2 where published), as CEFR ranks 6..1. */
const CEFR_TABLES: Partial<Record<LanguageTest, Thresholds>> = {
  'ielts-general': ladder(same([8.5, 7.0, 5.5, 4.0]), 6),
  'ielts-academic': ladder(same([8.5, 7.0, 5.5, 4.0]), 6),
  'toefl-ibt': ladder(
    {
      reading: [29, 24, 18, 4],
      writing: [29, 24, 17, 13, 7],
      listening: [28, 22, 17, 9],
      speaking: [28, 25, 20, 16, 10],
    },
    6,
  ),
  'pte-academic': ladder(same([85, 76, 59, 43, 30]), 6),
  'pte-core': ladder(same([85, 76, 59, 43, 30]), 6),
  // One scale for both exams: the same score is the same level whichever was sat.
  'cambridge-c1-advanced': ladder(same(CAMBRIDGE_SCALE), 6),
  'cambridge-c2-proficiency': ladder(same(CAMBRIDGE_SCALE), 6),
};

/** ETS's 1-6 TOEFL iBT bands: minimum band for C2, C1, B2, B1, A2, A1. */
const TOEFL_BANDS: Thresholds = ladder(same([6, 5, 4, 3, 2, 1]), 6);

/** The day TOEFL iBT results moved from 0-30 section scores to 1-6 bands. */
export const TOEFL_BANDS_FROM = '2026-01-21';

/** The scale of a TOEFL iBT result: as stated, else by its date. */
export function toeflScale(result: Pick<LanguageTestResult, 'scale' | 'takenOn'>): '0-30' | '1-6' {
  return result.scale ?? (result.takenOn >= TOEFL_BANDS_FROM ? '1-6' : '0-30');
}

/** Tests whose score in a skill is a CLB level (CELPIP-General levels 1-12; CELBAN). */
const CLB_NATIVE = new Set<LanguageTest>(['celpip-general', 'celban']);
const CERTIFICATE_TESTS = new Set<LanguageTest>(['goethe', 'telc', 'delf-dalf']);

/** CCLB's approximate relation: the CEFR level of a CLB level. */
export function cefrOfClb(clb: number): CefrLevel | null {
  if (clb >= 11) return 'C2';
  if (clb >= 9) return 'C1';
  if (clb >= 7) return 'B2';
  if (clb >= 5) return 'B1';
  if (clb >= 3) return 'A2';
  if (clb >= 1) return 'A1';
  return null;
}

/** The lowest CLB level inside a CEFR band. */
export function clbOfCefr(level: CefrLevel): number {
  return { A1: 1, A2: 3, B1: 5, B2: 7, C1: 9, C2: 11 }[level];
}

export function cefrRank(level: CefrLevel): number {
  return CEFR_LEVELS.indexOf(level) + 1;
}

export interface Equivalence<L> {
  level: L | null;
  /** True when read from the test's own or IRCC's published table. */
  official: boolean;
}

function lookup(table: Thresholds, skill: LanguageSkill, score: number): number | null {
  for (const [min, level] of table[skill]) if (score >= min) return level;
  return null;
}

/**
 * The CLB (NCLC) level of one skill score; `level: null` when the score is below the
 * lowest level the table lists (CLB 4 in IRCC's charts).
 */
export function clbFor(test: LanguageTest, skill: LanguageSkill, score: number, certificate?: CefrLevel): Equivalence<number> {
  if (CLB_NATIVE.has(test)) {
    // IRCC: CELPIP 10, 11 and 12 are all CLB 10.
    const level = test === 'celpip-general' ? Math.min(Math.floor(score), 10) : Math.floor(score);
    return { level: level >= 1 ? level : null, official: true };
  }
  const table = CLB_TABLES[test];
  if (table) return { level: lookup(table, skill, score), official: true };
  const cefr = cefrFor(test, skill, score, certificate).level;
  return { level: cefr ? clbOfCefr(cefr) : null, official: false };
}

/** The CEFR level of one skill score. */
export function cefrFor(test: LanguageTest, skill: LanguageSkill, score: number | undefined, certificate?: CefrLevel): Equivalence<CefrLevel> {
  if (CERTIFICATE_TESTS.has(test)) return { level: certificate ?? null, official: certificate !== undefined };
  if (score === undefined) return { level: null, official: false };
  const table = CEFR_TABLES[test];
  if (table) {
    const rank = lookup(table, skill, score);
    return { level: rank ? CEFR_LEVELS[rank - 1] : null, official: true };
  }
  const clb = clbFor(test, skill, score).level;
  return { level: clb ? cefrOfClb(clb) : null, official: false };
}

export interface SkillLevels {
  clb: Equivalence<number>;
  cefr: Equivalence<CefrLevel>;
}

/** Both levels for each skill of a result; a skill without a score has null levels (certificates excepted). */
export function levelsOf(result: LanguageTestResult): Record<LanguageSkill, SkillLevels> {
  const out = {} as Record<LanguageSkill, SkillLevels>;
  const bands = result.test === 'toefl-ibt' && toeflScale(result) === '1-6';
  for (const skill of SKILLS) {
    const score = result.scores[skill];
    if (bands) {
      const rank = score === undefined ? null : lookup(TOEFL_BANDS, skill, score);
      const level = rank ? CEFR_LEVELS[rank - 1] : null;
      out[skill] = { cefr: { level, official: level !== null }, clb: { level: level ? clbOfCefr(level) : null, official: false } };
    } else if (CERTIFICATE_TESTS.has(result.test)) {
      const cefr = cefrFor(result.test, skill, score, result.certificateLevel);
      out[skill] = { cefr, clb: { level: cefr.level ? clbOfCefr(cefr.level) : null, official: false } };
    } else if (score === undefined) {
      out[skill] = { clb: { level: null, official: false }, cefr: { level: null, official: false } };
    } else {
      out[skill] = { clb: clbFor(result.test, skill, score), cefr: cefrFor(result.test, skill, score) };
    }
  }
  return out;
}

/** Months between two `YYYY-MM-DD` dates, counting whole months. */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number);
  const [ty, tm, td] = to.split('-').map(Number);
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}
