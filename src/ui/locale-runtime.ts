/**
 * The part of localisation only a translated locale needs, loaded with the first request for
 * one (src/ui/localization.ts): @lit/localize's runtime, configured once, and the merging of
 * every wanted area's translations into the one templates object it reads. A page in English
 * never loads it: `msg()` shows the source text without a runtime.
 */
import { configureLocalization } from '@lit/localize';
import { SOURCE_LOCALE, TARGET_LOCALES, type LocaleArea } from './locales.js';

type Templates = { templates: Record<string, unknown> };

export interface Runtime {
  getLocale(): string;
  setLocale(locale: string): Promise<void>;
}

/** Per locale: the one templates object handed to @lit/localize, and which areas it holds. */
const merged = new Map<string, { templates: Record<string, unknown>; areas: Set<LocaleArea> }>();

/** Loads every wanted area of `locale` into its templates object (once per area). */
export async function loadTemplates(areas: readonly LocaleArea[], locale: string): Promise<Templates> {
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
 * Configures @lit/localize for this copy of the library, loading the areas listed in `areas`
 * (the caller's list, which grows as elements register theirs). When the page already
 * configured it (another library sharing the same @lit/localize module), Bridgeway keeps
 * showing its English text and says so once, instead of throwing into the page.
 */
export function startRuntime(areas: readonly LocaleArea[]): Runtime | null {
  try {
    return configureLocalization({
      sourceLocale: SOURCE_LOCALE,
      targetLocales: TARGET_LOCALES,
      loadLocale: (locale) => loadTemplates(areas, locale) as never,
    });
  } catch (error) {
    console.warn(
      '[bridgeway] @lit/localize was already configured by another script on this page, so Bridgeway ' +
        'shows English text. Bundle Bridgeway with its own copy of @lit/localize to get translations.',
      error,
    );
    return null;
  }
}
