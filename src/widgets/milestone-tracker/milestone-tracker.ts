import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import type { QueuedWrite } from '../../core/plan/write-queue.js';
import { dateOf } from '../../core/plan/dates.js';
import { summarizeProgress, withUnread } from '../../core/plan/progress.js';
import { BridgewayElement } from '../../ui/base-element.js';
import { badgeStyles, cardStyles, fieldStyles, headingStyles, joinStyles, listStyles, mutedStyles, sectionStyles, statusStyles, toolbarStyles, visuallyHiddenStyles } from '../../ui/blocks.js';
import { formattersFor, type Formatters } from '../../ui/format.js';
import { FocusAfterUpdate } from '../../ui/focus.js';
import { LazyPart } from '../../ui/lazy.js';
import { renderEmpty, renderLoadFailure } from '../../ui/states.js';
import { loaders as planLocales } from '../../generated/locales/plan/index.js';
import { loaders as planMoreLocales } from '../../generated/locales/plan-more/index.js';
import { trackerStyles } from './milestone-tracker.styles.js';
import type { PlanWriteDetail, TrackerHost, TrackerView } from './host.js';
import { PlanSync } from './plan-sync.js';
import { needsUserMessage, PlanSession, type Session } from './plan-session.js';
import { MilestoneOrder } from './milestone-order.js';
import { PanelsPart } from './panels-part.js';
import { GapHandOff } from './gap-hand-off.js';
import { FollowUpsPart } from './follow-ups-part.js';
import { latestMoves } from './date-history.js';
import { dayFormatter, goalName } from './labels.js';
import { renderPlanHeader, type PlanHeaderCallbacks } from './plan-header.js';
import { renderSyncStatus } from './sync-status.js';
import { renderProgressSummary } from './progress-summary.js';
import { matchesFilter, renderMilestoneFilters, type MilestoneFilter } from './milestone-filters.js';
import { renderMilestoneList, type MilestoneListCallbacks } from './milestone-list.js';
import { renderShowMore } from './show-more.js';
import { renderAddMilestoneForm } from './add-milestone-form.js';
import { renderNoPlan } from './no-plan.js';

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
 * @cssprop --bw-color-primary - buttons, progress, links.
 * @cssprop --bw-color-warning - the "not saved yet" indicator and conflicts.
 * @cssprop --bw-color-danger - overdue milestones.
 */
export class BridgewayMilestoneTracker extends BridgewayElement implements TrackerHost {
  // The blocks the list, header and add form show (the button is the base's); the panels bring the checkbox and the dialog.
  static override styles = [
    ...(BridgewayElement.styles as []),
    joinStyles(visuallyHiddenStyles, fieldStyles, badgeStyles, headingStyles, sectionStyles, cardStyles, toolbarStyles, statusStyles, mutedStyles, listStyles),
    trackerStyles,
  ];

  /** Intl formatters bound to `resolvedLocale`: `this.formatters.date(...)`, `this.formatters.number(...)` ... */
  get formatters(): Formatters {
    return formattersFor(this.resolvedLocale);
  }
  static override localeArea = planLocales;

  /** The calendar file's code, loaded when a calendar is asked for. */
  private calendarFile = new LazyPart(this, () => import('./ics.js'));
  /** The timeline's code, loaded when a person first switches to the timeline. */
  private timeline = new LazyPart(this, () => import('./timeline.js'), planMoreLocales);

  /** Where the focus goes after an action, so it is never lost to the top of the page. */
  private focusNext = new FocusAfterUpdate(this);
  private sync = new PlanSync(this, { reload: () => void this.session.reload(), showPlan: (id) => this.session.pick(id) });
  private session: PlanSession = new PlanSession(this, this.sync, () => this.panels.load());
  /** Conflicts, edit form, check-ins, gap offer and dialog, with the edits and reads: loaded beside the data. */
  private panels = new PanelsPart(this, this.session, this.sync, this.focusNext);
  private order = new MilestoneOrder(this, (id, move) => this.panels.edit((edits) => edits.move(id, move)), (id) => this.sync.milestones.findIndex((m) => m.id === id));
  private gapHandOff = new GapHandOff(this, this.session, this.focusNext);
  /** The program's outcome follow-ups (intake, 3, 6, 12 months) for a signed-in mentee, loaded on demand. */
  private followUps = new FollowUpsPart(this, () => this.session.me?.role === 'mentee');

  @state() private layout: 'list' | 'timeline' = 'list';
  @state() private filter: MilestoneFilter = { kind: '', status: '' };
  @state() private announcement = '';

  /** The plan to show; default: the mentee's latest plan, or the first plan shared with a mentor. */
  @property({ attribute: 'plan-id' }) planId?: string;

