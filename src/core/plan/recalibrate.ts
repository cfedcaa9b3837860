/** Moving a date: a new date and a reason, and a history entry that keeps the old one. */
import type { IsoDate } from '../../api/common.js';
import type { Recalibration } from '../../api/plan.js';
import { isValidDate } from './dates.js';

export interface RecalibrationInput {
  toDate: string;
  reason: string;
  authorId: string;
  /** When it happened (ISO instant). */
  at: string;
  /** The history entry's id. */
  id: string;
}

export type RecalibrationError = 'invalid-date' | 'reason-required' | 'same-date';

export type RecalibrationResult<T> =
  | { ok: true; value: T; entry: Recalibration }
  | { ok: false; error: RecalibrationError };

function check(fromDate: IsoDate | null, input: RecalibrationInput): RecalibrationError | null {
  if (!isValidDate(input.toDate)) return 'invalid-date';
  if (input.reason.trim() === '') return 'reason-required';
  if (fromDate === input.toDate) return 'same-date';
  return null;
}

/** Moves a milestone's due date; returns the updated milestone and the history entry. */
export function recalibrateMilestone<T extends { id: string; planId: string; dueDate: IsoDate | null }>(
  milestone: T,
  input: RecalibrationInput,
): RecalibrationResult<T> {
  const error = check(milestone.dueDate, input);
  if (error) return { ok: false, error };
  return {
    ok: true,
    value: { ...milestone, dueDate: input.toDate },
    entry: {
      id: input.id,
      planId: milestone.planId,
      milestoneId: milestone.id,
      fromDate: milestone.dueDate,
      toDate: input.toDate,
      reason: input.reason.trim(),
      authorId: input.authorId,
      at: input.at,
    },
  };
}

/** Moves a plan's target date; returns the updated plan and the history entry. */
export function recalibrateGoal<T extends { id: string; goal: { targetDate: IsoDate } }>(
  plan: T,
  input: RecalibrationInput,
): RecalibrationResult<T> {
  const error = check(plan.goal.targetDate, input);
  if (error) return { ok: false, error };
  return {
    ok: true,
    value: { ...plan, goal: { ...plan.goal, targetDate: input.toDate } },
    entry: {
      id: input.id,
      planId: plan.id,
      milestoneId: null,
      fromDate: plan.goal.targetDate,
      toDate: input.toDate,
      reason: input.reason.trim(),
      authorId: input.authorId,
      at: input.at,
    },
  };
}

/** A history with the newest change last; appends without touching earlier entries. */
export function appendHistory(history: readonly Recalibration[], entry: Recalibration): Recalibration[] {
  return [...history, entry].sort((a, b) => a.at.localeCompare(b.at));
}

/** How one date moved over time: the first date and each later one, oldest first. */
export function dateTrail(history: readonly Recalibration[], milestoneId: string | null): Array<{ date: IsoDate | null; reason?: string; at?: string }> {
  const entries = history.filter((entry) => entry.milestoneId === milestoneId).sort((a, b) => a.at.localeCompare(b.at));
  if (entries.length === 0) return [];
  return [{ date: entries[0].fromDate }, ...entries.map((entry) => ({ date: entry.toDate, reason: entry.reason, at: entry.at }))];
}
