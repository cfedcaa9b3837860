/**
 * `DateMoves`: moving a milestone's due date or the plan's target date, with the reason
 * kept (a recalibration). Opens the dialog once its code is there, queues the write, and
 * gives the focus back to the button that opened it. A part of its own with the dialog and its
 * styles, loaded when a person first moves a date; the dialog opens as soon as it is there.
 */
import { nothing, type TemplateResult } from 'lit';
import { dialogStyles } from '../../ui/dialog-styles.js';
import type { TrackerHost } from './host.js';
import type { PlanSync } from './plan-sync.js';
import { recalibration, type DateMove } from './plan-writes.js';
import { milestoneKey, planKey } from './server-plan.js';
import { renderRecalibrationDialog } from './recalibration-dialog.js';

/** The block only the dialog shows. */
export const partStyles = dialogStyles;

export class DateMoves {
  /** What the open dialog moves: a milestone's date, or the plan's target date (`null`). */
  target?: { milestoneId: string | null };
  private returnFocus?: HTMLElement;

  constructor(
    private readonly host: TrackerHost,
    private readonly sync: PlanSync,
  ) {}

  open(milestoneId: string | null, opener: EventTarget | null): void {
    this.returnFocus = opener instanceof HTMLElement ? opener : undefined;
    this.target = { milestoneId };
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.dialog?.showModal());
  }

  /** The dialog while a date is being moved. */
  render(): TemplateResult | typeof nothing {
    const target = this.target;
    const plan = this.sync.plan;
    if (!target || !plan) return nothing;
    const milestone = target.milestoneId ? this.sync.milestones.find((m) => m.id === target.milestoneId) : undefined;
    return renderRecalibrationDialog(
      { plan, milestoneId: target.milestoneId, milestone, history: this.sync.server.history, format: this.host.viewFormatters },
      { onSubmit: this.submit, onCancel: this.close, onClose: this.onClose },
    );
  }

  close = (): void => {
    this.dialog?.close();
  };

  onClose = (): void => {
    this.target = undefined;
    this.host.requestUpdate();
    this.returnFocus?.focus();
  };

  submit = (move: DateMove): void => {
    const target = this.target;
    const plan = this.sync.plan;
    if (!target || !plan || !move.toDate || !move.reason) return;
    const entity = target.milestoneId ? milestoneKey(target.milestoneId) : planKey(plan.id);
    this.sync.enqueue(recalibration(plan, target.milestoneId, move, this.sync.server.versionOf(entity) ?? 1));
    this.close();
  };

  private get dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector('dialog');
  }
}
