/**
 * The program's figures as one table of text: the rows the table view shows and, cell for cell,
 * the rows the CSV export writes, so the export is exactly what is on screen (withheld cells included).
 * Part of the figures' view, loaded at connect (metrics-figures.ts).
 */
import { msg, str } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import type { Figure, GroupFigure, ProgramMetrics } from '../../api/outcomes.js';
import type { CatalogueNames } from '../../ui/catalogue-names.js';
import { groupLabel, type BreakdownDimension } from './group-labels.js';
import { headlines, type Headline, type MetricsFormat, type MetricsText } from './headline-figures.js';
import { withheldMark } from './labels.js';

export interface MetricsRow {
  measure: string;
  group: string;
  value: string;
  people: string;
}

/** The rows of the table, in the order it shows them. */
export function metricsRows(metrics: ProgramMetrics, text: MetricsText, format: MetricsFormat, names: CatalogueNames | undefined): MetricsRow[] {
  const all = msg('Everyone', { id: 'metrics.group.all' });
  const row = (measure: string, figure: Figure, value: (figure: Figure) => string, group = all): MetricsRow =>
    figure.withheld ? { measure, group, value: withheldMark(), people: '' } : { measure, group, value: value(figure), people: text.count(figure.people) };
  const wait = (figure: Figure) => text.days(figure.value);
  const headline = headlines(metrics, text);
  const headlineRow = ({ label, figure, value }: Headline) => row(label, figure, value);
  const groups = (measure: string, dimension: BreakdownDimension, figures: GroupFigure[], value: (figure: Figure) => string) =>
    figures.map((figure) => row(measure, figure, value, groupLabel(dimension, figure.group, names)));
  const matchWait = msg('Time to a first match', { id: 'metrics.waitForMatch' });
  const load = msg('Mentor load', { id: 'metrics.mentorLoad' });
  return [
    headlineRow(headline.mentees),
    headlineRow(headline.attainment),
    headlineRow(headline.firstRole),
    ...metrics.payChange.map((pay) =>
      pay.withheld
        ? { measure: msg(str`Pay change, intake to 12 months (${pay.currency})`, { id: 'metrics.payChange' }), group: all, value: withheldMark(), people: '' }
        : {
            measure: msg(str`Pay change, intake to 12 months (${pay.currency})`, { id: 'metrics.payChange' }),
            group: all,
            value: msg(
              str`${format.number(pay.intakeMedian ?? 0, { style: 'currency', currency: pay.currency, maximumFractionDigits: 0 })} → ${format.number(pay.twelveMonthMedian ?? 0, { style: 'currency', currency: pay.currency, maximumFractionDigits: 0 })} a year (median change ${format.number((pay.medianChangePercent ?? 0) / 100, { style: 'percent', signDisplay: 'exceptZero', maximumFractionDigits: 0 })})`,
              { id: 'metrics.payValue' },
            ),
            people: text.count(pay.people),
          },
    ),
    headlineRow(headline.satisfaction),
    row(msg('Mentor satisfaction', { id: 'metrics.mentorSatisfaction' }), metrics.mentorSatisfaction, (figure) => text.satisfaction(figure.value ?? 0)),
    row(matchWait, metrics.waitForFirstMatch.overall, wait),
    ...groups(matchWait, 'occupation', metrics.waitForFirstMatch.byOccupation, wait),
    ...groups(matchWait, 'origin', metrics.waitForFirstMatch.byOriginRegion, wait),
    ...groups(matchWait, 'gender', metrics.waitForFirstMatch.byGender, wait),
    row(load, metrics.mentorLoad.overall, (figure) => text.percent(figure.value ?? 0)),
    ...groups(load, 'occupation', metrics.mentorLoad.byOccupation, (figure) => text.percent(figure.value ?? 0)),
  ];
}

/** The column headings of the table and the CSV. */
export function metricsColumns(): [string, string, string, string] {
  return [msg('Measure', { id: 'metrics.column.measure' }), msg('Group', { id: 'metrics.column.group' }), msg('Value', { id: 'metrics.column.value' }), msg('People', { id: 'metrics.column.people' })];
}

/** RFC 4180 CSV of the table: every cell quoted, quotes doubled, CRLF line ends; a leading =, +, - or @ is neutralised for spreadsheets. */
export function metricsCsv(rows: readonly MetricsRow[]): string {
  const cell = (text: string) => `"${(/^[=+\-@]/.test(text) ? `'${text}` : text).replaceAll('"', '""')}"`;
  return [metricsColumns(), ...rows.map((row) => [row.measure, row.group, row.value, row.people])].map((line) => line.map(cell).join(',')).join('\r\n') + '\r\n';
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
