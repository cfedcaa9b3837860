/**
 * Theme tokens. Hosts theme Bridgeway with `--bw-*` custom properties set on the element
 * or any ancestor (`:root`, a wrapper ...). Inside the shadow root nothing assigns a
 * `--bw-*` property, so the host's inherited value always wins; every token is read
 * through a private `--_bw-*` property whose fallback is the theme's default.
 *
 * Tiers:
 * - reference: `--bw-ref-*` palette, `--bw-font-size-*` type scale, `--bw-radius-*`, `--bw-space-*`
 *
 * The scales (read inside the shadow root as `--_bw-*`; a host may set the `--bw-*` name):
 * - spacing: `--bw-space-1` 0.25rem, `-2` 0.5rem, `-3` 0.75rem, `-4` 1rem, `-6` 1.5rem, `-8` 2rem;
 * - type: `--bw-font-size-sm` 0.875rem (hints, facts), `-md` 1rem (text, h4), `-lg` 1.25rem (h3,
 *   a section), `-xl` 1.5rem (h2, the element's title); `--bw-line-height` 1.5 and
 *   `--bw-line-height-tight` 1.25 (headings); weights `--bw-font-weight-strong` 600 and
 *   `--bw-font-weight-heading` 700;
 * - shape: `--bw-radius-sm`, `--bw-radius` (cards), `--bw-radius-pill`; `--bw-shadow` (cards);
 *   `--bw-target-size` 2.75rem (44 px, every control's minimum height).
 * - system: `--bw-color-primary`, `--bw-color-on-primary`, `--bw-color-surface`,
 *   `--bw-color-surface-muted`, `--bw-color-on-surface`, `--bw-color-on-surface-muted`,
 *   `--bw-color-border`, `--bw-color-success`, `--bw-color-warning`, `--bw-color-danger`,
 *   `--bw-focus-ring`, `--bw-radius`, `--bw-font-family`, `--bw-motion-duration`
 * - component: declared by a widget where it needs one.
 *
 * The brand colour is used as text on the surfaces (links, outline buttons, names) and as the
 * fill of primary buttons, so it must contrast with both. A host gives one per theme
 * (`--bw-color-primary`, `--bw-color-primary-dark`, `--bw-color-primary-high-contrast`, and the
 * same with `on-`), or only `--bw-color-primary`: each theme then derives its own. Whatever is
 * given, each theme bounds the colour's luminance (src/ui/contrast.ts) so that it reaches 4.5:1
 * (light, dark) or 7:1 (high contrast) on the theme's surfaces, and its text colour reaches the
 * same on it; a colour that already does is used exactly as given. Browsers without relative
 * colour syntax use the per-theme colours as given and the theme's own colours otherwise.
 *
 * The `.bw-root` element inside each shadow root carries `data-theme` (`light`, `dark`,
 * `high-contrast`, `auto`). `auto` follows `prefers-color-scheme`; `forced-colors: active`
 * switches to system colours whatever the theme; `prefers-reduced-motion` stops transitions.
 * All element styles live in the `bw` cascade layers, so a subclass's own styles win.
 */
import { css, unsafeCSS, type CSSResult } from 'lit';
import { SUPPORTS_LUMINANCE_BOUNDS, atLeastLuminance, atMostLuminance } from './contrast.js';

/**
 * How light or dark the brand colour and the text on it may be in each theme (WCAG relative
 * luminance): the light theme's brand colour dark enough for 4.5:1 on its surfaces (#ffffff,
 * #f3f4f6) and its text light enough on it; the dark theme's light enough on its surfaces
 * (#111827, #1f2937) and its text dark enough on it; high contrast 9:1 on black, which leaves room
 * for a near-black text at 7:1 on it. 4.6 and 7.2 rather than 4.5 and 7, so that rounding the colour
 * to 8 bits per channel on screen never takes it below. Derived by `themeLuminanceBounds()`
 * (src/ui/contrast.ts) and written out here (test/ui/theme.test.ts checks they agree), so that
 * the derivation stays out of every element's download.
 */
export const THEME_LUMINANCE_BOUNDS = {
  lightPrimaryMax: 0.157413,
  lightOnPrimaryMin: 0.904099,
  darkPrimaryMin: 0.279039,
  darkOnPrimaryMax: 0.02153,
  highContrastPrimaryMin: 0.4,
  highContrastOnPrimaryMax: 0.0125,
};
const { lightPrimaryMax, lightOnPrimaryMin, darkPrimaryMin, darkOnPrimaryMax, highContrastPrimaryMin, highContrastOnPrimaryMax } = THEME_LUMINANCE_BOUNDS;

