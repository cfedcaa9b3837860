/**
 * The draft being edited: the template it fills, its values and competency tags, the copy
 * kept on this device while typing (local-draft.ts), and the server draft with its reviews and
 * versions; the text the template language makes of it. A part fetched at connect, beside the
 * view's code (draft-view.ts) and the reads the template catalogue makes. Saving and the other
 * server writes are draft-writes.ts, loaded once the person first changes the text (or presses
 * Save): the first view needs none of it.
 */
import { msg } from '@lit/localize';
import type {
  DraftValues,
  DraftVersion,
  NarrativeDraft,
  NarrativeReview,
  NarrativeTemplate,
  TemplateField,
} from '../../api/narrative.js';
import { exportMarkdown, exportPlainText } from '../../core/narrative/export.js';
import { hasValue, renderNarrative, type RenderedNarrative } from '../../core/narrative/render.js';
import { errorKind, errorMessage } from '../../ui/errors.js';
import { LazyPart } from '../../ui/lazy.js';
import { DraftOpener, type OpenerHost } from './draft-opener.js';
import type * as DraftWritesModule from './draft-writes.js';
import { counterpartIn, withGuidance } from './guide.js';
import type { WritableSession, WriteProgress } from './host.js';
import { localKey, readLocal, writeLocal } from './local-draft.js';

export { readTemplates, showMoreTemplates } from './template-shelf.js';

export type SessionHost = OpenerHost;

/** What a server write of the review tools changed. */
export interface SessionChange {
  draft?: NarrativeDraft;
  reviews?: NarrativeReview[];
  versions?: DraftVersion[];
  notice?: string;
  problem?: string;
}

export class DraftSession implements WritableSession {
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
  /** What the write under way does ("Saving…"), for the status line and the Save button. */
  progress?: WriteProgress;
  /** The status line ("Saved."), read out by screen readers. */
  notice = '';
  /** What went wrong, in words. */
  problem = '';

  private lastGuided?: { template: NarrativeTemplate; templates: readonly NarrativeTemplate[]; guided: NarrativeTemplate };
  private askedDraftId?: string;
  private cleaned?: { values: DraftValues; clean: DraftValues };
  private lastRendered?: { template: NarrativeTemplate; values: DraftValues; locale: string; rendered: RenderedNarrative };

  /** Opens what the element asks for. */
  readonly opener: DraftOpener;

  /** The server writes' code (draft-writes.ts), loaded on the first change or Save. */
  readonly writes: LazyPart<typeof DraftWritesModule>;

  constructor(private readonly host: SessionHost) {
    this.opener = new DraftOpener(host, this);
    this.writes = new LazyPart(host, () => import('./draft-writes.js'));
  }

  /** Where this device keeps the draft's copy. */
  get storageKey(): string | undefined {
    return this.template ? localKey(this.template.id, this.draft?.id ?? this.askedDraftId) : undefined;
  }

  /** The template with the guidance of the language shown (the draft keeps its own body and text). */
  guided(templates: readonly NarrativeTemplate[]): NarrativeTemplate | undefined {
    const template = this.template;
    if (!template) return undefined;
    let last = this.lastGuided;
    if (last?.template !== template || last.templates !== templates) this.lastGuided = last = { template, templates, guided: withGuidance(template, counterpartIn(templates, template)) };
    return last.guided;
  }

  /** The id of the template shown, as it is in `templates` (the language shown), for the picker. */
  shownTemplateId(templates: readonly NarrativeTemplate[]): string | undefined {
    return this.template && counterpartIn(templates, this.template).id;
  }

  /** True once a field holds something to show (the hints then advise on it). */
  hasText(): boolean {
    return Object.values(this.cleanValues()).some(hasValue);
  }

  /** The narrative as plain text ('' before a template is shown). */
  plainText(): string {
    const template = this.template;
    return template ? exportPlainText(template, this.cleanValues(), template.locale) : '';
  }

  /** The narrative as Markdown, user text escaped ('' before a template is shown). */
  markdown(): string {
    const { template, draft } = this;
    return template ? exportMarkdown(template, this.cleanValues(), template.locale, draft?.title ?? template.title) : '';
  }

  // ---- opening (draft-opener.ts decides what) ----------------------------------------

  /** Starts opening a draft (or the template's draft, when `draftId` is undefined). */
  begin(draftId: string | undefined): void {
    this.problem = '';
    this.conflict = undefined;
    this.versions = undefined;
    this.askedDraftId = draftId;
  }

  /** Nothing to open: no template of the kind asked for. */
  clear(): void {
    this.template = undefined;
  }

  /** Opening failed: says so. */
  failed(error: unknown): void {
    this.host.reportError(error, 'load');
    this.problem = errorMessage(errorKind(error));
    this.host.requestUpdate();
  }

  /** A new draft nobody has typed in yet moves to the language shown; anything written stays in its own. */
  followLanguage(): void {
    const { template } = this;
    const shelf = this.host.catalogue.templates.value;
    if (!template || !shelf || this.draft || this.dirty || Object.values(this.cleanValues()).some(hasValue)) return;
    const counterpart = counterpartIn(shelf.items, template);
    if (counterpart !== template) {
      this.template = counterpart;
      this.host.requestUpdate();
    }
  }

  /** Shows a template with the server draft's values, or the local copy when it holds unsaved changes. */
  show(template: NarrativeTemplate, draft?: NarrativeDraft): void {
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
    this.followLanguage();
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
    // A signed-in author will save what they change: the saving code starts loading now, quietly (Save says when it did not arrive).
    if (this.host.hasUser && !this.host.reviewing && this.writes.status === 'idle') this.writes.require().catch(() => undefined);
    this.host.requestUpdate();
  }

  /** The values with list lines trimmed and blank lines dropped (computed once per change of `values`; do not mutate). */
  cleanValues(): DraftValues {
    if (this.cleaned?.values !== this.values) {
      const clean: DraftValues = Object.fromEntries(
        Object.entries(this.values).map(([key, value]) => [key, Array.isArray(value) ? value.map((line) => line.trim()).filter(Boolean) : value]),
      );
      this.cleaned = { values: this.values, clean };
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

  /** Takes what a server write of the review tools returned. */
  apply(change: SessionChange): void {
    if (change.draft) this.draft = change.draft;
    if (change.reviews) this.reviews = change.reviews;
    if (change.versions) this.versions = change.versions;
    if (change.notice !== undefined) this.notice = change.notice;
    if (change.problem !== undefined) this.problem = change.problem;
    this.host.requestUpdate();
  }

  /**
   * Saves on the server: creates the draft the first time, then a new version each time. The
   * saving code loads first when it is not there yet; when it does not arrive, the failure shows
   * and pressing Save again tries again.
   */
  async save(baseVersion?: number): Promise<void> {
    let part: typeof DraftWritesModule | undefined;
    try {
      part = await this.writes.require();
    } catch (error) {
      // Focus stays on Save, which stays; the problem is an alert, read out as it shows.
      this.failed(error);
      return;
    }
    await part.writesFor(this.host, this).save(baseVersion);
  }
}
