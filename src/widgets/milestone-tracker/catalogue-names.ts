/** The catalogue's names (occupations, jurisdictions) in the person's language, their code and schemas loaded on demand. */
import type { BridgewayClient } from '../../api/client.js';
import type { CatalogueNames } from '../../ui/catalogue-names.js';

export const loadCatalogueNames = (client: BridgewayClient, locale: string, signal?: AbortSignal): Promise<CatalogueNames> =>
  import('../../ui/catalogue-names.js').then((m) => m.catalogueNames(client, locale, signal));
