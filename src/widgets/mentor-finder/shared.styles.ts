import { css } from 'lit';
import { cardStyles, checkStyles, fieldStyles, headingStyles, joinStyles, mutedStyles, toolbarStyles } from '../../ui/blocks.js';

/**
 * What the finder's view (filters, cards) and its desks (requests, the introduction dialog, mentor
 * mode) both show: the blocks and the finder's card head, facts and "Show more". Each part's
 * `partStyles` lists it; LazyPart adopts the sheet once, whichever part comes first.
 */
const ownStyles = css`
  @layer bw.component {
    p {
      margin: 0;
    }
    .check {
      display: flex;
    }
    .card__head {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: var(--_bw-space-2);
      align-items: baseline;
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
    .more {
      padding: var(--_bw-space-3);
      text-align: center;
    }
  }
`;

export const sharedStyles = joinStyles(fieldStyles, headingStyles, cardStyles, toolbarStyles, mutedStyles, checkStyles, ownStyles);
