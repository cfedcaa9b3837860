/**
 * The shared building blocks of the Bridgeway contract: ids, pagination, money,
 * durations and locale-tagged text. Written with `zod/mini` so that widgets validate
 * responses without pulling in full zod; the server and the OpenAPI document use the
 * very same schemas.
 */
import * as z from 'zod/mini';
import { hasLocaleTagKeys, hasSafeCharacters, isIsoDate, isIsoDateTime, LOCALE_TAG } from './refinements.js';

/** An opaque identifier: letters, digits, `_` and `-`, at most 64 characters. */
export const Id = /* @__PURE__ */ z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be an id (letters, digits, _ or -)'));
export type Id = z.infer<typeof Id>;

export { hasSafeCharacters } from './refinements.js';

export interface TextOptions {
  /** The fewest characters (after trimming, with `trim`). */
  min?: number;
  /** What to say when there are fewer than `min`. */
  minMessage?: string;
  /** Trim white space at both ends before checking. */
  trim?: boolean;
}

/**
 * Text a person writes, at most `max` characters (the limit elements show), with no NUL and no
 * lone surrogate. Every free-text field of the contract is one, so the client refuses what the
 * server would refuse. Call it as `/* @__PURE__ *\/ Text(200)`.
 */
export function Text(max: number, options: TextOptions = {}) {
  return z.string().check(
    ...(options.trim ? [z.trim()] : []),
    ...(options.min ? [z.minLength(options.min, options.minMessage)] : []),
    z.maxLength(max),
    z.refine(hasSafeCharacters, 'must not contain a NUL character or half of a surrogate pair'),
  );
}

/** A whole number that fits a 32-bit column (versions, counts, positions). */
export const Int = /* @__PURE__ */ z.int32();
/** A whole number from 0 that fits a 32-bit column. */
export const Count = /* @__PURE__ */ z.int32().check(z.nonnegative());
/** A whole number from 1 that fits a 32-bit column (versions). */
export const PositiveInt = /* @__PURE__ */ z.int32().check(z.positive());

/** A calendar date, `YYYY-MM-DD`, that exists (no 2026-02-30, no year 0). */
export const IsoDate = /* @__PURE__ */ z
  .string()
  .check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD'), z.refine(isIsoDate, 'must be a real calendar date'));
export type IsoDate = z.infer<typeof IsoDate>;

/**
 * An instant, ISO 8601 with a time zone (`2026-11-25T10:00:00Z`, `...+01:00`). A regex
 * rather than `z.iso.datetime()`: the format classes would add 1 kB to every widget.
 */
export const IsoDateTime = /* @__PURE__ */ z.string().check(z.refine(isIsoDateTime, 'must be a real date and time such as 2026-11-25T10:00:00Z'));
export type IsoDateTime = z.infer<typeof IsoDateTime>;

/** A BCP 47 language tag such as `en`, `fr-CA` or `zh-Hans`. */
export const LocaleTag = /* @__PURE__ */ z.string().check(z.regex(LOCALE_TAG, 'must be a language tag such as en or fr-CA'));
export type LocaleTag = z.infer<typeof LocaleTag>;

/**
 * Text in several languages, keyed by language tag. `en` is always present so that
 * there is a text to fall back on.
 */
export const LocalizedText = /* @__PURE__ */ z
  .catchall(z.object({ en: /* @__PURE__ */ Text(20_000) }), /* @__PURE__ */ Text(20_000))
  .check(z.refine(hasLocaleTagKeys, 'every key must be a language tag such as en or fr-CA'));
export type LocalizedText = z.infer<typeof LocalizedText>;

/** An ISO 4217 currency code. */
export const CurrencyCode = /* @__PURE__ */ z.string().check(z.regex(/^[A-Z]{3}$/, 'must be an ISO 4217 currency code such as CAD'));

/** An amount of money in the currency's minor unit (cents) so sums stay exact. */
export const Money = z.object({
  amountMinor: Int,
  currency: CurrencyCode,
});
export type Money = z.infer<typeof Money>;

/** A range of cost, in minor units of one currency. */
export const MoneyRange = z.object({
  minMinor: Count,
  maxMinor: Count,
  currency: CurrencyCode,
});
export type MoneyRange = z.infer<typeof MoneyRange>;

/** A range of time in whole days (a week is 7, a month is counted as 30). */
export const DurationRange = z.object({
  minDays: Count,
  maxDays: Count,
});
export type DurationRange = z.infer<typeof DurationRange>;

/** An absolute http or https URL. */
export const HttpUrl = /* @__PURE__ */ z
  .string()
  .check(z.maxLength(2000), z.regex(/^https?:\/\/[^\s/?#]+[^\s]*$/i, 'must be an http or https URL'), z.refine(hasSafeCharacters, 'must not contain a NUL character or half of a surrogate pair'));

/** A link to a public source, with its title. */
export const Link = z.object({
  /** http(s) only: a link a widget renders must never be `javascript:`. */
  url: HttpUrl,
  title: z.optional(/* @__PURE__ */ Text(500)),
});
export type Link = z.infer<typeof Link>;

/** An opaque cursor for the next page; absent on the last page. */
export const Cursor = /* @__PURE__ */ z.string().check(z.maxLength(512));

/** How many items a page holds: 1 to 100. */
export const PageSize = /* @__PURE__ */ z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100));

/** Query parameters every list route accepts. */
export const PageQuery = z.object({
  cursor: z.optional(Cursor),
  limit: z.optional(PageSize),
});
export type PageQuery = z.infer<typeof PageQuery>;

/**
 * A list that pages with `cursor` and `limit` but was answered whole before: `nextCursor` is
 * optional so an older server's answer (items only) still validates.
 */
export function ListPage<T extends z.ZodMiniType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z.optional(z.nullable(Cursor)),
  });
}

/** A page of items with the cursor of the next page. */
export function Page<T extends z.ZodMiniType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z.nullable(Cursor),
  });
}
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Picks the best text for a locale: exact tag, then its language, then English. */
export function pickText(text: LocalizedText, locale: string): string {
  const record = text as Record<string, string>;
  if (record[locale]) return record[locale];
  const language = locale.split('-')[0];
  if (record[language]) return record[language];
  return text.en;
}