/**
 * The brand colour and the text on it, per theme, as given (used where relative colour syntax
 * is missing: then a light-theme colour is not used by the other themes, it could not be made
 * readable there) and bounded (where it is there). Computed once on the root; a theme picks its pair.
 */
const LIGHT_PRIMARY = 'var(--bw-color-primary, var(--bw-ref-blue-700, #1d4ed8))';
const LIGHT_ON_PRIMARY = 'var(--bw-color-on-primary, #ffffff)';
const DARK_ON_PRIMARY = 'var(--bw-color-on-primary-dark, #0b1220)';
const HIGH_CONTRAST_ON_PRIMARY = 'var(--bw-color-on-primary-high-contrast, #000000)';

const brandAsGiven = unsafeCSS(
  [
    `--_bw-primary-light:${LIGHT_PRIMARY}`,
    `--_bw-on-primary-light:${LIGHT_ON_PRIMARY}`,
    '--_bw-primary-dark:var(--bw-color-primary-dark, var(--bw-ref-blue-300, #93c5fd))',
    `--_bw-on-primary-dark:${DARK_ON_PRIMARY}`,
    '--_bw-primary-high-contrast:var(--bw-color-primary-high-contrast, #ffff00)',
    `--_bw-on-primary-high-contrast:${HIGH_CONTRAST_ON_PRIMARY};`,
  ].join(';'),
);

const brandBounded = unsafeCSS(
  [
    `--_bw-primary-light:${atMostLuminance(LIGHT_PRIMARY, lightPrimaryMax)}`,
    `--_bw-on-primary-light:${atLeastLuminance(LIGHT_ON_PRIMARY, lightOnPrimaryMin)}`,
    `--_bw-primary-dark:${atLeastLuminance('var(--bw-color-primary-dark, var(--bw-color-primary, var(--bw-ref-blue-300, #93c5fd)))', darkPrimaryMin)}`,
    `--_bw-on-primary-dark:${atMostLuminance(DARK_ON_PRIMARY, darkOnPrimaryMax)}`,
    `--_bw-primary-high-contrast:${atLeastLuminance('var(--bw-color-primary-high-contrast, var(--bw-color-primary, #ffff00))', highContrastPrimaryMin)}`,
    `--_bw-on-primary-high-contrast:${atMostLuminance(HIGH_CONTRAST_ON_PRIMARY, highContrastOnPrimaryMax)};`,
  ].join(';'),
);

/**
 * The system colours, written once: each one's `--_bw-*` name, the `--bw-*` property a host sets
 * (`color-*` unless named), its default in the light, dark and high-contrast themes (`gray-900
 * #111827` reads the palette token `--bw-ref-gray-900` first), and the system colour it takes
 * under forced colours. All light and dark pairs pass WCAG AA on the surface, high contrast AAA.
 */
const COLOURS: readonly (readonly [name: string, property: string, light: string, dark: string, highContrast: string, forced: string])[] = [
  ['surface', '', '#fff', 'gray-900 #111827', '#000', 'Canvas'],
  ['surface-muted', '', 'gray-100 #f3f4f6', 'gray-800 #1f2937', '#000', 'Canvas'],
  ['on-surface', '', 'gray-900 #111827', 'gray-50 #f9fafb', '#fff', 'CanvasText'],
  ['on-surface-muted', '', 'gray-600 #4b5563', 'gray-300 #d1d5db', '#fff', 'CanvasText'],
  ['border', '', 'gray-500 #6b7280', 'gray-400 #9ca3af', '#fff', 'CanvasText'],
  ['success', '', 'green-700 #15803d', 'green-400 #4ade80', '#7cfc00', 'CanvasText'],
  ['warning', '', 'amber-800 #92400e', 'amber-300 #fcd34d', '#ffd700', 'CanvasText'],
  ['danger', '', 'red-700 #b91c1c', 'red-300 #fca5a5', '#ff8080', 'CanvasText'],
  ['focus', 'focus-ring', 'blue-700 #1d4ed8', 'blue-300 #93c5fd', '#0ff', 'Highlight'],
];

const THEMES = ['light', 'dark', 'high-contrast'] as const;

/** One theme's colours: the brand pair it picked above, then each system colour's default. */
function themeColours(theme: (typeof THEMES)[number]): CSSResult {
  const column = THEMES.indexOf(theme) + 2;
  const colours = COLOURS.map((row) => {
    const [ref, hex] = row[column].split(' ');
    return `--_bw-${row[0]}:var(--bw-${row[1] || `color-${row[0]}`},${hex ? `var(--bw-ref-${ref},${hex})` : ref});`;
  });
  return unsafeCSS(`--_bw-primary:var(--_bw-primary-${theme});--_bw-on-primary:var(--_bw-on-primary-${theme});${colours.join('')}color-scheme:${theme === 'light' ? 'light' : 'dark'};`);
}

