/**
 * The contract's named refinements: every check a schema makes with `z.refine()` is one of these
 * functions, written once. The zod schemas of src/api call them, and the compact validators the
 * widgets ship (src/generated/contract.ts, generated from those schemas by
 * scripts/generate-validators.ts) call the very same functions, so a rule has one definition and
 * both readers give the same verdict. This module imports nothing at run time: a widget that
 * validates a date pays for the date rule and nothing else.
 *
 * A new refinement is exported here and named in the schema (`z.refine(isOrigin, '...')`); an
 * inline arrow has no name the generator can map, and the generator refuses it.
 */

/**
 * Characters no text may hold: NUL (PostgreSQL text and JSON cannot store it) and a lone UTF-16
 * surrogate (half a character: it has no UTF-8 form). A paired surrogate (an emoji) is fine.
 */
const UNSAFE_CHARACTERS = /\u0000|\p{Cs}/u;

/** True when `text` holds no NUL and no lone surrogate. */
export function hasSafeCharacters(text: string): boolean {
  return !UNSAFE_CHARACTERS.test(text);
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True for a real day of the calendar, years 1 to 9999 (PostgreSQL has no year 0). */
function isCalendarDay(year: number, month: number, day: number): boolean {
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && !leap ? 28 : DAYS_IN_MONTH[month - 1]);
}

/** True for `YYYY-MM-DD` text (its shape checked by the schema's regex) naming a real calendar day. */
export function isIsoDate(text: string): boolean {
  return isCalendarDay(Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10)));
}

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-](\d{2}):(\d{2}))$/;

/** True for an ISO 8601 instant with a time zone that exists (`2026-11-25T10:00:00Z`, `...+01:00`). */
export function isIsoDateTime(text: string): boolean {
  const parts = DATE_TIME.exec(text);
  if (!parts || !isIsoDate(parts[1])) return false;
  const [hour, minute, second, offsetHour, offsetMinute] = [parts[2], parts[3], parts[4] ?? '0', parts[7] ?? '0', parts[8] ?? '0'].map(Number);
  return hour < 24 && minute < 60 && second < 60 && offsetHour < 16 && offsetMinute < 60;
}

/** A BCP 47 language tag such as `en`, `fr-CA` or `zh-Hans`. */
export const LOCALE_TAG = /^[a-zA-Z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** True when every key of `text` is a language tag (localized text). */
export function hasLocaleTagKeys(text: object): boolean {
  return Object.keys(text).every((tag) => LOCALE_TAG.test(tag));
}

/** True for exactly `scheme://host[:port]` with http or https: no path, query, user or trailing slash. */
export function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value;
  } catch {
    return false;
  }
}

/**
 * Names a field or section id may not take: they are properties every JavaScript object already
 * has, so code reading values by id could find the object's own method instead of a value.
 */
export const RESERVED_FIELD_KEYS: readonly string[] = [
  'constructor', 'toString', 'toLocaleString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'prototype', '__proto__',
];

/** True when `key` is none of {@link RESERVED_FIELD_KEYS}. */
export function isUnreservedKey(key: string): boolean {
  return !RESERVED_FIELD_KEYS.includes(key);
}

/** True when no item of `items` repeats (months of the follow-up schedule). */
export function hasNoRepeats(items: readonly unknown[]): boolean {
  return new Set(items).size === items.length;
}

/** True when no two sections share an id and no two fields (in any section) share one. */
export function hasUniqueIds(template: { sections: readonly { id: string; fields: readonly { id: string }[] }[] }): boolean {
  const { sections } = template;
  const fields = sections.flatMap((section) => section.fields.map((field) => field.id));
  return new Set(sections.map((section) => section.id)).size === sections.length && new Set(fields).size === fields.length;
}

/** True unless a piece of evidence is a link without its url. */
export function linkHasUrl(evidence: { kind: string; url?: string }): boolean {
  return evidence.kind !== 'link' || evidence.url !== undefined;
}
