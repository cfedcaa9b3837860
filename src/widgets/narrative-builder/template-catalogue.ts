/**
 * The narrative templates of the active locale, with the person's drafts requested beside
 * them (draft-opening.ts) so the first open waits for one round trip, not two.
 */
import type { BridgewayClient } from '../../api/client.js';
import type { NarrativeTemplatePage } from '../../api/narrative.js';
import { listNarrativeTemplates } from '../../api/operations/narratives.js';
import { Loader } from '../../ui/loader.js';
import type { SupportedLocale } from '../../ui/localization.js';
import { fetchOpening, type Opening } from './draft-opening.js';
import type { NarrativeHost } from './host.js';

/** The templates page, with what the first open needs fetched beside it. */
export type TemplateShelf = NarrativeTemplatePage & { opening: Opening };

export interface CatalogueHost extends NarrativeHost {
  /** The draft the element opens, if any: its reads start with the templates'. */
  readonly draftId?: string;
}

export class TemplateCatalogue {
  readonly templates: Loader<TemplateShelf, readonly [BridgewayClient, SupportedLocale]>;

  constructor(host: CatalogueHost) {
    this.templates = new Loader(host, {
      args: () => [host.client, host.resolvedLocale] as const,
      load: async ([client, locale], signal): Promise<TemplateShelf> => {
        const draftId = host.draftId;
        const user = host.hasUser;
        const drafts = fetchOpening(client, user, draftId, signal);
        const page = await client.call(listNarrativeTemplates, { query: { locale }, signal });
        return { ...page, opening: { draftId, user, result: await drafts } };
      },
    });
  }
}
