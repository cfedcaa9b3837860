/**
 * Why dates moved, where a mentor looks: the latest move of each milestone's due date (and of
 * the plan's target date, under `null`), from the history the server keeps and the moves still
 * on their way, with the words that show it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Recalibration } from '../../api/plan.js';
import { renderBadge } from '../../ui/blocks.js';
import type { QueuedDateMove } from './plan-sync.js';

export interface DateMoveShown {
  fromDate: string | null;
  toDate: string;
  reason: string;
  /** Still on its way to the server. */
  unsaved: boolean;
}

/** The latest move of each date, by milestone id (`null`: the plan's target date). */
export function latestMoves(history: readonly Recalibration[], queued: readonly QueuedDateMove[], serverDate: (milestoneId: string | null) => string | null): Map<string | null, DateMoveShown> {
  const moves = new Map<string | null, DateMoveShown>();
  for (const entry of history) moves.set(entry.milestoneId, { fromDate: entry.fromDate, toDate: entry.toDate, reason: entry.reason, unsaved: false });
  for (const move of queued) {
    const before = moves.get(move.milestoneId);
    moves.set(move.milestoneId, { fromDate: before?.unsaved ? before.fromDate : serverDate(move.milestoneId), toDate: move.toDate, reason: move.reason, unsaved: true });
  }
  return moves;
}

/** "Moved from 15 Jan to 1 Mar: the test centre was full", as a paragraph (part `date-move`). */
export function renderDateMove(move: DateMoveShown | undefined, date: (value: string) => string): TemplateResult | typeof nothing {
  if (!move) return nothing;
  const { reason } = move;
  const to = date(move.toDate);
  const text = move.fromDate
    ? msg(str`Moved from ${date(move.fromDate)} to ${to}: ${reason}`, { id: 'plan.dateMoved' })
    : msg(str`Date set to ${to}: ${reason}`, { id: 'plan.dateSet' });
  return html`<p class="date-move" part="date-move">${text} ${move.unsaved ? renderBadge('warning', msg('Not saved yet', { id: 'plan.unsaved' })) : nothing}</p>`;
}