  /** `mentee` (edit the plan), `mentor` (pick a mentee's plan, comment, record check-ins) or `auto` (from the signed-in user's role). */
  @property() view: TrackerView = 'auto';

  // ------------------------------------------------------------------ public API

  /** Writes not yet saved (a copy), oldest first. */
  get pendingWrites(): readonly QueuedWrite[] {
    return this.sync.pending;
  }

  /** Loads the plan again from the server (queued edits stay and are shown on top). */
  reload(): Promise<void> {
    return this.session.reload();
  }

  /** Sends queued writes now, without waiting for the retry timer. Resolves when the queue has nothing more it can send. */
  sendPending(): Promise<void> {
    return this.sync.sendPending();
  }

  /** The plan as an iCalendar file (due dates, expiring results, the target date), in the element's language. */
  async calendar(): Promise<string> {
    const { planCalendar } = await this.calendarFile.require();
    const plan = this.sync.plan;
    return plan ? planCalendar(plan, this.sync.milestones) : '';
  }

  /** Downloads the calendar file (`.ics`). */
  async downloadCalendar(): Promise<void> {
    try {
      const text = await this.calendar();
      if (text) (await this.calendarFile.require()).downloadCalendarFile(text);
    } catch (error) {
      this.reportError(error, 'load');
    }
  }

  /** @internal */
  announce(text: string): void {
    this.announcement = '';
    requestAnimationFrame(() => (this.announcement = text));
  }

  // ------------------------------------------------------------------ callbacks of the views

  private header: PlanHeaderCallbacks = {
    // The plan is replaced while the other loads: the focus comes back to the picker.
    onPick: (planId) => this.session.pick(planId, () => this.focusNext.focus('#plan-pick', '#plan-title')),
    onToggleLayout: () => (this.layout = this.layout === 'list' ? 'timeline' : 'list'),
    onDownloadCalendar: () => void this.downloadCalendar(),
    onMoveTargetDate: (opener) => this.panels.moveDate(null, opener),
    onMorePlans: () => this.panels.read((paging) => paging.showMorePlans()),
  };

  private list: MilestoneListCallbacks = {
    onKeydown: (event, id) => this.order.onKeydown(event, id),
    onDragStart: (event, id) => this.order.onDragStart(event, id),
    onDragEnd: () => this.order.onDragEnd(),
    onDrop: (event, id) => this.order.onDrop(event, id),
    onMove: (id, move) => this.order.move(id, move),
    onStatus: (milestone, status) => void this.panels.edit((edits) => edits.setStatus(milestone, status)),
    onMoveDate: (id, opener) => this.panels.moveDate(id, opener),
    onToggleEdit: (id) => void this.panels.edit((edits) => edits.toggleEditing(id)),
    onCommentsOpened: (id) => this.panels.read((paging) => paging.loadComments(id)),
    onComment: (id, text) => this.panels.edit((edits) => edits.addComment(id, text)),
    onEvidence: (milestone, input) => this.panels.edit((edits) => edits.addEvidence(milestone, input)),
  };

  private onResolve = (write: QueuedWrite, choice: 'mine' | 'theirs') => this.sync.resolveConflict(write, choice);

  /** Enter on a milestone of the timeline: the list, with that milestone focused. */
  private showInList = (milestoneId: string): void => {
    this.layout = 'list';
    this.filter = { kind: '', status: '' };
    this.focusNext.focus(`[part~="list"] [data-id="${CSS.escape(milestoneId)}"]`);
  };

  // ------------------------------------------------------------------ rendering

  private renderSync(): TemplateResult {
    return renderSyncStatus(this.formatters.locale, this.sync.pending.length, this.sync.saveError, () => void this.sendPending());
  }

  /** "Show more" for the milestones, and for the moved dates when the latest ones are not read yet. */
  private renderMore(): unknown {
    const { milestonesCursor, historyCursor } = this.sync.server;
    return html`${milestonesCursor ? renderShowMore(this.panels.moreState('milestones'), msg('Show more milestones', { id: 'plan.showMoreMilestones' }), () => this.panels.read((paging) => paging.showMoreMilestones())) : nothing}
    ${historyCursor ? renderShowMore(this.panels.moreState('history'), msg('Show more date changes', { id: 'plan.showMoreDateChanges' }), () => this.panels.read((paging) => paging.showMoreHistory())) : nothing}`;
  }

  private renderGapOffer(): unknown {
    const offer = this.gapHandOff.offer;
    if (!offer) return nothing;
    const session = this.session.data.value;
    const goal = goalName(offer, this.session.names);
    const intoExistingPlan = session?.plans.some((p) => p.goal.occupationId === offer.occupationId && p.goal.jurisdictionId === offer.jurisdictionId) ?? false;
    return this.panels.render((p) => p.renderGapOffer({ offer, locale: this.formatters.locale, goal, intoExistingPlan }, { onAccept: this.acceptGapOffer, onDecline: this.gapHandOff.decline }));
  }

