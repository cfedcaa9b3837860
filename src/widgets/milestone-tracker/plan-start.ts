/**
 * `PlanStart`: a tracker embedded alone must stand, so a mentee with no plan starts one here
 * ("Start a plan"), or starts one with a first milestone ("Add a milestone"). Creating a plan
 * is sent at once, not queued (what follows needs its id), with one idempotency key per goal
 * so a form sent twice starts one plan. Afterwards the plan shows and the focus goes to it
 * (or to the first milestone); a failure is said under the form and takes the focus.
 * A part of its own, loaded when a person asks to start a plan (with the panels' edits, which add
 * a first milestone): a page with a plan never downloads it.
 */
import type { TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { ApiError } from '../../api/errors.js';
import { checkStyles } from '../../ui/blocks.js';
import { createPlan } from '../../generated/operations.js';
import type { PlanDetail } from '../../api/plan.js';
import type { CatalogueNames } from '../../ui/catalogue-names.js';
import { errorKind, errorMessage } from '../../ui/errors.js';
import type { FocusAfterUpdate } from '../../ui/focus.js';
import type { TrackerHost } from './host.js';
import type { PlanEdits } from './plan-edits.js';
import type { PlanSession } from './plan-session.js';
import { loadCatalogueNames } from './catalogue-names.js';
import { renderStartPlanForm, type StartMode, type StartPlanFields } from './start-plan-form.js';

/** The block only the start form shows (its checkbox). */
export const partStyles = checkStyles;

export class PlanStart {
  /** The open form: started to add a plan or a first milestone. */
  mode?: StartMode;
  /** The catalogue's names for the form: undefined while loading, null when they could not be loaded. */
  names: CatalogueNames | undefined | null;
  busy = false;
  error = '';
  private keys = new Map<string, string>();

  constructor(
    private readonly host: TrackerHost,
    private readonly session: PlanSession,
    private readonly edits: PlanEdits,
    private readonly focus: FocusAfterUpdate,
  ) {}

  open = (mode: StartMode): void => {
    this.mode = mode;
    this.error = '';
    // The form's code is here (it came with this controller): the focus goes into it.
    this.focus.focus('#start-occupation', '#start-title');
    void this.loadNames();
  };

  /** The open form (`mode` set). */
  render(): TemplateResult {
    return renderStartPlanForm(
      { mode: this.mode!, names: this.names, busy: this.busy, error: this.error },
      { onSubmit: (fields) => void this.submit(fields), onCancel: this.cancel, onRetryNames: () => void this.loadNames() },
    );
  }

  cancel = (): void => {
    const mode = this.mode ?? 'plan';
    this.mode = undefined;
    this.focus.focus(`[data-start="${mode}"]`);
  };

  loadNames = async (): Promise<void> => {
    this.names = this.session.names;
    if (this.names) return;
    this.host.requestUpdate();
    try {
      this.names = await loadCatalogueNames(this.host.client, this.host.viewFormatters.locale);
    } catch (error) {
      this.names = null;
      this.host.reportError(error, 'load');
    }
    this.host.requestUpdate();
  };

  submit = async (fields: StartPlanFields): Promise<void> => {
    if (this.busy || !fields.occupationId || !fields.jurisdictionId || !fields.targetDate) return;
    this.busy = true;
    this.error = '';
    this.host.requestUpdate();
    try {
      const { detail, note } = await this.create(fields);
      this.mode = undefined;
      this.session.pick(detail.plan.id, () => {
        if (fields.firstMilestone) this.edits.addMilestone({ title: fields.firstMilestone, kind: 'custom' });
        else this.focus.focus('#plan-title');
      });
      this.host.announce(`${msg('Your plan is started.', { id: 'plan.more.start.started' })} ${note}`.trim());
    } catch (error) {
      this.error = errorMessage(errorKind(error));
      this.host.reportError(error, 'load');
      this.focus.focus('#start-error');
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  };

  /** The plan, from the goal's usual steps when asked and there are some (else empty, and said so). */
  private async create(fields: StartPlanFields): Promise<{ detail: PlanDetail; note: string }> {
    const goal = { occupationId: fields.occupationId, jurisdictionId: fields.jurisdictionId, targetDate: fields.targetDate };
    const send = (fromTemplate: boolean) =>
      this.host.client.call(createPlan, { body: { goal, ...(fromTemplate ? { fromTemplate } : {}) }, idempotencyKey: this.keyFor(JSON.stringify([goal, fromTemplate])) });
    if (!fields.fromTemplate) return { detail: await send(false), note: '' };
    try {
      return { detail: await send(true), note: '' };
    } catch (error) {
      if (!(error instanceof ApiError) || error.kind !== 'not-found') throw error;
      return { detail: await send(false), note: msg('No usual steps are known for this goal yet: your plan starts empty.', { id: 'plan.more.start.noTemplate' }) };
    }
  }

  private keyFor(request: string): string {
    let key = this.keys.get(request);
    if (!key) this.keys.set(request, (key = crypto.randomUUID()));
    return key;
  }
}
