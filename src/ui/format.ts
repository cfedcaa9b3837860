/**
 * Intl formatting in the element's locale. Every function takes the locale first; the
 * base element offers them bound to its resolved locale as `this.formatters`. Formatters
 * are cached per locale and options, since creating Intl objects is slow.
 */
import type { DurationRange, Money, MoneyRange } from '../api/common.js';

const cache = new Map<string, unknown>();

function cached<T>(kind: string, locale: string, options: object | undefined, make: () => T): T {
  const key = `${kind}|${locale}|${options ? JSON.stringify(options) : ''}`;
  let value = cache.get(key) as T | undefined;
  if (!value) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

/** A part of a range's text, from `formatRangeToParts`. */
export interface NumberRangePart {
  type: string;
  value: string;
  source: 'startRange' | 'endRange' | 'shared';
}

/** `formatRange` and `formatRangeToParts` are ES2023 (Chrome 106, Safari 15.4, Firefox 116); our lib setting is ES2022. */
type RangeNumberFormat = Intl.NumberFormat & { formatRange(start: number, end: number): string; formatRangeToParts(start: number, end: number): NumberRangePart[] };

const numberFormat = (locale: string, options?: Intl.NumberFormatOptions) =>
  cached('n', locale, options, () => new Intl.NumberFormat(locale, options) as RangeNumberFormat);

/** `YYYY-MM-DD` dates are calendar days: shown as such, never shifted by the time zone. */
function toDate(value: Date | string | number): Date {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split('-').map(Number);
    return new Date(Date.UTC(y, m - 1, d, 12));
  }
  return value instanceof Date ? value : new Date(value);
}

/** A date (a `Date`, an ISO string or a `YYYY-MM-DD` calendar date). Default: medium date style. */
export function formatDate(locale: string, value: Date | string | number, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
  const calendarDay = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
  const opts = calendarDay ? { timeZone: 'UTC', ...options } : options;
  return cached('d', locale, opts, () => new Intl.DateTimeFormat(locale, opts)).format(toDate(value));
}

export function formatNumber(locale: string, value: number, options?: Intl.NumberFormatOptions): string {
  return numberFormat(locale, options).format(value);
}

const digitsOf = new Map<string, number>();

/** How many minor units the currency has (2 for CAD, 0 for JPY, 3 for KWD). Asked once per currency: every amount shown reads it. */
export function currencyDigits(currency: string): number {
  let digits = digitsOf.get(currency);
  if (digits === undefined) {
    digits = numberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    digitsOf.set(currency, digits);
  }
  return digits;
}

/** The symbol `locale` writes for `currency` ("$", "US$", "€"). Kept with the formatters: a map shows it beside every amount. */
export function currencySymbol(locale: string, currency: string): string | undefined {
  return cached('symbol', locale, { currency }, () => numberFormat(locale, { style: 'currency', currency }).formatToParts(0).find((part) => part.type === 'currency')?.value);
}

function moneyFormat(locale: string, currency: string, whole: boolean) {
  const digits = currencyDigits(currency);
  return numberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: whole ? 0 : digits,
    maximumFractionDigits: whole ? 0 : digits,
  });
}

/** Money in minor units: `{ amountMinor: 125000, currency: 'CAD' }` -> `$1,250.00` (en-CA: `$1,250.00`). */
export function formatMoney(locale: string, money: Money): string {
  const value = money.amountMinor / 10 ** currencyDigits(money.currency);
  return moneyFormat(locale, money.currency, false).format(value);
}

/**
 * A cost range in minor units: `$300–$1,200`; one amount when min equals max. Whole amounts
 * drop the fraction, which is what people read in estimates.
 */
export function formatMoneyRange(locale: string, range: MoneyRange): string {
  const factor = 10 ** currencyDigits(range.currency);
  const min = range.minMinor / factor;
  const max = range.maxMinor / factor;
  const whole = Number.isInteger(min) && Number.isInteger(max);
  const format = moneyFormat(locale, range.currency, whole);
  return min === max ? format.format(min) : format.formatRange(min, max);
}

export type DurationUnit = 'day' | 'week' | 'month' | 'year';

/**
 * Picks the unit people would use for this many days: up to 2 weeks in days, up to ~3 months
 * in weeks, up to 3 years in months, then years.
 */
export function durationUnit(days: number): DurationUnit {
  if (days < 14) return 'day';
  if (days < 90) return 'week';
  if (days < 1095) return 'month';
  return 'year';
}

const DAYS_PER: Record<DurationUnit, number> = { day: 1, week: 7, month: 30, year: 365 };

/**
 * Whole units, as people say them ("6 months", never "6.5 months" or "15.5 months"): the nearest
 * whole unit for one duration; a range widens to whole units (the shorter end rounded down, the
 * longer up), so it still holds every day it held. Never 0 for a duration that takes time.
 */
