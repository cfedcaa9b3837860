/**
 * Countries and languages as people name them, in their own language (Intl.DisplayNames):
 * the list a country field offers, and the code behind a name typed ("India", "inde",
 * "IN"), so no one has to know an ISO code and none is ever shown.
 */
import { foldText } from '../core/text.js';

/** Region codes that are not countries a person lives or trained in. */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ', 'AC', 'CP', 'DG', 'EA', 'IC', 'TA']);

const namers = new Map<string, Intl.DisplayNames | null>();

type NameType = 'region' | 'language';

/** One namer per locale and type of name, made on first use (the first of a page costs most). */
const namerKey = (locale: string, type: NameType) => `${locale}|${type}`;

function namer(locale: string, type: NameType): Intl.DisplayNames | null {
  const key = namerKey(locale, type);
  if (!namers.has(key)) {
    try {
      namers.set(key, new Intl.DisplayNames([locale, 'en'], { type, fallback: 'none' }));
    } catch {
      namers.set(key, null);
    }
  }
  return namers.get(key)!;
}

/** Whether `locale`'s names of `type` are made already. */
export function namesAtHand(locale: string, type: NameType): boolean {
  return namers.has(namerKey(locale, type));
}

const waiting = new Map<string, Set<() => void>>();

/**
 * Makes `locale`'s names of `type` in a task of their own, then calls `ready`. The first
 * Intl.DisplayNames of a page costs tens of milliseconds (its data loads), more than the rest of a
 * form's first render: a view that can show a task later what it names (the options of a closed
 * list) asks this way, so that cost never joins the page's other work in one long task.
 */
export function nameSoon(locale: string, type: NameType, ready: () => void): void {
  if (namesAtHand(locale, type)) return;
  const key = namerKey(locale, type);
  let callbacks = waiting.get(key);
  if (!callbacks) {
    waiting.set(key, (callbacks = new Set()));
    setTimeout(() => {
      waiting.delete(key);
      namer(locale, type);
      callbacks!.forEach((callback) => callback());
    }, 0);
  }
  callbacks.add(ready);
}

let codes: string[] | undefined;

/** Every two-letter region code the browser can name. */
function countryCodes(): string[] {
  if (codes) return codes;
  const english = namer('en', 'region');
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  codes = [];
  for (const a of letters) for (const b of letters) if (!NOT_COUNTRIES.has(a + b) && english?.of(a + b)) codes.push(a + b);
  return codes;
}

/** Whether `code` is one of `countryCodes()`, without naming all 676 letter pairs to find out. */
function isCountryCode(code: string): boolean {
  return codes ? codes.includes(code) : !NOT_COUNTRIES.has(code) && Boolean(namer('en', 'region')?.of(code));
}

/** A country's name in `locale` ("Nigeria", "Nigéria"); the code itself only if the browser has no name. */
export function countryName(code: string, locale: string): string {
  try {
    return (code && namer(locale, 'region')?.of(code.toUpperCase())) || code;
  } catch {
    return code;
  }
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

/** Languages regulators accept evidence in first, then others people often studied or worked in. */
export const EVIDENCE_LANGUAGES = ['en', 'fr', 'ar', 'de', 'es', 'fa', 'hi', 'it', 'ja', 'ko', 'pa', 'pt', 'ru', 'sw', 'tl', 'uk', 'ur', 'vi', 'zh'];

/** Languages mentors commonly speak (the seed's and the UI's), named with `languageName`. */
export const SPOKEN_LANGUAGES = 'en fr es ar uk zh pt hi tl ml ta ko de ru fa tr pl ur pa vi am ro bn so ht sw yo ig ne gu'.split(' ');

/** A language's name in `locale` ("English", "anglais"). */
export function languageName(code: string, locale: string): string {
  return namer(locale, 'language')?.of(code) ?? code;
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
