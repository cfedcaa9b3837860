/**
 * Evaluates one requirement against a profile: met, partly met, gap or needs evidence,
 * with reasons as message codes (for widgets to localise) and English text.
 */
import type { LanguageSkill, Requirement, RequirementCriteria } from '../../api/catalogue.js';
import type { LanguageTestResult, Profile, Reason, RequirementStatus } from '../../api/gap.js';
import { fieldMatches, highestLevel, meetsEducationLevel } from './education.js';
import { cefrRank, levelsOf, monthsBetween, SKILLS } from './language.js';

export interface Evaluation {
  status: RequirementStatus;
  reasons: Reason[];
}

type Params = Record<string, string | number>;

export function reason(code: string, params: Params, en: string): Reason {
  return { code, params, text: { en } };
}

const list = (items: readonly string[]) => items.join(', ');

/** How far from done a status is; combining criteria keeps the furthest, see {@link combine}. */
const SEVERITY: Record<RequirementStatus, number> = { met: 0, 'needs-evidence': 1, 'partly-met': 2, gap: 3 };

/**
 * Combines the statuses of several criteria of one requirement: all met is met, all gap
 * is gap, a gap beside something met or partly met is partly met, otherwise the worse
 * of partly-met and needs-evidence.
 */
export function combine(statuses: readonly RequirementStatus[]): RequirementStatus {
  if (statuses.length === 0) return 'met';
  if (statuses.every((s) => s === 'gap')) return 'gap';
  if (statuses.includes('gap')) return 'partly-met';
  return statuses.reduce((worst, s) => (SEVERITY[s] > SEVERITY[worst] ? s : worst), 'met' as RequirementStatus);
}

function year(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}

export function evaluateEducation(c: NonNullable<RequirementCriteria['education']>, profile: Profile): Evaluation {
  const inField = profile.education.filter((e) => fieldMatches(e.fieldFamily, c.fieldFamilies));
  const bestInField = highestLevel(inField.map((e) => e.level));
  const fields = list(c.fieldFamilies);
  if (bestInField && meetsEducationLevel(bestInField, c.minLevel)) {
    const entry = inField.find((e) => e.level === bestInField)!;
    return {
      status: 'met',
      reasons: [reason('education.met', { level: bestInField, field: entry.fieldFamily, country: entry.country }, `Your ${bestInField} in ${entry.fieldFamily} (${entry.country}) meets the minimum of ${c.minLevel}.`)],
    };
  }
  if (bestInField) {
    return {
      status: 'partly-met',
      reasons: [reason('education.levelBelow', { have: bestInField, need: c.minLevel }, `Your education is in the right field but at ${bestInField} level; ${c.minLevel} is required.`)],
    };
  }
  const bestAny = highestLevel(profile.education.map((e) => e.level));
  if (bestAny && meetsEducationLevel(bestAny, c.minLevel)) {
    return {
      status: 'partly-met',
      reasons: [reason('education.fieldDiffers', { level: bestAny, need: fields }, `You have a ${bestAny}, but not in a field the regulator accepts (${fields}).`)],
    };
  }
  return {
    status: 'gap',
    reasons: [reason('education.missing', { need: c.minLevel, fields }, `A ${c.minLevel} in ${fields} is required and your profile lists none.`)],
  };
}

export function evaluateAssessment(c: NonNullable<RequirementCriteria['assessment']>, profile: Profile): Evaluation {
  const assessments = profile.assessments ?? [];
  const bodies = list(c.acceptedBodies);
  const accepted = assessments.filter((a) => c.acceptedBodies.includes(a.body));
  if (accepted.some((a) => a.status === 'completed')) {
    const a = accepted.find((x) => x.status === 'completed')!;
    return { status: 'met', reasons: [reason('assessment.met', { body: a.body }, `Your credential assessment by ${a.body} is complete.`)] };
  }
  if (accepted.length > 0) {
    return { status: 'partly-met', reasons: [reason('assessment.inProgress', { body: accepted[0].body }, `Your credential assessment by ${accepted[0].body} is in progress.`)] };
  }
  const other = assessments.find((a) => a.status === 'completed');
  if (other) {
    return {
      status: 'needs-evidence',
      reasons: [reason('assessment.otherBody', { have: other.body, need: bodies }, `You have an assessment by ${other.body}; the regulator asks for one by ${bodies}. Ask whether yours is accepted.`)],
    };
  }
  return { status: 'gap', reasons: [reason('assessment.missing', { need: bodies }, `A credential assessment by ${bodies} is required.`)] };
}

export function evaluateExam(c: NonNullable<RequirementCriteria['exam']>, profile: Profile): Evaluation {
  const passed = (profile.exams ?? []).find((e) => c.examIds.includes(e.examId));
  if (passed) {
    return { status: 'met', reasons: [reason('exam.passed', { exam: passed.examId, date: passed.passedOn }, `You passed ${passed.examId} on ${passed.passedOn}.`)] };
  }
  return { status: 'gap', reasons: [reason('exam.notPassed', { exams: list(c.examIds) }, `You have not yet passed ${list(c.examIds)}.`)] };
}

