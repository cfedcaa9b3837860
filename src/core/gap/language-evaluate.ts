/**
 * Evaluates a language requirement: test results against the tests the regulator accepts
 * (each valid to the day at the date the regulator names), sittings combined where it
 * allows, TOEFL iBT on either scale, evidence other than a test, and results of other
 * tests through a conversion, which is official (IRCC's charts) or an estimate (through
 * the CEFR). An estimate never makes a requirement "met".
 */
import type { AcceptedTest, LanguageLevel, LanguageEvidenceRoute, LanguageTest, RequirementCriteria, SkillScores } from '../../api/catalogue.js';
import type { LanguageTestResult, Profile, Reason } from '../../api/gap.js';
import { type AnchorDates, anchorDates, type EvaluationContext, type Evaluation, list, reason } from './context.js';
import { lastDayOfMonth, lastValidDay, monthIndex, windowText } from './dates.js';
import { fieldMatches } from './education.js';
import { monthsCovered, periodOf } from './experience.js';
import { cefrRank, levelsOf, SKILLS, toeflScale, TOEFL_BANDS_FROM } from './language.js';

type Criteria = NonNullable<RequirementCriteria['language']>;
const SCORE_KEYS = [...SKILLS, 'overall'] as const;

interface Shortfall {
  key: (typeof SCORE_KEYS)[number];
  have: number | undefined;
  need: number;
}

/** Each skill (and overall) below its minimum; a missing score is short by any amount. */
function shortfalls(scores: SkillScores, minScores: SkillScores): Shortfall[] {
  const short: Shortfall[] = [];
  for (const key of SCORE_KEYS) {
    const need = minScores[key];
    if (need === undefined) continue;
    const have = scores[key];
    if (have === undefined || have < need) short.push({ key, have, need });
  }
  return short;
}

/** `writing 6.5 < 7` for each skill (and overall) below its minimum. */
export function skillShortfalls(scores: SkillScores, minScores: SkillScores): string[] {
  return shortfalls(scores, minScores).map(({ key, have, need }) => `${key} ${have ?? '-'} < ${need}`);
}

/** Why a TOEFL iBT result cannot be read as entered, or null: a band is never taken for a 0-30 score. */
function toeflProblem(r: LanguageTestResult): string | null {
  if (r.test !== 'toefl-ibt') return null;
  const scale = toeflScale(r);
  if (scale === '1-6' && r.takenOn < TOEFL_BANDS_FROM) return `TOEFL iBT reports 1-6 bands only for tests from ${TOEFL_BANDS_FROM}; a result of ${r.takenOn} has 0-30 section scores.`;
  if (scale === '0-30' && r.takenOn >= TOEFL_BANDS_FROM) return `TOEFL iBT results from ${TOEFL_BANDS_FROM} report 1-6 bands; enter the bands and the 0-120 comparable total.`;
  if (scale === '1-6' && SCORE_KEYS.some((k) => (r.scores[k] ?? 0) > 6)) return 'A TOEFL iBT band is at most 6: a higher number is a 0-30 section score, which results from 21 January 2026 do not have.';
  return null;
}

type Check = { outcome: 'meets' | 'short'; short: string[] } | { outcome: 'unverified' | 'unmapped'; short: [] };

