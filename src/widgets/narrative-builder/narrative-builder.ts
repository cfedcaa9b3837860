import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import * as z from 'zod/mini';
import { isApiError } from '../../api/errors.js';
import { LocalizedText, pickText } from '../../api/common.js';
import {
  NarrativeDraft,
  NarrativeDraftPage,
  NarrativeReviewList,
  NarrativeTemplatePage,
  type DraftValues,
  type DraftVersion,
  NarrativeKind,
  type NarrativeReview,
  type NarrativeTemplate,
  type TemplateField,
} from '../../api/narrative.js';
import type { GapAnalysis, Profile } from '../../api/gap.js';
import { hasValue, renderNarrative, type RenderedNarrative } from '../../core/narrative/render.js';
import type { EducationEntry } from '../../core/narrative/prefill.js';
import { exportMarkdown, exportPlainText } from '../../core/narrative/export.js';
import { BridgewayElement } from '../../ui/base-element.js';
import { renderBadge } from '../../ui/blocks.js';
import { errorMessage } from '../../ui/errors.js';
import { renderLoading } from '../../ui/states.js';
import { directionOf } from '../../ui/localization.js';
import { LazyPart } from '../../ui/lazy.js';
import { kindLabel, statusOf } from './messages.js';
import { localKey, readDismissed, readLocal, removeLocal, writeLocal } from './local-draft.js';
import { narrativeBuilderStyles } from './narrative-builder.styles.js';
import { loaders as narrativeLocales } from '../../generated/locales/narrative/index.js';
import { loaders as narrativeMoreLocales } from '../../generated/locales/narrative-more/index.js';

const KINDS: readonly NarrativeKind[] = NarrativeKind.options;

/** The fields of the occupation the widget reads; the rest of the catalogue entry is not its business. */
const OccupationCompetencies = z.looseObject({ id: z.string(), competencies: z.array(z.object({ id: z.string(), label: LocalizedText })) });
const AnalysisList = z.looseObject({ items: z.array(z.unknown()) });

type MorePart = typeof import('./more.js');
type Settled<T> = { value: T } | { error: unknown };
/** What opening a draft needs from the server besides the templates. */
interface Fetched {
  draft?: NarrativeDraft;
  reviews?: Settled<NarrativeReviewList>;
  mine?: NarrativeDraftPage;
  error?: unknown;
}
/** Fetched together with the templates, for the first open. */
interface Prefetched {
  draftId?: string;
  user: boolean;
  result: Fetched;
}
/** Which lazily loaded pieces the preview shows. */
interface MoreView {
  hints: boolean;
  competencies: boolean;
}

export type NarrativeExportFormat = 'clipboard' | 'text' | 'markdown' | 'docx' | 'print';

export interface NarrativeSavedDetail {
  draft: NarrativeDraft;
}
export interface NarrativeExportedDetail {
  format: NarrativeExportFormat;
  text: string;
}

/** Education and assessments of a profile, as the pre-fill reads them. */
export function educationFrom(profile: Profile): EducationEntry[] {
  const done = (profile.assessments ?? []).filter((a) => a.status === 'completed' && a.equivalentLevel);
  return profile.education.map((entry, index) => {
    const assessment = done[index] ?? done[0];
    const equivalent = assessment?.equivalentLevel;
    return {
      level: entry.level,
      field: entry.title ?? entry.fieldFamily,
      country: entry.country,
      ...(entry.institution ? { institution: entry.institution } : {}),
      year: entry.year,
      ...(assessment && equivalent ? { assessedEquivalent: equivalent, assessedBy: assessment.body.toUpperCase() } : {}),
    };
  });
}

function lines(value: DraftValues[string] | undefined): string {
  return Array.isArray(value) ? value.join('\n') : (value ?? '');
}

