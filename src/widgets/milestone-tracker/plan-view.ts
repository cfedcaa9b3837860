/**
 * The plan's view, a part the element loads at connect, beside the plan's reads (plan-session.ts)
 * and the state behind it (plan-state.ts): the header, the "not saved yet" status, the progress
 * summary, the filters, the milestone list (or the timeline's place), "Show more" and the add form,
 * or what shows when there is no plan. The element's first download holds only the session and the
 * plan's loading state in the list's shape. The formatters (`formattersFor`), which only the views and
 * the panels use, come with this part; the views' styles come with the state (plan-state.ts), so that
 * each part stays within the 10 kB budget of a part.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { QueuedWrite } from '../../core/plan/write-queue.js';
import { dateOf } from '../../core/plan/dates.js';
import { summarizeProgress, withUnread } from '../../core/plan/progress.js';
import { formattersFor, type Formatters } from '../../ui/format.js';
import { renderEmpty } from '../../ui/states.js';
import type { TrackerHost, TrackerParts } from './host.js';
import type { PlanSession, Session } from './plan-session.js';
import type { PlanState } from './plan-state.js';
import { latestMoves } from './date-history.js';
import { dayFormatter, goalName } from './labels.js';
import { renderPlanHeader, type PlanHeaderCallbacks } from './plan-header.js';
import { renderSyncStatus } from './sync-status.js';
import { renderProgressSummary } from './progress-summary.js';
import { matchesFilter, renderMilestoneFilters, type MilestoneFilter } from './milestone-filters.js';
import { renderMilestoneList } from './milestone-list.js';
import { renderShowMore } from './show-more.js';
import { renderAddMilestoneForm } from './add-milestone-form.js';
import { renderNoPlan } from './no-plan.js';

export class PlanView {
  private layout: 'list' | 'timeline' = 'list';
  private filter: MilestoneFilter = { kind: '', status: '' };
  private announcement = '';

  constructor(
    private readonly host: TrackerHost,
    private readonly session: PlanSession,
    private readonly parts: TrackerParts,
    private readonly state: PlanState,
  ) {}

  get formatters(): Formatters {
    return formattersFor(this.host.resolvedLocale);
  }

  /** Says something to screen readers through the live region (emptied first, so the same words are said again). */
  announce(text: string): void {
    this.announcement = '';
    this.host.requestUpdate();
    requestAnimationFrame(() => {
      this.announcement = text;
      this.host.requestUpdate();
    });
  }

  /** The live region of what `announce` says; in every state once the view is here (announcements follow a person's actions in it). */
  renderAnnouncement(): TemplateResult {
    return html`<div class="bw-visually-hidden" role="status" aria-live="polite">${this.announcement}</div>`;
  }

  // ------------------------------------------------------------------ callbacks of the views

  private header: PlanHeaderCallbacks = {
    // The plan is replaced while the other loads: the focus comes back to the picker.
    onPick: (planId) => this.session.pick(planId, () => this.state.focusNext.focus('#plan-pick', '#plan-title')),
    onToggleLayout: () => this.show(this.layout === 'list' ? 'timeline' : 'list', this.filter),
    onDownloadCalendar: () => void this.state.downloadCalendar(),
    onMoveTargetDate: (opener) => this.state.panels.moveDate(null, opener),
    onMorePlans: () => this.state.panels.read((paging) => paging.showMorePlans()),
  };

  private onResolve = (write: QueuedWrite, choice: 'mine' | 'theirs') => this.state.sync.resolveConflict(write, choice);

  private show(layout: 'list' | 'timeline', filter: MilestoneFilter): void {
    this.layout = layout;
    this.filter = filter;
    this.host.requestUpdate();
  }

  /** Enter on a milestone of the timeline: the list, with that milestone focused. */
  private showInList = (milestoneId: string): void => {
    this.show('list', { kind: '', status: '' });
    this.state.focusNext.focus(`[part~="list"] [data-id="${CSS.escape(milestoneId)}"]`);
  };

  private acceptGapOffer = (): void => {
    const offer = this.state.gapHandOff.take();
    if (offer) void this.state.panels.edit((edits) => edits.addFromGap(offer));
  };

  // ------------------------------------------------------------------ rendering

  private renderSync(): TemplateResult {
    return renderSyncStatus(this.host.resolvedLocale, this.state.sync.pending.length, this.state.sync.saveError, () => void this.state.sync.sendPending());
  }

  /** "Show more" for the milestones, and for the moved dates when the latest ones are not read yet. */
  private renderMore(): unknown {
    const { milestonesCursor, historyCursor } = this.state.sync.server;
    return html`${milestonesCursor ? renderShowMore(this.state.panels.moreState('milestones'), msg('Show more milestones', { id: 'plan.showMoreMilestones' }), () => this.state.panels.read((paging) => paging.showMoreMilestones())) : nothing}
    ${historyCursor ? renderShowMore(this.state.panels.moreState('history'), msg('Show more date changes', { id: 'plan.showMoreDateChanges' }), () => this.state.panels.read((paging) => paging.showMoreHistory())) : nothing}`;
  }

  private renderGapOffer(): unknown {
    const offer = this.state.gapHandOff.offer;
    if (!offer) return nothing;
    const session = this.session.data.value;
    const goal = goalName(offer, this.session.names);
    const intoExistingPlan = session?.plans.some((p) => p.goal.occupationId === offer.occupationId && p.goal.jurisdictionId === offer.jurisdictionId) ?? false;
    return this.parts.gapOffer.render((m) => m.renderGapOffer({ offer, locale: this.host.resolvedLocale, goal, intoExistingPlan }, { onAccept: this.acceptGapOffer, onDecline: this.state.gapHandOff.decline }));
  }

  renderPlan(session: Session): TemplateResult {
    // Everything derived once per render: the local view, the sorted milestones, the progress summary.
    const view = this.state.sync.view();
    const all = this.state.sync.milestonesIn(view);
    const plan = this.state.sync.planIn(view)!;
    const today = dateOf(new Date());
    // The milestones read, with the server's counts of those not read yet: the whole plan's progress.
    const summary = withUnread(summarizeProgress(all, today), this.state.sync.server.unread, today);
    const locale = this.host.resolvedLocale;
    const date = dayFormatter(locale);
    const editable = this.session.canEdit;
    const queued = this.state.panels.queued();
    const comments = this.state.sync.commentsShown(queued.comments);
    const moves = latestMoves(this.state.sync.server.history, queued.dateMoves, (id) => this.state.sync.server.dateOf(id));
    const dateMove = (id: string | null) => moves.get(id);
    const keyOf = (id: string) => this.state.sync.renderKey(id);
    const shown = all.filter(matchesFilter(this.filter));
    const overdue = new Set(summary.overdue);
    const titleOf = (id: string) => all.find((m) => m.id === id)?.title ?? id;
    return html`
      ${renderPlanHeader({ plan, plans: session.plans, role: this.session.role, editable, layout: this.layout, date, names: this.session.names, ...(session.plansCursor ? { morePlans: this.state.panels.moreState('plans') } : {}) }, this.header)}
      ${this.renderSync()} ${this.renderGapOffer()} ${this.state.followUps.render()}
      ${this.state.sync.conflicts.length ? this.parts.conflicts.render((m) => m.renderConflictPanel({ conflicts: this.state.sync.conflicts, titleOf, format: this.formatters }, this.onResolve)) : nothing}
      ${renderProgressSummary(locale, all, summary, date)} ${renderMilestoneFilters((change) => this.show(this.layout, { ...this.filter, ...change }))}
      <p id="reorder-hint" class="bw-visually-hidden">${editable ? msg('Press Alt and the up or down arrow to move this milestone.', { id: 'plan.reorderHint' }) : ''}</p>
      ${this.layout === 'timeline'
        ? this.parts.timeline.render((t) =>
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
                unsaved: this.state.sync.unsaved(),
                overdue,
                date,
                comments,
                dateMove,
                keyOf,
                editing: this.state.panels.editing,
                dragged: this.state.order.dragged,
                editForm: (m) => this.state.panels.renderEditForm(m),
              },
              this.state.list,
            )}
      ${this.renderMore()} ${editable ? renderAddMilestoneForm((fields) => this.state.panels.edit((edits) => edits.addMilestone(fields))) : nothing}
      ${this.state.panels.renderCheckIns()} ${this.state.panels.renderDialog()}
    `;
  }

  /** No plan yet: a mentor is told so; a mentee can start one here ("Start a plan", "Add a milestone"). */
  renderNoPlan(): TemplateResult {
    return html`${this.renderGapOffer()}${this.state.sync.pending.length > 0 ? this.renderSync() : nothing}${this.state.followUps.render()}${renderNoPlan(
      this.session.role === 'mentor' || !this.session.canEdit ? 'mentor' : 'mentee',
      this.state.panels.startMode,
      this.state.panels.openStart,
    )}${this.state.panels.renderStart()}`;
  }
}
