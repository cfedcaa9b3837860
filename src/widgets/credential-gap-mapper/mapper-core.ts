/**
 * The gap mapper's working part, loaded at connect beside the draft's code (which a host's profile
 * waits for before it is analysed) and the form's or the map's code: the profile form's state, the
 * catalogue lookups, the analysis and the plan hand-off, and what the element's public methods and
 * its form and map views do with them. The element (credential-gap-mapper.ts) holds its public
 * surface, the parts and the loading states in the views' shape until this part has arrived.
 */
import { html, nothing, type PropertyValues } from 'lit';
import { msg } from '@lit/localize';
import type { GapAnalysis } from '../../api/gap.js';
import { pickText } from '../../api/common.js';
import type { GapPlanRequest } from '../../api/plan.js';
import { formattersFor, type Formatters } from '../../ui/format.js';
import { AnalysisSession } from './analysis-session.js';
import type { GapMapperShell, MapperParts, ResultView } from './host.js';
import { PlanHandOff } from './plan-hand-off.js';
import { ProfileForm } from './profile-form.js';
import type { ProfileEditor } from './profile-editor.js';
import { renderFormSkeleton, renderMapSkeleton, renderToolbar } from './skeleton-view.js';
import { TargetCatalogue } from './target-catalogue.js';

export class MapperCore {
  /** Which view shows; the element asks for an update when it changes. */
  private shown: 'form' | 'result' = 'form';
  private catalogue: TargetCatalogue;
  private form: ProfileForm;
  private plan: PlanHandOff;
  /** The analysis and its result view (the map, compare, print, export, plan), loaded when the first analysis is asked for. */
  private session: AnalysisSession;
  private editor?: ProfileEditor;
  /** What the last automatic analysis was for (a host-given profile and target). */
  private autoArgs?: unknown[];
  private compareTimer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: GapMapperShell,
    private readonly parts: MapperParts,
  ) {
    this.catalogue = new TargetCatalogue(host);
    this.form = new ProfileForm(host, this.catalogue, parts.draft);
    this.plan = new PlanHandOff(host, parts.planSave);
    this.session = new AnalysisSession(host, this.plan, parts.resultView);
  }

  /** Intl formatters bound to the element's locale: what the map formats with. */
  get formatters(): Formatters {
    return formattersFor(this.host.resolvedLocale);
  }

  get view(): 'form' | 'result' {
    return this.shown;
  }

  set view(view: 'form' | 'result') {
    this.shown = view;
    this.host.requestUpdate();
  }

  get analysis(): GapAnalysis | undefined {
    return this.session.analysis;
  }

  /** The element's `submit()`: see its documentation. */
  submit(): boolean {
    if (!this.form.drafting) {
      this.view = 'result';
      // The map's code loads meanwhile, so the map does not wait for it after the answer.
      this.parts.resultView.require().catch(() => undefined);
      this.form.whenDrafted(() => {
        if (!this.submit()) this.view = 'form';
      });
      return true;
    }
    const request = this.form.validate(this.host.asOf);
    if (!request) return false;
    this.view = 'result';
    this.session.ask(request);
    return true;
  }

  compare(jurisdictionId: string): Promise<void> {
    return this.session.compare(jurisdictionId);
  }

  /** The compare list moved (arrow keys change a closed list at each press): compare once it rests, not once per key. */
  private compareSoon = (jurisdictionId: string): void => {
    clearTimeout(this.compareTimer);
    this.compareTimer = setTimeout(() => void this.compare(jurisdictionId), 350);
  };

  planRequest(): GapPlanRequest | undefined {
    const { analysis, view } = this.session;
    return analysis && view ? this.plan.request(analysis, view) : undefined;
  }

  rerun(): void {
    const asked = this.session.request;
    if (asked) {
      this.session.ask({ ...asked, asOf: this.host.asOf ?? asked.asOf });
      return;
    }
    const target = this.analysis?.target;
    if (!target) return;
    const locale = this.host.resolvedLocale;
    this.form.setTargets({ id: target.occupation.id, label: pickText(target.occupation.name, locale) }, { id: target.jurisdiction.id, label: pickText(target.jurisdiction.name, locale) });
    // A profile the form cannot complete: the form, with its fields marked.
    if (!this.submit()) this.view = 'form';
  }

  printMap(): void {
    // The printing code comes with the map's (a map shown has it); asked before, once it has loaded.
    const view = this.session.view;
    if (view) view.printOnly(this.host);
    else void this.parts.resultView.load().then((loaded) => loaded?.printOnly(this.host));
  }

  /** After the element's "Try again": the analysis again, when the map shows. */
  retry(): void {
    if (this.shown === 'result') this.session.retry();
  }

  /** The element's update: what the host's properties ask for. `changed` holds what changed since before this part arrived too. */
  willUpdate(changed: PropertyValues<GapMapperShell>): void {
    const host = this.host;
    // What waited for the draft's code, when it arrived with this update (after a "Try again").
    this.form.catchUp();
    this.form.follow(host, changed);
    if (changed.has('analysisId') && host.analysisId) {
      this.shown = 'result';
      this.session.open(host.analysisId);
    }
    // A host that knows the profile and the target gets the map at once (or, without an
    // endpoint, the reason why not), and again when any of them or the credentials change
    // (the token often arrives after the element).
    if (host.profile && host.occupation && host.jurisdiction) {
      const auto = [this.form.key, host.profile, host.occupation, host.jurisdiction];
      if (!this.autoArgs || auto.some((item, i) => item !== this.autoArgs![i])) {
        this.autoArgs = auto;
        // Not while the person is filling in the form: what arrives late never replaces what they typed.
        if (!(this.shown === 'form' && this.form.edited)) this.submit();
      }
    }
  }

  private onSubmit = (event: Event): void => {
    event.preventDefault();
    this.submit();
  };

  private renderControls(analysis: GapAnalysis | undefined, view: ResultView | undefined): unknown {
    return analysis && view
      ? view.renderToolbarControls({
          analysis,
          locale: this.host.resolvedLocale,
          compareWith: this.session.compareWith,
          others: this.catalogue.compareChoices(analysis),
          onFocusCompare: () => void this.catalogue.jurisdictionList().catch(() => undefined),
          onCompare: this.compareSoon,
          onExport: () => void this.session.exportJson(),
          onPrint: () => this.printMap(),
        })
      : nothing;
  }

  private renderResult(): unknown {
    // The form's checks did not arrive: their error state, whose "Try again" loads them and analyses.
    if (this.form.code.status === 'error' && this.form.pending) return this.form.code.render(() => nothing);
    // An analysis is ready or empty only once its view has loaded (the session waits for it).
    const view = this.session.view;
    const mapLoading = this.parts.mapLoading;
    if (this.session.status !== 'loading' && this.session.status !== 'idle') mapLoading.end();
    const format = this.formatters;
    return html`${renderToolbar(() => (this.view = 'form'), this.renderControls(this.analysis, view))}
    ${this.session.render({
      loading: () => mapLoading.render(() => renderMapSkeleton(msg('Mapping your gaps…', { id: 'gap.loading' }))),
      empty: (analysis) => view?.renderEmptyAnalysis(analysis, format),
      ready: (analysis) =>
        view?.renderReady({
          analysis,
          format,
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

  render(): unknown {
    if (this.shown === 'result') return this.renderResult();
    // The form's shape while its code loads: the page does not jump when it arrives.
    return this.parts.editor.render((editor) => {
      this.form.catchUp();
      return (this.editor ??= editor.profileEditorFor(this.host, this.form, this.catalogue)).render(this.onSubmit);
    }, renderFormSkeleton);
  }
}

/** The working part of one element. */
export const createMapperCore = (host: GapMapperShell, parts: MapperParts): MapperCore => new MapperCore(host, parts);
