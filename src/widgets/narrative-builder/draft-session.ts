/**
 * The draft being edited: the template it fills, its values and competency tags, the copy
 * kept on this device while typing (local-draft.ts), the server draft with its reviews and
 * versions, and saving with optimistic concurrency: a save based on a stale version ends in
 * the conflict view, where the person keeps theirs or takes the saved one.
 */
import type { ReactiveController } from 'lit';
import { msg } from '@lit/localize';
import * as z from 'zod/mini';
import { isApiError } from '../../api/errors.js';
import { NarrativeDraft } from '../../api/narrative.js';
import type {
  DraftValues,
  DraftVersion,
  NarrativeKind,
  NarrativeReview,
  NarrativeTemplate,
  TemplateField,
} from '../../api/narrative.js';
import { createNarrativeDraft, listDraftVersions, restoreDraftVersion, updateNarrativeDraft } from '../../api/operations/narratives.js';
import { renderNarrative, type RenderedNarrative } from '../../core/narrative/render.js';
import { errorMessage } from '../../ui/errors.js';
import { fetchOpening, fetchReviews, fetchTemplate, type Fetched, type Opening } from './draft-opening.js';
import type { NarrativeHost } from './host.js';
import { localKey, readLocal, removeLocal, writeLocal } from './local-draft.js';
import type { TemplateCatalogue, TemplateShelf } from './template-catalogue.js';

/** What the element asks to open. */
export interface OpenRequest {
  locale: string;
  draftId?: string;
  templateId?: string;
  kind: NarrativeKind;
}

export interface SessionHost extends NarrativeHost, Omit<OpenRequest, 'locale'> {
  readonly catalogue: TemplateCatalogue;
}

/** What a server write of the review tools changed. */
export interface SessionChange {
  draft?: NarrativeDraft;
  reviews?: NarrativeReview[];
  versions?: DraftVersion[];
  notice?: string;
  problem?: string;
}

/** A failure in words. */
function describe(error: unknown): string {
  return isApiError(error) ? errorMessage(error.kind) : errorMessage('unexpected');
}

export class DraftSession implements ReactiveController {
  template?: NarrativeTemplate;
  /** The draft on the server, once there is one. */
  draft?: NarrativeDraft;
  values: DraftValues = {};
  competencies: string[] = [];
  /** True while the values hold changes the server does not have (they are kept on this device). */
  dirty = false;
  reviews: NarrativeReview[] = [];
  /** The server's versions of the draft, while the history is shown. */
  versions?: DraftVersion[];
  /** The server's newer draft, after a save based on a stale version. */
  conflict?: NarrativeDraft;
  /** The person's STAR stories, for the coverage of the target occupation's competencies. */
  otherStories: NarrativeDraft[] = [];
  /** True while a server write is under way. */
  busy = false;
  /** The status line ("Saved."), read out by screen readers. */
  notice = '';
  /** What went wrong, in words. */
  problem = '';

  private openedFor?: string;
  private usedOpening?: Opening;
  private askedDraftId?: string;
  /** Kept until the save succeeds, so a retried save is applied once. */
  private saveKey?: string;
  private cleaned?: { values: DraftValues; clean: DraftValues };
  private lastRendered?: { template: NarrativeTemplate; values: DraftValues; locale: string; rendered: RenderedNarrative };

  constructor(private readonly host: SessionHost) {
    host.addController(this);
  }

  /** Once the templates are there, opens what the element asks for, in the same update. */
  hostUpdate(): void {
    const { catalogue, resolvedLocale, draftId, templateId, kind } = this.host;
    const shelf = catalogue.templates.value;
    if (shelf) this.open(shelf, { locale: resolvedLocale, draftId, templateId, kind });
  }

  private get storageKey(): string | undefined {
    return this.template ? localKey(this.template.id, this.draft?.id ?? this.askedDraftId) : undefined;
  }

  // ---- opening ------------------------------------------------------------------------

  /** Opens what the element asks for: again only when the locale, draft, template or kind change. */
  private open(shelf: TemplateShelf, request: OpenRequest): void {
    const key = `${request.locale}|${request.draftId ?? ''}|${request.templateId ?? ''}|${request.kind}`;
    if (key === this.openedFor) return;
    this.openedFor = key;
    // The first open uses what was requested with the templates, and shows it in this same update.
    const pre = shelf.opening;
    const fresh = pre !== this.usedOpening && pre.draftId === request.draftId && pre.user === this.host.hasUser;
    this.usedOpening = pre;
    void this.openDraft(shelf.items, request, fresh ? pre.result : undefined);
  }

