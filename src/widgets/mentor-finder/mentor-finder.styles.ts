import { css } from 'lit';

/** The mentor finder's own styles, in the component layer the theme declares (after bw.base and bw.blocks). */
export const finderStyles = css`
  @layer bw.component {
    p {
      margin: 0;
    }
    .layout {
      display: grid;
      gap: var(--_bw-space-4);
    }
    .filters {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
      gap: var(--_bw-space-3) var(--_bw-space-4);
      align-items: start;
    }
    .filters .title,
    .filters .full {
      grid-column: 1 / -1;
    }
    .filter {
      display: grid;
      gap: var(--_bw-space-1);
      margin: 0;
      padding: 0;
      border: 0;
      min-inline-size: 0;
    }
    .check {
      display: flex;
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
    .card__head {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: var(--_bw-space-2);
      align-items: baseline;
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
    .facts {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: var(--_bw-space-1) var(--_bw-space-3);
      margin: 0;
      font-size: var(--_bw-font-size-sm);
    }
    .facts dt {
      font-weight: var(--_bw-font-weight-strong);
    }
    .facts dd {
      margin: 0;
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
    .more,
    .center {
      padding: var(--_bw-space-3);
      text-align: center;
    }
  }
`;
