import { css } from 'lit';
import { badgeStyles, joinStyles, listStyles, sectionStyles, statusStyles } from '../../ui/blocks.js';
import { sharedStyles } from './shared.styles.js';

/**
 * Styles of the finder's desks (the mentee's requests, mentor mode; the introduction dialog's
 * come with its own code, introduction-dialog.styles.ts):
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
    .why-disabled {
      margin: 0;
    }
  }
`;

/**
 * The blocks and rules the desks share with the view (shared.styles.ts: mentor mode shows no view),
 * then those only the desks show (badges, sections, status lines, lists) in one sheet shared by
 * both desks.
 */
export const deskStyles = [sharedStyles, joinStyles(badgeStyles, sectionStyles, statusStyles, listStyles, ownStyles)];
