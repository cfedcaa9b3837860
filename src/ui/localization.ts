/**
 * Localisation with @lit/localize in runtime mode. This copy of the library configures
 * @lit/localize once, lazily: its runtime (src/ui/locale-runtime.ts) loads with the first request
 * for a translated locale, so a page in English never downloads it, and each locale's
 * translations load as their own chunk with `import()`, fetched beside the runtime.
 *
 * @lit/localize has one active locale per page: every Bridgeway element on the page shows
 * its text in the locale requested last. Formatting, `lang` and `dir` are still per element.
 * The library never writes to the host document: elements put `lang` and `dir` on an
 * element inside their own shadow root.
 */
import { closestLocale, isRtl, SOURCE_LOCALE, TARGET_LOCALES, type LocaleArea, type SupportedLocale } from './locales.js';
import { loaders as baseLoaders } from '../generated/locales/base/index.js';
import type { Runtime } from './locale-runtime.js';

export { closestLocale, isRtl, SOURCE_LOCALE, TARGET_LOCALES, SUPPORTED_LOCALES, type LocaleArea, type SupportedLocale } from './locales.js';

/** Areas whose translations are wanted, in registration order; the base is always first. */
const areas: LocaleArea[] = [baseLoaders];
const templateListeners = new Set<() => void>();

/** The runtime module once loaded; `runtime` once configured (null when another script configured @lit/localize first). */
let runtimeModule: typeof import('./locale-runtime.js') | undefined;
let runtime: Runtime | null | undefined;
let runtimeLoading: Promise<Runtime | null> | undefined;

/**
 * Asks for an area's translations. When a translated locale is already showing, they are
 * loaded into it at once and listeners (the elements) re-render.
 */
export function registerLocaleArea(area: LocaleArea | undefined): void {
  if (!area || areas.includes(area)) return;
  areas.push(area);
  const locale = runtime?.getLocale();
  if (runtimeModule && locale && locale !== SOURCE_LOCALE) {
    runtimeModule.loadTemplates(areas, locale).then(
      () => templateListeners.forEach((listener) => listener()),
      (error) => console.warn(`[bridgeway] Could not load some "${locale}" translations.`, error),
    );
  }
}

/** Calls `listener` when translations arrive outside a locale switch; returns the unsubscribe. */
export function onTemplatesLoaded(listener: () => void): () => void {
  templateListeners.add(listener);
  return () => templateListeners.delete(listener);
}

/** Loads and configures the runtime, once; null when it cannot (another script configured @lit/localize, or the chunk failed). */
function loadRuntime(): Promise<Runtime | null> {
  runtimeLoading ??= import('./locale-runtime.js').then(
    (module) => {
      runtimeModule = module;
      return (runtime = module.startRuntime(areas));
    },
    (error) => {
      // The chunk did not come: English stays, and the next request for a locale tries again.
      runtimeLoading = undefined;
      throw error;
    },
  );
  return runtimeLoading;
}

/** The locale whose translations are showing now (the source locale until another was requested). */
export function activeLocale(): SupportedLocale {
  return closestLocale(runtime?.getLocale() ?? SOURCE_LOCALE);
}

/**
 * Asks for a locale's translations (mapped to the closest supported one). Elements
 * decorated with `@localized()` re-render when they have loaded. Never rejects.
 */
export async function requestLocale(tag: string): Promise<SupportedLocale> {
  const locale = closestLocale(tag);
  // Nothing to load for the source text before a runtime exists: msg() shows it without one.
  if (runtime === undefined && locale === SOURCE_LOCALE) return SOURCE_LOCALE;
  // The translations start downloading beside the runtime, not after it (the browser keeps each module once).
  if (runtime === undefined && locale !== SOURCE_LOCALE) areas.forEach((area) => void area[locale]().catch(() => undefined));
  try {
    const rt = await loadRuntime();
    if (!rt) return SOURCE_LOCALE;
    await rt.setLocale(locale);
    return closestLocale(rt.getLocale());
  } catch (error) {
    console.warn(`[bridgeway] Could not load the "${locale}" translations; showing the previous language.`, error);
    return activeLocale();
  }
}

/**
 * The nearest `lang` attribute at or above `node`, crossing shadow roots (a widget inside
 * another component's shadow DOM still reads the page's language). Empty when none.
 */
export function nearestLang(node: Node): string {
  let current: Node | null = node;
  while (current) {
    if (current instanceof Element) {
      const lang = current.getAttribute('lang');
      if (lang) return lang;
    }
    current = current instanceof ShadowRoot ? current.host : (current.parentNode as Node | null);
  }
  return '';
}

/** The writing direction of a locale, for a `dir` attribute. */
export function directionOf(locale: string): 'rtl' | 'ltr' {
  return isRtl(locale) ? 'rtl' : 'ltr';
}