/** One result against one accepted test. */
function check(r: LanguageTestResult, spec: AcceptedTest): Check {
  if (spec.verified === false) return { outcome: 'unverified', short: [] };
  if (spec.minCertificate !== undefined && (r.certificateLevel === undefined || cefrRank(r.certificateLevel) < cefrRank(spec.minCertificate))) {
    return { outcome: 'short', short: [`certificate ${r.certificateLevel ?? '-'} < ${spec.minCertificate}`] };
  }
  if (r.test === 'toefl-ibt' && toeflScale(r) === '1-6') {
    if (spec.bandMinimums) {
      const short = skillShortfalls(r.scores, spec.bandMinimums);
      return { outcome: short.length ? 'short' : 'meets', short };
    }
    // Only the 0-120 comparable total compares with the regulator's 0-120 minimum; bands never do with 0-30 sections.
    const sectionMinimums = SKILLS.some((k) => spec.minScores[k] !== undefined);
    if (spec.minScores.overall !== undefined && r.comparableTotal !== undefined && r.comparableTotal < spec.minScores.overall) {
      return { outcome: 'short', short: [`overall ${r.comparableTotal} < ${spec.minScores.overall}`] };
    }
    if (sectionMinimums || spec.minScores.overall === undefined || r.comparableTotal === undefined) return { outcome: 'unmapped', short: [] };
    return { outcome: 'meets', short: [] };
  }
  const short = skillShortfalls(r.scores, spec.minScores);
  return { outcome: short.length ? 'short' : 'meets', short };
}

type Freshness = { state: 'valid' | 'may-expire' | 'expires-before' | 'expired'; lastDay?: string };

function freshness(r: LanguageTestResult, c: Criteria, at: AnchorDates, asOf: string): Freshness {
  if (!c.validity) return { state: 'valid' };
  const lastDay = lastValidDay(r.takenOn, c.validity.within);
  if (lastDay < asOf) return { state: 'expired', lastDay };
  if (lastDay < at.earliest) return { state: 'expires-before', lastDay };
  if (lastDay < at.latest) return { state: 'may-expire', lastDay };
  return { state: 'valid', lastDay };
}

/** Two sittings of one test, within the window and each at least at the floors, whose best skills meet the minimums. */
function combinedSittings(results: readonly LanguageTestResult[], spec: AcceptedTest): [LanguageTestResult, LanguageTestResult] | null {
  const rule = spec.combinedSittings;
  if (!rule || spec.verified === false) return null;
  const eligible = results.filter((r) => r.test === spec.test && skillShortfalls(r.scores, rule.floors).length === 0).sort((a, b) => a.takenOn.localeCompare(b.takenOn));
  for (let i = 0; i < eligible.length; i++) {
    for (let j = i + 1; j < eligible.length; j++) {
      const [a, b] = [eligible[i], eligible[j]];
      if (lastValidDay(a.takenOn, rule.within) < b.takenOn) continue;
      const best: SkillScores = {};
      for (const key of SCORE_KEYS) {
        const values = [a.scores[key], b.scores[key]].filter((v): v is number => v !== undefined);
        if (values.length) best[key] = Math.max(...values);
      }
      if (skillShortfalls(best, spec.minScores).length === 0) return [a, b];
    }
  }
  return null;
}

/** Whether a result reaches a benchmark level, and whether by a published conversion or an estimate. */
function reachesLevel(r: LanguageTestResult, level: LanguageLevel): 'official' | 'estimate' | false {
  const levels = levelsOf(r);
  let official = true;
  for (const skill of SKILLS) {
    if (level.scale === 'clb') {
      const { level: have, official: published } = levels[skill].clb;
      if (have === null || have < level.perSkill[skill]) return false;
      official &&= published;
    } else {
      const { level: have, official: published } = levels[skill].cefr;
      if (have === null || cefrRank(have) < cefrRank(level.perSkill[skill])) return false;
      official &&= published;
    }
  }
  return official ? 'official' : 'estimate';
}