export function evaluateLicence(c: NonNullable<RequirementCriteria['licence']>, profile: Profile): Evaluation {
  const inField = profile.licences.filter((l) => fieldMatches(l.fieldFamily, c.fieldFamilies));
  const active = inField.find((l) => l.status === 'active');
  if (active) {
    return { status: 'met', reasons: [reason('licence.active', { title: active.title, issuer: active.issuer }, `Your ${active.title} licence from ${active.issuer} is active.`)] };
  }
  const lapsed = inField.find((l) => l.status === 'lapsed');
  if (lapsed) {
    if (!c.mustBeActive) {
      return { status: 'met', reasons: [reason('licence.held', { title: lapsed.title, issuer: lapsed.issuer }, `You held a ${lapsed.title} licence from ${lapsed.issuer}.`)] };
    }
    return {
      status: 'partly-met',
      reasons: [reason('licence.lapsed', { title: lapsed.title, issuer: lapsed.issuer }, `Your ${lapsed.title} licence from ${lapsed.issuer} has lapsed; the regulator asks for one in good standing.`)],
    };
  }
  if (inField.length > 0) {
    return { status: 'gap', reasons: [reason('licence.suspended', { issuer: inField[0].issuer }, `Your licence from ${inField[0].issuer} is suspended.`)] };
  }
  return { status: 'gap', reasons: [reason('licence.missing', { fields: list(c.fieldFamilies) }, `A licence to practise (${list(c.fieldFamilies)}) in good standing is required.`)] };
}

export function evaluateExperience(c: NonNullable<RequirementCriteria['experience']>, profile: Profile, asOf: string): Evaluation {
  const entries = profile.experience.filter((e) => fieldMatches(e.fieldFamily, c.fieldFamilies) && (!c.inCountry || e.country === c.inCountry));
  const years = Math.round(entries.reduce((sum, e) => sum + e.years, 0) * 10) / 10;
  const where = c.inCountry ? ` in ${c.inCountry}` : '';
  if (entries.length === 0 || years === 0) {
    return {
      status: 'gap',
      reasons: [reason('experience.missing', { need: c.minYears, country: c.inCountry ?? '' }, `${c.minYears} years of relevant experience${where} are required and your profile lists none.`)],
    };
  }
  if (years < c.minYears) {
    return {
      status: 'partly-met',
      reasons: [reason('experience.tooFew', { have: years, need: c.minYears, country: c.inCountry ?? '' }, `You have ${years} of the ${c.minYears} years of relevant experience${where} required.`)],
    };
  }
  if (c.recentWithinYears !== undefined) {
    const asOfYear = year(asOf);
    const lastYear = Math.max(...entries.map((e) => e.endYear ?? asOfYear));
    if (lastYear < asOfYear - c.recentWithinYears) {
      return {
        status: 'partly-met',
        reasons: [reason('experience.notRecent', { lastYear, withinYears: c.recentWithinYears }, `Your last practice was in ${lastYear}; the regulator asks for practice within the last ${c.recentWithinYears} years.`)],
      };
    }
  }
  const shown = new Set(entries.flatMap((e) => e.competencies));
  const missing = (c.competencies ?? []).filter((id) => !shown.has(id));
  if (missing.length > 0) {
    return {
      status: 'needs-evidence',
      reasons: [reason('experience.competenciesUnlisted', { missing: list(missing) }, `Your years are enough; show experience in: ${list(missing)}.`)],
    };
  }
  return { status: 'met', reasons: [reason('experience.met', { have: years, need: c.minYears }, `Your ${years} years of relevant experience${where} meet the ${c.minYears} required.`)] };
}

function skillShortfalls(result: LanguageTestResult, minScores: LanguageTestResult['scores']): string[] {
  const short: string[] = [];
  for (const key of [...SKILLS, 'overall'] as const) {
    const need = minScores[key];
    if (need === undefined) continue;
    const have = result.scores[key];
    if (have === undefined || have < need) short.push(`${key} ${have ?? '-'} < ${need}`);
  }
  return short;
}

function meetsLevel(result: LanguageTestResult, level: NonNullable<NonNullable<RequirementCriteria['language']>['minLevel']>): boolean {
  const levels = levelsOf(result);
  return SKILLS.every((skill: LanguageSkill) => {
    if (level.scale === 'clb') {
      const have = levels[skill].clb.level;
      return have !== null && have >= level.perSkill[skill];
    }
    const have = levels[skill].cefr.level;
    return have !== null && cefrRank(have) >= cefrRank(level.perSkill[skill]);
  });
}

