import { css } from 'lit';

/**
 * The styles of the desk's lists, rows and decision dialog, in the component layer the theme
 * declares: they come with the desk's view part (its `partStyles`), so the first download does not
 * carry them. Sections, cards, lists, status lines, toolbars and the dialog are the shared blocks
 * (src/ui/blocks.ts).
 */
export const deskViewStyles = css`
  @layer bw.component {
    .section-head {
      justify-content: space-between;
      align-items: end;
    }
    .status:empty {
      display: none;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: var(--_bw-space-2) var(--_bw-space-4);
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
    .row-main p {
      margin: 0;
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
    .decision form {
      display: grid;
      gap: var(--_bw-space-3);
    }
    .reasons {
      display: grid;
      gap: var(--_bw-space-1);
      border: 0;
      margin: 0;
      padding: 0;
    }
  }
`;