/**
 * Guided writing of a professional story: résumé summary, "tell me about yourself" pitch,
 * STAR story, credential-equivalency statement, cover-letter paragraph or networking
 * profile. The person picks a template (in the active locale), fills its fields with the
 * guidance and an example beside each, and sees the text, its counts against the limits
 * and hints about the target country's hiring conventions as they type. Drafts are kept
 * in localStorage while typing and saved on the server with versions; a mentor reviews
 * them beside each section. Exports to the clipboard, plain text, Markdown, Word and print.
 *
 * A gap analysis pre-fills the credential-equivalency statement: set `gapAnalysis` and
 * `profile`, or let the element hear `bw-gap-analysed` on the document, or (with a user
 * token) it reads the newest saved analysis.
 *
 * @summary Template-guided professional stories with live preview, limits, norms hints, mentor review and export.
 * @tagname bw-narrative-builder
 * @fires bw-narrative-saved - when a draft was saved on the server; `detail.draft` is the saved `NarrativeDraft`.
 * @fires bw-narrative-exported - when the text was copied or downloaded; `detail` has `format` and `text`.
 * @fires bw-error - when loading failed (from the base element); failed saves are reported too.
 * @csspart header - the title row with the status badge.
 * @csspart picker - the template picker.
 * @csspart form - the guided form.
 * @csspart section - one section of the form (a fieldset).
 * @csspart field - one field with its guidance.
 * @csspart guidance - the guidance and example beside a field.
 * @csspart input - text inputs and text areas.
 * @csspart preview - the live preview with counts.
 * @csspart counts - the word, character and speaking-time counts.
 * @csspart warning - an over-limit warning.
 * @csspart hints - the list of norms hints.
 * @csspart hint - one norms hint.
 * @csspart competencies - the competency coverage.
 * @csspart reviews - review comments and suggestions beside a section.
 * @csspart review - one comment or suggestion.
 * @csspart actions - save, history, share and export buttons.
 * @csspart button - every button.
 * @csspart conflict - both versions after a conflicting save.
 * @csspart versions - the version history.
 * @cssprop --bw-narrative-preview-font - the font of the preview (default: the host's).
 */
export class BridgewayNarrativeBuilder extends BridgewayElement {
  static override styles = [...(BridgewayElement.styles as []), narrativeBuilderStyles];
  static override localeArea = narrativeLocales;

  @state() private template?: NarrativeTemplate;
  @state() private values: DraftValues = {};
  @state() private storyCompetencies: string[] = [];
  @state() private draft?: NarrativeDraft;
  @state() private reviews: NarrativeReview[] = [];
  @state() private versions?: DraftVersion[];
  @state() private dirty = false;
  @state() private notice = '';
  @state() private problem = '';
  @state() private busy = false;
  @state() private conflict?: NarrativeDraft;
  @state() private dismissed: string[] = readDismissed();
  @state() private occupationCompetencies?: Array<{ id: string; label: LocalizedText }>;
  @state() private otherStories: NarrativeDraft[] = [];
  @state() private heardAnalysis?: { analysis: GapAnalysis; profile?: Profile };
  @state() private shareTo = '';

  /** The kind of story to start with; the person can pick another. */
  @property() kind: NarrativeKind = 'resume-summary';

  /** Opens this template (an id from GET /v1/narrative-templates) instead of the first of `kind`. */
  @property({ attribute: 'template-id' }) templateId?: string;

  /** Opens this saved draft (its owner, or a mentor it is shared with). */
  @property({ attribute: 'draft-id' }) draftId?: string;

  /** `write` (the mentee) or `review` (a mentor: comment, suggest, approve). */
  @property() mode: 'write' | 'review' = 'write';

  /** Where the person applies (`CA`, `ca-on`, `GB` ...), for the hiring-convention hints. Default: the gap analysis's jurisdiction, else `CA`. */
  @property() country?: string;

  /** The target occupation's id, to show which competencies it asks for. Default: the gap analysis's target. */
  @property() occupation?: string;

  /** A gap analysis to pre-fill the credential-equivalency statement from (with `profile`). */
  @property({ attribute: false }) gapAnalysis?: GapAnalysis;

  /** The profile the gap analysis was made for. */
  @property({ attribute: false }) profile?: Profile;

  /** Mentors the person can ask for a review (`{ id, name }`, e.g. from their introductions). */
  @property({ attribute: false }) mentors: Array<{ id: string; name: string }> = [];

  private readonly templates = this.createLoader({
    args: () => [this.client, this.resolvedLocale] as const,
    load: async ([client, locale], signal) => {
      // The person's drafts (or the draft asked for, with its reviews) are requested beside the templates, not after them.
      const draftId = this.draftId;
      const user = this.hasUser;
      const drafts = this.fetchDrafts(client, draftId, signal);
      const page = await client.request({ path: '/narrative-templates', query: { locale }, response: NarrativeTemplatePage, signal });
      return { ...page, prefetched: { draftId, user, result: await drafts } as Prefetched };
    },
  });

  private readonly onGapAnalysed = (event: Event) => {
    const detail = (event as CustomEvent<{ analysis?: GapAnalysis; profile?: Profile }>).detail;
    if (detail?.analysis) this.heardAnalysis = { analysis: detail.analysis, profile: detail.profile };
  };

