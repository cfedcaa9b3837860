/**
 * The plan as the server last gave it: the plan and its milestones (by entity key, the keys
 * the write queue uses), check-ins, the history of moved dates and the comments read so far.
 * Loads and the answers to saved writes land here; the queue's writes are laid over it to
 * give what the person sees. A long plan's milestones are here a page at a time, always the
 * first ones in plan order (`milestonesCursor` continues them): a saved write to a milestone
 * not read yet does not add it out of place, and a reorder sends the order of those read,
 * which the server puts first, as they are shown.
 */
import type { CheckIn, MilestoneCounts, Comment, MilestonePage, Recalibration, RecalibrationResult } from '../../api/plan.js';
import { safeParse } from '../../api/validate.js';
import { Milestone, Plan, PlanDetail } from '../../generated/contract.js';
import type { WriteResult } from '../../core/plan/write-queue.js';
import { countMilestones, countsBeyond } from '../../core/plan/progress.js';

/** A page as read from a list (an older server may leave the cursor out: then it is all there). */
export interface PageRead<T> {
  items: T[];
  nextCursor?: string | null;
}
const NONE: PageRead<never> = { items: [], nextCursor: null };

/** A plan with the milestone order of a queued reorder laid over it. */
export type PlanEntity = Plan & { order?: string[] };
export type Entity = PlanEntity | Milestone;

export const planKey = (id: string): string => `plan:${id}`;
export const milestoneKey = (id: string): string => `milestone:${id}`;

export const isPlan = (entity: Entity): entity is PlanEntity => 'goal' in entity;
export const isMilestone = (entity: Entity): entity is Milestone => 'title' in entity;

/** What saving a write changed: the queue's result, or another plan that now holds the items. */
export type Saved = WriteResult | { otherPlan: string };

export class ServerPlan {
  /** The plan shown, once one is loaded. */
  planId?: string;
  entities: Record<string, Entity> = {};
  /** The cursor of the plan's next milestones; null when they are all here. */
  milestonesCursor: string | null = null;
  /** The milestones not read yet, as the server counted them (null when they are all here or it did not count). */
  unread: MilestoneCounts | null = null;
  checkIns: CheckIn[] = [];
  /** The cursor of the next (older) check-ins; null when they are all here. */
  checkInsCursor: string | null = null;
  history: Recalibration[] = [];
  /** The cursor of the next (later) moved dates; null when they are all here. */
  historyCursor: string | null = null;
  comments = new Map<string, Comment[]>();

  adopt(detail: PlanDetail | null, checkIns: PageRead<CheckIn> = NONE, history: PageRead<Recalibration> = NONE): void {
    this.planId = detail?.plan.id;
    this.entities = {};
    this.milestonesCursor = null;
    this.unread = null;
    if (detail) this.putDetail(detail);
    this.checkIns = checkIns.items;
    this.checkInsCursor = checkIns.nextCursor ?? null;
    this.history = history.items;
    this.historyCursor = history.nextCursor ?? null;
  }

  /** The next page of check-ins (older ones), after those here. */
  checkInsLoaded(page: PageRead<CheckIn>): void {
    this.checkIns = [...this.checkIns, ...page.items.filter((c) => !this.checkIns.some((known) => known.id === c.id))];
    this.checkInsCursor = page.nextCursor ?? null;
  }

  /** The next page of moved dates (later ones), after those here. */
  historyLoaded(page: PageRead<Recalibration>): void {
    // In time order: a date moved here before this page was read stays after the moves on it.
    const merged = [...this.history, ...page.items.filter((r) => !this.history.some((known) => known.id === r.id))];
    this.history = merged.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
    this.historyCursor = page.nextCursor ?? null;
  }

  /** The date the server holds: a milestone's due date, or the plan's target date (`null`). */
  dateOf(milestoneId: string | null): string | null {
    const entity = this.entities[milestoneId === null ? planKey(this.planId ?? '') : milestoneKey(milestoneId)];
    if (!entity) return null;
    return isPlan(entity) ? entity.goal.targetDate : isMilestone(entity) ? entity.dueDate : null;
  }

