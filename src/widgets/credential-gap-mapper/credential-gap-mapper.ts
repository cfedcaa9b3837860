import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import type { GapAnalysis, Profile } from '../../api/gap.js';
import { pickText } from '../../api/common.js';
import type { GapPlanRequest } from '../../api/plan.js';
import { BridgewayElement } from '../../ui/base-element.js';
import { toolbarStyles } from '../../ui/blocks.js';
import { formattersFor, type Formatters } from '../../ui/format.js';
import { LazyPart, type PartStyles } from '../../ui/lazy.js';
import { LoadingFromNextFrame } from '../../ui/loading-from-next-frame.js';
import { renderFormSkeleton, renderMapSkeleton } from './skeleton-view.js';
import { AnalysisSession } from './analysis-session.js';
import { gapMapperStyles } from './credential-gap-mapper.styles.js';
import type { GapMapperHost, ResultView } from './host.js';
import { PlanHandOff } from './plan-hand-off.js';
import { ProfileForm, type DraftCode } from './profile-form.js';
import type { ProfileEditor } from './profile-editor.js';
import { TargetCatalogue } from './target-catalogue.js';
import { loaders as gapLocales } from '../../generated/locales/gap/index.js';

/** The profile editor's module, its styles joined with the blocks it shares with the map (blocks.styles.ts). */
type EditorModule = Omit<typeof import('./profile-editor.js'), 'partStyles'> & PartStyles;

export type { GapAnalysedDetail } from './events.js';

/**
 * Maps a mentee's foreign credentials against the requirements of an occupation in a
 * jurisdiction: a guided profile form (kept as a draft so a reload loses nothing) with
 * occupation and jurisdiction pickers that search as one types, then a gap map with a
 * status per requirement, the pathways that close each gap with their time and cost,
 * the critical path as a timeline and a readiness summary. Compare a second
 * jurisdiction side by side, add chosen steps to the plan, print or export the map.
 * Each requirement shows its source and the day it was checked; a saved map
 * (`analysis-id`) says when the rules changed since, with "Run it again".
 *
 * @summary From foreign credentials to a per-requirement gap map with the pathways that close each gap.
 * @tagname bw-credential-gap-mapper
 *
 * @fires bw-gap-analysed - after each analysis; `detail` is `{ analysis: GapAnalysis, profile: Profile }`.
 * @fires bw-gap-plan-requested - when the person asks to add the selected gaps and pathways to their plan; `detail` is a `GapPlanRequest`. Cancelable: a listener that takes the request over (a `bw-milestone-tracker` on the page does) calls `preventDefault()`; otherwise, with a user token, the element POSTs it to `/v1/plans/from-gap` itself.
 * @fires bw-error - when loading failed (from the base element).
 *
 * @csspart form - the profile form.
 * @csspart combobox - an occupation or jurisdiction picker (with `input`, `listbox`, `option`).
 * @csspart toolbar - the buttons above the result (edit, compare, print, export).
 * @csspart analysis - one analysis (two side by side when comparing).
 * @csspart regulation - how the occupation is regulated there.
 * @csspart readiness - the readiness summary.
 * @csspart groups - the requirements grouped by kind (each `group`, each `requirement`).
 * @csspart pathway - one way to close a gap.
 * @csspart timeline - the critical path (each `stage`, each `step`).
 * @csspart plan - the "Add to my plan" area.
 * @csspart summary - the one-line readiness summary at the top of a map.
 * @csspart provenance - where a requirement's rule comes from and the day it was checked (or "not verified, check with ...").
 * @csspart rules-changed - the notice that a saved map's rules changed since, with its `rerun` button.
 * @csspart extra-cost - a usual extra cost of a step (certified translation, travel), on its own line.
 * @csspart totals - the totals of the critical path, per currency.
 * @csspart badge - status badges (`badge-success` met, `badge-warning` partly met, `badge-danger` gap, `badge-neutral` needs evidence).
 *
 * @cssprop --bw-gap-column-min - the narrowest a column of the compare view gets before they stack (default 22rem).
 * @cssprop --bw-color-success - "met".
 * @cssprop --bw-color-warning - "partly met".
 * @cssprop --bw-color-danger - "gap" and errors.
 * @cssprop --bw-color-primary - buttons, links, the highlighted option, steps on the critical path.
 */
