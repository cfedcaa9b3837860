import { css } from 'lit';

/**
 * The plan view's styles (header, progress, list, forms), in the component layer the theme declares
 * (after `bw.base` and `bw.blocks`): they come with the view's code (plan-view.ts), as its `partStyles`.
 */
export const trackerStyles = css`
  @layer bw.component {
    /* A very long word (a URL, a pasted token) breaks instead of widening a card or the page. */
    .bw-root {
      overflow-wrap: anywhere;
    }
    .header {
      justify-content: space-between;
      margin-block-end: var(--_bw-space-3);
    }
    /* Nothing wider than the element: a select is as wide as its longest option otherwise. */
    select,
    input,
    textarea {
      max-inline-size: 100%;
    }
    .goal {
      margin: 0;
      font-weight: var(--_bw-font-weight-strong);
    }
    .progress {
      gap: var(--_bw-space-1);
      margin-block-end: var(--_bw-space-3);
    }
    progress {
      inline-size: 100%;
      accent-color: var(--_bw-primary);
    }
    .sync,
    .panel {
      margin-block-end: var(--_bw-space-3);
    }
    .item[data-dragging] {
      opacity: 0.5;
    }
    .item[data-overdue] {
      border-inline-start: 4px solid var(--_bw-danger);
    }
    .title {
      font-weight: var(--_bw-font-weight-strong);
    }
    .small {
      padding: var(--_bw-space-1) var(--_bw-space-2);
      font-size: var(--_bw-font-size-sm);
    }
    .date-move {
      margin: 0;
      padding-inline-start: var(--_bw-space-2);
      border-inline-start: 3px solid var(--_bw-border);
      font-size: var(--_bw-font-size-sm);
    }
    /* A toggle that is on looks on. */
    .bw-button--secondary[aria-pressed='true'] {
      background: var(--_bw-primary);
      color: var(--_bw-on-primary);
    }
    .start-actions {
      justify-content: center;
      margin-block-end: var(--_bw-space-4);
    }
    form {
      display: grid;
      gap: var(--_bw-space-2);
    }
    /* Comments and evidence: a disclosure that looks like one, with what it holds counted. */
    details.feedback {
      border: var(--_bw-border-width) solid var(--_bw-border);
      border-radius: var(--_bw-radius-sm);
    }
    details.feedback[open] {
      padding: 0 var(--_bw-space-3) var(--_bw-space-3);
    }
    details.feedback[open] > summary {
      margin-inline: calc(-1 * var(--_bw-space-3));
      border-block-end: var(--_bw-border-width) solid var(--_bw-border);
      margin-block-end: var(--_bw-space-2);
    }
    summary {
      cursor: pointer;
      min-height: var(--_bw-target-size);
      display: flex;
      flex-wrap: wrap;
      gap: var(--_bw-space-2);
      align-items: center;
      padding: var(--_bw-space-1) var(--_bw-space-3);
      background: var(--_bw-surface-muted);
      font-weight: var(--_bw-font-weight-strong);
      list-style: none;
    }
    summary::-webkit-details-marker {
      display: none;
    }
    summary::before {
      content: '';
      flex: none;
      inline-size: 0.5rem;
      block-size: 0.5rem;
      border: solid currentColor;
      border-width: 0 2px 2px 0;
      transform: rotate(-45deg);
      transition: transform var(--_bw-duration);
    }
    :dir(rtl) summary::before {
      transform: rotate(135deg);
    }
    details[open] > summary::before {
      transform: rotate(45deg);
    }
    .count {
      padding: 0 var(--_bw-space-2);
      border: var(--_bw-border-width) solid currentColor;
      border-radius: var(--_bw-radius-pill);
      color: var(--_bw-primary);
      font-size: var(--_bw-font-size-sm);
    }
    section {
      margin-block-start: var(--_bw-space-4);
    }
    a {
      color: var(--_bw-primary);
    }
  }
`;
