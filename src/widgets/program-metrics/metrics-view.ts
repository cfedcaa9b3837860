/** Views of the program's figures: the filters, the headline figures, the charts and the table. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Figure, GroupFigure, MetricsFilterOptions, ProgramMetrics } from '../../api/outcomes.js';
import type { CatalogueNames } from '../../ui/catalogue-names.js';
import { plural } from '../../ui/plural.js';
import { renderBarChart, type Bar } from './bar-chart.js';
import { groupLabel, withheldLabel, withheldMark, type BreakdownDimension } from './labels.js';
import { headlines, metricsColumns, type Headline, type MetricsRow, type MetricsText } from './metrics-table.js';

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

/** A breakdown as bars: the shortest and longest shown groups named in the summary. */
function breakdownChart(title: string, dimension: BreakdownDimension, figures: GroupFigure[], metrics: ProgramMetrics, names: CatalogueNames | undefined, valueText: (figure: Figure) => string): TemplateResult {
  const bars: Bar[] = figures.map((figure) => ({ label: groupLabel(dimension, figure.group, names), value: figure.withheld ? null : figure.value, text: valueText(figure) }));
  const shown = bars.filter((bar) => bar.value !== null).sort((a, b) => a.value! - b.value!);
  const summary = shown.length >= 2
    ? msg(str`Lowest: ${shown[0].label} (${shown[0].text}); highest: ${shown[shown.length - 1].label} (${shown[shown.length - 1].text}).`, { id: 'metrics.chartSummary' })
    : '';
  return renderBarChart(title, summary, bars, withheldLabel(metrics.minCellSize));
}

export function renderCharts(metrics: ProgramMetrics, text: MetricsText, names: CatalogueNames | undefined): TemplateResult {
  const wait = (figure: Figure) => text.days(figure.value);
  const percent = (figure: Figure) => text.percent(figure.value ?? 0);
  const { waitForFirstMatch: match, mentorLoad } = metrics;
  return html`<section class="charts bw-section" aria-labelledby="fairness">
    <h3 id="fairness">${msg('Fair access: median time to a first match', { id: 'metrics.fairness' })}</h3>
    ${breakdownChart(msg('By occupation', { id: 'metrics.byOccupation' }), 'occupation', match.byOccupation, metrics, names, wait)}
    ${breakdownChart(msg('By origin region', { id: 'metrics.byOrigin' }), 'origin', match.byOriginRegion, metrics, names, wait)}
    ${breakdownChart(msg('By gender (where shared with consent)', { id: 'metrics.byGender' }), 'gender', match.byGender, metrics, names, wait)}
    <h3>${msg('Mentor load', { id: 'metrics.mentorLoad' })}</h3>
    ${breakdownChart(msg('Places taken, by occupation', { id: 'metrics.loadByOccupation' }), 'occupation', mentorLoad.byOccupation, metrics, names, percent)}
  </section>`;
}

export function renderTable(rows: readonly MetricsRow[]): TemplateResult {
  const [measure, group, value, people] = metricsColumns();
  return html`<div class="table-wrap" part="table">
    <table>
      <caption class="bw-visually-hidden">${msg('The program\'s figures', { id: 'metrics.tableCaption' })}</caption>
      <thead><tr><th scope="col">${measure}</th><th scope="col">${group}</th><th scope="col">${value}</th><th scope="col">${people}</th></tr></thead>
      <tbody>
        ${rows.map((row) => html`<tr><th scope="row">${row.measure}</th><td><bdi>${row.group}</bdi></td><td>${row.value}</td><td>${row.people}</td></tr>`)}
      </tbody>
    </table>
  </div>`;
}