export class BridgewayCredentialGapMapper extends BridgewayElement implements GapMapperHost {
  // The first view shows only the toolbar (the button is the base's); the form's and the map's blocks come with their parts.
  static override styles = [...(BridgewayElement.styles as never[]), toolbarStyles, gapMapperStyles];

  /** Intl formatters bound to `resolvedLocale`: `this.formatters.date(...)`, `this.formatters.number(...)` ... */
  get formatters(): Formatters {
    return formattersFor(this.resolvedLocale);
  }
  static override localeArea = gapLocales;
  private catalogue = new TargetCatalogue(this);
  private form = new ProfileForm(this, this.catalogue);
  private plan = new PlanHandOff(this);
  /** The analysis and its result view (the map, compare, print, export, plan), loaded when the first analysis is asked for. */
  private session = new AnalysisSession(this, this.plan);

  /** The form's view, pickers and styles, loaded the first time the form shows (a host-given profile opens on the map). */
  private editorPart = new LazyPart<EditorModule>(this, () =>
    Promise.all([import('./profile-editor.js'), import('./blocks.styles.js'), this.form.loadCode()]).then(([editor, blocks]) => ({ ...editor, partStyles: [blocks.partStyles, editor.partStyles] })),
  );
  private editor?: ProfileEditor;

  @state() private view: 'form' | 'result' = 'form';

  /** The map's loading state, from the first frame on (an answer and code at hand within a frame show at once). */
  private mapLoading = new LoadingFromNextFrame(this);

  /** What the last automatic analysis was for (a host-given profile and target). */
  private autoArgs?: unknown[];

  /** The mentee's profile, when the host already knows it. With `occupation` and `jurisdiction` set too, the map shows at once. Property only. */
  @property({ attribute: false }) profile?: Profile;

  /** The target occupation's catalogue id (`registered-nurse`). */
  @property({ reflect: true }) occupation?: string;

  /** The target jurisdiction's catalogue id (`ca-on`). */
  @property({ reflect: true }) jurisdiction?: string;

  /** The day the analysis is for (`YYYY-MM-DD`); today when unset. */
  @property({ attribute: 'as-of' }) asOf?: string;

  /** A saved analysis to show (needs the user token it was saved with); it says when the rules changed since, with "Run it again". */
  @property({ attribute: 'analysis-id' }) analysisId?: string;

  // ---- public API --------------------------------------------------------------------

  /** The analysis shown, once there is one. */
  get analysis(): GapAnalysis | undefined {
    return this.session.analysis;
  }

  /**
   * Validates the form and analyses. Returns false when a field needs attention. Before the
   * form's checks have loaded (a host's profile analysed at once, before the form ever showed) it
   * returns true at once: the map's loading state shows while they load, then the analysis, or the
   * form with the fields that need attention marked.
   */
  submit(): boolean {
    if (!this.form.drafting) {
      this.view = 'result';
      // The map's code loads meanwhile, so the map does not wait for it after the answer.
      this.session.resultView.require().catch(() => undefined);
      this.form.whenDrafted(() => {
        if (!this.submit()) this.view = 'form';
      });
      return true;
    }
    const request = this.form.validate(this.asOf);
    if (!request) return false;
    this.view = 'result';
    this.session.ask(request);
    return true;
  }

  /** Shows the second jurisdiction's analysis of the same profile beside the first. */
  compare(jurisdictionId: string): Promise<void> {
    return this.session.compare(jurisdictionId);
  }

  private compareTimer?: ReturnType<typeof setTimeout>;

  /** The compare list moved (arrow keys change a closed list at each press): compare once it rests, not once per key. */
  private compareSoon = (jurisdictionId: string): void => {
    clearTimeout(this.compareTimer);
    this.compareTimer = setTimeout(() => void this.compare(jurisdictionId), 350);
  };

  /** The `GapPlanRequest` for the current selection, or undefined when nothing is selected. */
  planRequest(): GapPlanRequest | undefined {
    const { analysis, view } = this.session;
    return analysis && view ? this.plan.request(analysis, view) : undefined;
  }

  /** Runs the analysis shown again under today's rules: the same profile (the one asked, else the host's or the form's) and target. */
  rerun(): void {
    const asked = this.session.request;
    if (asked) {
      this.session.ask({ ...asked, asOf: this.asOf ?? asked.asOf });
      return;
    }
    const target = this.analysis?.target;
    if (!target) return;
    this.form.setTargets({ id: target.occupation.id, label: pickText(target.occupation.name, this.resolvedLocale) }, { id: target.jurisdiction.id, label: pickText(target.jurisdiction.name, this.resolvedLocale) });
    // A profile the form cannot complete: the form, with its fields marked.
    if (!this.submit()) this.view = 'form';
  }

