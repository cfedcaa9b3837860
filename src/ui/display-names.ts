/**
 * Countries and languages as people name them, in their own language (Intl.DisplayNames),
 * one namer per locale and type of name for the page. The country field's search over every
 * country is in countries.ts.
 */
const namers = new Map<string, Intl.DisplayNames | null>();

export type NameType = 'region' | 'language';

/** One namer per locale and type of name, made on first use (the first of a page costs most). */
const namerKey = (locale: string, type: NameType) => `${locale}|${type}`;

/** The browser's names of one type in `locale` (English where it has none), made once; null where Intl.DisplayNames is missing. */
export function displayNames(locale: string, type: NameType): Intl.DisplayNames | null {
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
      displayNames(locale, type);
      callbacks!.forEach((callback) => callback());
    }, 0);
  }
  callbacks.add(ready);
}

/** A country's name in `locale` ("Nigeria", "Nigéria"); the code itself only if the browser has no name. */
export function countryName(code: string, locale: string): string {
  try {
    return (code && displayNames(locale, 'region')?.of(code.toUpperCase())) || code;
  } catch {
    return code;
  }
}

/** Languages regulators accept evidence in first, then others people often studied or worked in. */
export const EVIDENCE_LANGUAGES = ['en', 'fr', 'ar', 'de', 'es', 'fa', 'hi', 'it', 'ja', 'ko', 'pa', 'pt', 'ru', 'sw', 'tl', 'uk', 'ur', 'vi', 'zh'];

/** Languages mentors commonly speak (the seed's and the UI's), named with `languageName`. */
export const SPOKEN_LANGUAGES = 'en fr es ar uk zh pt hi tl ml ta ko de ru fa tr pl ur pa vi am ro bn so ht sw yo ig ne gu'.split(' ');

/** A language's name in `locale` ("English", "anglais"). */
export function languageName(code: string, locale: string): string {
  return displayNames(locale, 'language')?.of(code) ?? code;
}
