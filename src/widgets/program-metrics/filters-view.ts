/** The filters of the program's figures: part of the first render, shown while the figures and their view's code load. */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { MetricsFilterOptions } from '../../api/outcomes.js';
import type { CatalogueNames } from '../../ui/catalogue-names.js';

export interface FilterValues {
  cohort?: string;
  occupation?: string;
  jurisdiction?: string;
}

/**
 * The filters offer what the organisation has (`options`, from the server), named from the
 * catalogue where it has a name; a value already chosen stays offered even if it is not among them.
 */
export function renderFilters(values: FilterValues, options: MetricsFilterOptions | undefined, names: CatalogueNames | undefined, onChange: (change: FilterValues) => void): TemplateResult {
  const named = (ids: readonly string[], known: readonly (readonly [string, string])[] | undefined) => {
    const byId = new Map(known ?? []);
    return ids.map((id) => [id, byId.get(id) ?? id] as const);
  };
  const select = (key: keyof FilterValues, label: string, offered: readonly (readonly [string, string])[]) => {
    const chosen = values[key];
    const all = chosen && !offered.some(([value]) => value === chosen) ? [[chosen, chosen] as const, ...offered] : offered;
    return html`<label class="filter bw-field">
      <span class="bw-field__label">${label}</span>
      <select class="bw-field__input" .value=${chosen ?? ''} @change=${(event: Event) => onChange({ [key]: (event.target as HTMLSelectElement).value || undefined })}>
        <option value="" ?selected=${!chosen}>${msg('All', { id: 'metrics.filter.all' })}</option>
        ${all.map(([value, text]) => html`<option value=${value} ?selected=${chosen === value}>${text}</option>`)}
      </select>
    </label>`;
  };
  return html`<form class="filters" part="filters" @submit=${(event: Event) => event.preventDefault()}>
    ${select('cohort', msg('Entered in', { id: 'metrics.filter.cohort' }), (options?.cohorts ?? []).map((cohort) => [cohort, cohort] as const))}
    ${select('occupation', msg('Occupation', { id: 'metrics.filter.occupation' }), named(options?.occupationIds ?? [], names?.occupations))}
    ${select('jurisdiction', msg('Where', { id: 'metrics.filter.jurisdiction' }), named(options?.jurisdictionIds ?? [], names?.jurisdictions))}
  </form>`;
}
