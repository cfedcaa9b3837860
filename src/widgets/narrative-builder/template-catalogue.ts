/**
 * The narrative templates of the active locale, with the person's drafts requested beside
 * them (draft-opening.ts) so the first open waits for one round trip, not two. Each template
 * is checked on its own: one that does not match the contract (a field named `constructor`,
 * a section that is not a list, a missing field) is set aside with what is wrong, and the
 * others still work. Long lists come a page at a time ("Show more").
 */
import type { BridgewayClient } from '../../api/client.js';
import { NarrativeTemplate, RawNarrativeTemplatePage } from '../../generated/contract.js';
import { listNarrativeTemplates } from '../../generated/operations.js';
import { safeParse } from '../../api/validate.js';
import { Loader } from '../../ui/loader.js';
import type { SupportedLocale } from '../../ui/localization.js';
import { fetchOpening, type Opening } from './draft-opening.js';
import type { NarrativeHost } from './host.js';

/** A template the server sent that the builder cannot use, with what is wrong with it. */
export interface BrokenTemplate {
  id: string;
  title: string;
  kind?: string;
  /** The first problem, as a path and message (`sections.0.fields.1.id: must not be a reserved name`). */
  problem: string;
}

/** The templates, those set aside, the cursor of the next page, and what the first open needs. */
export interface TemplateShelf {
  items: NarrativeTemplate[];
  broken: BrokenTemplate[];
  nextCursor: string | null;
  opening: Opening;
}

/** How many templates a page asks for. */
export const TEMPLATE_PAGE_SIZE = 50;

function ownString(item: unknown, key: string): string | undefined {
  if (typeof item !== 'object' || item === null || !Object.hasOwn(item, key)) return undefined;
  const value: unknown = (item as Record<string, unknown>)[key];
  return typeof value === 'string' ? value.slice(0, 200) : undefined;
}

/** Splits a page into usable templates and broken ones (never throws). */
export function readTemplates(items: readonly unknown[]): { items: NarrativeTemplate[]; broken: BrokenTemplate[] } {
  const good: NarrativeTemplate[] = [];
  const broken: BrokenTemplate[] = [];
  for (const item of items) {
    const parsed = safeParse(NarrativeTemplate, item);
    if (parsed.success) {
      good.push(parsed.data);
      continue;
    }
    const kind = ownString(item, 'kind');
    broken.push({
      id: ownString(item, 'id') ?? '',
      title: ownString(item, 'title') ?? ownString(item, 'id') ?? '',
      ...(kind ? { kind } : {}),
      // Where the template breaks the contract (`sections.0.fields.0.id`), or the whole of it.
      problem: parsed.path.join('.') || '(root)',
    });
  }
  return { items: good, broken };
}

export interface CatalogueHost extends NarrativeHost {
  /** The draft the element opens, if any: its reads start with the templates'. */
  readonly draftId?: string;
}

export class TemplateCatalogue {
  readonly templates: Loader<TemplateShelf, readonly [BridgewayClient, SupportedLocale]>;
  /** True while the next page is on its way. */
  loadingMore = false;

  constructor(private readonly host: CatalogueHost) {
    this.templates = new Loader(host, {
      args: () => [host.client, host.resolvedLocale] as const,
      load: async ([client, locale], signal): Promise<TemplateShelf> => {
        const draftId = host.draftId;
        const user = host.hasUser;
        const drafts = fetchOpening(client, user, draftId, signal);
        const page = await client.call(listNarrativeTemplates, { query: { locale, limit: TEMPLATE_PAGE_SIZE }, response: RawNarrativeTemplatePage, signal });
        return { ...readTemplates(page.items), nextCursor: page.nextCursor ?? null, opening: { draftId, user, result: await drafts } };
      },
    });
  }

  /** Adds the next page of templates to the shelf; a failure is reported and "Show more" stays. */
  async showMore(): Promise<void> {
    const shelf = this.templates.value;
    if (!shelf?.nextCursor || this.loadingMore) return;
    this.loadingMore = true;
    this.host.requestUpdate();
    try {
      const query = { locale: this.host.resolvedLocale, limit: TEMPLATE_PAGE_SIZE, cursor: shelf.nextCursor };
      const page = await this.host.client.call(listNarrativeTemplates, { query, response: RawNarrativeTemplatePage });
      const next = readTemplates(page.items);
      // The shelf asked about may have been replaced (a new language) meanwhile: then this page is dropped.
      if (this.templates.value === shelf) {
        this.templates.value = { ...shelf, items: [...shelf.items, ...next.items], broken: [...shelf.broken, ...next.broken], nextCursor: page.nextCursor ?? null };
      }
    } catch (error) {
      this.host.reportError(error, 'load');
    } finally {
      this.loadingMore = false;
      this.host.requestUpdate();
    }
  }
}
