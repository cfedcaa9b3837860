import { html } from 'lit';
import type { QueuedWrite } from '../../core/plan/write-queue.js';
import { BridgewayElement } from '../../ui/base-element.js';
import { skeletonStyles } from '../../ui/blocks.js';
import type { Formatters } from '../../ui/format.js';
import { LazyPart } from '../../ui/lazy.js';
import { renderLoadFailure } from '../../ui/states.js';
import { importOnce } from '../../ui/import-once.js';
import { loaders as planLocales } from '../../generated/locales/plan/index.js';
import { loaders as planMoreLocales } from '../../generated/locales/plan-more/index.js';
import type { PlanWriteDetail, TrackerHost, TrackerParts, TrackerView } from './host.js';
import { needsUserMessage, PlanSession } from './plan-session.js';
import { renderPlanSkeleton } from './plan-skeleton.js';
import type { PlanView } from './plan-view.js';
import type { PlanState } from './plan-state.js';

/** The parts every tracker fetches at connect. */
const importView = importOnce(() => import('./plan-view.js'));
const importState = importOnce(() => import('./plan-state.js'));
const importPanels = importOnce(() => import('./plan-panels.js'));

/**
 * A mentee's credential-recognition plan: milestones with due dates, status, evidence and
 * comments, check-ins with a mentor, recalibration of dates with their history, a list and
 * a timeline view, and calendar export. Offline-safe: every edit shows at once, is queued
 * in `localStorage` (per endpoint and user) and sent in order with its idempotency key;
 * failed sends stay queued and are replayed on `online`, on reload and on a retry timer.
 * A write the server refuses as stale shows both versions and lets the person choose.
 *
 * Listens on the document for `bw-gap-plan-requested` (from `bw-credential-gap-mapper`,
 * any copy of the library) and offers to add those milestones; when it can (a valid
 * request, a mentee's plan loaded) it calls `preventDefault()` to take the request over,
 * so the gap mapper does not save the same items a second time.
 *
 * Embedded alone, it lets a mentee with no plan start one (the occupation and place chosen by
 * name), or start one with a first milestone. Names, never ids: goals, plans (a mentor sees
 * each mentee's name) and calendar categories are in the person's language.
 *
 * Keyboard: Alt+ArrowUp / Alt+ArrowDown on a milestone moves it (announced); the move
 * buttons do the same; milestones can also be dragged. After every action the focus goes to
 * the new content, back to where the action started, or to the status that reports it.
 *
 * @summary Credential-recognition plan with milestones, check-ins and recalibration.
 * @tagname bw-milestone-tracker
 * @fires bw-plan-saved - when a queued write was saved; `detail` is `{ key, path }`.
 * @fires bw-plan-conflict - when the server holds a newer version of something edited here; `detail` is `{ key, path }`.
 * @fires bw-error - when loading or saving failed (see `BridgewayElement`).
 * @csspart header - the plan's title and the view switches.
 * @csspart progress - the progress summary.
 * @csspart sync - the "not saved yet" indicator.
 * @csspart list - the list of milestones.
 * @csspart item - one milestone.
 * @csspart timeline - the timeline view: a time axis with the milestones, today, expiries and the target date.
 * @csspart timeline-mark - one mark on the timeline (`data-kind` is `milestone`, `today`, `expiry` or `goal`).
 * @csspart feedback - a milestone's comments and evidence (a disclosure).
 * @csspart count - how many comments or pieces of evidence a milestone has.
 * @csspart date-move - why a date moved, on a milestone and on the timeline.
 * @csspart start-actions - "Start a plan" and "Add a milestone", when there is no plan yet.
 * @csspart start - the form that starts a plan.
 * @csspart button - buttons.
 * @csspart input - inputs, selects and text areas.
 * @csspart dialog - the recalibration dialog.
 * @csspart conflict - a conflict between this edit and the server's version.
 * @csspart gap-offer - the offer to add milestones from the gap map.
 * @csspart skeleton - the plan's shape while it loads.
 * @cssprop --bw-color-primary - buttons, progress, links.
 * @cssprop --bw-color-warning - the "not saved yet" indicator and conflicts.
 * @cssprop --bw-color-danger - overdue milestones.
 */
export class BridgewayMilestoneTracker extends BridgewayElement implements TrackerHost {
  // The first download shows the plan's loading state; the view's blocks and own styles come with its code (plan-view.ts).
  static override styles = [...(BridgewayElement.styles as []), skeletonStyles];
  static override localeArea = planLocales;
  // Properties are declared with `static properties`, as the base element's are: the same
  // reactive properties without the decorators' code. TypeScript asks a subclass's `properties` to hold the base's too.
  static override properties = {
    ...BridgewayElement.properties,
    planId: { attribute: 'plan-id' },
    view: {},
  };

