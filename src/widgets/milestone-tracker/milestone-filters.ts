/** The filters of the milestone list: by kind and by status. */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { MilestoneKind, MilestoneStatus } from '../../api/plan.js';
import { selectOptions } from '../../ui/select-options.js';
import { KINDS, STATUSES, kindLabel, statusLabel } from './labels.js';

export interface MilestoneFilter {
  kind: MilestoneKind | '';
  status: MilestoneStatus | '';
}

export function renderMilestoneFilters(onChange: (change: Partial<MilestoneFilter>) => void): TemplateResult {
  const all = ['', msg('All', { id: 'plan.filter.all' })] as const;
  return html`<div class="toolbar bw-toolbar">
    <label class="bw-field__label" for="f-kind">${msg('Kind', { id: 'plan.field.kind' })}</label>
    <select id="f-kind" class="bw-field__input small" part="input" ${selectOptions([all, ...KINDS.map((k) => [k, kindLabel(k)] as const)])} @change=${(e: Event) => onChange({ kind: (e.target as HTMLSelectElement).value as MilestoneKind })}></select>
    <label class="bw-field__label" for="f-status">${msg('Status', { id: 'plan.field.status' })}</label>
    <select id="f-status" class="bw-field__input small" part="input" ${selectOptions([all, ...STATUSES.map((s) => [s, statusLabel(s)] as const)])} @change=${(e: Event) => onChange({ status: (e.target as HTMLSelectElement).value as MilestoneStatus })}></select>
  </div>`;
}

export function matchesFilter(filter: MilestoneFilter): (m: { kind: MilestoneKind; status: MilestoneStatus }) => boolean {
  return (m) => (!filter.kind || m.kind === filter.kind) && (!filter.status || m.status === filter.status);
}
