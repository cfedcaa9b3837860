/**
 * Asking for the gap analysis and holding it: the analysis of the profile for its target,
 * a second jurisdiction's beside it on request, and the result view (map, compare, print,
 * export, plan) loaded through LazyPart while the first request is in flight.
 */
import type { ReactiveController } from 'lit';
import type { BridgewayClient } from '../../api/client.js';
import type { GapAnalysis, GapAnalysisRequest } from '../../api/gap.js';
import { createGapAnalysis, getGapAnalysis } from '../../generated/operations.js';
import { LazyPart } from '../../ui/lazy.js';
import { Loader, type LoaderRenderers } from '../../ui/loader.js';
import type { GapMapperHost, ResultView } from './host.js';
import type { PlanHandOff } from './plan-hand-off.js';

export class AnalysisSession implements ReactiveController {
  /** The second jurisdiction shown beside the first ('' for none). */
  compareWith = '';
  private asked?: GapAnalysisRequest;
  /** An analysis asked while the element was off the page: nothing removal would cancel starts then. */
  private askedOffPage = false;
  /** A saved analysis to show (read again with whether its rules changed since), while nothing else was asked. */
  private savedId?: string;
  /** The JSON export, loaded when a person first asks for it. */
  private readonly exporter: LazyPart<typeof import('./export.js')>;
  private readonly main: Loader<GapAnalysis, readonly [BridgewayClient, GapAnalysisRequest | undefined]>;
  private readonly second: Loader<GapAnalysis, readonly [BridgewayClient, GapAnalysisRequest | undefined, string]>;

  constructor(
    private readonly host: GapMapperHost,
    private readonly plan: PlanHandOff,
    /** The result view's code and translations, the element's part (its `importer` is replaceable: tests simulate a failed chunk). */
    readonly resultView: LazyPart<ResultView>,
  ) {
    host.addController(this);
    this.exporter = new LazyPart(host, () => import('./export.js'));
    this.main = new Loader(host, {
      autoRun: false,
      args: () => [host.client, this.asked] as const,
      isEmpty: (analysis) => analysis.results.length === 0,
      load: ([client, request], signal) => (request || !this.savedId ? this.analyse(client, request, signal, true) : this.readSaved(client, this.savedId, signal)),
    });
    this.second = new Loader(host, {
      autoRun: false,
      args: () => [host.client, this.asked, this.compareWith] as const,
      load: ([client, request, jurisdictionId], signal) => this.analyse(client, request && jurisdictionId ? { ...request, jurisdictionId } : undefined, signal, false),
    });
  }

  /** An analysis cut short by the element's removal (its loader then stands idle), or asked while it was off the page, is asked once the element is back. */
  hostConnected(): void {
    if ((this.asked || this.savedId) && (this.main.status === 'idle' || this.askedOffPage)) void this.main.run();
    this.askedOffPage = false;
    if (this.compareWith && this.second.status === 'idle') void this.second.run();
  }

  /** The main analysis' state (`loading` while it, or the code it waits for, is on its way). */
  get status(): string {
    return this.main.status;
  }

  /** The result view, once loaded (it is whenever there is an analysis: analyse() waits for it). */
  get view(): ResultView | undefined {
    return this.resultView.module;
  }

  /** The analysis shown, once there is one. */
  get analysis(): GapAnalysis | undefined {
    return this.main.status === 'ready' || this.main.status === 'empty' ? this.main.value : undefined;
  }

  /** The second jurisdiction's analysis, while it is shown. */
  get compared(): GapAnalysis | undefined {
    return this.compareWith && this.second.status === 'ready' ? this.second.value : undefined;
  }

  /** What the compare column renders from. */
  get comparison(): { render(renderers: LoaderRenderers<GapAnalysis>): unknown } {
    return this.second;
  }

  /** The request behind the analysis shown, when this session made it. */
  get request(): GapAnalysisRequest | undefined {
    return this.asked;
  }

  /** Shows a saved analysis (with a user token): read again, it says whether the rules changed since. */
  open(id: string): void {
    this.savedId = id;
    this.asked = undefined;
    this.compareWith = '';
    void this.main.run();
  }

  /** Asks for the analysis of a profile (and drops a comparison); off the page (the form's checks arrived after a removal), once back. */
  ask(request: GapAnalysisRequest): void {
    this.asked = request;
    this.compareWith = '';
    if (this.host.isConnected) void this.main.run();
    else this.askedOffPage = true;
  }

  /** Asks again (after a failure). */
  retry(): void {
    if (this.asked || this.savedId) void this.main.run();
  }

  /** Shows the second jurisdiction's analysis of the same profile beside the first ('' to stop comparing). */
  compare(jurisdictionId: string): Promise<void> {
    this.compareWith = jurisdictionId;
    this.host.requestUpdate();
    if (!jurisdictionId) return Promise.resolve();
    return this.second.run([this.host.client, this.asked, jurisdictionId]);
  }

  render(renderers: LoaderRenderers<GapAnalysis>): unknown {
    return this.main.render(renderers);
  }

  /** Downloads the analysis, the profile and the comparison as JSON (the export's code loads at the first export). */
  async exportJson(): Promise<void> {
    const analysis = this.analysis;
    if (!analysis) return;
    const data = { analysis, profile: this.asked?.profile, compared: this.compared };
    const exporter = await this.exporter.load();
    exporter?.downloadJson(this.host.renderRoot, `gap-map-${analysis.target.occupation.id}-${analysis.target.jurisdiction.id}.json`, data);
  }

  private async readSaved(client: BridgewayClient, id: string, signal: AbortSignal): Promise<GapAnalysis> {
    const viewLoaded = this.resultView.require();
    const answered = client.call(getGapAnalysis, { params: { id }, signal });
    answered.catch(() => undefined);
    const view = await viewLoaded;
    const analysis = await answered;
    this.plan.start(view.initialSelection(analysis));
    return analysis;
  }

  private async analyse(client: BridgewayClient, request: GapAnalysisRequest | undefined, signal: AbortSignal, primary: boolean): Promise<GapAnalysis> {
    if (!request) throw new Error('No analysis was asked for.');
    const body: GapAnalysisRequest = { ...request, save: primary && Boolean(this.host.config.userToken) };
    // The result view loads while the request is in flight: the map shows once both have arrived.
    const viewLoaded = this.resultView.require();
    const answered = client.call(createGapAnalysis, { body, signal });
    answered.catch(() => undefined);
    const view = await viewLoaded;
    const analysis = await answered;
    if (primary) {
      this.plan.start(view.initialSelection(analysis));
      this.host.emit('bw-gap-analysed', { analysis, profile: request.profile });
    }
    return analysis;
  }
}
