import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import type { GapAnalysis, Profile } from '../../api/gap.js';
import type { NarrativeKind } from '../../api/narrative.js';
import { exportMarkdown, exportPlainText } from '../../core/narrative/export.js';
import { hasValue } from '../../core/narrative/render.js';
import { BridgewayElement } from '../../ui/base-element.js';
import { badgeStyles, cardStyles, fieldStyles, headingStyles, joinStyles, renderBadge, statusStyles, toolbarStyles, visuallyHiddenStyles } from '../../ui/blocks.js';
import { formattersFor, type Formatters } from '../../ui/format.js';
import { LazyPart } from '../../ui/lazy.js';
import { renderError, renderLoading } from '../../ui/states.js';
import { loaders as narrativeLocales } from '../../generated/locales/narrative/index.js';
import { loaders as narrativeMoreLocales } from '../../generated/locales/narrative-more/index.js';
import { renderActionBar } from './action-bar.js';
import { DraftSession } from './draft-session.js';
import { counterpartIn } from './guide.js';
import type { DraftTools } from './draft-tools.js';
import { pickerShelf, renderForm, renderPicker } from './editor.js';
import { GapAnalysisSource } from './gap-source.js';
import { progressLabel, statusOf } from './messages.js';
import { narrativeBuilderStyles } from './narrative-builder.styles.js';
import { renderPreview } from './preview.js';
import { TemplateCatalogue, type TemplateShelf } from './template-catalogue.js';

export type { NarrativeExportFormat, NarrativeExportedDetail, NarrativeSavedDetail } from './host.js';

/**
 * Guided writing of a professional story: résumé summary, "tell me about yourself" pitch,
 * STAR story, credential-equivalency statement, cover-letter paragraph or networking
 * profile. The person picks a template (in the active locale), fills its fields with the
 * guidance and an example beside each, and sees the text, its counts against the limits
 * and hints about the target country's hiring conventions as they type. Drafts are kept
 * in localStorage while typing and saved on the server with versions; a mentor reviews
 * them beside each section. Exports to the clipboard, plain text, Markdown, Word and print.
 * The guidance follows the interface language; a draft started in another language keeps
 * its text (and its story's language) and shows this language's guidance around it.
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
 * @csspart input - text inputs and text areas (`dir="auto"`: the person's text keeps its own direction).
 * @csspart counter - the room left under a field's limit, shown near it.
 * @csspart prefill - filling in from the gap analysis: the offer, the question before changing the person's text, and "Undo filling in".
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
 * @csspart versions - the version history (each version opens to a preview of its text).
 * @csspart readonly-note - what a reviewing mentor is told above the author's read-only fields.
 * @csspart dialog - the dialog that asks a mentor to confirm an approval.
 * @cssprop --bw-narrative-preview-font - the font of the preview (default: the host's).
 */
export class BridgewayNarrativeBuilder extends BridgewayElement {
  // The blocks the editor, preview and action bar show (the button is the base's); the draft tools bring the dialog and the checkbox.
  static override styles = [
    ...(BridgewayElement.styles as []),
    joinStyles(visuallyHiddenStyles, fieldStyles, badgeStyles, headingStyles, cardStyles, toolbarStyles, statusStyles),
    narrativeBuilderStyles,
  ];

  /** Intl formatters bound to `resolvedLocale`: `this.formatters.date(...)`, `this.formatters.number(...)` ... */
  get formatters(): Formatters {
    return formattersFor(this.resolvedLocale);
  }
  static override localeArea = narrativeLocales;

  /** @internal The draft being edited: its copy on this device, the server draft, reviews, versions, saving. */
  readonly session = new DraftSession(this);

  /** @internal The templates, with the drafts the first open needs. */
  readonly catalogue = new TemplateCatalogue(this);

  /** @internal The gap analysis the credential-equivalency statement is pre-filled from. */
  readonly gap = new GapAnalysisSource(this);

  /** @internal Review, versions, conflict, competencies and exports, loaded on demand with their translations. */
  readonly draftTools = new LazyPart(this, () => import('./draft-tools.js'), narrativeMoreLocales);

