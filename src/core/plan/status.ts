/**
 * Which status changes a milestone allows. Anything that is not done can be blocked or
 * dropped; done can be reopened; dropped can be restored to planned.
 */
import type { MilestoneStatus } from '../../api/plan.js';

export const STATUS_TRANSITIONS: Readonly<Record<MilestoneStatus, readonly MilestoneStatus[]>> = {
  planned: ['in-progress', 'done', 'blocked', 'dropped'],
  'in-progress': ['planned', 'done', 'blocked', 'dropped'],
  blocked: ['planned', 'in-progress', 'dropped'],
  done: ['in-progress'],
  dropped: ['planned'],
};

/** True when a milestone may move from `from` to `to`; staying put is always allowed. */
export function canTransition(from: MilestoneStatus, to: MilestoneStatus): boolean {
  return from === to || STATUS_TRANSITIONS[from].includes(to);
}

/** The statuses offered from `from` (not including `from` itself). */
export function nextStatuses(from: MilestoneStatus): readonly MilestoneStatus[] {
  return STATUS_TRANSITIONS[from];
}
