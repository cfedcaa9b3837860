/** How far along a plan is, as of a given date. */
import type { IsoDate } from '../../api/common.js';
import type { Milestone, MilestoneCounts } from '../../api/plan.js';
import { daysBetween } from './dates.js';

export type ProgressMilestone = Pick<Milestone, 'id' | 'dueDate' | 'status' | 'expiresOn'> & { position?: number };

export interface ProgressSummary {
  /** Milestones that count: every one except the dropped. */
  total: number;
  done: number;
  /** `done / total`, 0 to 1; 0 for an empty plan. */
  ratio: number;
  dropped: number;
  blocked: number;
  /** Not done, not dropped, due before `asOf`; earliest first. */
  overdue: string[];
  /** The earliest not-done milestone due on or after `asOf`, or null. */
  nextDue: { id: string; dueDate: IsoDate; inDays: number } | null;
  /** Done milestones whose result expires within the window (or has expired), soonest first. */
  expiringSoon: Array<{ id: string; expiresOn: IsoDate; inDays: number }>;
}

export interface ProgressOptions {
  /** How far ahead an expiry counts as soon, in days. Default 90. */
  expiryWindowDays?: number;
}

const open = (m: ProgressMilestone) => m.status !== 'done' && m.status !== 'dropped';

export function summarizeProgress(milestones: readonly ProgressMilestone[], asOf: IsoDate, options: ProgressOptions = {}): ProgressSummary {
  const windowDays = options.expiryWindowDays ?? 90;
  const counted = milestones.filter((m) => m.status !== 'dropped');
  const done = counted.filter((m) => m.status === 'done').length;

  const dated = counted
    .filter((m): m is ProgressMilestone & { dueDate: IsoDate } => open(m) && m.dueDate !== null)
    .map((m) => ({ id: m.id, dueDate: m.dueDate, inDays: daysBetween(asOf, m.dueDate), position: m.position ?? 0 }))
    .sort((a, b) => a.inDays - b.inDays || a.position - b.position);

  const overdue = dated.filter((m) => m.inDays < 0).map((m) => m.id);
  const upcoming = dated.find((m) => m.inDays >= 0);

  const expiringSoon = counted
    .filter((m): m is ProgressMilestone & { expiresOn: IsoDate } => m.status === 'done' && m.expiresOn !== undefined)
    .map((m) => ({ id: m.id, expiresOn: m.expiresOn, inDays: daysBetween(asOf, m.expiresOn) }))
    .filter((m) => m.inDays <= windowDays)
    .sort((a, b) => a.inDays - b.inDays);

  return {
    total: counted.length,
    done,
    ratio: counted.length === 0 ? 0 : done / counted.length,
    dropped: milestones.length - counted.length,
    blocked: counted.filter((m) => m.status === 'blocked').length,
    overdue,
    nextDue: upcoming ? { id: upcoming.id, dueDate: upcoming.dueDate, inDays: upcoming.inDays } : null,
    expiringSoon,
  };
}

/** Counts of no milestones, as of `asOf`: what counting starts from. */
export function noMilestones(asOf: IsoDate): MilestoneCounts {
  return { byStatus: { planned: 0, 'in-progress': 0, done: 0, blocked: 0, dropped: 0 }, overdue: 0, asOf };
}

/** Milestones counted by status, and the open ones due before `asOf`: the shape in which the server counts a whole plan. */
export function countMilestones(milestones: readonly ProgressMilestone[], asOf: IsoDate): MilestoneCounts {
  const counts = noMilestones(asOf);
  for (const m of milestones) {
    counts.byStatus[m.status] += 1;
    if (open(m) && m.dueDate !== null && m.dueDate < asOf) counts.overdue += 1;
  }
  return counts;
}

/** What `whole` counts beyond `part` (a plan's milestones not read yet, when `part` counts those read), never below 0. */
export function countsBeyond(whole: MilestoneCounts, part: MilestoneCounts): MilestoneCounts {
  const byStatus = { ...whole.byStatus };
  for (const status of Object.keys(byStatus) as (keyof typeof byStatus)[]) byStatus[status] = Math.max(0, byStatus[status] - part.byStatus[status]);
  return { byStatus, overdue: Math.max(0, whole.overdue - part.overdue), asOf: whole.asOf };
}

/** A summary of the milestones read, with the whole plan's counts: `overdueCount` also counts overdue milestones not read yet. */
export interface PlanProgress extends ProgressSummary {
  overdueCount: number;
}

/**
 * The summary of the milestones read (with the person's unsaved edits) plus `unread`, the server's
 * counts of the milestones not read yet. Their overdue count is left out when it was counted on
 * another day than `asOf`.
 */
export function withUnread(summary: ProgressSummary, unread: MilestoneCounts | null | undefined, asOf: IsoDate): PlanProgress {
  if (!unread) return { ...summary, overdueCount: summary.overdue.length };
  const { done, dropped, blocked } = unread.byStatus;
  const total = summary.total + Object.values(unread.byStatus).reduce((sum, n) => sum + n, 0) - dropped;
  return {
    ...summary,
    total,
    done: summary.done + done,
    ratio: total === 0 ? 0 : (summary.done + done) / total,
    dropped: summary.dropped + dropped,
    blocked: summary.blocked + blocked,
    overdueCount: summary.overdue.length + (unread.asOf === asOf ? unread.overdue : 0),
  };
}