  /**
   * Opens the draft asked for, or the person's newest draft of the template, or a fresh one.
   * With what was already fetched it shows the draft synchronously (no render in between).
   */
  private async openDraft(templates: NarrativeTemplate[], request: OpenRequest, fetched?: Fetched): Promise<void> {
    const { client, hasUser } = this.host;
    this.problem = '';
    this.conflict = undefined;
    this.versions = undefined;
    this.askedDraftId = request.draftId;
    try {
      if (request.draftId && hasUser) {
        const { draft, reviews, error } = fetched ?? (await fetchOpening(client, hasUser, request.draftId));
        if (!draft) throw error;
        const template = templates.find((t) => t.id === draft.templateId) ?? (await fetchTemplate(client, draft.templateId));
        this.show(template, draft);
        if (reviews && 'error' in reviews) throw reviews.error;
        if (reviews) this.reviews = reviews.value.items;
        return;
      }
      const { templateId, kind, locale } = request;
      const template = templates.find((t) => t.id === templateId) ?? templates.find((t) => t.kind === kind && t.locale === locale) ?? templates.find((t) => t.kind === kind);
      if (!template) {
        this.template = undefined;
        return;
      }
      let draft: NarrativeDraft | undefined;
      if (hasUser) {
        const { mine, error } = fetched ?? (await fetchOpening(client, hasUser, undefined));
        if (!mine) throw error;
        const stories = new Set(templates.filter((t) => t.kind === 'star-story').map((t) => t.id));
        this.otherStories = mine.items.filter((d) => stories.has(d.templateId));
        const local = readLocal(localKey(template.id));
        draft = mine.items.find((d) => d.id === local?.draftId) ?? mine.items.find((d) => d.templateId === template.id);
      }
      this.show(template, draft);
      if (draft) this.reviews = (await fetchReviews(client, draft.id)).items;
    } catch (error) {
      this.host.reportError(error, 'load');
      this.problem = describe(error);
    } finally {
      this.host.requestUpdate();
    }
  }

  /** Shows a template with the server draft's values, or the local copy when it holds unsaved changes. */
  private show(template: NarrativeTemplate, draft?: NarrativeDraft): void {
    this.template = template;
    this.draft = draft;
    this.reviews = [];
    const local = readLocal(localKey(template.id, draft?.id));
    if (local?.dirty && !this.host.reviewing) {
      this.values = local.values;
      this.competencies = local.competencies;
      this.dirty = true;
      this.notice = msg('Your unsaved changes on this device were restored.', { id: 'narrative.restoredLocal' });
    } else {
      this.values = draft?.values ?? {};
      this.competencies = draft?.competencies ?? [];
      this.dirty = false;
      this.notice = '';
    }
    this.host.requestUpdate();
  }

  // ---- editing ------------------------------------------------------------------------

  setValue(field: TemplateField, raw: string): void {
    this.edit({ ...this.values, [field.id]: field.type === 'list' ? raw.split('\n') : raw });
  }

  toggleCompetency(id: string, on: boolean): void {
    const current = this.competencies;
    this.competencies = on ? [...new Set([...current, id])] : current.filter((c) => c !== id);
    this.edit(this.values);
  }

  /** Replaces the values (a pre-fill) and says so. */
  fill(values: DraftValues, notice: string): void {
    this.edit(values);
    this.notice = notice;
  }

  /** Takes an edit and keeps it on this device until the server has it. */
  private edit(values: DraftValues): void {
    this.values = values;
    this.dirty = true;
    const key = this.storageKey;
    if (key && this.template) {
      writeLocal(key, {
        templateId: this.template.id,
        ...(this.draft ? { draftId: this.draft.id, version: this.draft.version } : {}),
        values: this.values,
        competencies: this.competencies,
        dirty: true,
      });
    }
    this.host.requestUpdate();
  }

  /** The values with list lines trimmed and blank lines dropped (computed once per change of `values`; do not mutate). */
  cleanValues(): DraftValues {
    if (this.cleaned?.values !== this.values) {
      const out: DraftValues = {};
      for (const [key, value] of Object.entries(this.values)) {
        out[key] = Array.isArray(value) ? value.map((line) => line.trim()).filter(Boolean) : value;
      }
      this.cleaned = { values: this.values, clean: out };
    }
    return this.cleaned.clean;
  }

