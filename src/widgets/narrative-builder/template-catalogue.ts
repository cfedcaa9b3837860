/**
 * The narrative templates of the active locale, with the person's drafts requested beside
 * them (draft-opening.ts) and the view's code fetched beside both (draft-view.ts, which reads
 * the templates and shows them), so the first open waits for one round trip, not two or three.
 * Long lists come a page at a time ("Show more").
 */
import type { BridgewayClient } from '../../api/client.js';
import { RawNarrativeTemplatePage } from '../../generated/contract.js';
import { listNarrativeTemplates } from '../../generated/operations.js';
import { Loader } from '../../ui/loader.js';
import type { SupportedLocale } from '../../ui/localization.js';
import { fetchOpening, TEMPLATE_PAGE_SIZE } from './draft-opening.js';
import type { NarrativeHost } from './host.js';
import type * as TemplateShelfModule from './template-shelf.js';
import type { TemplateShelf } from './template-shelf.js';

export interface CatalogueHost extends NarrativeHost {
  /** The draft the element opens, if any: its reads start with the templates'. */
  readonly draftId?: string;
  /** The view's code (rejects when it did not arrive: the loader's error state offers "Try again"). */
  viewCode(): Promise<ShelfCode>;
}

/** What the catalogue uses of the view's code. */
type ShelfCode = Pick<typeof TemplateShelfModule, 'readTemplates' | 'showMoreTemplates'>;

export class TemplateCatalogue {
  readonly templates: Loader<TemplateShelf, readonly [BridgewayClient, SupportedLocale]>;
  /** True while the next page is on its way. */
  loadingMore = false;
  /** The code that reads the templates, once here. */
  private code?: ShelfCode;

  constructor(private readonly host: CatalogueHost) {
    this.templates = new Loader(host, {
      args: () => [host.client, host.resolvedLocale] as const,
      load: async ([client, locale], signal): Promise<TemplateShelf> => {
        const draftId = host.draftId;
        const user = host.hasUser;
        const [view, page, result] = await Promise.all([
          host.viewCode(),
          client.call(listNarrativeTemplates, { query: { locale, limit: TEMPLATE_PAGE_SIZE }, response: RawNarrativeTemplatePage, signal }),
          fetchOpening(client, user, draftId, signal),
        ]);
        this.code = view;
        return { ...view.readTemplates(page.items), nextCursor: page.nextCursor ?? null, opening: { draftId, user, result } };
      },
    });
  }

  /** Adds the next page of templates to the shelf (template-shelf.ts, with the view's code, there once a shelf is); a failure is reported and "Show more" stays. */
  showMore(): Promise<void> {
    return this.code?.showMoreTemplates(this, this.host) ?? Promise.resolve();
  }
}