  versionOf(entity: string): number | undefined {
    return this.entities[entity]?.version;
  }

  /** The next page of the plan's milestones, read after those here. */
  milestonesLoaded(page: MilestonePage): void {
    const entities = { ...this.entities };
    for (const m of page.items) entities[milestoneKey(m.id)] = m;
    this.entities = entities;
    this.milestonesCursor = page.nextCursor;
    this.unread = this.unread && page.nextCursor ? countsBeyond(this.unread, countMilestones(page.items, this.unread.asOf)) : null;
  }

  /** A saved milestone: a new one always shows; a changed one only when it was read (its place is known). */
  milestoneSaved(milestone: Milestone, created = false): Saved {
    if (created || this.holds(milestone)) this.entities = { ...this.entities, [milestoneKey(milestone.id)]: milestone };
    return { id: milestone.id, version: milestone.version };
  }

  /** The milestone was read, or every milestone is here. */
  private holds(milestone: Milestone): boolean {
    return this.milestonesCursor === null || milestoneKey(milestone.id) in this.entities;
  }

  /** A reorder or a gap hand-off answered with the plan and the first page of its milestones (later pages are read again). */
  detailSaved(detail: PlanDetail): Saved {
    if (detail.plan.id !== this.planId) return { otherPlan: detail.plan.id };
    const entities: Record<string, Entity> = {};
    for (const [key, value] of Object.entries(this.entities)) if (!key.startsWith('milestone:')) entities[key] = value;
    this.entities = entities;
    this.putDetail(detail);
    return { version: detail.plan.version };
  }

  recalibrated(result: RecalibrationResult): Saved {
    this.history = [...this.history, result.recalibration];
    const entities = { ...this.entities };
    if (result.milestone && this.holds(result.milestone)) entities[milestoneKey(result.milestone.id)] = result.milestone;
    if (result.plan) entities[planKey(result.plan.id)] = result.plan;
    this.entities = entities;
    return { version: (result.milestone ?? result.plan)?.version };
  }

  commentSaved(comment: Comment): Saved {
    const list = this.comments.get(comment.milestoneId);
    if (list) {
      this.comments.set(comment.milestoneId, [...list.filter((c) => c.id !== comment.id), comment]);
    } else {
      // The comments were not read yet: count this one, and read them all when they are opened.
      const key = milestoneKey(comment.milestoneId);
      const milestone = this.entities[key];
      if (milestone && isMilestone(milestone)) this.entities = { ...this.entities, [key]: { ...milestone, commentCount: (milestone.commentCount ?? 0) + 1 } };
    }
    return {};
  }

  checkInSaved(checkIn: CheckIn): Saved {
    this.checkIns = [checkIn, ...this.checkIns.filter((c) => c.id !== checkIn.id)];
    return {};
  }

  /**
   * The server's version of an entity from a conflict (`theirs`), shown from now on: a whole
   * plan (a reorder's conflict), a milestone or a plan. Anything else is left alone.
   */
  takeTheirs(entity: string, theirs: Record<string, unknown>): void {
    const detail = safeParse(PlanDetail, theirs);
    if (detail.success) {
      this.detailSaved(detail.data);
      return;
    }
    const parsed = entity.startsWith('milestone:') ? safeParse(Milestone, theirs) : safeParse(Plan, theirs);
    if (parsed.success) this.entities = { ...this.entities, [entity]: parsed.data };
  }

  private putDetail(detail: PlanDetail): void {
    const entities = { ...this.entities, [planKey(detail.plan.id)]: detail.plan };
    for (const m of detail.milestones) entities[milestoneKey(m.id)] = m;
    this.entities = entities;
    this.milestonesCursor = detail.milestonesCursor ?? null;
    // Counted now, before edits change the milestones read: what is left stays right as they change.
    const { counts } = detail;
    this.unread = counts && this.milestonesCursor ? countsBeyond(counts, countMilestones(detail.milestones, counts.asOf)) : null;
  }
}
