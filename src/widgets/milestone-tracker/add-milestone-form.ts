/** The form that adds a milestone to the plan. */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { MilestoneKind } from '../../api/plan.js';
import { renderKindSelect } from './kind-select.js';
import type { NewMilestone } from './plan-writes.js';

/** `onAdd` resolves true when the milestone was queued (the form is then cleared). */
export function renderAddMilestoneForm(onAdd: (fields: NewMilestone) => Promise<boolean>): TemplateResult {
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const dueDate = String(data.get('dueDate') ?? '') || undefined;
    void onAdd({ title: String(data.get('title') ?? '').trim(), kind: String(data.get('kind')) as MilestoneKind, ...(dueDate ? { dueDate } : {}) }).then((added) => added && form.reset());
  };
  return html`<section class="bw-section" aria-labelledby="add-title">
    <h3 id="add-title">${msg('Add a milestone', { id: 'plan.add' })}</h3>
    <form @submit=${submit}>
      <label class="bw-field__label" for="new-title">${msg('Title', { id: 'plan.field.title' })}</label>
      <input id="new-title" name="title" required maxlength="200" class="bw-field__input" part="input" />
      ${renderKindSelect('new-kind', 'custom')}
      <label class="bw-field__label" for="new-due">${msg('Due date', { id: 'plan.field.due' })}</label>
      <input id="new-due" name="dueDate" type="date" class="bw-field__input" part="input" />
      <button type="submit" class="bw-button" part="button">${msg('Add milestone', { id: 'plan.addButton' })}</button>
    </form>
  </section>`;
}
