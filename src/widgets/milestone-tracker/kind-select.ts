/** A labelled select of milestone kinds (the add and edit forms). */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { MilestoneKind } from '../../api/plan.js';
import { selectOptions } from '../../ui/select-options.js';
import { KINDS, kindLabel } from './labels.js';

export function renderKindSelect(id: string, value?: MilestoneKind): TemplateResult {
  return html`<label class="bw-field__label" for=${id}>${msg('Kind', { id: 'plan.field.kind' })}</label>
    <select id=${id} name="kind" class="bw-field__input" part="input" ${selectOptions(KINDS.map((k) => [k, kindLabel(k)] as const), value)}></select>`;
}
