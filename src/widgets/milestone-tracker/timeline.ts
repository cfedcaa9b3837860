/** The timeline view: dated milestones grouped by month, and the plan's target date. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Milestone, Plan } from '../../api/plan.js';
import { renderBadge } from '../../ui/blocks.js';
import type { Formatters } from '../../ui/format.js';
import { statusLabel, statusTone } from './labels.js';

export function renderTimeline(milestones: Milestone[], plan: Plan | undefined, format: Formatters): TemplateResult {
  const groups = new Map<string, { date: string; milestone: Milestone }[]>();
  const dated = milestones.flatMap((m) => (m.dueDate ? [{ date: m.dueDate, milestone: m }] : [])).sort((a, b) => a.date.localeCompare(b.date));
  for (const entry of dated) {
    const month = entry.date.slice(0, 7);
    groups.set(month, [...(groups.get(month) ?? []), entry]);
  }
  return html`<div class="timeline" part="timeline">
    ${[...groups].map(
      ([month, items]) => html`<section>
        <h3>${format.date(`${month}-01`, { month: 'long', year: 'numeric' })}</h3>
        <ul class="plain">
          ${items.map(({ date, milestone: m }) => html`<li>${format.date(date)} — ${m.title} ${renderBadge(statusTone(m.status), statusLabel(m.status))}</li>`)}
        </ul>
      </section>`,
    )}
    ${plan ? html`<p><strong>${msg(str`Target date: ${format.date(plan.goal.targetDate)}`, { id: 'plan.targetDate' })}</strong></p>` : nothing}
  </div>`;
}
