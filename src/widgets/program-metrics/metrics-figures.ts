/**
 * The program metrics' data view, loaded through LazyPart at connect, alongside the figures
 * (never after them): the headline figures, the breakdown charts or the table, and the CSV
 * export. The element's first render is its title, filters and loading state.
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { ProgramMetrics } from '../../api/outcomes.js';
import type { EventDetail } from '../../ui/base-element.js';
import { cardStyles, joinStyles, mutedStyles, toolbarStyles, visuallyHiddenStyles } from '../../ui/blocks.js';
import type { CatalogueNames } from '../../ui/catalogue-names.js';
import { renderCharts } from './breakdown-charts.js';
import { figuresStyles } from './figures.styles.js';
import { metricsText, renderHeadline, type MetricsFormat } from './headline-figures.js';
import { metricsCsv, metricsRows, renderTable } from './metrics-table.js';

/** The figures' blocks and styles, adopted when the part first renders (src/ui/lazy.ts). */
export const partStyles = joinStyles(cardStyles, toolbarStyles, mutedStyles, visuallyHiddenStyles, figuresStyles);

export interface FiguresView {
  metrics: ProgramMetrics;
  names: CatalogueNames | undefined;
  format: MetricsFormat;
  /** `charts` (below the headline figures) or `table` (every number, as exported). */
  view: 'charts' | 'table';
}

/** What the figures' part may use of the element. */
export interface FiguresHost {
  emit<K extends keyof HTMLElementEventMap>(type: K, detail: EventDetail<K>, options?: { cancelable?: boolean }): boolean;
}

/** Exports the table shown as CSV: fires `bw-metrics-exported`, and downloads the file unless a listener cancelled it. */
export function exportCsv(host: FiguresHost, { metrics, names, format }: FiguresView): void {
  const csv = metricsCsv(metricsRows(metrics, metricsText(format), format, names));
  const filename = `program-metrics${metrics.filters.cohort ? `-${metrics.filters.cohort}` : ''}.csv`;
  if (!host.emit('bw-metrics-exported', { csv, filename }, { cancelable: true })) return;
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 0);
}

/** The headline figures, the view switch and export, the charts or the table, and who counts. */
export function renderFigures(figures: FiguresView, onSwitch: () => void, onExport: () => void): TemplateResult {
  const { metrics, names, format, view } = figures;
  const text = metricsText(format);
  return html`${renderHeadline(metrics, text)}
    <div class="actions bw-toolbar" part="actions">
      <button type="button" class="bw-button bw-button--secondary" part="button" aria-pressed=${view === 'table' ? 'true' : 'false'} @click=${onSwitch}>
        ${msg('Show as a table', { id: 'metrics.showTable' })}
      </button>
      <button type="button" class="bw-button bw-button--secondary" part="button" @click=${onExport}>${msg('Download CSV', { id: 'metrics.csv' })}</button>
    </div>
    ${view === 'table' ? renderTable(metricsRows(metrics, text, format, names)) : renderCharts(metrics, text, names)}
    <p class="bw-muted">${msg(
      'Only mentees who agreed to count in these figures are included. Pay is annualised (hourly pay × 2,080 hours, monthly × 12).',
      { id: 'metrics.note' },
    )}</p>`;
}
