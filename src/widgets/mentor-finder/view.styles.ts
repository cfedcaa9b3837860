import { css } from 'lit';

/** The styles of the finder's view (filters, result cards): they come with its code (finder-view.ts). */
export const viewStyles = css`
  @layer bw.component {
    .filter {
      display: grid;
      gap: var(--_bw-space-1);
      margin: 0;
      padding: 0;
      border: 0;
      min-inline-size: 0;
    }
    .summary {
      display: grid;
      gap: var(--_bw-space-1);
      margin-block-end: var(--_bw-space-2);
    }
    .count {
      font-weight: var(--_bw-font-weight-strong);
    }
    .list {
      box-sizing: border-box;
    }
    .skip:focus {
      display: inline-block;
      margin-block-end: var(--_bw-space-2);
      color: var(--_bw-primary);
    }
    .stale {
      margin-block-end: var(--_bw-space-3);
    }
    .stale .bw-state {
      padding: var(--_bw-space-3);
    }
    .item {
      padding-block: var(--_bw-space-2);
    }
    .link {
      padding: 0;
      border: 0;
      background: none;
      color: var(--_bw-primary);
      font: inherit;
      font-weight: var(--_bw-font-weight-heading);
      text-decoration: underline;
      cursor: pointer;
      min-block-size: 1.5rem;
      text-align: start;
    }
    .score {
      font-weight: var(--_bw-font-weight-heading);
      color: var(--_bw-primary);
    }
    .steps {
      margin: var(--_bw-space-1) 0 0;
      padding-inline-start: 1.25rem;
    }
    .why {
      display: grid;
      gap: var(--_bw-space-1);
      margin: 0;
      padding: var(--_bw-space-2) var(--_bw-space-3);
      list-style: none;
      background: var(--_bw-surface-muted);
      border-radius: var(--_bw-radius-sm);
      font-size: var(--_bw-font-size-sm);
    }
    .why li {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: var(--_bw-space-2);
    }
    .why li[data-points='none'] {
      color: var(--_bw-on-surface-muted);
    }
    .points {
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
  }
`;
