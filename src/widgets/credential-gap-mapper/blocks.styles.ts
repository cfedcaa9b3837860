import { cardStyles, fieldStyles, headingStyles, joinStyles, mutedStyles, statusStyles, visuallyHiddenStyles } from '../../ui/blocks.js';

/**
 * The blocks both the form and the map show (the first view shows only the toolbar): a chunk of
 * their own, fetched beside whichever of the two parts loads first and adopted once, so neither
 * part carries them twice and the form stays within its 10 kB.
 */
export const partStyles = joinStyles(visuallyHiddenStyles, fieldStyles, headingStyles, cardStyles, statusStyles, mutedStyles);
