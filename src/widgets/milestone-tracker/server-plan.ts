/**
 * The plan as the server last gave it: the plan and its milestones (by entity key, the keys
 * the write queue uses), check-ins, the history of moved dates and the comments read so far.
 * Loads and the answers to saved writes land here; the queue's writes are laid over it to
 * give what the person sees. A long plan's milestones are here a page at a time, always the
 * first ones in plan order (`milestonesCursor` continues them): a saved write to a milestone
 * not read yet does not add it out of place, and a reorder sends the order of those read,
 * which the server puts first, as they are shown. What a saved write's answer changes here is
 * server-answers.ts (with the sending code), what a next page adds is plan-paging.ts (with the
 * panels): neither is needed before a person acts.
 */
import type { CheckIn, Comment, Milestone, MilestoneCounts, Plan, PlanDetail, Recalibration } from '../../api/plan.js';
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

  /** The date the server holds: a milestone's due date, or the plan's target date (`null`). */
  dateOf(milestoneId: string | null): string | null {
    const entity = this.entities[milestoneId === null ? planKey(this.planId ?? '') : milestoneKey(milestoneId)];
    if (!entity) return null;
    return isPlan(entity) ? entity.goal.targetDate : isMilestone(entity) ? entity.dueDate : null;
  }

  versionOf(entity: string): number | undefined {
    return this.entities[entity]?.version;
  }

  /** The milestone was read, or every milestone is here: a saved one may show in its place. */
  holds(milestone: Milestone): boolean {
    return this.milestonesCursor === null || milestoneKey(milestone.id) in this.entities;
  }

  /** The plan and the first page of its milestones, over what is here. */
  putDetail(detail: PlanDetail): void {
    const entities = { ...this.entities, [planKey(detail.plan.id)]: detail.plan };
    for (const m of detail.milestones) entities[milestoneKey(m.id)] = m;
    this.entities = entities;
    this.milestonesCursor = detail.milestonesCursor ?? null;
    // Counted now, before edits change the milestones read: what is left stays right as they change.
    const { counts } = detail;
    this.unread = counts && this.milestonesCursor ? countsBeyond(counts, countMilestones(detail.milestones, counts.asOf)) : null;
  }
}
