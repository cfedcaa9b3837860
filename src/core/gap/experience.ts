/**
 * Experience as periods of months: an entry with `start` (and `end`, absent while ongoing)
 * is exact; an older entry with only `years` (and `endYear`) is read as that many months
 * ending in December of `endYear` (or this month). Overlapping periods count once; the
 * regulator's window (only periods that ended within N years count) and cap (at most N
 * months of the experience a person brings, or of that gained abroad) apply as stated.
 */
import type { RequirementCriteria } from '../../api/catalogue.js';
import type { ExperienceEntry, Profile, Reason } from '../../api/gap.js';
import { anchorDates, type EvaluationContext, type Evaluation, list, reason } from './context.js';
import { addWindow, lastDayOfMonth, lastValidDay, monthIndex, windowText } from './dates.js';
import { fieldMatches } from './education.js';

export interface Period {
  entry: ExperienceEntry;
  /** Month indices (see `monthIndex`), both included. */
  start: number;
  end: number;
  /** False when read from `years` and `endYear`: the end month is a guess (December). */
  exact: boolean;
}

/** The period an entry covers up to the analysis month; null when it starts after the analysis date. */
export function periodOf(entry: ExperienceEntry, asOf: string): Period | null {
  const now = monthIndex(asOf.slice(0, 7));
  if (entry.start) {
    const start = monthIndex(entry.start);
    if (start > now) return null;
    const end = Math.min(entry.end ? monthIndex(entry.end) : now, now);
    return end < start ? null : { entry, start, end, exact: true };
  }
  const end = Math.min(entry.endYear !== undefined ? entry.endYear * 12 + 11 : now, now);
  const months = Math.round(entry.years * 12);
  if (months <= 0) return null;
  return { entry, start: end - months + 1, end, exact: false };
}

/** Months covered by any of the periods, each month once. */
export function monthsCovered(periods: readonly Period[]): number {
  const sorted = [...periods].sort((a, b) => a.start - b.start);
  let total = 0;
  let reach = -Infinity;
  for (const p of sorted) {
    if (p.end <= reach) continue;
    total += p.end - Math.max(p.start, reach + 1) + 1;
    reach = p.end;
  }
  return total;
}

/** Months covered by `periods` that none of `others` covers. */
function monthsBeyond(periods: readonly Period[], others: readonly Period[]): number {
  return monthsCovered([...periods, ...others]) - monthsCovered(others);
}

const years = (months: number) => Math.round((months / 12) * 10) / 10;

export function evaluateExperience(c: NonNullable<RequirementCriteria['experience']>, profile: Profile, ctx: EvaluationContext): Evaluation {
  const notes: Reason[] = [];
  const where = c.inCountry ? ` in ${c.inCountry}` : '';
  const relevant = profile.experience.filter((e) => fieldMatches(e.fieldFamily, c.fieldFamilies) && (!c.inCountry || e.country === c.inCountry));
  let periods: Period[] = [];
  for (const entry of relevant) {
    const period = periodOf(entry, ctx.asOf);
    if (period) periods.push(period);
    else if (entry.start && entry.start > ctx.asOf.slice(0, 7)) {
      notes.push(reason('experience.futureDate', { start: entry.start, asOf: ctx.asOf }, `Experience starting ${entry.start}, after the analysis date ${ctx.asOf}, is not counted.`));
    }
  }
  if (c.countsIfEndedWithin) {
    const window = c.countsIfEndedWithin;
    const at = anchorDates(window.measuredAt, ctx).earliest;
    const kept = periods.filter((p) => lastValidDay(lastDayOfMonth(p.end), window.within) >= at);
    if (kept.length < periods.length) {
      notes.push(reason('experience.tooOld', { within: windowText(window.within), since: addWindow(at, window.within, -1) }, `Only experience that ended within ${windowText(window.within)} counts (since ${addWindow(at, window.within, -1)}); older periods are left out.`));
    }
    periods = kept;
  }
  let months = monthsCovered(periods);
  if (c.cap) {
    const { maxMonths, onlyOutside } = c.cap;
    const free = onlyOutside ? periods.filter((p) => p.entry.country === onlyOutside) : [];
    const capped = monthsBeyond(onlyOutside ? periods.filter((p) => p.entry.country !== onlyOutside) : periods, free);
    if (capped > maxMonths) {
      const where = onlyOutside ? ` outside ${onlyOutside}` : '';
      notes.push(reason('experience.capped', { maxMonths, months: capped, outside: onlyOutside ?? '' }, `At most ${maxMonths} months of the experience you bring${where} count; you list ${capped}.`));
      months = monthsCovered(free) + maxMonths;
    }
  }
  const have = years(months);
  const needMonths = Math.round(c.minYears * 12);
  const withNotes = (evaluation: Evaluation): Evaluation => ({ ...evaluation, reasons: [...evaluation.reasons, ...notes] });

  if (months === 0) {
    return withNotes({
      status: 'gap',
      reasons: [reason('experience.missing', { need: c.minYears, country: c.inCountry ?? '' }, `${c.minYears} years of relevant experience${where} are required and your profile lists none that counts.`)],
    });
  }
  if (months < needMonths) {
    return withNotes({
      status: 'partly-met',
      reasons: [reason('experience.tooFew', { have, need: c.minYears, country: c.inCountry ?? '' }, `You have ${have} of the ${c.minYears} years of relevant experience${where} required.`)],
    });
  }
  if (c.recentWithinYears !== undefined) {
    const since = addWindow(ctx.asOf, { months: Math.round(c.recentWithinYears * 12) }, -1);
    const last = periods.reduce((a, b) => (b.end > a.end ? b : a));
    const lastYear = Math.floor(last.end / 12);
    if (lastDayOfMonth(last.end) < since) {
      return withNotes({
        status: 'partly-met',
        reasons: [reason('experience.notRecent', { lastYear, withinYears: c.recentWithinYears }, `Your last practice was in ${lastYear}; the regulator asks for practice within the last ${c.recentWithinYears} years.`)],
      });
    }
    // Only the year is known, and practice ending early that year would be too old: the month decides.
    if (!last.exact && lastDayOfMonth(last.end - 11) < since) {
      return withNotes({
        status: 'needs-evidence',
        reasons: [reason('experience.endMonthNeeded', { lastYear, since }, `Your last practice was in ${lastYear}; it counts only if it ended on or after ${since}. Give the month it ended.`)],
      });
    }
  }
  const shown = new Set(periods.flatMap((p) => p.entry.competencies));
  const missing = (c.competencies ?? []).filter((id) => !shown.has(id));
  if (missing.length > 0) {
    return withNotes({
      status: 'needs-evidence',
      reasons: [reason('experience.competenciesUnlisted', { missing: list(missing) }, `Your years are enough; show experience in: ${list(missing)}.`)],
    });
  }
  return withNotes({
    status: 'met',
    reasons: [reason('experience.met', { have, need: c.minYears }, `Your ${have} years of relevant experience${where} meet the ${c.minYears} required.`)],
  });
}
