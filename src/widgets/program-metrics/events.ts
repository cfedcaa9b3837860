/** The program metrics' events, declared for `addEventListener` (the element and its figures' part fire them). */
export interface MetricsExportedDetail {
  /** The CSV, exactly the table shown (withheld cells included). */
  csv: string;
  filename: string;
}

declare global {
  interface HTMLElementEventMap {
    'bw-metrics-exported': CustomEvent<MetricsExportedDetail>;
  }
}