const light = themeColours('light');
const dark = themeColours('dark');
const highContrast = css`
  ${themeColours('high-contrast')}
  --_bw-focus-width: 3px;
  --_bw-border-width: 2px;
`;
/** Under forced colours every colour is a system colour, whatever the theme. */
const forcedColours = unsafeCSS(`--_bw-primary:LinkText;--_bw-on-primary:ButtonText;${COLOURS.map((row) => `--_bw-${row[0]}:${row[5]};`).join('')}`);

/** The base tokens and root styles every Bridgeway element adopts first. */
export const themeStyles = css`
  @layer bw.base, bw.blocks, bw.component;

  @layer bw.base {
    :host {
      display: block;
    }
    :host([hidden]) {
      display: none !important;
    }
    .bw-root {
      ${brandAsGiven}
      ${light}
      --_bw-font-size-sm: var(--bw-font-size-sm, 0.875rem);
      --_bw-font-size-md: var(--bw-font-size-md, 1rem);
      --_bw-font-size-lg: var(--bw-font-size-lg, 1.25rem);
      --_bw-font-size-xl: var(--bw-font-size-xl, 1.5rem);
      --_bw-line-height: var(--bw-line-height, 1.5);
      --_bw-line-height-tight: var(--bw-line-height-tight, 1.25);
      --_bw-font-weight-strong: var(--bw-font-weight-strong, 600);
      --_bw-font-weight-heading: var(--bw-font-weight-heading, 700);
      --_bw-target-size: var(--bw-target-size, 2.75rem);
      --_bw-edge-width: 4px;
      --_bw-shadow: var(--bw-shadow, 0 1px 2px rgb(0 0 0 / 0.06), 0 1px 3px rgb(0 0 0 / 0.08));
      --_bw-backdrop: var(--bw-backdrop, rgb(0 0 0 / 0.5));
      --_bw-radius: var(--bw-radius, var(--bw-radius-md, 0.5rem));
      --_bw-radius-sm: var(--bw-radius-sm, 0.25rem);
      --_bw-radius-pill: var(--bw-radius-pill, 999px);
      --_bw-space-1: var(--bw-space-1, 0.25rem);
      --_bw-space-2: var(--bw-space-2, 0.5rem);
      --_bw-space-3: var(--bw-space-3, 0.75rem);
      --_bw-space-4: var(--bw-space-4, 1rem);
      --_bw-space-6: var(--bw-space-6, 1.5rem);
      --_bw-space-8: var(--bw-space-8, 2rem);
      --_bw-duration: var(--bw-motion-duration, 150ms);
      --_bw-focus-width: var(--bw-focus-width, 2px);
      --_bw-border-width: 1px;

      /* Inherits the host's font unless --bw-font-family is set (an unset var() inherits). */
      font-family: var(--bw-font-family);
      font-size: var(--_bw-font-size-md);
      line-height: var(--_bw-line-height);
      color: var(--_bw-on-surface);
      background: var(--_bw-surface);
      border-radius: var(--_bw-radius);
      box-sizing: border-box;
    }
    .bw-root *,
    .bw-root *::before,
    .bw-root *::after {
      box-sizing: inherit;
    }
    .bw-root[data-theme='dark'] {
      ${dark}
    }
    .bw-root[data-theme='high-contrast'] {
      ${highContrast}
    }
    @media (prefers-color-scheme: dark) {
      .bw-root[data-theme='auto'] {
        ${dark}
      }
    }
    @media (prefers-contrast: more) {
      .bw-root[data-theme='auto'] {
        ${highContrast}
      }
    }
    @supports (${unsafeCSS(SUPPORTS_LUMINANCE_BOUNDS)}) {
      .bw-root {
        ${brandBounded}
      }
    }
    /* After the themes, and as specific as them, so system colours win whatever the theme. */
    @media (forced-colors: active) {
      .bw-root[data-theme] {
        ${forcedColours}
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .bw-root {
        --_bw-duration: 0ms;
      }
      .bw-root *,
      .bw-root *::before,
      .bw-root *::after {
        transition-duration: 0ms !important;
        animation-duration: 0ms !important;
        animation-iteration-count: 1 !important;
      }
    }
    :focus-visible {
      outline: var(--_bw-focus-width) solid var(--_bw-focus);
      outline-offset: 2px;
    }
  }
`;
