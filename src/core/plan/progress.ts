/** How far along a plan is, as of a given date. */
import type { IsoDate } from '../../api/common.js';
import type { Milestone } from '../../api/plan.js';
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
