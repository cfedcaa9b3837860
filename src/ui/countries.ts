/**
 * The country field's search: every country the browser can name, sorted in the reader's
 * language, and the code behind a name typed ("India", "inde", "IN"), so no one has to know
 * an ISO code and none is ever shown. Names themselves are in display-names.ts (re-exported
 * here), which a view that only shows names imports alone: this search then loads with the
 * country field, not with the view's first download.
 */
import { foldText } from '../core/text.js';
import { countryName, displayNames } from './display-names.js';

export { countryName, EVIDENCE_LANGUAGES, languageName, namesAtHand, nameSoon, SPOKEN_LANGUAGES } from './display-names.js';

/** Region codes that are not countries a person lives or trained in. */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ', 'AC', 'CP', 'DG', 'EA', 'IC', 'TA']);

let codes: string[] | undefined;

/** Every two-letter region code the browser can name. */
function countryCodes(): string[] {
  if (codes) return codes;
  const english = displayNames('en', 'region');
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  codes = [];
  for (const a of letters) for (const b of letters) if (!NOT_COUNTRIES.has(a + b) && english?.of(a + b)) codes.push(a + b);
  return codes;
}

/** Whether `code` is one of `countryCodes()`, without naming all 676 letter pairs to find out. */
function isCountryCode(code: string): boolean {
  return codes ? codes.includes(code) : !NOT_COUNTRIES.has(code) && Boolean(displayNames('en', 'region')?.of(code));
}

const listCache = new Map<string, Array<[string, string]>>();

/** Every country as [code, name], sorted by name in `locale`. */
export function countryChoices(locale: string): Array<[string, string]> {
  let list = listCache.get(locale);
  if (!list) {
    const collator = new Intl.Collator(locale);
    list = countryCodes()
      .map((code): [string, string] => [code, countryName(code, locale)])
      .sort((a, b) => collator.compare(a[1], b[1]));
    listCache.set(locale, list);
  }
  return list;
}

/** The code of a country typed by name (in `locale` or English, any case or accents) or by code; undefined when none matches. */
export function countryCode(typed: string, locale: string): string | undefined {
  const text = foldText(typed);
  if (!text) return undefined;
  if (/^[a-z]{2}$/.test(text) && isCountryCode(text.toUpperCase())) return text.toUpperCase();
  for (const l of [locale, 'en']) {
    const match = countryChoices(l).find(([, name]) => foldText(name) === text);
    if (match) return match[0];
  }
  return undefined;
}

/**
 * The search behind a country field (the shared combobox): names in `locale` that start with
 * what was typed come first, then names with a word that starts with it, then names that
 * contain it; a typed code ("NG") or the English name finds the country too. Empty: every country.
 */
export function countrySearch(locale: string): (query: string) => Promise<Array<{ id: string; label: string }>> {
  return async (query) => {
    const text = foldText(query);
    const all = countryChoices(locale);
    if (!text) return all.map(([id, label]) => ({ id, label }));
    const exact = countryCode(query, locale);
    const rank = ([code, name]: [string, string]): number => {
      const folded = foldText(name);
      if (code === exact) return 0;
      if (folded.startsWith(text)) return 1;
      if (folded.split(/[\s\-'’(),]+/).some((word) => word.startsWith(text))) return 2;
      return folded.includes(text) ? 3 : 4;
    };
    return all
      .map((choice) => [choice, rank(choice)] as const)
      .filter(([, score]) => score < 4)
      .sort((a, b) => a[1] - b[1])
      .map(([[id, label]]) => ({ id, label }));
  };
}
