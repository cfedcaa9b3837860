/** The edit form of one milestone: title, kind and its descriptive fields (./detail-fields.ts). */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Milestone } from '../../api/plan.js';
import { milestoneDetails } from '../../generated/contract.js';
import { detailLabels, detailNames } from './detail-fields.js';
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

/** The label and input of each descriptive field (a text or date input, `name` the field's). */
function renderDetailInputs(m: Milestone): TemplateResult[] {
  return detailNames.map((name) => {
    const field: { kind: 'text' | 'date'; maxLength?: number } = milestoneDetails[name];
    const id = `${name}-${m.id}`;
    return html`<label class="bw-field__label" for=${id}>${detailLabels[name].label()}</label>
      <input id=${id} name=${name} type=${field.kind} maxlength=${field.maxLength ?? nothing} class="bw-field__input" part="input" .value=${m[name] ?? ''} />`;
  });
}
