/** The recalibration dialog: a milestone's (or the plan's target) date moved, with the reason and the date's history. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Milestone, Plan, Recalibration } from '../../api/plan.js';
import { dateTrail } from '../../core/plan/recalibrate.js';
import type { Formatters } from '../../ui/format.js';
import type { DateMove } from './plan-writes.js';

export interface RecalibrationData {
  plan: Plan;
  /** The milestone whose date moves; null for the plan's target date. */
  milestoneId: string | null;
  /** That milestone as shown. */
  milestone?: Milestone;
  history: Recalibration[];
  format: Formatters;
}

export interface RecalibrationCallbacks {
  onSubmit(move: DateMove): void;
  onCancel(): void;
  onClose(): void;
}

export function renderRecalibrationDialog(data: RecalibrationData, on: RecalibrationCallbacks): TemplateResult {
  const { milestone, format } = data;
  const current = milestone ? milestone.dueDate : data.plan.goal.targetDate;
  const trail = dateTrail(data.history, data.milestoneId);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const values = new FormData(event.target as HTMLFormElement);
    on.onSubmit({ toDate: String(values.get('toDate') ?? ''), reason: String(values.get('reason') ?? '').trim() });
  };
  return html`<dialog class="bw-dialog" part="dialog" aria-labelledby="recal-title" @close=${on.onClose}>
    <form @submit=${submit}>
      <h3 id="recal-title">${milestone ? msg(str`Move the date of ${milestone.title}`, { id: 'plan.more.recal.titleMilestone' }) : msg('Move the target date', { id: 'plan.recal.titleGoal' })}</h3>
      <p>${msg(str`Current date: ${current ? format.date(current) : '—'}`, { id: 'plan.more.recal.current' })}</p>
      <label class="bw-field__label" for="recal-date">${msg('New date', { id: 'plan.more.recal.newDate' })}</label>
      <input id="recal-date" name="toDate" type="date" required class="bw-field__input" part="input" />
      <label class="bw-field__label" for="recal-reason">${msg('Why does the date move?', { id: 'plan.more.recal.reason' })}</label>
      <textarea id="recal-reason" name="reason" required maxlength="1000" class="bw-field__input" part="input"></textarea>
      ${trail.length > 1
        ? html`<h4>${msg('How this date changed', { id: 'plan.more.recal.history' })}</h4>
            <ol>
              ${trail.map((step) => html`<li>${step.date ? format.date(step.date) : '—'}${step.reason ? html` — ${step.reason}` : nothing}</li>`)}
            </ol>`
        : nothing}
      <div class="actions bw-toolbar">
        <button type="submit" class="bw-button" part="button">${msg('Move the date', { id: 'plan.recalibrate' })}</button>
        <button type="button" class="bw-button bw-button--secondary" part="button" @click=${on.onCancel}>${msg('Cancel', { id: 'plan.more.cancel' })}</button>
      </div>
    </form>
  </dialog>`;
}
