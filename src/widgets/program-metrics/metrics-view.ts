/** The first view of the program's figures: the filters and the headline figures (the charts and the table load on demand). */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { MetricsFilterOptions, ProgramMetrics } from '../../api/outcomes.js';
import type { CatalogueNames } from '../../ui/catalogue-names.js';
import { plural } from '../../ui/plural.js';
import { headlines, type Headline, type MetricsText } from './headline-figures.js';
import { withheldLabel, withheldMark } from './labels.js';

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

/** The headline figures, each with how many people it describes. */
export function renderHeadline(metrics: ProgramMetrics, text: MetricsText): TemplateResult {
  const card = ({ label, figure, value }: Headline) => html`<div class="figure bw-card" part="figure">
    <dt>${label}</dt>
    <dd>
      ${figure.withheld
        ? html`<span class="figure-value bw-muted" title=${withheldLabel(metrics.minCellSize)}>${withheldMark()}</span>`
        : html`<span class="figure-value">${value(figure)}</span>
            <span class="bw-muted">${plural(msg('{count, plural, one {# person} other {# people}}', { id: 'metrics.people' }), figure.people ?? 0)}</span>`}
    </dd>
  </div>`;
  const firstRole = metrics.timeToFirstRole;
  return html`<dl class="headline" part="summary">
    ${Object.values(headlines(metrics, text)).map(card)}
  </dl>
  ${firstRole.withheld
    ? nothing
    : html`<p class="bw-muted">${msg(
        str`Found a first role in their field: ${text.count(firstRole.reached)}. Still looking, or left without one (counted as still waiting): ${text.count(firstRole.stillWaiting)}.`,
        { id: 'metrics.firstRoleNote' },
      )}</p>`}`;
}
