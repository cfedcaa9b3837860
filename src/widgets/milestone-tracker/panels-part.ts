/**
 * `PanelsPart`: the plan panels' code (plan-panels.ts, with the `plan.more` translations, fetched
 * at connect beside the plan's data) and what comes with it: the edits, with the write queue's code
 * they queue with (handed to `PlanSync` as it arrives), created on first use; and the parts a person
 * reaches only by an action, each loaded then: the reads of a next page or of a milestone's comments
 * (plan-paging.ts), the recalibration dialog (date-moves.ts) and the form that starts a plan
 * (plan-start.ts). An action asked before its code came runs once it arrives. "Start a plan" asked
 * meanwhile holds the form's place with the loading state (or, when the code did not arrive, the
 * error with "Try again"); a "Show more" whose code did not arrive says the next page did not load.
 */
import { nothing } from 'lit';
import type { Milestone } from '../../api/plan.js';
import type { FocusAfterUpdate } from '../../ui/focus.js';
import type { LazyPart } from '../../ui/lazy.js';
import { renderError, renderLoading } from '../../ui/states.js';
import type { TrackerHost } from './host.js';
import type { PagedList, PlanSession } from './plan-session.js';
import type { PlanSync, QueuedComment, QueuedDateMove } from './plan-sync.js';
import type { MoreState } from './show-more.js';
import type { StartMode } from './start-plan-form.js';
import type { PlanStart } from './plan-start.js';
import type { PlanPaging } from './plan-paging.js';
import type { DateMoves } from './date-moves.js';
import type * as PanelsModule from './plan-panels.js';

type Panels = typeof PanelsModule;

export class PanelsPart {
  private edits?: PanelsModule.PlanEdits;
  private paging?: PlanPaging;
  private dateMoves?: DateMoves;
  private start?: PlanStart;
  /** "Start a plan" or "Add a milestone" asked while the code was not there yet (or did not arrive). */
  private startAsked?: StartMode;

  constructor(
    private readonly host: TrackerHost,
    private readonly session: PlanSession,
    private readonly sync: PlanSync,
    private readonly focus: FocusAfterUpdate,
    /** The panels' code (the element's `parts.panels`), on its way since connect. */
    readonly code: LazyPart<Panels>,
    /** The start form's code (the element's `parts.start`), loaded when a person asks to start a plan. */
    private readonly startCode: LazyPart<typeof import('./plan-start.js')>,
    /** The code that reads what a person asks for (the element's `parts.paging`), loaded the first time. */
    private readonly pagingCode: LazyPart<typeof import('./plan-paging.js')>,
    /** The recalibration dialog's code (the element's `parts.dateMoves`), loaded when a person first moves a date. */
    private readonly dateMovesCode: LazyPart<typeof import('./date-moves.js')>,
  ) {}

  /**
   * Starts loading the code, unless it is there or on its way; resolves once it is there or did
   * not arrive. After a failure it waits for the panels' "Try again".
   */
  load(): Promise<unknown> {
    return this.code.status === 'error' ? Promise.resolve() : this.code.load().then((p) => p && this.withQueue(p));
  }

  /** The queue's code comes with the panels: the queue has it before any edit is made with them. */
  private withQueue(p: Panels): Panels {
    this.sync.useQueueCode(p);
    return p;
  }

  /**
   * Comments and date moves on their way, read from the queue. Writes come from edits made with
   * this code, or from storage, for which the session waits for it: none to read without it.
   */
  queued(): { comments: QueuedComment[]; dateMoves: QueuedDateMove[] } {
    const p = this.code.module;
    const pending = this.sync.pending;
    return p && pending.length > 0 ? { comments: p.queuedComments(pending), dateMoves: p.queuedDateMoves(pending) } : { comments: [], dateMoves: [] };
  }

  /** Renders with the panels' code; its loading or error state until it is there. */
  render(ready: (p: Panels) => unknown): unknown {
    return this.code.render((p) => ready(this.withQueue(p)));
  }

  /** The milestone whose edit form is open. */
  get editing(): string | undefined {
    return this.edits?.editing;
  }

  /** Makes an edit (one queued write); resolves true when it was made (a form then clears). */
  edit(change: (edits: PanelsModule.PlanEdits) => boolean | void): Promise<boolean> {
    return this.withCode((p) => change(this.editsIn(p)) !== false).then((made) => made === true);
  }

  /** Reads what a person asked for: the next page of a list, or a milestone's comments. */
  read(what: (paging: PlanPaging) => Promise<void>): void {
    void this.pagingCode.load().then((code) => code && what((this.paging ??= new code.PlanPaging(this.host, this.session, this.sync))));
  }

  /** "Show more" of a list: whether its next page is being read, or failed. */
  moreState(list: PagedList): MoreState {
    // Before the reading code is here: loading while it comes, failed (the button tries again) when it did not arrive.
    const { status } = this.pagingCode;
    return this.paging?.moreState(list) ?? { loading: status === 'loading', failed: status === 'error' };
  }

  /** Opens the dialog that moves a date once its code is there (a chunk that does not arrive is reported). */
  moveDate(milestoneId: string | null, opener: EventTarget | null): void {
    void this.dateMovesCode.load().then((code) => code && (this.dateMoves ??= new code.DateMoves(this.host, this.sync)).open(milestoneId, opener));
  }

  /** The form that starts a plan: open, or asked for. */
  get startMode(): StartMode | undefined {
    return this.start?.mode ?? this.startAsked;
  }

  /** Opens the form that starts a plan once its code, and the panels' (with the edits it adds a first milestone with), are there. */
  openStart = (mode: StartMode): void => {
    this.startAsked = mode;
    this.host.requestUpdate();
    void Promise.all([this.withCode((p) => this.editsIn(p)), this.startCode.load()]).then(([edits, code]) => {
      if (!edits || !code || this.startAsked !== mode) return;
      this.startAsked = undefined;
      (this.start ??= new code.PlanStart(this.host, this.session, edits, this.focus)).open(mode);
      this.host.requestUpdate();
    });
  };

  /** The start form open, its place while its code loads, or nothing. */
  renderStart(): unknown {
    const { start, startAsked: asked } = this;
    if (start?.mode) return start.render();
    if (!asked) return nothing;
    return this.code.status === 'error' || this.startCode.status === 'error' ? renderError('network', () => this.openStart(asked)) : renderLoading();
  }

  /** The recalibration dialog while a date is being moved. */
  renderDialog(): unknown {
    const moves = this.dateMoves;
    return moves?.target ? moves.render() : nothing;
  }

  renderEditForm(milestone: Milestone): unknown {
    return this.render((p) => p.renderEditForm(milestone, (edit) => p.saveEdit(this.editsIn(p), milestone, edit)));
  }

  renderCheckIns(): unknown {
    const onMore = () => this.read((paging) => paging.showMoreCheckIns());
    return this.render((p) => p.renderPlanCheckIns(this.sync, this.session.me, this.moreState('checkIns'), onMore, this.host.viewFormatters));
  }

  /**
   * Runs `use` with the panels' code: at once when it is there, else once it arrives; undefined
   * when it did not arrive (reported, and the panels show "Try again").
   */
  private withCode<R>(use: (p: Panels) => R): Promise<R | undefined> {
    const loaded = this.code.module;
    return loaded ? Promise.resolve(use(this.withQueue(loaded))) : this.code.load().then((p) => (p ? use(this.withQueue(p)) : undefined));
  }

  private editsIn(p: Panels): PanelsModule.PlanEdits {
    return (this.edits ??= new p.PlanEdits(this.host, this.session, this.sync, this.focus));
  }
}
