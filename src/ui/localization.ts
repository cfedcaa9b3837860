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

export { closestLocale, isRtl, SOURCE_LOCALE, TARGET_LOCALES, SUPPORTED_LOCALES, type SupportedLocale } from './locales.js';

type Templates = { templates: Record<string, unknown> };

/** One chunk per locale; the static paths let bundlers split them. */
const LOADERS: Record<(typeof TARGET_LOCALES)[number], () => Promise<Templates>> = {
  fr: () => import('../generated/locales/fr.js'),
  es: () => import('../generated/locales/es.js'),
  ar: () => import('../generated/locales/ar.js'),
  uk: () => import('../generated/locales/uk.js'),
  'zh-Hans': () => import('../generated/locales/zh-Hans.js'),
  'pt-BR': () => import('../generated/locales/pt-BR.js'),
  hi: () => import('../generated/locales/hi.js'),
};

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
      loadLocale: (locale) => LOADERS[locale as keyof typeof LOADERS]() as never,
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
