import { css } from 'lit';

/** The tracker's own styles, in the component layer the theme declares (after `bw.base` and `bw.blocks`). */
export const trackerStyles = css`
  @layer bw.component {
    .header,
    .toolbar,
    .row,
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_bw-space-2);
      align-items: center;
    }
    .header {
      justify-content: space-between;
      margin-block-end: var(--_bw-space-3);
    }
    .muted {
      color: var(--_bw-on-surface-muted);
      font-size: var(--_bw-font-size-sm);
    }
    .progress {
      display: grid;
      gap: var(--_bw-space-1);
      padding: var(--_bw-space-3);
      border: var(--_bw-border-width) solid var(--_bw-border);
      border-radius: var(--_bw-radius);
      margin-block-end: var(--_bw-space-3);
    }
    progress {
      inline-size: 100%;
      accent-color: var(--_bw-primary);
    }
    .sync {
      padding: var(--_bw-space-2) var(--_bw-space-3);
      border-inline-start: 4px solid var(--_bw-success);
      background: var(--_bw-surface-muted);
      margin-block-end: var(--_bw-space-3);
    }
    .sync[data-pending] {
      border-color: var(--_bw-warning);
    }
    .panel {
      padding: var(--_bw-space-3);
      border: var(--_bw-border-width) solid var(--_bw-warning);
      border-radius: var(--_bw-radius);
      margin-block-end: var(--_bw-space-3);
    }
    .versions {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
      gap: var(--_bw-space-3);
    }
    ol.list,
    ul.plain {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: var(--_bw-space-2);
    }
    .item {
      padding: var(--_bw-space-3);
      border: var(--_bw-border-width) solid var(--_bw-border);
      border-radius: var(--_bw-radius);
      background: var(--_bw-surface);
      display: grid;
      gap: var(--_bw-space-2);
    }
    .item:focus-visible,
    button:focus-visible,
    select:focus-visible,
    input:focus-visible,
    textarea:focus-visible,
    summary:focus-visible,
    a:focus-visible {
      outline: var(--_bw-focus-width, 3px) solid var(--_bw-focus-ring, var(--_bw-primary));
      outline-offset: 2px;
    }
    .item[data-dragging] {
      opacity: 0.5;
    }
    .item[data-overdue] {
      border-inline-start: 4px solid var(--_bw-danger);
    }
    .title {
      font-weight: 600;
    }
    .small {
      min-height: 2.75rem;
      padding: var(--_bw-space-1) var(--_bw-space-2);
      font-size: var(--_bw-font-size-sm);
    }
    .timeline {
      border-inline-start: 2px solid var(--_bw-border);
      padding-inline-start: var(--_bw-space-4);
      display: grid;
      gap: var(--_bw-space-3);
    }
    form {
      display: grid;
      gap: var(--_bw-space-2);
    }
    details {
      border-block-start: var(--_bw-border-width) solid var(--_bw-border);
      padding-block-start: var(--_bw-space-2);
    }
    summary {
      cursor: pointer;
      min-height: 2.75rem;
      display: flex;
      align-items: center;
    }
    section {
      margin-block-start: var(--_bw-space-4);
    }
    dialog {
      max-inline-size: min(36rem, 95vw);
      border: var(--_bw-border-width) solid var(--_bw-border);
      border-radius: var(--_bw-radius);
      background: var(--_bw-surface);
      color: var(--_bw-on-surface);
    }
    dialog::backdrop {
      background: rgb(0 0 0 / 0.4);
    }
    a {
      color: var(--_bw-primary);
    }
  }
`;
