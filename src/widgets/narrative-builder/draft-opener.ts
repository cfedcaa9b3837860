/**
 * Opens what the element asks for, once the templates of the language shown are there: the
 * draft asked for, or the person's draft of the template (in this language or, started in
 * another, with its own text and this language's guidance), or a fresh one. A new language
 * does not reopen: the draft and the text stay, the guidance follows (guide.ts). With the draft
 * session's code (a part fetched at connect); the reads the first open uses were started from
 * the element's first download (draft-opening.ts), the later ones are here.
 */
import type { ReactiveController } from 'lit';
import type { BridgewayClient } from '../../api/client.js';
import type { NarrativeDraft, NarrativeKind, NarrativeReview, NarrativeReviewList, NarrativeTemplate } from '../../api/narrative.js';
import { getNarrativeTemplate, listDraftReviews, listNarrativeTemplates } from '../../generated/operations.js';
import { fetchOpening, type Fetched, type Opening } from './draft-opening.js';
import { sameShape } from './guide.js';
import type { NarrativeHost } from './host.js';
import { localKey, readLocal, unsavedTemplateRecords, type LocalDraft } from './local-draft.js';
import type { TemplateCatalogue } from './template-catalogue.js';
import type { TemplateShelf } from './template-shelf.js';

/** What the element asks to open. */
export interface OpenRequest {
  locale: string;
  draftId?: string;
  templateId?: string;
  kind: NarrativeKind;
}

export interface OpenerHost extends NarrativeHost, Omit<OpenRequest, 'locale'> {
  readonly catalogue: TemplateCatalogue;
}

/** What the opener sets in the draft session. */
export interface OpenedSession {
  reviews: NarrativeReview[];
  otherStories: NarrativeDraft[];
  begin(draftId: string | undefined): void;
  show(template: NarrativeTemplate, draft?: NarrativeDraft): void;
  clear(): void;
  failed(error: unknown): void;
  followLanguage(): void;
}

/** Pages of templates read, at most, to find the template asked for. */
const MAX_TEMPLATE_PAGES = 5;

export class DraftOpener implements ReactiveController {
  private openedFor?: string;
  private usedOpening?: Opening;
  private shelf?: TemplateShelf;
  private run = 0;
  /** Each template in every language, read once. */
  private readonly families = new Map<string, Promise<NarrativeTemplate[]>>();

  constructor(
    private readonly host: OpenerHost,
    private readonly session: OpenedSession,
  ) {
    host.addController(this);
  }

  /** Once the templates are there, opens what the element asks for, in the same update. */
  hostUpdate(): void {
    const { catalogue, resolvedLocale, draftId, templateId, kind } = this.host;
    const shelf = catalogue.templates.value;
    if (!shelf) return;
    this.open(shelf, { locale: resolvedLocale, draftId, templateId, kind });
    if (shelf !== this.shelf) {
      this.shelf = shelf;
      this.session.followLanguage();
    }
  }

  /** Opens again only when the draft, template, kind or user change. */
  private open(shelf: TemplateShelf, request: OpenRequest): void {
    const user = this.host.hasUser;
    const key = `${request.draftId ?? ''}|${request.templateId ?? ''}|${request.kind}|${user}`;
    if (key === this.openedFor) return;
    this.openedFor = key;
    // The first open uses what was requested with the templates, and shows it in this same update.
    const pre = shelf.opening;
    const fresh = pre !== this.usedOpening && pre.draftId === request.draftId && pre.user === user;
    this.usedOpening = pre;
    void this.openDraft(shelf.items, request, fresh ? pre.result : undefined);
  }

