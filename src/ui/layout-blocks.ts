/**
 * The layout blocks of the shared visual language (headings, sections, cards, toolbars, status
 * lines, empty states, small text, checkboxes, lists, dialogs). Their API is documented once,
 * at the top of `blocks.ts`, which re-exports this module; import from there.
 */
import { cardStyles } from './blocks/card.js';
import { checkStyles } from './blocks/check.js';
import { headingStyles } from './blocks/heading.js';
import { listStyles } from './blocks/list.js';
import { mutedStyles } from './blocks/muted.js';
import { sectionStyles } from './blocks/section.js';
import { statusStyles } from './blocks/status.js';
import { toolbarStyles } from './blocks/toolbar.js';

export { cardStyles, checkStyles, headingStyles, listStyles, mutedStyles, sectionStyles, statusStyles, toolbarStyles };
export { renderStatusLine } from './blocks/status.js';
export type { StatusTone } from './blocks/tone-edge.js';

/** Every layout block's styles but the dialog's (src/ui/dialog-styles.ts), in this order (each is in the `bw.blocks` layer, so the order an element lists them in does not matter). */
export const layoutStyles = [headingStyles, sectionStyles, cardStyles, toolbarStyles, statusStyles, mutedStyles, checkStyles, listStyles];
