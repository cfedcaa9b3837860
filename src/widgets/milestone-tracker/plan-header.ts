/** The plan's header: its title and target date, the plan picker, and the view and calendar buttons. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Plan } from '../../api/plan.js';
import type { Role } from './plan-session.js';

export interface PlanHeaderData {
  plan: Plan;
  plans: Plan[];
  role: Role;
  editable: boolean;
  layout: 'list' | 'timeline';
  date: (value: string) => string;
}

export interface PlanHeaderCallbacks {
  onPick(planId: string): void;
  onToggleLayout(): void;
  onDownloadCalendar(): void;
  onMoveTargetDate(opener: EventTarget | null): void;
}

export function renderPlanHeader(data: PlanHeaderData, on: PlanHeaderCallbacks): TemplateResult {
  const { plan, date, editable } = data;
  return html`<div class="header" part="header">
    <div>
      <h2>${msg('My recognition plan', { id: 'plan.ics.calendarName' })}</h2>
      <p class="muted">${msg(str`Target date: ${date(plan.goal.targetDate)}`, { id: 'plan.targetDate' })}</p>
    </div>
    <div class="toolbar">
      ${renderPlanPicker(data, on)}
      <button type="button" class="bw-button bw-button--secondary small" part="button" aria-pressed=${data.layout === 'timeline' ? 'true' : 'false'} @click=${on.onToggleLayout}>${msg('Timeline', { id: 'plan.timeline' })}</button>
      <button type="button" class="bw-button bw-button--secondary small" part="button" @click=${on.onDownloadCalendar}>${msg('Add to calendar (.ics)', { id: 'plan.ics.download' })}</button>
      ${editable ? html`<button type="button" class="bw-button bw-button--secondary small" part="button" @click=${(e: Event) => on.onMoveTargetDate(e.currentTarget)}>${msg('Move the target date', { id: 'plan.recal.titleGoal' })}</button>` : nothing}
    </div>
  </div>`;
}

function renderPlanPicker({ plan, plans, role }: PlanHeaderData, on: PlanHeaderCallbacks): unknown {
  if (plans.length < 2 && role === 'mentee') return nothing;
  return html`<label class="bw-field__label" for="plan-pick">${role === 'mentor' ? msg('Mentee plan', { id: 'plan.pickMentee' }) : msg('Plan', { id: 'plan.pick' })}</label>
    <select id="plan-pick" class="bw-field__input" part="input" @change=${(e: Event) => on.onPick((e.target as HTMLSelectElement).value)}>
      ${plans.map((p) => html`<option value=${p.id} ?selected=${p.id === plan.id}>${p.goal.occupationId} · ${p.goal.jurisdictionId} · ${p.menteeId}</option>`)}
    </select>`;
}