  /** Prints the map alone: nothing else of the host page, and none of the map's buttons. */
  printMap(): void {
    // The printing code comes with the map's (a map shown has it); asked before, once it has loaded.
    const view = this.session.view;
    if (view) view.printOnly(this);
    else void this.session.resultView.load().then((loaded) => loaded?.printOnly(this));
  }

  override retry(): void {
    super.retry();
    if (this.view === 'result') this.session.retry();
  }

  /** @internal The parts loaded on demand; tests replace an `importer` to simulate a chunk that fails to load. */
  get lazyParts(): { resultView: LazyPart<ResultView>; profileEditor: LazyPart<EditorModule>; profileDraft: LazyPart<DraftCode> } {
    return { resultView: this.session.resultView, profileEditor: this.editorPart, profileDraft: this.form.code };
  }

  // ---- lifecycle -------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // What waited for the draft's code, when it arrived with this update (after a "Try again").
    this.form.catchUp();
    this.form.follow(this, changed);
    if (changed.has('analysisId') && this.analysisId) {
      this.view = 'result';
      this.session.open(this.analysisId);
    }
    // A host that knows the profile and the target gets the map at once (or, without an
    // endpoint, the reason why not), and again when any of them or the credentials change
    // (the token often arrives after the element).
    if (this.profile && this.occupation && this.jurisdiction) {
      const auto = [this.form.key, this.profile, this.occupation, this.jurisdiction];
      if (!this.autoArgs || auto.some((item, i) => item !== this.autoArgs![i])) {
        this.autoArgs = auto;
        // Not while the person is filling in the form: what arrives late never replaces what they typed.
        if (!(this.view === 'form' && this.form.edited)) this.submit();
      }
    }
  }

  // ---- rendering ---------------------------------------------------------------------

  private onSubmit = (event: Event): void => {
    event.preventDefault();
    this.submit();
  };

  private renderToolbar(analysis: GapAnalysis | undefined, view: ResultView | undefined): TemplateResult {
    return html`<div class="toolbar bw-toolbar" part="toolbar">
      <button type="button" class="bw-button bw-button--secondary" part="button" @click=${() => (this.view = 'form')}>${msg('Edit my profile', { id: 'gap.edit' })}</button>
      ${analysis && view
        ? view.renderToolbarControls({
            analysis,
            locale: this.resolvedLocale,
            compareWith: this.session.compareWith,
            others: this.catalogue.compareChoices(analysis),
            onFocusCompare: () => void this.catalogue.jurisdictionList().catch(() => undefined),
            onCompare: this.compareSoon,
            onExport: () => this.session.exportJson(),
            onPrint: () => this.printMap(),
          })
        : nothing}
    </div>`;
  }

  private renderResult(): unknown {
    // The form's checks did not arrive: their error state, whose "Try again" loads them and analyses.
    if (this.form.code.status === 'error' && this.form.pending) return this.form.code.render(() => nothing);
    // An analysis is ready or empty only once its view has loaded (the session waits for it).
    const view = this.session.view;
    if (this.session.status !== 'loading' && this.session.status !== 'idle') this.mapLoading.end();
    return html`${this.renderToolbar(this.analysis, view)}
    ${this.session.render({
      loading: () => this.mapLoading.render(() => renderMapSkeleton(msg('Mapping your gaps…', { id: 'gap.loading' }))),
      empty: (analysis) => view?.renderEmptyAnalysis(analysis, this.formatters),
      ready: (analysis) =>
        view?.renderReady({
          analysis,
          format: this.formatters,
          selected: this.plan.selected,
          onToggle: this.plan.toggle,
          plan: this.plan.state,
          onAddToPlan: () => void this.plan.add(analysis, view),
          compareWith: this.session.compareWith,
          compareLoader: this.session.comparison,
          onRerun: () => this.rerun(),
          reasonText: view.reasonText,
        }),
    })}`;
  }

  protected override renderContent(): unknown {
    if (this.view === 'result') return this.renderResult();
    // The form's shape while its code loads: the page does not jump when it arrives.
    return this.editorPart.render((editor) => (this.editor ??= editor.profileEditorFor(this, this.form, this.catalogue)).render(this.onSubmit), renderFormSkeleton);
  }
}
