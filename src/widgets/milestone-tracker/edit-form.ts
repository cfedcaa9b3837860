/** The edit form of one milestone: title, kind and its descriptive fields (./detail-fields.ts). */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Milestone } from '../../api/plan.js';
import { renderDetailInputs } from './detail-fields.js';
import { renderKindSelect } from './kind-select.js';
import type { MilestoneEdit } from './plan-edits.js';

export function renderEditForm(m: Milestone, onSave: (edit: MilestoneEdit) => void): TemplateResult {
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    onSave(Object.fromEntries([...data].map(([name, value]) => [name, String(value).trim()])) as MilestoneEdit);
  };
  return html`<form @submit=${submit}>
    <label class="bw-field__label" for="title-${m.id}">${msg('Title', { id: 'plan.field.title' })}</label>
    <input id="title-${m.id}" name="title" class="bw-field__input" part="input" required maxlength="200" .value=${m.title} />
    ${renderKindSelect(`kind-${m.id}`, m.kind)}
    ${renderDetailInputs(m)}
    <button type="submit" class="bw-button small" part="button">${msg('Save', { id: 'plan.more.save' })}</button>
  </form>`;
}
