import { html, nothing, type PropertyValues } from 'lit';
import type { GapAnalysis, Profile } from '../../api/gap.js';
import type { NarrativeKind } from '../../api/narrative.js';
import { BridgewayElement } from '../../ui/base-element.js';
import { skeletonStyles } from '../../ui/blocks/skeleton.js';
import { importOnce } from '../../ui/import-once.js';
import { LazyPart } from '../../ui/lazy.js';
import { loaders as narrativeLocales } from '../../generated/locales/narrative/index.js';
import type * as DraftSessionModule from './draft-session.js';
import type { DraftSession } from './draft-session.js';
import type * as DraftViewModule from './draft-view.js';
import type { DraftView } from './draft-view.js';
import { GapAnalysisSource } from './gap-source.js';
import { narrativeBuilderStyles } from './narrative-builder.styles.js';
import { renderSkeleton } from './skeleton-view.js';
import { TemplateCatalogue } from './template-catalogue.js';

/** The view's code: two parts fetched at connect, each within the budget of a part. */
type ViewCode = typeof DraftViewModule & typeof DraftSessionModule;

/** The view's code, asked of the module loader once per page: a builder made later gets it at once, not a task after its data. */
const importViewCode = importOnce((): Promise<ViewCode> => Promise.all([import('./draft-view.js'), import('./draft-session.js')]).then(([view, session]) => ({ ...view, ...session })));

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
 * @csspart skeleton - the loading state in the view's shape, while the templates and the view's code load.
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
  // The loading state's blocks; the view's blocks and styles come with its code (draft-view.ts).
  static override styles = [...(BridgewayElement.styles as []), skeletonStyles, narrativeBuilderStyles];

  static override localeArea = narrativeLocales;

  // Properties are declared with `static properties`, as the base element's are: the same
  // reactive properties without the decorators' code. TypeScript asks a subclass's `properties` to hold the base's too.
  static override properties = {
    ...BridgewayElement.properties,
    kind: {},
    templateId: { attribute: 'template-id' },
    draftId: { attribute: 'draft-id' },
    mode: {},
    country: {},
    occupation: {},
    gapAnalysis: { attribute: false },
    profile: { attribute: false },
    mentors: { attribute: false },
  };

  /**
   * @internal The view's code: draft-view.ts (picker, form, preview, action bar) and draft-session.ts (the session,
   * with the template language), two parts fetched at connect beside the template and draft reads; the catalogue waits for all.
   */
  readonly viewPart = new LazyPart<ViewCode>(this, importViewCode);

  /** @internal The view, made once its code is here. */
  view?: DraftView;

  /** @internal The templates, with the drafts the first open needs. */
  readonly catalogue = new TemplateCatalogue(this);

  /** @internal The gap analysis the credential-equivalency statement is pre-filled from. */
  readonly gap = new GapAnalysisSource(this);

  /** The kind of story to start with; the person can pick another. */
  kind: NarrativeKind = 'resume-summary';

  /** Opens this template (an id from GET /v1/narrative-templates) instead of the first of `kind`. */
  declare templateId?: string;

  /** Opens this saved draft (its owner, or a mentor it is shared with). */
  declare draftId?: string;

  /** `write` (the mentee) or `review` (a mentor: comment, suggest, approve). */
  mode: 'write' | 'review' = 'write';

  /** Where the person applies (`CA`, `ca-on`, `GB` ...), for the hiring-convention hints. Default: the gap analysis's jurisdiction, else `CA`. */
  declare country?: string;

  /** The target occupation's id, to show which competencies it asks for. Default: the gap analysis's target. */
  declare occupation?: string;

  /** A gap analysis to pre-fill the credential-equivalency statement from (with `profile`). */
  declare gapAnalysis?: GapAnalysis;

  /** The profile the gap analysis was made for. */
  declare profile?: Profile;

  /** Mentors the person can ask for a review (`{ id, name }`, e.g. from their introductions). */
  mentors: Array<{ id: string; name: string }> = [];

  /** @internal The draft being edited: there once the view's code is (until then the element shows its loading state). */
  get session(): DraftSession {
    if (!this.view) throw new Error('<bw-narrative-builder>: the draft session exists once the view has loaded');
    return this.view.session;
  }

  /** @internal The view's code, loading it first when needed; the view is made once it is here. */
  async viewCode(): Promise<ViewCode> {
    const code = await this.viewPart.require();
    this.view ??= new code.DraftView(this, new code.DraftSession(this));
    return code;
  }

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
    const view = this.view;
    if (view?.session.template?.kind === 'credential-equivalency') view.gapOffer.readNewestSaved();
  }

  // ---- public methods -----------------------------------------------------------------

  /** Saves on the server: creates the draft the first time, then a new version each time (nothing before the element has shown a draft). */
  save(baseVersion?: number): Promise<void> {
    return this.view?.session.save(baseVersion) ?? Promise.resolve();
  }

  /** The narrative as plain text: what the preview shows once the element has shown its draft; '' before. */
  plainText(): string {
    return this.view?.session.plainText() ?? '';
  }

  /** The narrative as Markdown, user text escaped: once the element has shown its draft; '' before. */
  markdown(): string {
    return this.view?.session.markdown() ?? '';
  }

  /** The narrative as a Word document (the code for it loads on first use; before the element has shown its draft, an empty document). */
  async wordDocument(): Promise<Blob> {
    await this.viewCode();
    return (this.view as DraftView).wordDocument();
  }

  /** Pre-fills the credential-equivalency statement from the gap analysis (its phrasebook loads on first use). */
  async prefill(): Promise<void> {
    await this.viewCode();
    return (this.view as DraftView).gapOffer.prefill();
  }

  protected override renderContent(): unknown {
    const { view, catalogue } = this;
    const templates = catalogue.templates;
    // While another language's templates load, the form stays (with its focus and text); its guidance changes when they arrive.
    const shown = templates.value;
    return html`${templates.render({ ready: (shelf) => (view ? view.render(shelf) : renderSkeleton()), loading: () => (shown && view ? view.render(shown) : renderSkeleton()) })}
      <p class="notice" role="status" aria-live="polite" tabindex="-1">${view?.statusText()}</p>
      ${view?.session.problem ? html`<p class="failure" part="error" role="alert" tabindex="-1">${view.session.problem}</p>` : nothing}`;
  }
}
