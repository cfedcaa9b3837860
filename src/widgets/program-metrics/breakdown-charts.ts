/** The fairness and mentor-load breakdowns as bar charts, each with a text summary. Part of the figures' view, loaded at connect (metrics-figures.ts). */
import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Figure, GroupFigure, ProgramMetrics } from '../../api/outcomes.js';
import type { CatalogueNames } from '../../ui/catalogue-names.js';
import { renderBarChart, type Bar } from './bar-chart.js';
import { groupLabel, type BreakdownDimension } from './group-labels.js';
import type { MetricsText } from './headline-figures.js';
import { withheldLabel } from './labels.js';

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