  /** The rendered narrative, computed again only when the template, the values or the locale change. */
  rendered(template: NarrativeTemplate, locale: string): RenderedNarrative {
    const values = this.cleanValues();
    const last = this.lastRendered;
    if (last?.template === template && last.values === values && last.locale === locale) return last.rendered;
    const rendered = renderNarrative(template, values, locale);
    this.lastRendered = { template, values, locale, rendered };
    return rendered;
  }

  // ---- server writes ------------------------------------------------------------------

  /** Runs a server write: busy meanwhile; a stale version shows the conflict, another failure says what went wrong. */
  async write<T>(work: () => Promise<T>, done: (value: T) => void): Promise<void> {
    this.busy = true;
    this.problem = '';
    this.host.requestUpdate();
    try {
      done(await work());
    } catch (error) {
      const parsed = isApiError(error) && error.kind === 'conflict' ? z.safeParse(NarrativeDraft, error.problem?.current) : undefined;
      if (parsed?.success) {
        this.conflict = parsed.data;
        this.problem = msg('This draft was changed somewhere else. Compare both versions and choose which to keep.', { id: 'narrative.conflict' });
      } else {
        this.host.reportError(error, 'load');
        this.problem = describe(error);
      }
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  /** Takes what a server write of the review tools returned. */
  apply(change: SessionChange): void {
    if (change.draft) this.draft = change.draft;
    if (change.reviews) this.reviews = change.reviews;
    if (change.versions) this.versions = change.versions;
    if (change.notice !== undefined) this.notice = change.notice;
    if (change.problem !== undefined) this.problem = change.problem;
    this.host.requestUpdate();
  }

  /** Shows a new server version of the draft: this device's copy is no longer needed. */
  saved(draft: NarrativeDraft, notice = msg('Saved.', { id: 'narrative.saved' })): void {
    const before = this.storageKey;
    this.draft = draft;
    this.values = draft.values;
    this.competencies = draft.competencies;
    this.dirty = false;
    this.conflict = undefined;
    this.versions = undefined;
    this.saveKey = undefined;
    if (before) removeLocal(before);
    if (this.template) {
      removeLocal(localKey(this.template.id));
      // Remember which server draft belongs to this template on this device.
      writeLocal(localKey(this.template.id), { templateId: this.template.id, draftId: draft.id, version: draft.version, values: draft.values, competencies: draft.competencies, dirty: false });
    }
    this.notice = notice;
    this.host.requestUpdate();
    this.host.emit('bw-narrative-saved', { draft });
  }

  /** Saves on the server: creates the draft the first time, then a new version each time. */
  async save(baseVersion?: number): Promise<void> {
    const template = this.template;
    if (!template) return;
    const values = this.cleanValues();
    const { draft, competencies } = this;
    this.saveKey ??= crypto.randomUUID();
    const idempotencyKey = this.saveKey;
    const client = this.host.client;
    await this.write(
      () =>
        draft
          ? client.call(updateNarrativeDraft, {
              params: { id: draft.id },
              body: { version: baseVersion ?? readLocal(localKey(template.id, draft.id))?.version ?? draft.version, values, competencies },
              idempotencyKey,
            })
          : client.call(createNarrativeDraft, { body: { templateId: template.id, title: template.title, values, competencies }, idempotencyKey }),
      (saved) => this.saved(saved),
    );
  }

  /** After a conflict: saves this device's text as a new version over the newer one. */
  keepMine(): void {
    const current = this.conflict;
    if (!current) return;
    this.draft = current;
    this.saveKey = undefined;
    void this.save(current.version);
  }

  /** After a conflict: drops this device's text for the saved one. */
  useSaved(notice: string): void {
    if (this.conflict) this.saved(this.conflict, notice);
  }

  /** Fetches the server's versions of the draft, to show the history. */
  async showVersions(): Promise<void> {
    const draft = this.draft;
    if (!draft) return;
    await this.write(
      () => this.host.client.call(listDraftVersions, { params: { id: draft.id } }),
      (list) => this.apply({ versions: list.items }),
    );
  }

  /** Restores an earlier version as a new one. */
  async restore(version: number, notice: string): Promise<void> {
    const draft = this.draft;
    if (!draft) return;
    await this.write(
      () => this.host.client.call(restoreDraftVersion, { params: { id: draft.id }, body: { version: draft.version, restore: version } }),
      (restored) => this.saved(restored, notice),
    );
  }
}
