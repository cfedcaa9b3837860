/**
 * Calendar dates as regulators count them, exact to the day: `YYYY-MM-DD` strings (which
 * compare correctly as strings), windows added in calendar years, months and days, and
 * months as `YYYY-MM`. Everything in UTC, so no time zone moves a date.
 */
import type { TimeWindow } from '../../api/catalogue.js';

const DAY_MS = 86_400_000;

function parts(date: string): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number);
  return [y, m, d];
}

function format(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * `date` moved by a window (backwards with `sign` -1): years and months first, a day past
 * the end of the month clamped to its last day (29 February + 1 year is 28 February), then days.
 */
export function addWindow(date: string, window: TimeWindow, sign: 1 | -1 = 1): string {
  const [y, m, d] = parts(date);
  const months = y * 12 + (m - 1) + sign * ((window.years ?? 0) * 12 + (window.months ?? 0));
  const year = Math.floor(months / 12);
  const month = (months % 12) + 1;
  const day = Math.min(d, daysInMonth(year, month));
  return format(Date.UTC(year, month - 1, day) + sign * (window.days ?? 0) * DAY_MS);
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = parts(date);
  return format(Date.UTC(y, m - 1, d) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const [fy, fm, fd] = parts(from);
  const [ty, tm, td] = parts(to);
  return Math.round((Date.UTC(ty, tm - 1, td) - Date.UTC(fy, fm - 1, fd)) / DAY_MS);
}

/**
 * The last day something dated `date` still counts under a window: a result of 2024-12-05
 * valid for 2 years counts through 2026-12-05, and not on 2026-12-06.
 */
export function lastValidDay(date: string, window: TimeWindow): string {
  return addWindow(date, window);
}

/** A window in words for reasons: `2 years`, `6 months`, `1 year 6 months`, `90 days`. */
export function windowText(window: TimeWindow): string {
  const part = (n: number | undefined, unit: string) => (n ? `${n} ${unit}${n === 1 ? '' : 's'}` : '');
  return [part(window.years, 'year'), part(window.months, 'month'), part(window.days, 'day')].filter(Boolean).join(' ') || '0 days';
}

/** `2024-05` -> a month number that counts up by one each month. */
export function monthIndex(yearMonth: string): number {
  const [y, m] = yearMonth.split('-').map(Number);
  return y * 12 + (m - 1);
}

/** The inverse of {@link monthIndex}: `2024-05`. */
export function monthOf(index: number): string {
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The last day of a month given by its index: `2024-02` -> `2024-02-29`. */
export function lastDayOfMonth(index: number): string {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${monthOf(index)}-${String(daysInMonth(year, month)).padStart(2, '0')}`;
}