  /**
   * With what was already fetched it shows the draft synchronously (no render in between);
   * a later open wins over an earlier one still on its way.
   */
  private async openDraft(templates: NarrativeTemplate[], request: OpenRequest, fetched?: Fetched): Promise<void> {
    const { client, hasUser } = this.host;
    const session = this.session;
    const run = ++this.run;
    const stale = () => run !== this.run;
    session.begin(request.draftId);
    try {
      if (request.draftId && hasUser) {
        const { draft, reviews, error } = fetched ?? (await fetchOpening(client, hasUser, request.draftId));
        if (!draft) throw error;
        const template = templates.find((t) => t.id === draft.templateId) ?? (await fetchTemplate(client, draft.templateId));
        if (stale()) return;
        session.show(template, draft);
        if (reviews && 'error' in reviews) throw reviews.error;
        if (reviews) session.reviews = reviews.value.items;
        return;
      }
      const { templateId, kind, locale } = request;
      const find = (list: readonly NarrativeTemplate[]) =>
        list.find((t) => t.id === templateId) ?? list.find((t) => t.kind === kind && t.locale === locale) ?? list.find((t) => t.kind === kind);
      let asked = find(templates);
      // The template asked for may be on a later page: read on, a page at a time, while there are more.
      for (let pages = 0; !asked && pages < MAX_TEMPLATE_PAGES && this.host.catalogue.templates.value?.nextCursor; pages++) {
        await this.host.catalogue.showMore();
        if (stale()) return;
        templates = this.host.catalogue.templates.value?.items ?? templates;
        asked = find(templates);
      }
      if (!asked) return session.clear();
      let drafts: NarrativeDraft[] = [];
      if (hasUser) {
        const { mine, error } = fetched ?? (await fetchOpening(client, hasUser, undefined));
        if (!mine) throw error;
        drafts = mine.items;
      }
      const unsaved = unsavedTemplateRecords();
      // The other languages' templates are read only when a draft or a copy on this device may use one.
      const family = foreignTemplateIds(templates, drafts, unsaved).length ? await this.familyOf(asked).catch(() => [asked]) : [asked];
      if (stale()) return;
      const stories = new Set([...templates, ...family].filter((t) => t.kind === 'star-story').map((t) => t.id));
      session.otherStories = drafts.filter((d) => stories.has(d.templateId));
      const { template, draft } = pickOpening(family, drafts, unsaved);
      session.show(template, draft);
      if (draft) {
        const reviews = (await fetchReviews(client, draft.id)).items;
        if (!stale()) session.reviews = reviews;
      }
    } catch (error) {
      if (!stale()) session.failed(error);
    } finally {
      this.host.requestUpdate();
    }
  }

  private familyOf(asked: NarrativeTemplate): Promise<NarrativeTemplate[]> {
    let family = this.families.get(asked.id);
    if (!family) {
      family = fetchFamily(this.host.client, asked);
      this.families.set(asked.id, family);
      family.catch(() => this.families.delete(asked.id));
    }
    return family;
  }
}

/** A template that is not among those of the active locale (a shared draft written in another language). */
export function fetchTemplate(client: BridgewayClient, id: string): Promise<NarrativeTemplate> {
  return client.call(getNarrativeTemplate, { params: { id } });
}

/** The reviews of a draft. */
export function fetchReviews(client: BridgewayClient, draftId: string): Promise<NarrativeReviewList> {
  return client.call(listDraftReviews, { params: { id: draftId } });
}

/** Templates that drafts or copies on this device use and the shelf (the language shown) does not hold. */
export function foreignTemplateIds(shelf: readonly NarrativeTemplate[], drafts: readonly NarrativeDraft[], unsaved: readonly LocalDraft[]): string[] {
  const known = new Set(shelf.map((t) => t.id));
  return [...new Set([...drafts.map((d) => d.templateId), ...unsaved.map((r) => r.templateId)])].filter((id) => !known.has(id));
}

/** `asked` and the same form in every other language (one read of the kind's templates). */
export async function fetchFamily(client: BridgewayClient, asked: NarrativeTemplate): Promise<NarrativeTemplate[]> {
  const all = await client.call(listNarrativeTemplates, { query: { kind: asked.kind } });
  return [asked, ...all.items.filter((t) => t.id !== asked.id && sameShape(t, asked))];
}

/**
 * Which draft opens for a template, and with which template (the family: `asked` and its
 * counterparts): the draft this device remembers, else the newest in the language shown,
 * else the newest in another (`drafts` come newest first); without one, text typed on this device, in this template first.
 */
export function pickOpening(family: readonly NarrativeTemplate[], drafts: readonly NarrativeDraft[], unsaved: readonly LocalDraft[]): { template: NarrativeTemplate; draft?: NarrativeDraft } {
  const asked = family[0];
  const ids = new Set(family.map((t) => t.id));
  const remembered = readLocal(localKey(asked.id))?.draftId;
  const draft = drafts.find((d) => d.id === remembered) ?? drafts.find((d) => d.templateId === asked.id) ?? drafts.find((d) => ids.has(d.templateId));
  const typed = unsaved.find((r) => r.templateId === asked.id) ?? unsaved.find((r) => ids.has(r.templateId));
  const templateId = draft?.templateId ?? typed?.templateId ?? asked.id;
  return { template: family.find((t) => t.id === templateId) ?? asked, ...(draft ? { draft } : {}) };
}
