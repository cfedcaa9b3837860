/** The edit form of one milestone: title, kind and until when its result is valid. */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Milestone, MilestoneKind } from '../../api/plan.js';
import { renderKindSelect } from './kind-select.js';
import type { MilestoneEdit } from './plan-edits.js';

export function renderEditForm(m: Milestone, onSave: (edit: MilestoneEdit) => void): TemplateResult {
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    onSave({ title: String(data.get('title') ?? '').trim(), kind: String(data.get('kind')) as MilestoneKind, expiresOn: String(data.get('expiresOn') ?? '') || null });
  };
  return html`<form @submit=${submit}>
    <label class="bw-field__label" for="title-${m.id}">${msg('Title', { id: 'plan.field.title' })}</label>
    <input id="title-${m.id}" name="title" class="bw-field__input" part="input" required maxlength="200" .value=${m.title} />
    ${renderKindSelect(`kind-${m.id}`, m.kind)}
    <label class="bw-field__label" for="exp-${m.id}">${msg('Result valid until', { id: 'plan.more.field.expiresOn' })}</label>
    <input id="exp-${m.id}" name="expiresOn" type="date" class="bw-field__input" part="input" .value=${m.expiresOn ?? ''} />
    <button type="submit" class="bw-button small" part="button">${msg('Save', { id: 'plan.more.save' })}</button>
  </form>`;
}