export function evaluateLanguage(c: NonNullable<RequirementCriteria['language']>, profile: Profile, asOf: string): Evaluation {
  const fresh = (r: LanguageTestResult) => c.validForMonths === undefined || monthsBetween(r.takenOn, asOf) <= c.validForMonths;
  const acceptedNames = list(c.acceptedTests.map((t) => t.test));
  const satisfies = (r: LanguageTestResult) =>
    c.acceptedTests.some(
      (t) =>
        t.test === r.test &&
        skillShortfalls(r, t.minScores).length === 0 &&
        (t.minCertificate === undefined || (r.certificateLevel !== undefined && cefrRank(r.certificateLevel) >= cefrRank(t.minCertificate))),
    ) || (c.acceptedTests.length === 0 && c.minLevel !== undefined && meetsLevel(r, c.minLevel));

  const results = profile.languageTests;
  const good = results.find((r) => satisfies(r) && fresh(r));
  if (good) {
    return { status: 'met', reasons: [reason('language.met', { test: good.test, date: good.takenOn }, `Your ${good.test} result of ${good.takenOn} meets the requirement.`)] };
  }
  const expired = results.find((r) => satisfies(r) && !fresh(r));
  if (expired) {
    return {
      status: 'needs-evidence',
      reasons: [reason('language.expired', { test: expired.test, date: expired.takenOn, months: c.validForMonths ?? 0 }, `Your ${expired.test} result of ${expired.takenOn} met the scores but is older than ${c.validForMonths} months; retake it or ask the regulator.`)],
    };
  }
  // An accepted test, in date, with some skills short: usually a retake of those skills.
  for (const r of results.filter(fresh)) {
    const spec = c.acceptedTests.find((t) => t.test === r.test);
    if (!spec) continue;
    const short = skillShortfalls(r, spec.minScores);
    return {
      status: 'partly-met',
      reasons: [reason('language.scoresShort', { test: r.test, short: list(short) }, `Your ${r.test} scores are short in: ${list(short)}.`)],
    };
  }
  // Only results past their validity, and short in some skills: a new sitting is needed.
  for (const r of results) {
    const spec = c.acceptedTests.find((t) => t.test === r.test);
    if (!spec || fresh(r)) continue;
    const short = skillShortfalls(r, spec.minScores);
    return {
      status: 'gap',
      reasons: [reason('language.expiredShort', { test: r.test, date: r.takenOn, months: c.validForMonths ?? 0, short: list(short) }, `Your ${r.test} result of ${r.takenOn} is older than ${c.validForMonths} months and was short in: ${list(short)}; take the test again.`)],
    };
  }
  // A test the regulator does not list, at a level that would do: evidence is needed.
  if (c.minLevel && c.acceptedTests.length > 0) {
    const equivalent = results.find((r) => fresh(r) && meetsLevel(r, c.minLevel!));
    if (equivalent) {
      return {
        status: 'needs-evidence',
        reasons: [reason('language.testNotAccepted', { test: equivalent.test, accepted: acceptedNames }, `Your ${equivalent.test} result reaches the level, but the regulator accepts: ${acceptedNames}.`)],
      };
    }
  }
  return {
    status: 'gap',
    reasons: [reason('language.missing', { language: c.language, accepted: acceptedNames }, `A language test result is needed (${c.language}): ${acceptedNames || 'any recognised test'}.`)],
  };
}

/** Evaluates every criterion a requirement has and combines them. */
export function evaluateRequirement(requirement: Requirement, profile: Profile, asOf: string): Evaluation {
  const c = requirement.criteria;
  const parts: Evaluation[] = [];
  if (c.education) parts.push(evaluateEducation(c.education, profile));
  if (c.assessment) parts.push(evaluateAssessment(c.assessment, profile));
  if (c.exam) parts.push(evaluateExam(c.exam, profile));
  if (c.licence) parts.push(evaluateLicence(c.licence, profile));
  if (c.experience) parts.push(evaluateExperience(c.experience, profile, asOf));
  if (c.language) parts.push(evaluateLanguage(c.language, profile, asOf));

  let evaluation: Evaluation;
  if (parts.length === 0) {
    evaluation =
      requirement.kind === 'registration'
        ? { status: 'gap', reasons: [reason('registration.pending', {}, 'Apply to the regulator once the other requirements are met.')] }
        : { status: 'gap', reasons: [reason('requirement.notStarted', {}, 'Not started: the profile has nothing that shows this is done.')] };
  } else {
    evaluation = { status: combine(parts.map((p) => p.status)), reasons: parts.flatMap((p) => p.reasons) };
  }
  if (evaluation.status !== 'met' && profile.declared?.includes(requirement.id)) {
    return {
      status: 'needs-evidence',
      reasons: [reason('requirement.declared', {}, 'You say this is done: keep the document that proves it ready for the regulator.')],
    };
  }
  return evaluation;
}
