/**
 * What the program metrics load on demand, once the headline figures show: the breakdown
 * charts, the table view and its CSV export (through LazyPart, with the element's loader).
 */
import { joinStyles, visuallyHiddenStyles } from '../../ui/blocks.js';
import { breakdownsStyles } from './breakdowns.styles.js';

export { renderCharts } from './breakdown-charts.js';
export { metricsCsv, metricsRows, renderTable } from './metrics-table.js';

/** The charts' and the table's styles, adopted when the part first renders (src/ui/lazy.ts). */
export const partStyles = joinStyles(visuallyHiddenStyles, breakdownsStyles);