  private acceptGapOffer = (): void => {
    const offer = this.gapHandOff.take();
    if (offer) void this.panels.edit((edits) => edits.addFromGap(offer));
  };

  private renderPlan(session: Session): TemplateResult {
    // Everything derived once per render: the local view, the sorted milestones, the progress summary.
    const view = this.sync.view();
    const all = this.sync.milestonesIn(view);
    const plan = this.sync.planIn(view)!;
    const today = dateOf(new Date());
    // The milestones read, with the server's counts of those not read yet: the whole plan's progress.
    const summary = withUnread(summarizeProgress(all, today), this.sync.server.unread, today);
    const locale = this.formatters.locale;
    const date = dayFormatter(locale);
    const editable = this.session.canEdit;
    const queued = this.panels.queued();
    const comments = this.sync.commentsShown(queued.comments);
    const moves = latestMoves(this.sync.server.history, queued.dateMoves, (id) => this.sync.server.dateOf(id));
    const dateMove = (id: string | null) => moves.get(id);
    const keyOf = (id: string) => this.sync.renderKey(id);
    const shown = all.filter(matchesFilter(this.filter));
    const overdue = new Set(summary.overdue);
    const titleOf = (id: string) => all.find((m) => m.id === id)?.title ?? id;
    return html`
      ${renderPlanHeader({ plan, plans: session.plans, role: this.session.role, editable, layout: this.layout, date, names: this.session.names, ...(session.plansCursor ? { morePlans: this.panels.moreState('plans') } : {}) }, this.header)}
      ${this.renderSync()} ${this.renderGapOffer()} ${this.followUps.render()}
      ${this.sync.conflicts.length ? this.panels.render((p) => p.renderConflictPanel({ conflicts: this.sync.conflicts, titleOf, format: this.formatters }, this.onResolve)) : nothing}
      ${renderProgressSummary(locale, all, summary, date)} ${renderMilestoneFilters((change) => (this.filter = { ...this.filter, ...change }))}
      <p id="reorder-hint" class="bw-visually-hidden">${editable ? msg('Press Alt and the up or down arrow to move this milestone.', { id: 'plan.reorderHint' }) : ''}</p>
      ${this.layout === 'timeline'
        ? this.timeline.render((t) =>
            t.renderTimeline({ milestones: shown, plan, today, overdue, expiring: new Set(summary.expiringSoon.map((e) => e.id)), date, dateMove, keyOf }, { onOpen: this.showInList }),
          )
        : shown.length === 0
          ? renderEmpty(msg('No milestones match.', { id: 'plan.noMatch' }))
          : renderMilestoneList(
              {
                locale,
                shown,
                position: new Map(all.map((m, index) => [m, index])),
                count: all.length,
                editable,
                unsaved: this.sync.unsaved(),
                overdue,
                date,
                comments,
                dateMove,
                keyOf,
                editing: this.panels.editing,
                dragged: this.order.dragged,
                editForm: (m) => this.panels.renderEditForm(m),
              },
              this.list,
            )}
      ${this.renderMore()} ${editable ? renderAddMilestoneForm((fields) => this.panels.edit((edits) => edits.addMilestone(fields))) : nothing}
      ${this.panels.renderCheckIns()} ${this.panels.renderDialog()}
    `;
  }

  /** No plan yet: a mentor is told so; a mentee can start one here ("Start a plan", "Add a milestone"). */
  private renderNoPlan(): TemplateResult {
    return html`${this.renderGapOffer()}${this.sync.pending.length > 0 ? this.renderSync() : nothing}${this.followUps.render()}${renderNoPlan(
      this.session.role === 'mentor' || !this.session.canEdit ? 'mentor' : 'mentee',
      this.panels.startMode,
      this.panels.openStart,
    )}${this.panels.renderStart()}`;
  }

  protected override renderContent(): unknown {
    return html`${this.session.data.render({
        ready: (session) => this.renderPlan(session),
        empty: () => this.renderNoPlan(),
        // Without a user there is no plan to show: say how to get one, not "your session has ended".
        error: (kind, retry) => renderLoadFailure(kind, retry, this.config.userToken ? undefined : needsUserMessage()),
      })}
      <div class="bw-visually-hidden" role="status" aria-live="polite">${this.announcement}</div>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'bw-plan-saved': CustomEvent<PlanWriteDetail>;
    'bw-plan-conflict': CustomEvent<PlanWriteDetail>;
  }
}
