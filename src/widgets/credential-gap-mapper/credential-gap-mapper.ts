import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import type { GapAnalysis, Profile } from '../../api/gap.js';
import type { GapPlanRequest } from '../../api/plan.js';
import { BridgewayElement } from '../../ui/base-element.js';
import { toolbarStyles } from '../../ui/blocks.js';
import { formattersFor, type Formatters } from '../../ui/format.js';
import { LazyPart } from '../../ui/lazy.js';
import { LoadingFromNextFrame } from '../../ui/loading-from-next-frame.js';
import { renderFormSkeleton, renderMapSkeleton, renderToolbar } from './skeleton-view.js';
import { gapMapperStyles } from './credential-gap-mapper.styles.js';
import type { GapMapperShell, MapperParts, ResultView } from './host.js';
import type { MapperCore } from './mapper-core.js';
import { importCore, importDraftCode, importEditor, importPlanSave, importResultView, resultViewAreas, type CoreModule, type DraftCode, type EditorModule, type PlanSave } from './parts.js';
import { loaders as gapLocales } from '../../generated/locales/gap/index.js';

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
export class BridgewayCredentialGapMapper extends BridgewayElement implements GapMapperShell {
  // The first view shows only the toolbar (the button is the base's); the form's and the map's blocks come with their parts.
  static override styles = [...(BridgewayElement.styles as never[]), toolbarStyles, gapMapperStyles];

  static override localeArea = gapLocales;

  /** The parts loaded on demand, each started when its view is due (at connect for the first). */
  private parts: MapperParts = (() => {
    const draft = new LazyPart<DraftCode>(this, importDraftCode);
    return {
      draft,
      /** The form's view, pickers and styles, loaded the first time the form shows (a host-given profile opens on the map). */
      editor: new LazyPart<EditorModule>(this, importEditor(draft)),
      /** The map, compare, print, export and plan, loaded while the first analysis is on its way. */
      resultView: new LazyPart<ResultView>(this, importResultView, resultViewAreas),
      planSave: new LazyPart<PlanSave>(this, importPlanSave),
      /** The map's loading state, from the first frame on (an answer and code at hand within a frame show at once). */
      mapLoading: new LoadingFromNextFrame(this),
    };
  })();

  /** The working part (form state, catalogue, analysis, plan: mapper-core.ts), fetched at connect beside the view's code. */
  private corePart = new LazyPart<CoreModule>(this, importCore);
  private core?: MapperCore;
  /** What changed before the working part arrived: it follows all of it at once. */
  private changedEarly = new Map<PropertyKey, unknown>();
  /** Asked before the working part arrived: an analysis (`submit()`), the form ("Edit my profile"). */
  private asked?: 'submit' | 'form';

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

  /** Intl formatters bound to `resolvedLocale` (`formatters.date(...)`, `formatters.number(...)` ...), as on every element. */
  get formatters(): Formatters {
    return formattersFor(this.resolvedLocale);
  }

  /** The analysis shown, once there is one. */
  get analysis(): GapAnalysis | undefined {
    return this.core?.analysis;
  }

  /**
   * Validates the form and analyses. Returns false when a field needs attention. Before the
   * form's checks have loaded (a host's profile analysed at once, before the form ever showed) it
   * returns true at once: the map's loading state shows while they load, then the analysis, or the
   * form with the fields that need attention marked.
   */
  submit(): boolean {
    if (this.core) return this.core.submit();
    this.asked = 'submit';
    this.requestUpdate();
    return true;
  }

  /** Shows the second jurisdiction's analysis of the same profile beside the first. */
  compare(jurisdictionId: string): Promise<void> {
    return this.core ? this.core.compare(jurisdictionId) : Promise.resolve();
  }

  /** The `GapPlanRequest` for the current selection, or undefined when nothing is selected. */
  planRequest(): GapPlanRequest | undefined {
    return this.core?.planRequest();
  }

  /** Runs the analysis shown again under today's rules: the same profile (the one asked, else the host's or the form's) and target. */
  rerun(): void {
    this.core?.rerun();
  }

  /** Prints the map alone: nothing else of the host page, and none of the map's buttons. */
  printMap(): void {
    this.core?.printMap();
  }

  override retry(): void {
    super.retry();
    this.core?.retry();
  }

  /** @internal The parts loaded on demand; tests replace an `importer` to simulate a chunk that fails to load. */
  get lazyParts(): { resultView: LazyPart<ResultView>; profileEditor: LazyPart<EditorModule>; profileDraft: LazyPart<DraftCode>; planSave: LazyPart<PlanSave>; mapperCore: LazyPart<unknown> } {
    const { resultView, editor, draft, planSave } = this.parts;
    return { resultView, profileEditor: editor, profileDraft: draft, planSave, mapperCore: this.corePart };
  }

  // ---- lifecycle -------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const module = this.corePart.atHand();
    if (!module) {
      changed.forEach((value, key) => this.changedEarly.has(key) || this.changedEarly.set(key, value));
      return;
    }
    let followed: PropertyValues<GapMapperShell> = changed;
    if (!this.core) {
      this.core = module.createMapperCore(this, this.parts);
      followed = new Map([...this.changedEarly, ...changed]) as PropertyValues<GapMapperShell>;
      this.changedEarly.clear();
    }
    this.core.willUpdate(followed);
    const asked = this.asked;
    this.asked = undefined;
    if (asked === 'submit') this.core.submit();
    else if (asked === 'form') this.core.view = 'form';
  }

  // ---- rendering ---------------------------------------------------------------------

  /** Whether the map shows first: a host's profile and target, a saved analysis, or an analysis asked for. */
  private get mapFirst(): boolean {
    return this.asked === 'submit' || Boolean(this.analysisId || (this.profile && this.occupation && this.jurisdiction));
  }

  /** Before the working part has arrived: the first view's shape, its code on its way beside it. */
  private renderEarly(): unknown {
    const { draft, editor, resultView, mapLoading } = this.parts;
    if (this.asked === 'form' || !this.mapFirst) return editor.render(renderFormSkeleton, renderFormSkeleton);
    // A host's profile is checked by the draft's code before it is analysed; the map's code comes meanwhile.
    if (!this.analysisId && draft.status === 'idle') void draft.load();
    if (resultView.status === 'idle') resultView.require().catch(() => undefined);
    return [renderToolbar(this.editEarly), mapLoading.render(() => renderMapSkeleton(msg('Mapping your gaps…', { id: 'gap.loading' })))];
  }

  /** "Edit my profile" before the working part arrived: the form, once it has. */
  private editEarly = (): void => {
    this.asked = 'form';
    this.requestUpdate();
  };

  protected override renderContent(): unknown {
    return this.corePart.render(() => this.core?.render() ?? this.renderEarly(), () => this.renderEarly());
  }
}
