import { css } from 'lit';

/** The coordinator desk's own styles, in the component layer the theme declares. */
export const coordinatorDeskStyles = css`
  @layer bw.component {
    .desk {
      display: grid;
      gap: var(--_bw-space-6);
      min-inline-size: 0;
    }
    .desk-section {
      display: grid;
      gap: var(--_bw-space-2);
      min-inline-size: 0;
    }
    p {
      margin: 0;
    }
    .muted {
      color: var(--_bw-on-surface-muted);
      font-size: var(--_bw-font-size-sm);
    }
    .section-head {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      justify-content: space-between;
      gap: var(--_bw-space-2) var(--_bw-space-4);
    }
    .sort {
      display: grid;
      gap: var(--_bw-space-1);
      font-size: var(--_bw-font-size-sm);
    }
    .status:empty {
      display: none;
    }
    .status {
      border-inline-start: 4px solid var(--_bw-success);
      padding-inline-start: var(--_bw-space-2);
    }
    .rows {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: var(--_bw-space-2);
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: var(--_bw-space-2) var(--_bw-space-4);
      padding: var(--_bw-space-3);
      border: var(--_bw-border-width, 1px) solid var(--_bw-border);
      border-radius: var(--_bw-radius);
      background: var(--_bw-surface);
    }
    .row:focus-visible,
    .status:focus-visible {
      outline: var(--_bw-focus-width) solid var(--_bw-focus);
      outline-offset: 2px;
    }
    .row-main {
      display: grid;
      gap: var(--_bw-space-1);
      flex: 1 1 16rem;
      min-inline-size: 0;
      overflow-wrap: anywhere;
    }
    .row-side {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_bw-space-2);
    }
    .name {
      font-weight: 600;
    }
    .message {
      white-space: pre-line;
    }
    .failure {
      flex-basis: 100%;
      border-inline-start: 4px solid var(--_bw-danger);
      padding-inline-start: var(--_bw-space-2);
    }
    .meter {
      inline-size: min(16rem, 100%);
      block-size: 0.5rem;
      accent-color: var(--bw-desk-meter-color, var(--_bw-primary));
    }
    .meter::-webkit-meter-bar {
      border-radius: var(--_bw-radius-pill);
      background: var(--_bw-surface-muted);
    }
    .meter::-webkit-meter-optimum-value,
    .meter::-webkit-meter-suboptimum-value,
    .meter::-webkit-meter-even-less-good-value {
      border-radius: var(--_bw-radius-pill);
      background: var(--bw-desk-meter-color, var(--_bw-primary));
    }
    .more {
      justify-self: start;
    }
    .decision {
      max-inline-size: min(36rem, calc(100vw - 2rem));
      border: var(--_bw-border-width, 1px) solid var(--_bw-border);
      border-radius: var(--_bw-radius);
      background: var(--_bw-surface);
      color: var(--_bw-on-surface);
      padding: var(--_bw-space-4);
    }
    .decision form {
      display: grid;
      gap: var(--_bw-space-3);
    }
    .reasons {
      display: grid;
      gap: var(--_bw-space-2);
      border: 0;
      margin: 0;
      padding: 0;
    }
    .choice {
      display: flex;
      gap: var(--_bw-space-2);
      align-items: center;
      min-block-size: 44px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_bw-space-2);
    }
  }
`;
