/**
 * The shelf of templates: reading a page, where each template is checked on its own, and one
 * that does not match the contract (a field named `constructor`, a section that is not a list, a
 * missing field) is set aside with what is wrong, while the others still work; and "Show more".
 * With the draft session's code (a part fetched at connect): the first page arrives raw.
 */
import { NarrativeTemplate, RawNarrativeTemplatePage } from '../../generated/contract.js';
import { listNarrativeTemplates } from '../../generated/operations.js';
import { safeParse } from '../../api/validate.js';
import { TEMPLATE_PAGE_SIZE, type Opening } from './draft-opening.js';
import type { NarrativeHost } from './host.js';

/** A template the server sent that the builder cannot use, with what is wrong with it. */
export interface BrokenTemplate {
  id: string;
  title: string;
  kind?: string;
  /** The first problem, as a path and message (`sections.0.fields.1.id: must not be a reserved name`). */
  problem: string;
}

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

/** The templates, those set aside, the cursor of the next page, and what the first open needs. */
export interface TemplateShelf {
  items: NarrativeTemplate[];
  broken: BrokenTemplate[];
  nextCursor: string | null;
  opening: Opening;
}

/** What holds the shelf: the template catalogue (template-catalogue.ts). */
export interface ShelfHolder {
  readonly templates: { value?: TemplateShelf };
  /** True while the next page is on its way. */
  loadingMore: boolean;
}

/** Adds the next page of templates to the shelf; a failure is reported and "Show more" stays. */
export async function showMoreTemplates(holder: ShelfHolder, host: NarrativeHost): Promise<void> {
  const shelf = holder.templates.value;
  if (!shelf?.nextCursor || holder.loadingMore) return;
  holder.loadingMore = true;
  host.requestUpdate();
  try {
    const query = { locale: host.resolvedLocale, limit: TEMPLATE_PAGE_SIZE, cursor: shelf.nextCursor };
    const page = await host.client.call(listNarrativeTemplates, { query, response: RawNarrativeTemplatePage });
    const next = readTemplates(page.items);
    // The shelf asked about may have been replaced (a new language) meanwhile: then this page is dropped.
    if (holder.templates.value === shelf) {
      holder.templates.value = { ...shelf, items: [...shelf.items, ...next.items], broken: [...shelf.broken, ...next.broken], nextCursor: page.nextCursor ?? null };
    }
  } catch (error) {
    host.reportError(error, 'load');
  } finally {
    holder.loadingMore = false;
    host.requestUpdate();
  }
}