/** The first profile entry that fits a route of evidence other than a test, with the day it ended. */
function routeEvidence(route: LanguageEvidenceRoute, profile: Profile, c: Criteria, ctx: EvaluationContext): { ended: string; what: string; months?: number } | null {
  const at = anchorDates(route.recency?.measuredAt, ctx).earliest;
  const recent = (ended: string) => ended <= ctx.asOf && (!route.recency || lastValidDay(ended, route.recency.within) >= at);
  const inField = (field: Profile['education'][number]['fieldFamily']) => fieldMatches(field, route.fieldFamilies ?? []);
  const inCountry = (country: string) => (!route.inCountry || country === route.inCountry) && (!route.inCountries || route.inCountries.includes(country));
  if (route.kind === 'education') {
    for (const e of profile.education) {
      const ended = e.completedOn ?? `${e.year}-12-31`;
      if (e.languageOfInstruction && route.languages.includes(e.languageOfInstruction) && inField(e.fieldFamily) && inCountry(e.country) && recent(ended)) {
        return { ended, what: e.title ?? e.fieldFamily };
      }
    }
  } else if (route.kind === 'practice') {
    for (const x of profile.experience) {
      const ended = x.end ? lastDayOfMonth(monthIndex(x.end)) : x.start || x.endYear === undefined ? ctx.asOf : `${x.endYear}-12-31`;
      const period = periodOf(x, ctx.asOf);
      const longEnough = !route.minMonths || (period !== null && monthsCovered([period]) >= route.minMonths);
      if (x.language && route.languages.includes(x.language) && inField(x.fieldFamily) && inCountry(x.country) && longEnough && recent(ended < ctx.asOf ? ended : ctx.asOf)) {
        return { ended: ended < ctx.asOf ? ended : ctx.asOf, what: x.role ?? x.fieldFamily };
      }
    }
  } else if (route.kind === 'employer-reference') {
    if (!alongsideHeld(route, profile, c, ctx)) return null;
    for (const x of profile.experience) {
      const period = periodOf(x, ctx.asOf);
      if (!period || !x.languageReference || !x.language || !route.languages.includes(x.language) || !inField(x.fieldFamily) || !inCountry(x.country)) continue;
      if (route.ongoing && !isOngoing(x, ctx.asOf)) continue;
      const months = monthsCovered([period]);
      const lastDay = lastDayOfMonth(period.end);
      const ended = lastDay < ctx.asOf ? lastDay : ctx.asOf;
      if (months >= (route.minMonths ?? 0) && recent(ended)) return { ended, what: x.role ?? x.fieldFamily, months };
    }
  } else {
    for (const l of profile.licences) {
      if (l.status === 'active' && inField(l.fieldFamily) && inCountry(l.country)) return { ended: ctx.asOf, what: l.title };
    }
  }
  return null;
}

/** Work with no last month, or one not yet past, at the analysis date. */
function isOngoing(x: Profile['experience'][number], asOf: string): boolean {
  if (x.start) return !x.end || x.end >= asOf.slice(0, 7);
  return x.endYear === undefined || x.endYear >= Number(asOf.slice(0, 4));
}

/** Whether the profile holds what a supplementary route must sit beside (none asked: it stands alone). */
function alongsideHeld(route: LanguageEvidenceRoute, profile: Profile, c: Criteria, ctx: EvaluationContext): boolean {
  const alongside = route.alongside;
  if (!alongside) return true;
  const taught = alongside.education === true && profile.education.some((e) => e.languageOfInstruction !== undefined && route.languages.includes(e.languageOfInstruction) && fieldMatches(e.fieldFamily, alongside.educationFields ?? route.fieldFamilies ?? []));
  return taught || (alongside.nearMissTests ?? []).some((near) => nearMiss(near, profile, c, ctx));
}

/** At least two results of the test, one short of the minimums in a single score, by at most `near.by`. */
function nearMiss(near: { test: LanguageTest; by: number }, profile: Profile, c: Criteria, ctx: EvaluationContext): boolean {
  const spec = c.acceptedTests.find((t) => t.test === near.test);
  const results = profile.languageTests.filter((r) => r.test === near.test && r.takenOn <= ctx.asOf);
  if (!spec || results.length < 2) return false;
  return results.some((r) => {
    const short = shortfalls(r.scores, spec.minScores);
    return short.length === 1 && short[0].have !== undefined && short[0].need - short[0].have <= near.by;
  });
}

