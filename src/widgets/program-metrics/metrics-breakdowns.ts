/**
 * What the program metrics load on demand, once the headline figures show: the breakdown
 * charts, the table view and its CSV export (through LazyPart, with the element's loader).
 */
export { renderCharts } from './breakdown-charts.js';
export { metricsCsv, metricsRows, renderTable } from './metrics-table.js';
