/**
 * The locales Bridgeway ships and how a page's language tag maps onto them. Pure
 * functions with no DOM, so they can be used anywhere (and tested in Node).
 */

export const SOURCE_LOCALE = 'en';
/** Keep in step with `targetLocales` in lit-localize.json. */
export const TARGET_LOCALES = ['fr', 'es', 'ar', 'uk', 'zh-Hans', 'pt-BR', 'hi'] as const;
export const SUPPORTED_LOCALES = [SOURCE_LOCALE, ...TARGET_LOCALES] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

/**
 * The translations of one area (the base, or one widget), one lazily imported chunk per
 * locale. Generated from the XLIFF by scripts/split-locales.mjs, so a page downloads only
 * the translations of the elements it uses.
 */
export type LocaleArea = Record<(typeof TARGET_LOCALES)[number], () => Promise<{ templates: Record<string, unknown> }>>;

/** Languages written right to left (primary subtags). */
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ku', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);

/** A language whose nearest supported locale is not named after it. */
const LANGUAGE_FALLBACKS: Record<string, SupportedLocale> = {
  zh: 'zh-Hans',
  pt: 'pt-BR',
};

/**
 * Maps any BCP 47 tag to the closest locale Bridgeway has translations for:
 * `fr-CA` -> `fr`, `zh-CN` / `zh` -> `zh-Hans`, `pt` / `pt-PT` -> `pt-BR`, unknown -> `en`.
 */
export function closestLocale(tag: string | null | undefined): SupportedLocale {
  if (!tag) return SOURCE_LOCALE;
  const wanted = tag.trim().replace(/_/g, '-').toLowerCase();
  if (!wanted) return SOURCE_LOCALE;
  const exact = SUPPORTED_LOCALES.find((locale) => locale.toLowerCase() === wanted);
  if (exact) return exact;
  const language = wanted.split('-')[0];
  const byFallback = LANGUAGE_FALLBACKS[language];
  if (byFallback) return byFallback;
  const byLanguage = SUPPORTED_LOCALES.find((locale) => locale.split('-')[0].toLowerCase() === language);
  return byLanguage ?? SOURCE_LOCALE;
}

/** True when the locale's script runs right to left (`ar`, `he`, `fa`, `ur` ...). */
export function isRtl(locale: string): boolean {
  return RTL_LANGUAGES.has(locale.split(/[-_]/)[0].toLowerCase());
}
