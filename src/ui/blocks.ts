/**
 * Shared building blocks: the one visual language of every Bridgeway element. An element adopts
 * the styles of the blocks it shows, after `BridgewayElement.styles` (`blockStyles` for all of
 * them, or one by one: what no element lists is left out of its bundle); a lazy part brings those
 * only its views use as its `partStyles` (src/ui/lazy.ts). `BridgewayElement.styles` holds the
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
 *
 * Tones: `success`, `warning`, `danger`, `neutral`, and (status lines, cards) `info`.
 * Sizes and colours come from the theme's tokens (src/ui/theme.ts): `--_bw-space-*`,
 * `--_bw-font-size-*`, `--_bw-color-*`; an element uses the same tokens for what is its own.
 */
import { css, html, svg, unsafeCSS, type CSSResult, type CSSResultGroup, type TemplateResult } from 'lit';
import { dialogStyles } from './dialog-styles.js';
import { layoutStyles } from './layout-blocks.js';

/** Hides text visually but keeps it for screen readers. Class `bw-visually-hidden`. */
export const visuallyHiddenStyles = css`
  @layer bw.blocks {
    .bw-visually-hidden:not(:focus):not(:active) {
      position: absolute !important;
      width: 1px !important;
      height: 1px !important;
      padding: 0 !important;
      margin: -1px !important;
      overflow: hidden !important;
      clip: rect(0 0 0 0) !important;
      clip-path: inset(50%) !important;
      white-space: nowrap !important;
      border: 0 !important;
    }
  }
`;

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

/**
 * A field: `.bw-field` wrapping `label.bw-field__label`, an `input`/`select`/`textarea`
 * with class `bw-field__input`, `.bw-field__hint` and `.bw-field__error` (link them with
 * `aria-describedby`; set `aria-invalid` on the input when there is an error).
 */
export const fieldStyles = css`
  @layer bw.blocks {
    /* A field takes its column's width, never its longest option's (a country's name). */
    .bw-field {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: var(--_bw-space-1);
      min-inline-size: 0;
    }
    .bw-field > .bw-field__input {
      inline-size: 100%;
    }
    .bw-field__label {
      font-weight: var(--_bw-font-weight-strong);
    }
    .bw-field__hint {
      color: var(--_bw-on-surface-muted);
      font-size: var(--_bw-font-size-sm);
    }
    .bw-field__error {
      white-space: normal;
      overflow-wrap: anywhere;
      color: var(--_bw-danger);
      font-size: var(--_bw-font-size-sm);
      font-weight: var(--_bw-font-weight-strong);
    }
    .bw-field__input {
      max-inline-size: 100%;
      min-inline-size: 0;
      min-height: var(--_bw-target-size);
      padding: var(--_bw-space-2) var(--_bw-space-3);
      border: var(--_bw-border-width) solid var(--_bw-border);
      border-radius: var(--_bw-radius-sm);
      background: var(--_bw-surface);
      color: var(--_bw-on-surface);
      font: inherit;
    }
    .bw-field__input[aria-invalid='true'] {
      border-color: var(--_bw-danger);
      border-width: 2px;
    }
  }
`;

export type BadgeTone = 'success' | 'warning' | 'danger' | 'neutral';

/** Status badges: icon + text, tinted with the tone's colour (text stays AA on the surface). */
export const badgeStyles = css`
  @layer bw.blocks {
    .bw-badge {
      display: inline-flex;
      align-items: center;
      gap: var(--_bw-space-1);
      padding: 0 var(--_bw-space-2);
      border: var(--_bw-border-width) solid currentColor;
      border-radius: var(--_bw-radius-pill);
      font-size: var(--_bw-font-size-sm);
      font-weight: var(--_bw-font-weight-strong);
      line-height: 1.75;
      color: var(--_bw-on-surface-muted);
      background: var(--_bw-surface);
    }
    .bw-badge[data-tone='success'] {
      color: var(--_bw-success);
    }
    .bw-badge[data-tone='warning'] {
      color: var(--_bw-warning);
    }
    .bw-badge[data-tone='danger'] {
      color: var(--_bw-danger);
    }
    .bw-badge svg {
      width: 1em;
      height: 1em;
      flex: none;
    }
  }
`;

const ICONS: Record<BadgeTone, TemplateResult> = {
  success: svg`<path d="M3 8.5l3 3 7-7" />`,
  warning: svg`<path d="M8 2l6.5 12h-13zM8 6.5v3.5M8 12v.01" />`,
  danger: svg`<circle cx="8" cy="8" r="6" /><path d="M5.5 5.5l5 5M10.5 5.5l-5 5" />`,
  neutral: svg`<circle cx="8" cy="8" r="6" /><path d="M5 8h6" />`,
};

/**
 * A status badge: a decorative icon plus the text that carries the meaning. Part `badge`.
 * `label` is rendered as text, never as HTML.
 */
export function renderBadge(tone: BadgeTone, label: string): TemplateResult {
  return html`<span class="bw-badge" part="badge badge-${tone}" data-tone=${tone}
    ><svg viewBox="0 0 16 16" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${ICONS[tone]}</svg
    ><span>${label}</span></span
  >`;
}

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
  const flat: CSSResult[] = [];
  const visit = (group: CSSResultGroup) => (Array.isArray(group) ? group.forEach(visit) : flat.push(group as CSSResult));
  styles.forEach(visit);
  return unsafeCSS(flat.map((style) => style.cssText).join('\n'));
}

/** All block styles at once, one sheet: what an element that shows most of them adopts after `BridgewayElement.styles`. */
export const blockStyles = /* @__PURE__ */ joinStyles(visuallyHiddenStyles, buttonStyles, fieldStyles, badgeStyles, layoutStyles, dialogStyles);