  /** @internal The hiring-convention hints, loaded once the draft has text to advise on. */
  readonly writingHints = new LazyPart(this, () => import('./writing-hints.js'), narrativeMoreLocales);

  @state() private shareTo = '';

  /** An action that waited for the tools when their code did not load: "Try again" runs it again. */
  private waiting?: () => void;

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

  /** @internal */
  get hasUser(): boolean {
    return !!this.config.userToken;
  }

  /** @internal */
  get reviewing(): boolean {
    return this.mode === 'review';
  }

  /** @internal */
  get targetCountry(): string {
    return this.country ?? this.gap.analysis?.analysis.target.jurisdiction.id ?? 'CA';
  }

  /** @internal */
  get gapJurisdiction(): GapAnalysis['target']['jurisdiction'] | undefined {
    return this.gap.analysis?.analysis.target.jurisdiction;
  }

  /** @internal */
  get targetOccupation(): string | undefined {
    return this.occupation ?? this.gap.analysis?.analysis.target.occupation.id;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.session.template?.kind === 'credential-equivalency') this.gap.readNewestSaved();
  }

  // ---- public methods -----------------------------------------------------------------

  /** Saves on the server: creates the draft the first time, then a new version each time. */
  save(baseVersion?: number): Promise<void> {
    return this.session.save(baseVersion);
  }

  /** The narrative as plain text. */
  plainText(): string {
    const template = this.session.template;
    return template ? exportPlainText(template, this.session.cleanValues(), template.locale) : '';
  }

  /** The narrative as Markdown, user text escaped. */
  markdown(): string {
    const { template, draft } = this.session;
    return template ? exportMarkdown(template, this.session.cleanValues(), template.locale, draft?.title ?? template.title) : '';
  }

  /** The narrative as a Word document (the code for it loads on first use). */
  async wordDocument(): Promise<Blob> {
    const tools = await this.draftTools.require();
    const { template, draft } = this.session;
    return tools.wordDocument(draft?.title ?? template?.title ?? '', this.plainText(), template?.locale ?? this.resolvedLocale);
  }

  /** Pre-fills the credential-equivalency statement from the gap analysis (its phrasebook loads on first use). */
  prefill(): Promise<void> {
    return this.gap.prefill();
  }

  // ---- the tools, loaded on demand ----------------------------------------------------

  /** Runs an action of the tools once their code is there; when it did not load, "Try again" runs the action again. */
  private act(action: (tools: DraftTools) => unknown): void {
    this.waiting = () => this.act(action);
    void this.draftTools.load().then((loaded) => {
      if (!loaded) return;
      this.waiting = undefined;
      void action(loaded.toolsFor(this));
    });
  }

  /** A view of the tools once their code is there (their loading and error states show once, in renderToolsState). */
  private withTools(view: (tools: DraftTools) => unknown): unknown {
    const loaded = this.draftTools.module;
    return this.draftTools.status === 'ready' && loaded ? view(loaded.toolsFor(this)) : nothing;
  }

  /** The tools' loading or error state, at one place; `needed` starts loading them. */
  private renderToolsState(needed: boolean, view: (tools: DraftTools) => unknown): unknown {
    const part = this.draftTools;
    if (part.status === 'error') return renderError('network', this.waiting ?? part.retry);
    return needed || part.status === 'loading' ? part.render((loaded) => view(loaded.toolsFor(this))) : nothing;
  }

  // ---- composition --------------------------------------------------------------------

  private pickKind(kind: NarrativeKind): void {
    this.kind = kind;
    this.templateId = undefined;
    this.draftId = undefined;
  }

  private pickTemplate(id: string): void {
    this.templateId = id;
    this.draftId = undefined;
  }

  private share(): void {
    const mentor = this.shareTo || this.mentors[0]?.id;
    if (mentor) this.act((tools) => tools.share(mentor));
  }

  private renderBuilder(shelf: TemplateShelf): unknown {
    const templates = shelf.items;
    const { session, reviewing, hasUser, catalogue } = this;
    const { template, draft, conflict, versions } = session;
    // `template` is the draft's own (its body, in the language it was written in); `guided` carries the guidance of the language shown.
    const guided = session.guided(templates);
    if (!template || !guided) return session.problem ? nothing : renderLoading();
    const locale = this.resolvedLocale;
    const rendered = session.rendered(template, template.locale);
    const status = draft ? statusOf(draft.status) : undefined;
    // Hints advise on what the person wrote (none before a field is filled); competencies show for a STAR story or a known target occupation.
    const hints = Object.values(session.cleanValues()).some(hasValue);
    const competencies = template.kind === 'star-story' || !!this.targetOccupation;
    const reviewForm = reviewing && !!draft;
    const needsTools = competencies || reviewForm || !!conflict || !!versions || session.reviews.some((r) => r.kind !== 'approval');
    return html`
      <header class="header bw-toolbar" part="header">
        <h2><bdi>${guided.title}</bdi></h2>
        ${status ? renderBadge(status.tone, status.label) : nothing}
        ${session.dirty ? html`<span class="bw-field__hint">${msg('Unsaved changes (kept on this device)', { id: 'narrative.unsaved' })}</span>` : nothing}
      </header>
      ${reviewing
        ? nothing
        : renderPicker(pickerShelf(shelf, catalogue.loadingMore, this.templateId), template.kind, counterpartIn(templates, template).id, {
            onKind: (kind) => this.pickKind(kind),
            onTemplate: (id) => this.pickTemplate(id),
            onShowMore: () => void catalogue.showMore(),
          })}
      ${guided.description ? html`<p class="description" dir="auto">${guided.description}</p>` : nothing}
      ${hasUser ? nothing : html`<p class="bw-field__hint">${msg('Your text is kept on this device. Sign in to save it, see versions and ask a mentor.', { id: 'narrative.signIn' })}</p>`}
      ${template.kind === 'credential-equivalency' && !reviewing
        ? this.gap.renderOffer(guided)
        : nothing}
      ${this.renderToolsState(needsTools, (tools) => tools.renderReviews(null))}
      <div class="layout">
        ${renderForm(
          guided,
          { values: session.values, rendered, readonly: reviewing },
          {
            onInput: (field, value) => session.setValue(field, value),
            besideSection: (section) => this.withTools((tools) => [tools.renderReviews(section.id), reviewForm ? tools.renderReviewForm(section) : nothing]),
          },
        )}
        ${renderPreview(template, rendered, [
          hints ? this.writingHints.render((loaded) => loaded.hintsFor(this).render(template, rendered, template.locale)) : nothing,
          competencies ? this.withTools((tools) => tools.renderCompetencies(template, locale)) : nothing,
        ])}
      </div>
      ${conflict ? this.withTools((tools) => tools.renderConflict(template, conflict)) : nothing}
      ${versions ? this.withTools((tools) => tools.renderVersions(template, versions)) : nothing}
      ${reviewForm ? this.withTools((tools) => tools.renderApproval()) : nothing}
      ${renderActionBar(
        {
          canSave: hasUser && !reviewing,
          saved: !!draft,
          canApprove: reviewing && !!draft && draft.status !== 'approved',
          canShare: !!draft && !reviewing && hasUser,
          mentors: this.mentors,
          busy: session.busy,
          saving: session.progress === 'saving',
          dirty: session.dirty,
        },
        {
          onSave: () => void this.save(),
          onHistory: () => this.act((tools) => tools.showVersions()),
          onApprove: () => this.act((tools) => tools.askApproval()),
          onMentor: (id) => (this.shareTo = id),
          onShare: () => this.share(),
          onExport: (format) => this.act((tools) => tools.exportAs(format)),
        },
      )}
    `;
  }

  protected override renderContent(): unknown {
    const { notice, problem, busy, progress } = this.session;
    const templates = this.catalogue.templates;
    // While another language's templates load, the form stays (with its focus and text); its guidance changes when they arrive.
    const shown = templates.value;
    return html`${templates.render({ ready: (shelf) => this.renderBuilder(shelf), loading: () => (shown ? this.renderBuilder(shown) : renderLoading()) })}
      <p class="notice" role="status" aria-live="polite" tabindex="-1">${busy && progress ? progressLabel(progress) : notice}</p>
      ${problem ? html`<p class="failure" part="error" role="alert" tabindex="-1">${problem}</p>` : nothing}`;
  }
}
