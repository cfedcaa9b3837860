/** Names for the ids of a profile in a locale: the catalogue's, and Intl's for countries and languages. */
import type { CatalogueNames } from '../../ui/catalogue-names.js';
import { countryName, languageName } from '../../ui/countries.js';
import type { ProfileNamer } from './host.js';

export function profileNamer(catalogue: CatalogueNames, locale: string): ProfileNamer {
  return {
    catalogue,
    occupation: (id) => catalogue.occupation(id) ?? id,
    jurisdiction: (id) => catalogue.jurisdiction(id) ?? id,
    language: (tag) => languageName(tag, locale),
    country: (code) => countryName(code, locale),
  };
}
