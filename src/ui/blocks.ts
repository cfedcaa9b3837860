/**
 * Shared building blocks: the one visual language of every Bridgeway element. An element adopts
 * the styles of the blocks it shows, after `BridgewayElement.styles` (`blockStyles` for all of
 * them, or one by one: what no element lists is left out of its bundle); a lazy part brings those
 * only its views use as its `partStyles` (src/ui/lazy.ts). Each block but the button is a module of
 * its own (src/ui/blocks/, the dialog in dialog-styles.ts): rollup never splits a module, so a block
 * only a part shows leaves its element's first download. `BridgewayElement.styles` holds the
 * theme, the button (the error state's "Try again") and the loading, empty and error states.
 * Block styles sit in the `bw.blocks` cascade layer, so the order they are adopted in never
 * matters, and an element's own `bw.component` rules and a subclass's styles win. Use the class
 * (or the render helper) instead of writing the same CSS again in an element's styles.
 *
 * | block (its styles) | markup | what it gives |
 * | --- | --- | --- |
 * | button (`buttonStyles`) | `button.bw-button`, `.bw-button--secondary` | 44 px target, primary or outline |
 * | field (`fieldStyles`) | `.bw-field` > `label.bw-field__label`, `.bw-field__input`, `.bw-field__hint`, `.bw-field__error` | a labelled control that never overflows its column; errors wrap in full |
 * | heading (`headingStyles`) | `h2` (the element's title), `h3` (a section), `h4` (a sub-section) | the type scale, no page margins |
 * | section (`sectionStyles`) | `.bw-section` | a column of heading + content on the spacing scale |
 * | card (`cardStyles`) | `.bw-card`, `.bw-card--inset` (muted, inside a card), `data-tone` | a bordered surface; a tone colours its inline-start edge |
 * | toolbar (`toolbarStyles`) | `.bw-toolbar`, `.bw-toolbar--end` | a wrapping row of buttons and fields |
 * | status line (`statusStyles`) | `.bw-status` + `data-tone`, or `renderStatusLine(tone, content)` | a one-line notice with a coloured edge (add `role="status"` where it changes) |
 * | empty state | `renderEmptyState(message, actions?)` (src/ui/states.ts, styles in the base) | "nothing here yet" with what to do next |
 * | badge (`badgeStyles`) | `renderBadge(tone, label)` | a status said with an icon and words |
 * | small text (`mutedStyles`) | `.bw-muted` | secondary text, small and muted |
 * | checkbox (`checkStyles`) | `label.bw-check` > `input[type=checkbox]` + text | a 44 px high choice |
 * | list (`listStyles`) | `ul.bw-list`, `ol.bw-list` | a list without bullets, items spaced |
 * | dialog (`dialogStyles`) | `dialog.bw-dialog` | fits a 320 px screen and scrolls inside; backdrop |
 * | hidden (`visuallyHiddenStyles`) | `.bw-visually-hidden` | text for screen readers only |
 * | skeleton (`skeletonStyles`) | `.bw-skeleton` > `.bw-skeleton__line` (`--heading`, `--short`, `--block`), `.bw-skeleton__card` | a view's shape while it loads, beside the loading state |
 *
 * Tones: `success`, `warning`, `danger`, `neutral`, and (status lines, cards) `info`.
 * Sizes and colours come from the theme's tokens (src/ui/theme.ts): `--_bw-space-*`,
 * `--_bw-font-size-*`, `--_bw-color-*`; an element uses the same tokens for what is its own.
 */
import { css, unsafeCSS, type CSSResult, type CSSResultGroup } from 'lit';
import { badgeStyles } from './blocks/badge.styles.js';
import { fieldStyles } from './blocks/field.js';
import { visuallyHiddenStyles } from './blocks/hidden.js';
import { dialogStyles } from './dialog-styles.js';
import { layoutStyles } from './layout-blocks.js';

export { badgeStyles };
export { renderBadge, type BadgeTone } from './blocks/badge.js';
export { fieldStyles, visuallyHiddenStyles };
export { skeletonStyles } from './blocks/skeleton.js';

/**
 * Buttons: `.bw-button` (primary) and `.bw-button.bw-button--secondary`. 44px target size,
 * visible focus, system colours under forced colours.
 */
export const buttonStyles = css`
  @layer bw.blocks {
    .bw-button {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: var(--_bw-space-2);
      min-height: var(--_bw-target-size);
      min-width: 2.75rem;
      padding: var(--_bw-space-2) var(--_bw-space-4);
      border: var(--_bw-border-width) solid var(--_bw-primary);
      border-radius: var(--_bw-radius);
      background: var(--_bw-primary);
      color: var(--_bw-on-primary);
      font: inherit;
      font-weight: var(--_bw-font-weight-strong);
      cursor: pointer;
      transition: background-color var(--_bw-duration), color var(--_bw-duration);
    }
    .bw-button--secondary {
      background: transparent;
      color: var(--_bw-primary);
    }
    .bw-button:hover:not(:disabled) {
      filter: brightness(1.1);
    }
    .bw-button:disabled {
      cursor: not-allowed;
      opacity: 0.6;
    }
    @media (forced-colors: active) {
      .bw-button {
        border-color: ButtonText;
        background: ButtonFace;
        color: ButtonText;
      }
    }
  }
`;

export {
  layoutStyles,
  headingStyles,
  sectionStyles,
  cardStyles,
  toolbarStyles,
  statusStyles,
  mutedStyles,
  checkStyles,
  listStyles,
  renderStatusLine,
  type StatusTone,
} from './layout-blocks.js';
export { dialogStyles } from './dialog-styles.js';
export { renderEmptyState } from './states.js';

/**
 * The blocks an element shows, as one stylesheet. A shadow root adopts a sheet per style given,
 * and Chromium matches every node against each sheet: with a sheet per block (seventeen where
 * there were eight) the tracker's first render took 24-37 ms where main took 16-22 in four runs
 * back to back, so an element joins the blocks it lists into one.
 */
export function joinStyles(...styles: CSSResultGroup[]): CSSResult {
  // A set: the card and the status line both bring the tone edge, which is written once.
  const flat = new Set<CSSResult>();
  const visit = (group: CSSResultGroup) => (Array.isArray(group) ? group.forEach(visit) : flat.add(group as CSSResult));
  styles.forEach(visit);
  return unsafeCSS([...flat].map((style) => style.cssText).join('\n'));
}

/** All block styles at once, one sheet: what an element that shows most of them adopts after `BridgewayElement.styles`. */
export const blockStyles = /* @__PURE__ */ joinStyles(visuallyHiddenStyles, buttonStyles, fieldStyles, badgeStyles, layoutStyles, dialogStyles);