export function evaluateLanguage(c: Criteria, profile: Profile, ctx: EvaluationContext): Evaluation {
  const notes: Reason[] = [];
  const results: LanguageTestResult[] = [];
  for (const r of profile.languageTests) {
    const problem = toeflProblem(r);
    if (r.takenOn > ctx.asOf) {
      notes.push(reason('language.futureDate', { test: r.test, date: r.takenOn, asOf: ctx.asOf }, `Your ${r.test} result is dated ${r.takenOn}, after the analysis date ${ctx.asOf}: it is not counted. Check the date.`));
    } else if (problem) {
      notes.push(reason('language.toeflScale', { test: r.test, date: r.takenOn }, problem));
    } else results.push(r);
  }
  const done = (evaluation: Evaluation): Evaluation => ({ ...evaluation, reasons: [...evaluation.reasons, ...notes] });
  const at = anchorDates(c.validity?.measuredAt, ctx);
  const within = c.validity ? windowText(c.validity.within) : '';
  // `months` for readers of the earlier reason parameters.
  const months = c.validity ? (c.validity.within.years ?? 0) * 12 + (c.validity.within.months ?? 0) : 0;
  const acceptedNames = list(c.acceptedTests.map((t) => t.test));
  const rated = results.flatMap((r) => {
    const spec = c.acceptedTests.find((t) => t.test === r.test);
    return spec ? [{ r, spec, check: check(r, spec), fresh: freshness(r, c, at, ctx.asOf) }] : [];
  });
  const usable = (x: (typeof rated)[number]) => x.fresh.state === 'valid' || x.fresh.state === 'may-expire';

  const good = rated.find((x) => x.check.outcome === 'meets' && usable(x));
  if (good) {
    if (good.fresh.state === 'may-expire') {
      notes.push(reason('language.mayExpire', { test: good.r.test, lastDay: good.fresh.lastDay!, latest: at.latest }, `Your ${good.r.test} result counts until ${good.fresh.lastDay}; if the step it is measured at slips past that day (as late as ${at.latest}), a new result will be needed.`));
    }
    return done({ status: 'met', reasons: [reason('language.met', { test: good.r.test, date: good.r.takenOn }, `Your ${good.r.test} result of ${good.r.takenOn} meets the requirement.`)] });
  }
  for (const spec of c.acceptedTests) {
    const pair = combinedSittings(rated.filter(usable).map((x) => x.r), spec);
    if (pair) {
      return done({
        status: 'met',
        reasons: [reason('language.metCombined', { test: spec.test, first: pair[0].takenOn, second: pair[1].takenOn }, `Your ${spec.test} sittings of ${pair[0].takenOn} and ${pair[1].takenOn} together meet the requirement.`)],
      });
    }
  }
  for (const route of c.otherEvidence ?? []) {
    const found = routeEvidence(route, profile, c, ctx);
    if (found) {
      const params = { route: route.kind, what: found.what, ended: found.ended, language: list(route.languages), ...(found.months === undefined ? {} : { months: found.months }) };
      return done({
        status: 'needs-evidence',
        reasons: [reason('language.otherEvidence', params, `Your ${route.kind} (${found.what}, to ${found.ended}) may show proficiency without a test: ${route.description.en}`)],
      });
    }
  }
  const pending = rated.find((x) => (x.check.outcome === 'unverified' || x.check.outcome === 'unmapped') && usable(x));
  if (pending) {
    const code = pending.check.outcome === 'unverified' ? 'language.minimumsUnverified' : 'language.toeflBandsUnmapped';
    const text =
      pending.check.outcome === 'unverified'
        ? `The regulator accepts ${pending.r.test}, but this catalogue could not verify its minimum scores: ask the regulator whether your result of ${pending.r.takenOn} meets them.`
        : `The regulator states its TOEFL iBT minimums on the 0-30 section scale; your result of ${pending.r.takenOn} reports 1-6 bands. Ask the regulator whether your bands meet its minimums.`;
    return done({ status: 'needs-evidence', reasons: [reason(code, { test: pending.r.test, date: pending.r.takenOn }, text)] });
  }
  const stale = rated.find((x) => x.check.outcome === 'meets' && !usable(x));
  if (stale) {
    const expired = stale.fresh.state === 'expired';
    return done({
      status: 'needs-evidence',
      evidenceBy: ['exam'],
      reasons: [
        expired
          ? reason('language.expired', { test: stale.r.test, date: stale.r.takenOn, lastDay: stale.fresh.lastDay!, within, months }, `Your ${stale.r.test} result of ${stale.r.takenOn} met the scores but counted only until ${stale.fresh.lastDay} (${within}); retake it or ask the regulator.`)
          : reason('language.expiresBefore', { test: stale.r.test, date: stale.r.takenOn, lastDay: stale.fresh.lastDay!, earliest: at.earliest }, `Your ${stale.r.test} result of ${stale.r.takenOn} counts until ${stale.fresh.lastDay}, before the step it is measured at (${at.earliest} at the earliest): plan a new result.`),
      ],
    });
  }
  const short = rated.find((x) => x.check.outcome === 'short' && usable(x));
  if (short) {
    return done({ status: 'partly-met', reasons: [reason('language.scoresShort', { test: short.r.test, short: list(short.check.short) }, `Your ${short.r.test} scores are short in: ${list(short.check.short)}.`)] });
  }
  const oldShort = rated.find((x) => x.check.outcome === 'short');
  if (oldShort) {
    return done({
      status: 'gap',
      reasons: [reason('language.expiredShort', { test: oldShort.r.test, date: oldShort.r.takenOn, within, months, short: list(oldShort.check.short) }, `Your ${oldShort.r.test} result of ${oldShort.r.takenOn} no longer counts (${within}) and was short in: ${list(oldShort.check.short)}; take the test again.`)],
    });
  }
  // Results of tests the regulator does not list: a benchmark level reached through a conversion.
  if (c.minLevel) {
    const current = results.filter((r) => !c.validity || lastValidDay(r.takenOn, c.validity.within) >= ctx.asOf);
    const official = current.find((r) => reachesLevel(r, c.minLevel!) === 'official');
    if (official && c.acceptedTests.length === 0) {
      return done({ status: 'met', reasons: [reason('language.met', { test: official.test, date: official.takenOn }, `Your ${official.test} result of ${official.takenOn} meets the requirement.`)] });
    }
    if (official) {
      return done({
        status: 'needs-evidence',
        evidenceBy: ['exam'],
        reasons: [reason('language.testNotAccepted', { test: official.test, accepted: acceptedNames }, `Your ${official.test} result reaches the level, but the regulator accepts: ${acceptedNames}.`)],
      });
    }
    const estimate = current.find((r) => reachesLevel(r, c.minLevel!) === 'estimate');
    if (estimate) {
      const route = acceptedNames || 'a test with a published conversion (CELPIP-General, IELTS General Training, PTE Core, TEF Canada, TCF Canada)';
      return done({
        status: 'needs-evidence',
        evidenceBy: ['exam'],
        reasons: [reason('language.estimate', { test: estimate.test, accepted: acceptedNames }, `Your ${estimate.test} result reaches the level only by an estimate (no authority publishes this conversion); the official route is ${route}.`)],
      });
    }
  }
  const other = results.find((r) => !c.acceptedTests.some((t) => t.test === r.test));
  if (other && c.acceptedTests.length > 0) {
    return done({ status: 'gap', reasons: [reason('language.testNotListed', { test: other.test, accepted: acceptedNames }, `The regulator does not list ${other.test}; it accepts: ${acceptedNames}.`)] });
  }
  return done({
    status: 'gap',
    reasons: [reason('language.missing', { language: c.language, accepted: acceptedNames }, `A language test result is needed (${c.language}): ${acceptedNames || 'any recognised test'}.`)],
  });
}
