import { css } from 'lit';

/** The program metrics' own styles for its first view (the filters and headline figures), in the component layer the theme declares. */
export const programMetricsStyles = css`
  @layer bw.component {
    .metrics {
      gap: var(--_bw-space-4);
    }
    p {
      margin: 0;
    }
    .filters {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 12rem), 1fr));
      gap: var(--_bw-space-3);
    }
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
  }
`;
