/**
 * `PanelsPart`: the plan panels' code (plan-panels.ts, one `LazyPart` with the `plan.more`
 * translations) and what comes with it: the edits, with the write queue's code they queue with
 * (handed to `PlanSync` as it arrives), the reads a person asks for, the date moves and the
 * plan's start, each created on first use. The code loads beside the plan's data, so it
 * is there before a person acts, yet not in the first download; an action asked before it came
 * runs once it arrives. "Start a plan" asked meanwhile holds the form's place with the loading
 * state (or, when the code did not arrive, the error with "Try again").
 */
import { nothing } from 'lit';
import type { Milestone } from '../../api/plan.js';
import type { FocusAfterUpdate } from '../../ui/focus.js';
import { LazyPart } from '../../ui/lazy.js';
import { renderError, renderLoading } from '../../ui/states.js';
import { loaders as planMoreLocales } from '../../generated/locales/plan-more/index.js';
import type { TrackerHost } from './host.js';
import type { PagedList, PlanSession } from './plan-session.js';
import type { PlanSync, QueuedComment, QueuedDateMove } from './plan-sync.js';
import type { MoreState } from './show-more.js';
import type { StartMode } from './start-plan-form.js';
import type * as PanelsModule from './plan-panels.js';

type Panels = typeof PanelsModule;

export class PanelsPart {
  readonly code: LazyPart<Panels>;
  private edits?: PanelsModule.PlanEdits;
  private paging?: PanelsModule.PlanPaging;
  private dateMoves?: PanelsModule.DateMoves;
  private start?: PanelsModule.PlanStart;
  /** "Start a plan" or "Add a milestone" asked while the code was not there yet (or did not arrive). */
  private startAsked?: StartMode;

  constructor(
    private readonly host: TrackerHost,
    private readonly session: PlanSession,
    private readonly sync: PlanSync,
    private readonly focus: FocusAfterUpdate,
  ) {
    // The queue's code comes with the panels: the queue has it before any edit is made.
    this.code = new LazyPart(
      host,
      () =>
        import('./plan-panels.js').then((p) => {
          sync.useQueueCode(p);
          return p;
        }),
      planMoreLocales,
    );
  }

  /**
   * Starts loading the code, unless it is there or on its way; resolves once it is there or did
   * not arrive. After a failure it waits for the panels' "Try again".
   */
  load(): Promise<unknown> {
    return this.code.status === 'error' ? Promise.resolve() : this.code.load();
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
    return this.code.render(ready);
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
  read(what: (paging: PanelsModule.PlanPaging) => Promise<void>): void {
    void this.withCode((p) => what(this.pagingIn(p)));
  }

  /** "Show more" of a list: whether its next page is being read, or failed. */
  moreState(list: PagedList): MoreState {
    return this.paging?.moreState(list) ?? { loading: false, failed: false };
  }

  /** Opens the dialog that moves a date once its code is there (a chunk that does not arrive is reported). */
  moveDate(milestoneId: string | null, opener: EventTarget | null): void {
    void this.code.load().then((p) => p && (this.dateMoves ??= new p.DateMoves(this.host, this.sync)).open(milestoneId, opener));
  }

  /** The form that starts a plan: open, or asked for. */
  get startMode(): StartMode | undefined {
    return this.start?.mode ?? this.startAsked;
  }

  /** Opens the form that starts a plan once its code is there. */
  openStart = (mode: StartMode): void => {
    this.startAsked = mode;
    this.host.requestUpdate();
    void this.code.load().then((p) => {
      if (!p || this.startAsked !== mode) return;
      this.startAsked = undefined;
      (this.start ??= new p.PlanStart(this.host, this.session, this.editsIn(p), this.focus)).open(mode);
      this.host.requestUpdate();
    });
  };

  /** The start form open, its place while its code loads, or nothing. */
  renderStart(): unknown {
    const { start, startAsked: asked } = this;
    if (start?.mode) return this.render(() => start.render());
    if (!asked) return nothing;
    return this.code.status === 'error' ? renderError('network', () => this.openStart(asked)) : renderLoading();
  }

  /** The recalibration dialog while a date is being moved. */
  renderDialog(): unknown {
    const moves = this.dateMoves;
    return moves?.target ? this.render(() => moves.render()) : nothing;
  }

  renderEditForm(milestone: Milestone): unknown {
    return this.render((p) => p.renderEditForm(milestone, (edit) => p.saveEdit(this.editsIn(p), milestone, edit)));
  }

  renderCheckIns(): unknown {
    return this.render((p) => p.renderPlanCheckIns(this.sync, this.session.me, this.pagingIn(p), this.host.formatters));
  }

  /**
   * Runs `use` with the panels' code: at once when it is there, else once it arrives; undefined
   * when it did not arrive (reported, and the panels show "Try again").
   */
  private withCode<R>(use: (p: Panels) => R): Promise<R | undefined> {
    const loaded = this.code.module;
    return loaded ? Promise.resolve(use(loaded)) : this.code.load().then((p) => (p ? use(p) : undefined));
  }

  private editsIn(p: Panels): PanelsModule.PlanEdits {
    return (this.edits ??= new p.PlanEdits(this.host, this.session, this.sync, this.focus));
  }

  private pagingIn(p: Panels): PanelsModule.PlanPaging {
    return (this.paging ??= new p.PlanPaging(this.host, this.session, this.sync));
  }
}
