import { css } from 'lit';
import { dialogStyles, joinStyles } from '../../ui/blocks.js';

/** The introduction dialog's styles, with the dialog block: they come with its code (introduction-dialog.ts). */
const ownStyles = css`
  @layer bw.component {
    /* The form scrolls inside the dialog, and the buttons stay in view at its foot. */
    dialog {
      padding: 0;
      overflow: hidden;
    }
    dialog form {
      display: grid;
      gap: var(--_bw-space-3);
      box-sizing: border-box;
      max-block-size: calc(100dvh - 1rem);
      overflow-y: auto;
      padding: var(--_bw-space-4) var(--_bw-space-4) 0;
      overflow-wrap: anywhere;
    }
    dialog form > .actions {
      position: sticky;
      inset-block-end: 0;
      padding-block: var(--_bw-space-3);
      background: var(--_bw-surface);
      border-block-start: var(--_bw-border-width) solid var(--_bw-border);
    }
    dialog textarea {
      resize: vertical;
      inline-size: 100%;
      box-sizing: border-box;
    }
    .discard p {
      flex-basis: 100%;
      margin: 0;
      font-weight: var(--_bw-font-weight-strong);
    }
    .hopes {
      display: grid;
      gap: var(--_bw-space-1);
      margin: 0;
      padding: 0;
      border: 0;
    }
  }
`;

export const introductionDialogStyles = joinStyles(dialogStyles, ownStyles);
