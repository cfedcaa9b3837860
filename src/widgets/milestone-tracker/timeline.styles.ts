import { css } from 'lit';

/** Styles of the timeline: they come with timeline.ts, adopted by its LazyPart when a person first shows the timeline. */
export const timelineStyles = css`
  @layer bw.component {
    /* The timeline: an axis down the inline start, each mark at its date. */
    .mark .date-move {
      flex-basis: 100%;
    }
    .axis {
      position: relative;
      list-style: none;
      margin: 0;
      padding: var(--_bw-space-2) 0;
    }
    .axis::before {
      content: '';
      position: absolute;
      inset-block: 0;
      inset-inline-start: 0.6rem;
      border-inline-start: 2px solid var(--_bw-border);
    }
    .mark {
      position: relative;
      display: flex;
      flex-wrap: wrap;
      gap: var(--_bw-space-1) var(--_bw-space-3);
      align-items: baseline;
      margin-block-start: var(--_gap, var(--_bw-space-2));
      padding-block: var(--_bw-space-1);
      padding-inline-start: 2rem;
      border-radius: var(--_bw-radius-sm);
    }
    .mark .when {
      min-inline-size: 7rem;
      color: var(--_bw-on-surface-muted);
      font-variant-numeric: tabular-nums;
    }
    .mark .what {
      flex: 1 1 12rem;
      min-inline-size: 0;
      display: flex;
      flex-wrap: wrap;
      gap: var(--_bw-space-1) var(--_bw-space-2);
      align-items: center;
    }
    .mark .dot {
      position: absolute;
      inset-inline-start: calc(0.6rem - 0.45rem + 1px);
      inset-block-start: 0.6em;
      inline-size: 0.9rem;
      block-size: 0.9rem;
      border: 2px solid var(--_bw-primary);
      border-radius: 50%;
      background: var(--_bw-surface);
    }
    .mark[data-done] .dot {
      border-color: var(--_bw-success);
      background: var(--_bw-success);
    }
    .mark[data-overdue] .dot {
      border-color: var(--_bw-danger);
      background: var(--_bw-danger);
    }
    .mark[data-kind='expiry'] .dot {
      border-color: var(--_bw-warning);
      border-radius: 2px;
      transform: rotate(45deg);
    }
    .mark[data-expiring] .dot {
      background: var(--_bw-warning);
    }
    .mark[data-kind='goal'] .dot {
      border-radius: 2px;
      background: var(--_bw-primary);
    }
    .mark[data-kind='today'] {
      border-block-start: 2px dashed var(--_bw-primary);
      border-radius: 0;
      padding-block-start: var(--_bw-space-2);
    }
    .mark[data-kind='today'] .dot {
      background: var(--_bw-primary);
    }
  }
`;
