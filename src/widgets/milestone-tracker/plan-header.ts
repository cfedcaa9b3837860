/** The plan's header: its title and goal in words, the plan picker, and the view and calendar actions. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Plan } from '../../api/plan.js';
import type { CatalogueNames } from '../../ui/catalogue-names.js';
import { selectOptions } from '../../ui/select-options.js';
import { goalName } from './labels.js';
import type { Role } from './plan-session.js';
import { renderShowMore, type MoreState } from './show-more.js';

export interface PlanHeaderData {
  plan: Plan;
  plans: Plan[];
  role: Role;
  editable: boolean;
  layout: 'list' | 'timeline';
  date: (value: string) => string;
  names?: CatalogueNames;
  /** More plans can be read into the picker. */
  morePlans?: MoreState;
}

export interface PlanHeaderCallbacks {
  onPick(planId: string): void;
  onToggleLayout(): void;
  onDownloadCalendar(): void;
  onMoveTargetDate(opener: EventTarget | null): void;
  onMorePlans(): void;
}

export function renderPlanHeader(data: PlanHeaderData, on: PlanHeaderCallbacks): TemplateResult {
  const { plan, date, editable } = data;
  const goal = goalName(plan.goal, data.names);
  return html`<div class="header bw-toolbar" part="header">
    <div>
      <h2 id="plan-title" tabindex="-1">${msg('My recognition plan', { id: 'plan.ics.calendarName' })}</h2>
      ${goal ? html`<p class="goal">${goal}</p>` : nothing}
      <p class="bw-muted">${msg(str`Target date: ${date(plan.goal.targetDate)}`, { id: 'plan.targetDate' })}</p>
    </div>
    <div class="toolbar bw-toolbar">
      ${renderPlanPicker(data, on)}
      <button type="button" class="bw-button bw-button--secondary small" part="button" aria-pressed=${data.layout === 'timeline' ? 'true' : 'false'} @click=${on.onToggleLayout}>${msg('Timeline', { id: 'plan.timeline' })}</button>
      <button type="button" class="bw-button bw-button--secondary small" part="button" @click=${on.onDownloadCalendar}>${msg('Add to calendar (.ics)', { id: 'plan.ics.download' })}</button>
      ${editable ? html`<button type="button" class="bw-button bw-button--secondary small" part="button" @click=${(e: Event) => on.onMoveTargetDate(e.currentTarget)}>${msg('Move the target date', { id: 'plan.recal.titleGoal' })}</button>` : nothing}
    </div>
  </div>`;
}

/** A plan as the picker names it: the mentee (for a mentor), the goal in words, the target date. Never an id. */
function planLabel(plan: Plan, { role, date, names }: PlanHeaderData): string {
  return [role === 'mentor' ? plan.menteeName : undefined, goalName(plan.goal, names), date(plan.goal.targetDate)].filter(Boolean).join(' · ');
}

function renderPlanPicker(data: PlanHeaderData, on: PlanHeaderCallbacks): unknown {
  const { plan, plans, role } = data;
  if (plans.length < 2 && role === 'mentee' && !data.morePlans) return nothing;
  return html`<span class="picker bw-toolbar">
    <label class="bw-field__label" for="plan-pick">${role === 'mentor' ? msg('Mentee plan', { id: 'plan.pickMentee' }) : msg('Plan', { id: 'plan.pick' })}</label>
    <select id="plan-pick" class="bw-field__input" part="input" ${selectOptions(plans.map((p) => [p.id, planLabel(p, data)] as const), plan.id)} @change=${(e: Event) => on.onPick((e.target as HTMLSelectElement).value)}></select>
    ${data.morePlans ? renderShowMore(data.morePlans, msg('Show more plans', { id: 'plan.showMorePlans' }), on.onMorePlans) : nothing}
  </span>`;
}
