/** The progress summary of the whole plan: milestones done, overdue, the next one due (of those read), and results about to expire. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Milestone } from '../../api/plan.js';
import type { PlanProgress } from '../../core/plan/progress.js';
import { renderBadge } from '../../ui/blocks.js';
import { milestonesDone, overdueCount } from './counted.js';

export function renderProgressSummary(locale: string, milestones: Milestone[], summary: PlanProgress, date: (value: string) => string): TemplateResult {
  const title = (id: string) => milestones.find((m) => m.id === id)?.title ?? '';
  return html`<div class="progress bw-card" part="progress">
    <p><strong>${milestonesDone(locale, summary)}</strong></p>
    <progress max=${summary.total || 1} value=${summary.done} aria-label=${msg('Progress', { id: 'plan.progress.label' })}></progress>
    <p class="bw-muted">
      ${summary.overdueCount > 0 ? overdueCount(locale, summary.overdueCount) : nothing}
      ${summary.nextDue ? msg(str`Next due: ${title(summary.nextDue.id)} on ${date(summary.nextDue.dueDate)}.`, { id: 'plan.progress.nextDue' }) : nothing}
    </p>
    ${summary.expiringSoon.length > 0
      ? html`<ul class="bw-list">
          ${summary.expiringSoon.map((e) => html`<li>${renderBadge('warning', msg(str`${title(e.id)}: result expires on ${date(e.expiresOn)}`, { id: 'plan.progress.expires' }))}</li>`)}
        </ul>`
      : nothing}
  </div>`;
}
