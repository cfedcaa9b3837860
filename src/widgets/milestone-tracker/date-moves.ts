/**
 * `DateMoves`: moving a milestone's due date or the plan's target date, with the reason
 * kept (a recalibration). Opens the dialog once its code is there, queues the write, and
 * gives the focus back to the button that opened it.
 */
import type { EditCode } from './edit-code.js';
import type { TrackerHost } from './host.js';
import type { PlanSync } from './plan-sync.js';
import type { DateMove } from './plan-writes.js';

export class DateMoves {
  /** What the open dialog moves: a milestone's date, or the plan's target date (`null`). */
  target?: { milestoneId: string | null };
  private returnFocus?: HTMLElement;

  constructor(
    private readonly host: TrackerHost,
    readonly sync: PlanSync,
    /** Loads the dialog's code; resolves to undefined when it could not be loaded (then reported). */
    private readonly loadDialog: () => Promise<unknown>,
    /** The edit-write code, loaded at the first edit. */
    private readonly code: EditCode,
  ) {}

  open(milestoneId: string | null, opener: EventTarget | null): void {
    this.returnFocus = opener instanceof HTMLElement ? opener : undefined;
    // The dialog's code loads first, so it can open at once.
    void this.loadDialog().then((part) => {
      if (!part) return;
      this.target = { milestoneId };
      this.host.requestUpdate();
      void this.host.updateComplete.then(() => this.dialog?.showModal());
    });
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
    this.code.run((writes) => writes.moveDate(this, plan, target.milestoneId, move));
    this.close();
  };

  private get dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector('dialog');
  }
}
