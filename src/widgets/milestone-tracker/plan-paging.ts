/**
 * `PlanPaging`: what the tracker reads after the plan, when a person asks: the next page of a
 * long list ("Show more" milestones, plans, check-ins, moved dates) and a milestone's comments,
 * read when they are opened. It comes with the panels (plan-panels.ts), which load beside the
 * plan's data, so its code is not part of the first download.
 */
import { listCheckIns, listComments, listMilestones, listPlanHistory, listPlans } from '../../generated/operations.js';
import type { CheckIn, MilestonePage, Recalibration } from '../../api/plan.js';
import { countMilestones, countsBeyond } from '../../core/plan/progress.js';
import type { TrackerHost } from './host.js';
import { CHECK_INS_PER_PAGE, HISTORY_PER_PAGE, MILESTONES_PER_PAGE, PLANS_PER_PAGE, type PagedList, type PlanSession } from './plan-session.js';
import type { PlanSync } from './plan-sync.js';
import type { MoreState } from './show-more.js';
import { milestoneKey, type PageRead, type ServerPlan } from './server-plan.js';

/** The next page of the plan's milestones, read after those here. */
export function milestonesLoaded(server: ServerPlan, page: MilestonePage): void {
  const entities = { ...server.entities };
  for (const m of page.items) entities[milestoneKey(m.id)] = m;
  server.entities = entities;
  server.milestonesCursor = page.nextCursor;
  server.unread = server.unread && page.nextCursor ? countsBeyond(server.unread, countMilestones(page.items, server.unread.asOf)) : null;
}

/** The next page of check-ins (older ones), after those here. */
export function checkInsLoaded(server: ServerPlan, page: PageRead<CheckIn>): void {
  server.checkIns = [...server.checkIns, ...page.items.filter((c) => !server.checkIns.some((known) => known.id === c.id))];
  server.checkInsCursor = page.nextCursor ?? null;
}

/** The next page of moved dates (later ones), after those here. */
export function historyLoaded(server: ServerPlan, page: PageRead<Recalibration>): void {
  // In time order: a date moved here before this page was read stays after the moves on it.
  const merged = [...server.history, ...page.items.filter((r) => !server.history.some((known) => known.id === r.id))];
  server.history = merged.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  server.historyCursor = page.nextCursor ?? null;
}

export class PlanPaging {
  constructor(
    private readonly host: TrackerHost,
    private readonly session: PlanSession,
    private readonly sync: PlanSync,
  ) {}

  /** The next page being read ("Show more"), and whether the last one failed. */
  loadingMore?: PagedList;
  moreFailed?: PagedList;

  /** Reads the plan's next milestones; focus then moves to the first of them. */
  showMoreMilestones = async (): Promise<void> => {
    const { planId, milestonesCursor: cursor } = this.sync.server;
    if (!planId || !cursor) return;
    const page = await this.more('milestones', () => this.host.client.call(listMilestones, { params: { planId }, query: { cursor, limit: MILESTONES_PER_PAGE } }));
    // Another plan may have been picked meanwhile: the page is of the plan that asked.
    if (!page || this.sync.server.planId !== planId) return;
    milestonesLoaded(this.sync.server, page);
    await this.focusFirst(page.items, 'data-id');
  };

  /** Reads the next (older) check-ins; focus then moves to the first of them. */
  showMoreCheckIns = async (): Promise<void> => {
    const { planId, checkInsCursor: cursor } = this.sync.server;
    if (!planId || !cursor) return;
    const page = await this.more('checkIns', () => this.host.client.call(listCheckIns, { params: { planId }, query: { cursor, limit: CHECK_INS_PER_PAGE } }));
    if (!page || this.sync.server.planId !== planId) return;
    checkInsLoaded(this.sync.server, page);
    await this.focusFirst(page.items, 'data-check-in');
  };

  /** Reads the next (later) moved dates, so each milestone shows its latest move. */
  showMoreHistory = async (): Promise<void> => {
    const { planId, historyCursor: cursor } = this.sync.server;
    if (!planId || !cursor) return;
    const page = await this.more('history', () => this.host.client.call(listPlanHistory, { params: { planId }, query: { cursor, limit: HISTORY_PER_PAGE } }));
    if (!page || this.sync.server.planId !== planId) return;
    historyLoaded(this.sync.server, page);
    this.host.requestUpdate();
  };

  /** Reads the next plans the picker can show. */
  showMorePlans = async (): Promise<void> => {
    const session = this.session.data.value;
    if (!session?.plansCursor) return;
    const page = await this.more('plans', () => this.host.client.call(listPlans, { query: { cursor: session.plansCursor!, limit: PLANS_PER_PAGE } }));
    if (!page || this.session.data.value !== session) return;
    this.session.data.value = { ...session, plans: [...session.plans, ...page.items.filter((p) => !session.plans.some((known) => known.id === p.id))], plansCursor: page.nextCursor };
    this.host.requestUpdate();
  };

  /** Renders a page just read, then moves focus to its first item (marked by `attribute`). */
  private async focusFirst(items: ReadonlyArray<{ id: string }>, attribute: 'data-id' | 'data-check-in'): Promise<void> {
    this.host.requestUpdate();
    await this.host.updateComplete;
    const first = items[0];
    if (first) this.host.renderRoot.querySelector<HTMLElement>(`[${attribute}="${CSS.escape(first.id)}"]`)?.focus();
  }

  /** How the "Show more" of `list` stands. */
  moreState(list: PagedList): MoreState {
    return { loading: this.loadingMore === list, failed: this.moreFailed === list };
  }

  private async more<T>(list: PagedList, read: () => Promise<T>): Promise<T | undefined> {
    if (this.loadingMore) return undefined;
    this.loadingMore = list;
    this.moreFailed = undefined;
    this.host.requestUpdate();
    try {
      return await read();
    } catch (error) {
      this.moreFailed = list;
      this.host.reportError(error, 'load');
      return undefined;
    } finally {
      this.loadingMore = undefined;
      this.host.requestUpdate();
    }
  }

  /** Reads a milestone's comments the first time they are opened. */
  async loadComments(milestoneId: string): Promise<void> {
    if (this.sync.commentsOf(milestoneId) || milestoneId.startsWith('local_')) return;
    try {
      const page = await this.host.client.call(listComments, { params: { id: milestoneId } });
      this.sync.commentsLoaded(milestoneId, page.items);
    } catch (error) {
      this.host.reportError(error, 'load');
    }
  }
}
