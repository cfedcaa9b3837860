/** The conflict panel: this edit and the server's newer version side by side, and the choice between them. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { safeParse } from '../../api/validate.js';
import { PlanDetail } from '../../generated/contract.js';
import type { QueuedWrite } from '../../core/plan/write-queue.js';
import type { Formatters } from '../../ui/format.js';
import { KINDS, STATUSES, kindLabel, statusLabel } from './labels.js';

export interface ConflictPanelData {
  conflicts: QueuedWrite[];
  /** A milestone's title as shown, by id (a reorder shows titles). */
  titleOf: (milestoneId: string) => string;
  format: Formatters;
}

export type ConflictChoice = 'mine' | 'theirs';

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
const isOneOf = <T extends string>(options: readonly T[], value: unknown): value is T => typeof value === 'string' && (options as readonly string[]).includes(value);

/** One field of either version, as a person reads it. */
function field(key: string, value: unknown, data: ConflictPanelData): string {
  if (key === 'status' && isOneOf(STATUSES, value)) return statusLabel(value);
  if (key === 'kind' && isOneOf(KINDS, value)) return kindLabel(value);
  if (key === 'order' && Array.isArray(value)) return value.map((id) => data.titleOf(String(id))).join(' → ');
  if (key === 'evidence' && Array.isArray(value)) return value.map((e) => (isRecord(e) ? String(e.text) : '')).join(', ');
  if (key === 'goal' && isRecord(value) && typeof value.targetDate === 'string') return data.format.date(value.targetDate);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return data.format.date(value);
  return value === null || value === undefined ? '—' : String(value);
}

/** The server's version in the fields of the edit: a reorder's conflict holds the whole plan. */
function theirFields(write: QueuedWrite): Record<string, unknown> {
  const theirs = write.theirs ?? {};
  const detail = safeParse(PlanDetail, theirs);
  return detail.success ? { order: detail.data.milestones.map((m) => m.id) } : theirs;
}

export function renderConflictPanel(data: ConflictPanelData, onResolve: (write: QueuedWrite, choice: ConflictChoice) => void): unknown {
  if (data.conflicts.length === 0) return nothing;
  return data.conflicts.map((write): TemplateResult => {
    const mine = write.optimistic ?? write.body ?? {};
    const theirs = theirFields(write);
    const keys = Object.keys(mine);
    return html`<div class="panel bw-card" data-tone="warning" part="conflict" role="group" aria-labelledby="c-${write.key}">
      <h3 id="c-${write.key}">${msg('Someone else changed this at the same time', { id: 'plan.more.conflict.title' })}</h3>
      <div class="versions">
        <div><h4>${msg('Your version', { id: 'plan.more.conflict.mine' })}</h4>${keys.map((k) => html`<p>${field(k, mine[k], data)}</p>`)}</div>
        <div><h4>${msg('Their version', { id: 'plan.more.conflict.theirs' })}</h4>${keys.map((k) => html`<p>${field(k, theirs[k], data)}</p>`)}</div>
      </div>
      <div class="actions bw-toolbar">
        <button type="button" class="bw-button" part="button" @click=${() => onResolve(write, 'mine')}>${msg('Keep mine', { id: 'plan.more.conflict.keepMine' })}</button>
        <button type="button" class="bw-button bw-button--secondary" part="button" @click=${() => onResolve(write, 'theirs')}>${msg('Take theirs', { id: 'plan.more.conflict.takeTheirs' })}</button>
      </div>
    </div>`;
  });
}