  /** Review, versions, conflict, competencies, hints and exports, loaded on demand with their translations. */
  private more = new LazyPart(this, () => import('./more.js'), narrativeMoreLocales);

  private cleaned?: { values: DraftValues; clean: DraftValues };
  private lastRendered?: { template: NarrativeTemplate; values: DraftValues; locale: string; rendered: RenderedNarrative };
  private loadedFor?: string;
  private usedPrefetch?: Prefetched;
  private fetchedAnalysis = false;
  private fetchedOccupation?: string;
  private saveKey?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('bw-gap-analysed', this.onGapAnalysed);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('bw-gap-analysed', this.onGapAnalysed);
  }

  // ---- derived ------------------------------------------------------------------------

  private get hasUser(): boolean {
    return !!this.config.userToken;
  }

  private get analysis(): { analysis: GapAnalysis; profile?: Profile } | undefined {
    if (this.gapAnalysis) return { analysis: this.gapAnalysis, profile: this.profile };
    return this.heardAnalysis;
  }

  private get targetCountry(): string {
    return this.country ?? this.analysis?.analysis.target.jurisdiction.id ?? 'CA';
  }

  private get targetOccupation(): string | undefined {
    return this.occupation ?? this.analysis?.analysis.target.occupation.id;
  }

  private get reviewing(): boolean {
    return this.mode === 'review';
  }

  private get storageKey(): string | undefined {
    return this.template ? localKey(this.template.id, this.draft?.id ?? this.draftId) : undefined;
  }

  // ---- lifecycle ----------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const page = this.templates.value;
    if (!page) return;
    const key = `${this.resolvedLocale}|${this.draftId ?? ''}|${this.templateId ?? ''}|${this.kind}`;
    if (key !== this.loadedFor) {
      this.loadedFor = key;
      // The first open uses what was requested with the templates, and shows it in this same update.
      const pre = page.prefetched;
      const fresh = pre !== this.usedPrefetch && pre.draftId === this.draftId && pre.user === this.hasUser;
      this.usedPrefetch = pre;
      void this.open(page.items, fresh ? pre.result : undefined);
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const occupation = this.targetOccupation;
    if (occupation && occupation !== this.fetchedOccupation && this.config.endpoint) {
      this.fetchedOccupation = occupation;
      void this.loadOccupation(occupation);
    }
    if (!this.fetchedAnalysis && !this.analysis && this.hasUser && !this.reviewing && this.template?.kind === 'credential-equivalency') {
      this.fetchedAnalysis = true;
      void this.loadNewestAnalysis();
    }
  }

  /** Opens the draft asked for, or the person's newest draft of the template, or a fresh one. */
  /**
   * The drafts an open needs, all requested at once: the draft asked for and its reviews, or
   * the person's drafts. Never rejects (a failure is returned, for open() to show).
   */
  private async fetchDrafts(client: BridgewayElement['client'], draftId: string | undefined, signal?: AbortSignal): Promise<Fetched> {
    if (!this.hasUser) return {};
    const settle = <T>(request: Promise<T>) => request.then((value) => ({ value }), (error: unknown) => ({ error }));
    if (draftId) {
      const path = `/narrative-drafts/${encodeURIComponent(draftId)}`;
      const [draft, reviews] = await Promise.all([
        settle(client.request({ path, response: NarrativeDraft, signal })),
        settle(client.request({ path: `${path}/reviews`, response: NarrativeReviewList, signal })),
      ]);
      return 'error' in draft ? { error: draft.error } : { draft: draft.value, reviews };
    }
    const mine = await settle(client.request({ path: '/narrative-drafts', response: NarrativeDraftPage, signal }));
    return 'error' in mine ? { error: mine.error } : { mine: mine.value };
  }

  /**
   * Opens the draft asked for, or the person's newest draft of the template, or a fresh one.
   * With what was already fetched it shows the draft synchronously (no render in between).
   */
  private async open(templates: NarrativeTemplate[], fetched?: Fetched): Promise<void> {
    this.problem = '';
    this.conflict = undefined;
    this.versions = undefined;
    try {
      if (this.draftId && this.hasUser) {
        const { draft, reviews, error } = fetched ?? (await this.fetchDrafts(this.client, this.draftId));
        if (!draft) throw error;
        const template = templates.find((t) => t.id === draft.templateId) ?? (await this.fetchTemplate(draft.templateId));
        this.show(template, draft);
        if (reviews && 'error' in reviews) throw reviews.error;
        if (reviews) this.reviews = reviews.value.items;
        return;
      }
      const template =
        templates.find((t) => t.id === this.templateId) ?? templates.find((t) => t.kind === this.kind && t.locale === this.resolvedLocale) ?? templates.find((t) => t.kind === this.kind);
      if (!template) {
        this.template = undefined;
        return;
      }
      let draft: NarrativeDraft | undefined;
      if (this.hasUser) {
        const { mine, error } = fetched ?? (await this.fetchDrafts(this.client, undefined));
        if (!mine) throw error;
        const ids = new Set(templates.filter((t) => t.kind === 'star-story').map((t) => t.id));
        this.otherStories = mine.items.filter((d) => ids.has(d.templateId));
        const local = readLocal(localKey(template.id));
        draft = mine.items.find((d) => d.id === local?.draftId) ?? mine.items.find((d) => d.templateId === template.id);
      }
      this.show(template, draft);
      if (draft) await this.loadReviews();
    } catch (error) {
      this.showFailure(error);
    }
  }

  private async fetchTemplate(id: string): Promise<NarrativeTemplate> {
    const page = await this.client.request({ path: '/narrative-templates', response: NarrativeTemplatePage });
    const found = page.items.find((t) => t.id === id);
    if (!found) throw new Error(`The draft's template "${id}" is not available.`);
    return found;
  }

  /** Shows a template with the server draft's values, or the local copy when it holds unsaved changes. */
  private show(template: NarrativeTemplate, draft?: NarrativeDraft): void {
    this.template = template;
    this.draft = draft;
    const local = readLocal(localKey(template.id, draft?.id)) ?? (draft ? undefined : readLocal(localKey(template.id)));
    if (local?.dirty && !this.reviewing) {
      this.values = local.values;
      this.storyCompetencies = local.competencies;
      this.dirty = true;
      this.notice = msg('Your unsaved changes on this device were restored.', { id: 'narrative.restoredLocal' });
    } else {
      this.values = draft?.values ?? {};
      this.storyCompetencies = draft?.competencies ?? [];
      this.dirty = false;
      this.notice = '';
    }
  }

  private async loadReviews(): Promise<void> {
    if (!this.draft) return;
    const list = await this.client.request({ path: `/narrative-drafts/${this.draft.id}/reviews`, response: NarrativeReviewList });
    this.reviews = list.items;
  }

  private async loadOccupation(id: string): Promise<void> {
    try {
      const occupation = await this.client.request({ path: `/occupations/${encodeURIComponent(id)}`, response: OccupationCompetencies });
      this.occupationCompetencies = occupation.competencies;
    } catch {
      // The catalogue may not be there (another server); coverage is then left out.
      this.occupationCompetencies = undefined;
    }
  }

  private async loadNewestAnalysis(): Promise<void> {
    try {
      const list = await this.client.request({ path: '/gap-analyses', query: { limit: 1 }, response: AnalysisList });
      const item = list.items[0] as (GapAnalysis & { profile?: Profile; request?: { profile?: Profile } }) | undefined;
      if (item && typeof item === 'object' && item.target?.occupation && item.target.jurisdiction) {
        this.heardAnalysis = { analysis: item, profile: item.profile ?? item.request?.profile };
      }
    } catch {
      // No saved analysis, or a server without the route: the pre-fill is simply not offered.
    }
  }

  private showFailure(error: unknown): void {
    this.reportError(error, 'load');
    this.problem = isApiError(error) ? errorMessage(error.kind === 'not-found' ? 'not-found' : error.kind) : errorMessage('unexpected');
  }

  // ---- editing ------------------------------------------------------------------------

  private keepLocal(): void {
    const key = this.storageKey;
    if (!key || !this.template) return;
    writeLocal(key, {
      templateId: this.template.id,
      ...(this.draft ? { draftId: this.draft.id, version: this.draft.version } : {}),
      values: this.values,
      competencies: this.storyCompetencies,
      dirty: true,
    });
  }

  private setValue(field: TemplateField, raw: string): void {
    const value = field.type === 'list' ? raw.split('\n') : raw;
    this.values = { ...this.values, [field.id]: value };
    this.dirty = true;
    this.keepLocal();
  }

  /** The values with list lines trimmed and blank lines dropped (computed once per change of `values`; do not mutate). */
  private cleanValues(): DraftValues {
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
  private renderedFor(template: NarrativeTemplate, values: DraftValues, locale: string): RenderedNarrative {
    const last = this.lastRendered;
    if (last?.template === template && last.values === values && last.locale === locale) return last.rendered;
    const rendered = renderNarrative(template, values, locale);
    this.lastRendered = { template, values, locale, rendered };
    return rendered;
  }

  /** Renders with the lazily loaded part once it is there (its loading and error states show at one place in renderBuilder). */
  private withMore(view: (part: MorePart) => unknown): unknown {
    const part = this.more.module;
    return this.more.status === 'ready' && part ? view(part) : nothing;
  }

  /** Runs an action of the lazily loaded part (loading it first; a failure shows the error state with a retry). */
  private act(action: (part: MorePart) => unknown): void {
    void this.more.load().then((part) => part && action(part));
  }

  private pickKind(kind: NarrativeKind): void {
    this.kind = kind;
    this.templateId = undefined;
    this.draftId = undefined;
  }

  private pickTemplate(id: string): void {
    this.templateId = id;
    this.draftId = undefined;
  }

  /** Pre-fills the credential-equivalency statement from the gap analysis (its phrasebook loads on first use). */
  async prefill(): Promise<void> {
    const found = this.analysis;
    if (!found) return;
    const locale = this.resolvedLocale;
    const { prefillCredentialEquivalency } = await import('../../core/narrative/prefill.js');
    const values: DraftValues = { ...this.values };
    if (found.profile) Object.assign(values, prefillCredentialEquivalency(educationFrom(found.profile), locale));
    values['local-title'] ||= pickText(found.analysis.target.occupation.name, locale);
    values.jurisdiction ||= pickText(found.analysis.target.jurisdiction.name, locale);
    this.values = values;
    this.dirty = true;
    this.keepLocal();
    this.notice = msg('Filled in from your gap analysis. Check every line before you use it.', { id: 'narrative.prefilled' });
  }

  // ---- server writes ------------------------------------------------------------------

  private async write<T>(work: () => Promise<T>, done: (value: T) => void): Promise<void> {
    this.busy = true;
    this.problem = '';
    try {
      done(await work());
    } catch (error) {
      const parsed = isApiError(error) && error.kind === 'conflict' ? z.safeParse(NarrativeDraft, error.problem?.current) : undefined;
      if (parsed?.success) {
        this.conflict = parsed.data;
        this.problem = msg('This draft was changed somewhere else. Compare both versions and choose which to keep.', { id: 'narrative.conflict' });
      } else {
        this.reportError(error, 'load');
        this.problem = isApiError(error) ? errorMessage(error.kind) : errorMessage('unexpected');
      }
    } finally {
      this.busy = false;
    }
  }

  private saved(draft: NarrativeDraft, message = msg('Saved.', { id: 'narrative.saved' })): void {
    const before = this.storageKey;
    this.draft = draft;
    this.values = draft.values;
    this.storyCompetencies = draft.competencies;
    this.dirty = false;
    this.conflict = undefined;
    this.versions = undefined;
    if (before) removeLocal(before);
    if (this.template) {
      removeLocal(localKey(this.template.id));
      // Remember which server draft belongs to this template on this device.
      writeLocal(localKey(this.template.id), { templateId: this.template.id, draftId: draft.id, version: draft.version, values: draft.values, competencies: draft.competencies, dirty: false });
    }
    this.notice = message;
    this.dispatchEvent(new CustomEvent<NarrativeSavedDetail>('bw-narrative-saved', { bubbles: true, composed: true, detail: { draft } }));
  }

  /** Saves on the server: creates the draft the first time, then a new version each time. */
  async save(baseVersion?: number): Promise<void> {
    const template = this.template;
    if (!template) return;
    const values = this.cleanValues();
    const draft = this.draft;
    this.saveKey ??= crypto.randomUUID();
    const idempotencyKey = this.saveKey;
    await this.write(
      () =>
        draft
          ? this.client.request({
              method: 'PATCH',
              path: `/narrative-drafts/${draft.id}`,
              body: { version: baseVersion ?? readLocal(localKey(template.id, draft.id))?.version ?? draft.version, values, competencies: this.storyCompetencies },
              response: NarrativeDraft,
              idempotencyKey,
            })
          : this.client.request({
              method: 'POST',
              path: '/narrative-drafts',
              body: { templateId: template.id, title: template.title, values, competencies: this.storyCompetencies },
              response: NarrativeDraft,
              idempotencyKey,
            }),
      (saved) => {
        this.saveKey = undefined;
        this.saved(saved);
      },
    );
  }

  // ---- export -------------------------------------------------------------------------

  /** The narrative as plain text. */
  plainText(): string {
    return this.template ? exportPlainText(this.template, this.cleanValues(), this.resolvedLocale) : '';
  }

  /** The narrative as Markdown, user text escaped. */
  markdown(): string {
    return this.template ? exportMarkdown(this.template, this.cleanValues(), this.resolvedLocale, this.draft?.title ?? this.template.title) : '';
  }

  /** The narrative as a Word document (the code for it loads on first use). */
  async wordDocument(): Promise<Blob> {
    const { docx } = await import('./docx.js');
    const locale = this.resolvedLocale;
    return docx(this.draft?.title ?? this.template?.title ?? '', this.plainText().trim(), { lang: locale, rtl: directionOf(locale) === 'rtl' });
  }

  // ---- render helpers -----------------------------------------------------------------

  private renderPicker(templates: NarrativeTemplate[]): TemplateResult {
    const ofKind = templates.filter((t) => t.kind === this.kind);
    return html`<div class="picker" part="picker">
      <div class="bw-field">
        <label class="bw-field__label" for="kind">${msg('What do you want to write?', { id: 'narrative.pickKind' })}</label>
        <select id="kind" class="bw-field__input" part="input" @change=${(e: Event) => this.pickKind((e.target as HTMLSelectElement).value as NarrativeKind)}>
          ${KINDS.map((kind) => html`<option value=${kind} ?selected=${kind === this.kind}>${kindLabel(kind)}</option>`)}
        </select>
      </div>
      ${ofKind.length > 1
        ? html`<div class="bw-field">
            <label class="bw-field__label" for="template">${msg('Template', { id: 'narrative.pickTemplate' })}</label>
            <select id="template" class="bw-field__input" part="input" @change=${(e: Event) => this.pickTemplate((e.target as HTMLSelectElement).value)}>
              ${ofKind.map((t) => html`<option value=${t.id} ?selected=${t.id === this.template?.id}>${t.title}</option>`)}
            </select>
          </div>`
        : nothing}
    </div>`;
  }

  private renderField(field: TemplateField, rendered: RenderedNarrative): TemplateResult {
    const id = `field-${field.id}`;
    const count = rendered.perField.find((c) => c.fieldId === field.id);
    const breach = rendered.overLimits.find((b) => b.fieldId === field.id);
    const missing = rendered.missing.includes(field.id);
    const value = lines(this.values[field.id]);
    const readonly = this.reviewing;
    const limit = field.maxWords
      ? msg(str`${count?.words ?? 0} of ${field.maxWords} words`, { id: 'narrative.fieldWords' })
      : field.maxChars
        ? msg(str`${count?.characters ?? 0} of ${field.maxChars} characters`, { id: 'narrative.fieldChars' })
        : '';
    const onInput = (e: Event) => this.setValue(field, (e.target as HTMLInputElement).value);
    const describedBy = `${id}-guidance ${id}-count`;
    const control =
      field.type === 'choice'
        ? html`<select id=${id} class="bw-field__input" part="input" ?disabled=${readonly} aria-describedby=${describedBy} @change=${onInput}>
            <option value="">—</option>
            ${(field.options ?? []).map((option) => html`<option ?selected=${value === option}>${option}</option>`)}
          </select>`
        : field.type === 'text'
          ? html`<input id=${id} class="bw-field__input" part="input" .value=${live(value)} ?readonly=${readonly} ?required=${field.required} aria-invalid=${breach ? 'true' : 'false'} aria-describedby=${describedBy} @input=${onInput} />`
          : html`<textarea id=${id} class="bw-field__input" part="input" rows=${field.type === 'list' ? 3 : 4} .value=${live(value)} ?readonly=${readonly} ?required=${field.required} aria-invalid=${breach ? 'true' : 'false'} aria-describedby=${describedBy} @input=${onInput}></textarea>`;
    return html`<div class="field" part="field">
      <div class="bw-field">
        <label class="bw-field__label" for=${id}>${field.label}${field.required ? html` <span aria-hidden="true">*</span><span class="bw-visually-hidden">${msg('(required)', { id: 'narrative.required' })}</span>` : nothing}</label>
        ${control}
        <span id=${`${id}-count`} class=${breach ? 'bw-field__error' : 'bw-field__hint'}>
          ${field.type === 'list' ? html`${msg('One entry per line.', { id: 'narrative.onePerLine' })} ` : nothing}${limit}${breach
            ? html` — ${breach.limit === 'minWords' ? msg('too short', { id: 'narrative.tooShort' }) : msg('over the limit', { id: 'narrative.overLimit' })}`
            : nothing}${missing && !this.reviewing ? html` ${msg('Still to fill in.', { id: 'narrative.missing' })}` : nothing}
        </span>
      </div>
      <div class="guidance" part="guidance" id=${`${id}-guidance`}>
        ${field.guidance ? html`<p>${field.guidance}</p>` : nothing}
        ${field.example ? html`<p class="example"><strong>${msg('Example:', { id: 'narrative.example' })}</strong> ${field.example}</p>` : nothing}
      </div>
    </div>`;
  }

  private renderPreview(template: NarrativeTemplate, rendered: RenderedNarrative, locale: string, view: MoreView): TemplateResult {
    const limits = template.limits;
    const spoken = limits.spokenSeconds !== undefined || template.kind === 'elevator-pitch';
    const { words, characters, spokenSeconds } = rendered;
    const over = rendered.overLimits.filter((b) => b.scope === 'template');
    return html`<section class="preview" part="preview" aria-labelledby="preview-title">
      <h3 id="preview-title">${msg('Preview', { id: 'narrative.preview' })}</h3>
      <div class="preview-text" lang=${template.locale}>${rendered.text || msg('Your text appears here as you fill in the form.', { id: 'narrative.previewEmpty' })}</div>
      <p class="counts" part="counts">
        <span>${limits.maxWords ? msg(str`${words} of ${limits.maxWords} words`, { id: 'narrative.words' }) : msg(str`${words} words`, { id: 'narrative.wordsOnly' })}</span>
        <span>${limits.maxChars ? msg(str`${characters} of ${limits.maxChars} characters`, { id: 'narrative.chars' }) : msg(str`${characters} characters`, { id: 'narrative.charsOnly' })}</span>
        ${spoken ? html`<span>${msg(str`About ${spokenSeconds} seconds to say`, { id: 'narrative.spoken' })}${limits.spokenSeconds ? ` (≤ ${limits.spokenSeconds})` : ''}</span>` : nothing}
      </p>
      <div role="status" aria-live="polite">
        ${over.map(
          (b) => html`<p class="warning" part="warning">
            ${b.limit === 'maxWords'
              ? msg(str`${b.actual} words: over the limit of ${b.allowed}. Shorten it.`, { id: 'narrative.overWords' })
              : b.limit === 'maxChars'
                ? msg(str`${b.actual} characters: over the limit of ${b.allowed}. Shorten it.`, { id: 'narrative.overChars' })
                : msg(str`About ${b.actual} seconds to say: over ${b.allowed}. Shorten it.`, { id: 'narrative.overSpoken' })}
          </p>`,
        )}
      </div>
      ${view.hints ? this.withMore((part) => part.renderHints(this, template, rendered, locale)) : nothing}
      ${view.competencies ? this.withMore((part) => part.renderCompetencies(this, template, locale)) : nothing}
    </section>`;
  }

  private renderActions(): TemplateResult {
    const draft = this.draft;
    const canShare = draft && !this.reviewing && this.hasUser;
    return html`<div class="actions" part="actions">
      ${this.hasUser && !this.reviewing
        ? html`<button type="button" class="bw-button" part="button" ?disabled=${this.busy} @click=${() => this.save()}>${msg('Save', { id: 'narrative.save' })}</button>`
        : nothing}
      ${draft ? html`<button type="button" class="bw-button bw-button--secondary" part="button" ?disabled=${this.busy} @click=${() => this.act((part) => part.showVersions(this))}>${msg('Version history', { id: 'narrative.history' })}</button>` : nothing}
      ${this.reviewing && draft && draft.status !== 'approved'
        ? html`<button type="button" class="bw-button" part="button" ?disabled=${this.busy} @click=${() => this.act((part) => part.approve(this))}>${msg('Approve this version', { id: 'narrative.approve' })}</button>`
        : nothing}
      ${canShare
        ? html`<span class="share">
            ${this.mentors.length
              ? html`<label class="bw-visually-hidden" for="mentor">${msg('Mentor', { id: 'narrative.mentor' })}</label>
                  <select id="mentor" class="bw-field__input" part="input" @change=${(e: Event) => (this.shareTo = (e.target as HTMLSelectElement).value)}>
                    ${this.mentors.map((m) => html`<option value=${m.id}>${m.name}</option>`)}
                  </select>
                  <button type="button" class="bw-button bw-button--secondary" part="button" ?disabled=${this.busy || this.dirty} @click=${() => this.act((part) => part.share(this))}>${msg('Ask for review', { id: 'narrative.share' })}</button>`
              : nothing}
          </span>`
        : nothing}
      <span class="export" role="group" aria-label=${msg('Export', { id: 'narrative.export' })}>
        <button type="button" class="bw-button bw-button--secondary" part="button" @click=${() => this.act((part) => part.exportAs(this, 'clipboard'))}>${msg('Copy', { id: 'narrative.copy' })}</button>
        <button type="button" class="bw-button bw-button--secondary" part="button" @click=${() => this.act((part) => part.exportAs(this, 'text'))}>${msg('Text file', { id: 'narrative.exportText' })}</button>
        <button type="button" class="bw-button bw-button--secondary" part="button" @click=${() => this.act((part) => part.exportAs(this, 'markdown'))}>Markdown</button>
        <button type="button" class="bw-button bw-button--secondary" part="button" @click=${() => this.act((part) => part.exportAs(this, 'docx'))}>${msg('Word document', { id: 'narrative.exportWord' })}</button>
        <button type="button" class="bw-button bw-button--secondary" part="button" @click=${() => this.act((part) => part.exportAs(this, 'print'))}>${msg('Print', { id: 'narrative.print' })}</button>
      </span>
    </div>`;
  }

  private renderBuilder(templates: NarrativeTemplate[]): unknown {
    const template = this.template;
    if (!template) return this.problem ? nothing : renderLoading();
    const locale = this.resolvedLocale;
    const values = this.cleanValues();
    const rendered = this.renderedFor(template, values, locale);
    const status = this.draft ? statusOf(this.draft.status) : undefined;
    const canPrefill = template.kind === 'credential-equivalency' && !!this.analysis && !this.reviewing;
    // Hints advise on what the person wrote (none before a field is filled); competencies show for a STAR story or a known target occupation.
    const view: MoreView = { hints: Object.values(values).some(hasValue), competencies: template.kind === 'star-story' || !!this.occupationCompetencies };
    const reviewForm = this.reviewing && !!this.draft;
    const needsMore = view.hints || view.competencies || reviewForm || !!this.conflict || !!this.versions || this.reviews.some((r) => r.kind !== 'approval');
    // The part's loading and error states show here, once; its pieces elsewhere appear when it is ready.
    const gate = needsMore || this.more.status === 'loading' || this.more.status === 'error';
    return html`
      <header class="header" part="header">
        <h2>${template.title}</h2>
        ${status ? renderBadge(status.tone, status.label) : nothing}
        ${this.dirty ? html`<span class="bw-field__hint">${msg('Unsaved changes (kept on this device)', { id: 'narrative.unsaved' })}</span>` : nothing}
      </header>
      ${this.reviewing ? nothing : this.renderPicker(templates)}
      ${template.description ? html`<p class="description">${template.description}</p>` : nothing}
      ${!this.hasUser ? html`<p class="bw-field__hint">${msg('Your text is kept on this device. Sign in to save it, see versions and ask a mentor.', { id: 'narrative.signIn' })}</p>` : nothing}
      ${canPrefill
        ? html`<p><button type="button" class="bw-button bw-button--secondary" part="button" @click=${() => this.prefill()}>${msg('Fill in from my gap analysis', { id: 'narrative.prefill' })}</button></p>`
        : nothing}
      ${gate ? this.more.render((part) => part.renderReviews(this, null)) : nothing}
      <div class="layout">
        <form class="form" part="form" @submit=${(e: Event) => e.preventDefault()}>
          ${template.sections.map(
            (section) => html`<fieldset class="section" part="section" data-section=${section.id}>
              <legend>${section.title}${section.optional ? html` <span class="bw-field__hint">${msg('(optional)', { id: 'narrative.optional' })}</span>` : nothing}</legend>
              ${section.fields.map((field) => this.renderField(field, rendered))}
              ${this.withMore((part) => [part.renderReviews(this, section.id), reviewForm ? part.renderReviewForm(this, section) : nothing])}
            </fieldset>`,
          )}
        </form>
        ${this.renderPreview(template, rendered, locale, view)}
      </div>
      ${this.conflict ? this.withMore((part) => part.renderConflict(this, template, this.conflict!, locale)) : nothing}
      ${this.versions ? this.withMore((part) => part.renderVersions(this, this.versions!)) : nothing}
      ${this.renderActions()}
    `;
  }

  protected override renderContent(): unknown {
    return html`${this.templates.render({ ready: (page) => this.renderBuilder(page.items) })}
      <p class="notice" role="status" aria-live="polite">${this.notice}</p>
      ${this.problem ? html`<p class="failure" part="error" role="alert">${this.problem}</p>` : nothing}`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'bw-narrative-saved': CustomEvent<NarrativeSavedDetail>;
    'bw-narrative-exported': CustomEvent<NarrativeExportedDetail>;
  }
}