  /**
   * @internal The parts loaded on demand; tests replace an `importer` to simulate a chunk that does not arrive.
   * The plan's view and the panels load at connect, beside the plan's reads.
   */
  readonly parts: TrackerParts = {
    view: new LazyPart(this, importView),
    state: new LazyPart(this, importState),
    panels: new LazyPart(this, importPanels, planMoreLocales),
    start: new LazyPart(this, () => import('./plan-start.js'), planMoreLocales),
    paging: new LazyPart(this, () => import('./plan-paging.js'), planMoreLocales),
    conflicts: new LazyPart(this, () => import('./conflict-panel.js'), planMoreLocales),
    gapOffer: new LazyPart(this, () => import('./gap-offer.js'), planMoreLocales),
    dateMoves: new LazyPart(this, () => import('./date-moves.js'), planMoreLocales),
    timeline: new LazyPart(this, () => import('./timeline.js'), planMoreLocales),
    calendar: new LazyPart(this, () => import('./ics.js')),
    followUps: new LazyPart(this, () => import('./follow-ups.js')),
    sender: new LazyPart(this, () => import('./plan-send.js')),
  };

  /** The state behind the plan's view, and the view, once their code is here. */
  private planState?: PlanState;
  private planView?: PlanView;
  private session: PlanSession = new PlanSession(this, () => this.openView());

  /** The plan to show; default: the mentee's latest plan, or the first plan shared with a mentor. */
  declare planId?: string;

  /** `mentee` (edit the plan), `mentor` (pick a mentee's plan, comment, record check-ins) or `auto` (from the signed-in user's role). */
  view: TrackerView = 'auto';

  // ------------------------------------------------------------------ public API

  /**
   * Intl formatters bound to `resolvedLocale`: `this.formatters.date(...)`, `this.formatters.number(...)` ...,
   * once the plan's view has loaded (their code comes with it: the loading state formats nothing); undefined before.
   */
  get formatters(): Formatters | undefined {
    return this.planView?.formatters;
  }

  /** The formatters for the parts, which all run once the plan's view is here (TrackerHost). @internal */
  get viewFormatters(): Formatters {
    return this.planView!.formatters;
  }

  /** Writes not yet saved (a copy), oldest first. */
  get pendingWrites(): readonly QueuedWrite[] {
    return this.planState?.sync.pending ?? [];
  }

  /** Loads the plan again from the server (queued edits stay and are shown on top). */
  reload(): Promise<void> {
    return this.session.reload();
  }

  /** Sends queued writes now, without waiting for the retry timer. Resolves when the queue has nothing more it can send. */
  async sendPending(): Promise<void> {
    await this.planState?.sync.sendPending();
  }

  /** The plan as an iCalendar file (due dates, expiring results, the target date), in the element's language. */
  async calendar(): Promise<string> {
    return (await this.openView()).calendar();
  }

  /** Downloads the calendar file (`.ics`). */
  async downloadCalendar(): Promise<void> {
    const view = await this.openView().catch((error: unknown) => void this.reportError(error, 'load'));
    await view?.downloadCalendar();
  }

  /** @internal */
  announce(text: string): void {
    this.planView?.announce(text);
  }

  // ------------------------------------------------------------------ the view's code

  /**
   * The state behind the plan's view, with the view, their code loaded the first time (at connect,
   * by the session, beside the plan's reads; again after a failure). The panels' code starts beside
   * them: the first view shows their check-ins, and a person's first edit needs them. Rejects when
   * the state's or the view's code did not arrive.
   */
  private openView(): Promise<PlanState> {
    const { panels, state, view } = this.parts;
    if (panels.status === 'idle') void panels.load();
    return Promise.all([state.require(), view.require()]).then(([s, v]) => {
      const planState = (this.planState ??= new s.PlanState(this, this.session, this.parts));
      this.planView ??= new v.PlanView(this, this.session, this.parts, planState);
      return planState;
    });
  }

  // ------------------------------------------------------------------ rendering

  protected override renderContent(): unknown {
    const view = this.planView;
    return html`${this.session.data.render({
        ready: (session) => (view ? view.renderPlan(session) : renderPlanSkeleton()),
        empty: () => (view ? view.renderNoPlan() : renderPlanSkeleton()),
        loading: renderPlanSkeleton,
        // Without a user there is no plan to show: say how to get one, not "your session has ended".
        error: (kind, retry) => renderLoadFailure(kind, retry, this.config.userToken ? undefined : needsUserMessage()),
      })}
      ${view?.renderAnnouncement()}`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'bw-plan-saved': CustomEvent<PlanWriteDetail>;
    'bw-plan-conflict': CustomEvent<PlanWriteDetail>;
  }
}
