import { css } from 'lit';

/**
 * The styles of the figures' view (headline figures, charts, table): they come with its part's code
 * (its `partStyles`), so the element's first download does not carry them.
 */
export const figuresStyles = css`
  @layer bw.component {
    .headline {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 11rem), 1fr));
      gap: var(--_bw-space-3);
      margin: 0;
    }
    .figure {
      gap: var(--_bw-space-1);
    }
    .figure dt {
      font-size: var(--_bw-font-size-sm);
      color: var(--_bw-on-surface-muted);
    }
    .figure dd {
      display: grid;
      margin: 0;
    }
    .figure-value {
      font-size: var(--_bw-font-size-xl);
      font-weight: var(--_bw-font-weight-strong);
      overflow-wrap: anywhere;
    }
    .charts {
      gap: var(--_bw-space-4);
    }
    .chart {
      display: grid;
      gap: var(--_bw-space-2);
      margin: 0;
    }
    .chart-title {
      font-weight: var(--_bw-font-weight-strong);
    }
    .bars {
      display: grid;
      gap: var(--_bw-space-1);
    }
    .bar {
      display: grid;
      grid-template-columns: minmax(6rem, 1fr) minmax(4rem, 2fr) auto;
      align-items: center;
      gap: var(--_bw-space-2);
    }
    .bar-label {
      overflow-wrap: anywhere;
    }
    .bar-svg {
      inline-size: 100%;
      block-size: 0.9rem;
    }
    /* Bars grow from the start of the reading direction. */
    :host(:dir(rtl)) .bar-svg {
      transform: scaleX(-1);
    }
    .bar-track {
      fill: var(--_bw-surface-muted);
    }
    .bar-fill {
      fill: var(--bw-metrics-bar-color, var(--_bw-primary));
    }
    .bar-withheld {
      grid-column: span 2;
    }
    .table-wrap {
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
      inline-size: 100%;
    }
    th,
    td {
      text-align: start;
      padding: var(--_bw-space-1) var(--_bw-space-2);
      border-block-end: var(--_bw-border-width) solid var(--_bw-border);
      overflow-wrap: anywhere;
    }
    @media (forced-colors: active) {
      .bar-fill {
        fill: CanvasText;
      }
    }
  }
`;
