import { css } from 'lit';
import { badgeStyles, dialogStyles, joinStyles, listStyles, sectionStyles, statusStyles } from '../../ui/blocks.js';

/**
 * Styles of the finder's desks (the mentee's requests and introduction dialog, mentor mode):
 * each desk's module exports them as its `partStyles`, so they come with the desk's code
 * (LazyPart adopts them once) and the finder's first download does not carry them.
 */
const ownStyles = css`
  @layer bw.component {
    .desk > .bw-button,
    .request .bw-button,
    .mentorship .bw-button,
    .requests .bw-button {
      justify-self: start;
    }
    .request-list {
      gap: var(--_bw-space-3);
    }
    .request .message {
      white-space: pre-line;
    }
    .reply {
      display: grid;
      gap: var(--_bw-space-1);
      justify-items: start;
    }
    .reply select,
    .reply textarea,
    .reply input {
      inline-size: 100%;
      box-sizing: border-box;
    }
    .contact a {
      color: var(--_bw-primary);
    }
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
    .why-disabled {
      margin: 0;
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

/** With the blocks only the desks show (badges, sections, status lines, lists, the introduction dialog): one sheet, shared by both desks. */
export const deskStyles = joinStyles(badgeStyles, sectionStyles, statusStyles, listStyles, dialogStyles, ownStyles);
