/**
 * Localisation with @lit/localize in runtime mode. This copy of the library configures
 * @lit/localize once, lazily (the first time an element asks), and loads each locale's
 * translations as its own chunk with `import()`.
 *
 * @lit/localize has one active locale per page: every Bridgeway element on the page shows
 * its text in the locale requested last. Formatting, `lang` and `dir` are still per element.
 * The library never writes to the host document: elements put `lang` and `dir` on an
 * element inside their own shadow root.
 */
import { configureLocalization } from '@lit/localize';
import { closestLocale, isRtl, SOURCE_LOCALE, TARGET_LOCALES, type SupportedLocale } from './locales.js';
import { loaders as baseLoaders } from '../generated/locales/base/index.js';

export { closestLocale, isRtl, SOURCE_LOCALE, TARGET_LOCALES, SUPPORTED_LOCALES, type SupportedLocale } from './locales.js';

type Templates = { templates: Record<string, unknown> };

/**
 * The translations of one area (the base, or one widget), one lazily imported chunk per
 * locale. Generated from the XLIFF by scripts/split-locales.mjs, so a page downloads only
 * the translations of the elements it uses.
 */
export type LocaleArea = Record<(typeof TARGET_LOCALES)[number], () => Promise<Templates>>;

/** Areas whose translations are wanted, in registration order; the base is always first. */
const areas: LocaleArea[] = [baseLoaders];
/** Per locale: the one templates object handed to @lit/localize, and which areas it holds. */
const merged = new Map<string, { templates: Record<string, unknown>; areas: Set<LocaleArea> }>();
const templateListeners = new Set<() => void>();

/** Loads every wanted area of `locale` into its templates object (once per area). */
async function loadTemplates(locale: string): Promise<Templates> {
  let entry = merged.get(locale);
  if (!entry) merged.set(locale, (entry = { templates: {}, areas: new Set() }));
  const target = entry;
  await Promise.all(
    areas
      .filter((area) => !target.areas.has(area))
      .map(async (area) => {
        const { templates } = await area[locale as keyof LocaleArea]();
        Object.assign(target.templates, templates);
        target.areas.add(area);
      }),
  );
  return { templates: target.templates };
}

/**
 * Asks for an area's translations. When a translated locale is already showing, they are
 * loaded into it at once and listeners (the elements) re-render.
 */
export function registerLocaleArea(area: LocaleArea | undefined): void {
  if (!area || areas.includes(area)) return;
  areas.push(area);
  const locale = runtime?.getLocale();
  if (runtime && locale && locale !== SOURCE_LOCALE) {
    loadTemplates(locale).then(
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

interface Runtime {
  getLocale(): string;
  setLocale(locale: string): Promise<void>;
}

let runtime: Runtime | null | undefined;

/**
 * Configures @lit/localize for this copy of the library, once. When the page already
 * configured it (another library sharing the same @lit/localize module), Bridgeway keeps
 * showing its English text and says so once, instead of throwing into the page.
 */
function ensureRuntime(): Runtime | null {
  if (runtime !== undefined) return runtime;
  try {
    runtime = configureLocalization({
      sourceLocale: SOURCE_LOCALE,
      targetLocales: TARGET_LOCALES,
      loadLocale: (locale) => loadTemplates(locale) as never,
    });
  } catch (error) {
    runtime = null;
    console.warn(
      '[bridgeway] @lit/localize was already configured by another script on this page, so Bridgeway ' +
        'shows English text. Bundle Bridgeway with its own copy of @lit/localize to get translations.',
      error,
    );
  }
  return runtime;
}

/** The locale whose translations are showing now. */
export function activeLocale(): SupportedLocale {
  return closestLocale(ensureRuntime()?.getLocale() ?? SOURCE_LOCALE);
}

/**
 * Asks for a locale's translations (mapped to the closest supported one). Elements
 * decorated with `@localized()` re-render when they have loaded. Never rejects.
 */
export async function requestLocale(tag: string): Promise<SupportedLocale> {
  const locale = closestLocale(tag);
  const rt = ensureRuntime();
  if (!rt) return SOURCE_LOCALE;
  try {
    await rt.setLocale(locale);
  } catch (error) {
    console.warn(`[bridgeway] Could not load the "${locale}" translations; showing the previous language.`, error);
  }
  return closestLocale(rt.getLocale());
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
