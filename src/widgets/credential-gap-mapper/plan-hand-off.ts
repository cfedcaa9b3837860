/**
 * "Add to my plan": the steps selected on the map, and handing them over: to a listener
 * that takes the request over (a milestone tracker on the page), or, with a user token,
 * to the server with one idempotency key per selection so a retry adds them once.
 */
import type { GapAnalysis } from '../../api/gap.js';
import type { GapPlanRequest } from '../../api/plan.js';
import { errorKind, errorMessage } from '../../ui/errors.js';
import type { LazyPart } from '../../ui/lazy.js';
import type { GapMapperHost, ResultView } from './host.js';
import type { PlanSave } from './parts.js';
import type { PlanState } from './result-view.js';

export class PlanHandOff {
  /** Selection keys (`requirementId|pathwayId`). */
  selected: ReadonlySet<string> = new Set();
  state: PlanState = { status: 'idle' };
  /** The same key for retries of the same selection. */
  private idempotencyKey?: string;

  constructor(
    private readonly host: GapMapperHost,
    /** The plan area's messages and the save (plan-save.ts), loaded at the first "Add to my plan". */
    private readonly saving: LazyPart<PlanSave>,
  ) {}

  /** A new analysis: its recommended steps are selected and nothing is sent yet. */
  start(selection: ReadonlySet<string>): void {
    this.selected = selection;
    this.state = { status: 'idle' };
    this.idempotencyKey = undefined;
    this.host.requestUpdate();
  }

  toggle = (key: string, on: boolean): void => {
    const next = new Set(this.selected);
    if (on) next.add(key);
    else next.delete(key);
    this.selected = next;
    this.idempotencyKey = undefined;
    this.host.requestUpdate();
  };

  /** The `GapPlanRequest` for the selection, or undefined when nothing is selected. */
  request(analysis: GapAnalysis, view: ResultView): GapPlanRequest | undefined {
    return view.planRequest(analysis, this.selected, this.host.resolvedLocale);
  }

  async add(analysis: GapAnalysis, view: ResultView): Promise<void> {
    const detail = this.request(analysis, view);
    // A tracker on the page asks the person to confirm and saves the milestones itself (told at once, in the click).
    const handedOver = detail !== undefined && !this.host.emit('bw-gap-plan-requested', detail, { cancelable: true });
    let save: PlanSave;
    try {
      save = await this.saving.require();
    } catch (error) {
      // The code did not arrive: said in the plan area, whose button asks again.
      this.host.reportError(error, 'load');
      return this.show({ status: 'error', message: errorMessage(errorKind(error)) });
    }
    const { planMessages } = save;
    if (!detail) return this.show({ status: 'error', message: planMessages.noneSelected() });
    if (handedOver) return this.show({ status: 'done', message: planMessages.handedOver(detail.items.length) });
    if (!this.host.config.userToken) return this.show({ status: 'done', message: planMessages.sent(detail.items.length) });
    this.show({ status: 'saving', message: planMessages.saving() });
    this.idempotencyKey ??= crypto.randomUUID();
    this.show(await save.savePlan(() => this.host.client, detail, this.idempotencyKey, (error) => this.host.reportError(error, 'load')));
  }

  private show(state: PlanState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
