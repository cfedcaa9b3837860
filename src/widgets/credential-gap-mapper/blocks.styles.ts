import { css } from 'lit';
import { cardStyles, fieldStyles, headingStyles, joinStyles, mutedStyles, statusStyles, visuallyHiddenStyles } from '../../ui/blocks.js';

/** The gap mapper's own rules for what the form and the map both show (its component layer, as the element's). */
const sharedStyles = css`
  @layer bw.component {
    input[type='checkbox'] {
      width: 1.25rem;
      height: 1.25rem;
      accent-color: var(--_bw-primary);
    }
    a {
      color: var(--_bw-primary);
    }
    @media print {
      .toolbar,
      .actions,
      .no-print,
      input[type='checkbox'] {
        display: none !important;
      }
      .columns {
        grid-template-columns: 1fr 1fr;
      }
      .requirement,
      .step {
        break-inside: avoid;
      }
      a::after {
        content: ' (' attr(href) ')';
        font-size: 0.8em;
      }
    }
  }
`;

/**
 * The blocks both the form and the map show (the first view shows only the toolbar), with the
 * element's rules for them (checkboxes, links, print): a chunk of
 * their own, fetched beside whichever of the two parts loads first and adopted once, so neither
 * part carries them twice and the form stays within its 10 kB.
 */
export const partStyles = joinStyles(visuallyHiddenStyles, fieldStyles, headingStyles, cardStyles, statusStyles, mutedStyles, sharedStyles);
