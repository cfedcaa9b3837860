import { css } from 'lit';

/** The program metrics' own styles for its first render (the title, the filters, the loading state; the figures' part brings the rest), in the component layer the theme declares. */
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
  }
`;