function wholeUnits(days: number, unit: DurationUnit, round: (value: number) => number): number {
  const value = round(days / DAYS_PER[unit]);
  return days > 0 ? Math.max(1, value) : 0;
}

/**
 * Durations use the locale's own unit names (CLDR, through `Intl.NumberFormat`'s unit style),
 * which agree with the number by the same plural rules as `src/ui/plural.ts` (`Intl.PluralRules`):
 * "1 week", "2 тижні", "5 тижнів", "أسبوعان"; a range agrees with its end ("2–5 тижнів").
 */
export const unitFormat = (locale: string, unit: DurationUnit) =>
  numberFormat(locale, { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: 0 });

/** A duration in whole days as whole days, weeks, months or years: `10 days`, `3 weeks`, `6 months`. */
export function formatDuration(locale: string, days: number): string {
  const unit = durationUnit(days);
  return unitFormat(locale, unit).format(wholeUnits(days, unit, Math.round));
}

/** The unit a range of days is written in (chosen by the longer end) and its ends in whole units of it. */
export function durationRangeEnds(range: DurationRange): { unit: DurationUnit; min: number; max: number } {
  const unit = durationUnit(range.maxDays);
  return { unit, min: wholeUnits(range.minDays, unit, Math.floor), max: wholeUnits(range.maxDays, unit, Math.ceil) };
}

/** A range of days in one unit chosen by the longer end, in whole units: `2–7 weeks` (14 to 45 days). */
export function formatDurationRange(locale: string, range: DurationRange): string {
  const { unit, min, max } = durationRangeEnds(range);
  const format = unitFormat(locale, unit);
  return min === max ? format.format(max) : format.formatRange(min, max);
}

/** `a, b and c` (`type: 'conjunction'`) or `a, b or c` (`'disjunction'`). */
export function formatList(locale: string, items: readonly string[], type: Intl.ListFormatType = 'conjunction'): string {
  return cached('l', locale, { type }, () => new Intl.ListFormat(locale, { type, style: 'long' })).format(items);
}

const RELATIVE_STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.345],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
];

/** `in 3 days`, `2 weeks ago`, `yesterday`: the largest unit that fits. */
export function formatRelativeTime(locale: string, value: Date | string | number, now: Date | number = Date.now()): string {
  let amount = (toDate(value).getTime() - (now instanceof Date ? now.getTime() : now)) / 1000;
  let unit: Intl.RelativeTimeFormatUnit = 'second';
  for (const [stepUnit, size] of RELATIVE_STEPS) {
    unit = stepUnit;
    if (Math.abs(amount) < size) break;
    amount /= size;
  }
  return cached('r', locale, undefined, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })).format(Math.round(amount), unit);
}

/** The formatters bound to one locale. */
export interface Formatters {
  readonly locale: string;
  date(value: Date | string | number, options?: Intl.DateTimeFormatOptions): string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
  money(money: Money): string;
  moneyRange(range: MoneyRange): string;
  duration(days: number): string;
  durationRange(range: DurationRange): string;
  list(items: readonly string[], type?: Intl.ListFormatType): string;
  relativeTime(value: Date | string | number, now?: Date | number): string;
}

/**
 * `make(locale)` once per locale: an element that binds only the formatters its views use
 * (`perLocale((locale) => ({ date: ... }))`) reads them on every render without a new object each time.
 */
export function perLocale<T>(make: (locale: string) => T): (locale: string) => T {
  const made = new Map<string, T>();
  return (locale) => {
    let value = made.get(locale);
    if (!value) made.set(locale, (value = make(locale)));
    return value;
  };
}

/** `date`, `number` and `list` bound to a locale, once per locale: what the mentor finder and the mentor profile format with. */
export const dateNumberListFor: (locale: string) => Pick<Formatters, 'date' | 'number' | 'list'> = /* @__PURE__ */ perLocale((locale) => ({
  date: (value, options) => formatDate(locale, value, options),
  number: (value, options) => formatNumber(locale, value, options),
  list: (items, type) => formatList(locale, items, type),
}));

export const formattersFor: (locale: string) => Formatters = /* @__PURE__ */ perLocale((locale) =>
  Object.freeze({
    locale,
    date: (value, options) => formatDate(locale, value, options),
    number: (value, options) => formatNumber(locale, value, options),
    money: (money) => formatMoney(locale, money),
    moneyRange: (range) => formatMoneyRange(locale, range),
    duration: (days) => formatDuration(locale, days),
    durationRange: (range) => formatDurationRange(locale, range),
    list: (items, type) => formatList(locale, items, type),
    relativeTime: (value, now) => formatRelativeTime(locale, value, now),
  } satisfies Formatters),
);
