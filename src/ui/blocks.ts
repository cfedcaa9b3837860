/**
 * Small shared building blocks: styles for buttons, fields and visually hidden text,
 * and a status badge that says its status with an icon and words, never colour alone.
 * Widgets add `blockStyles` to their `static styles` and use the classes and parts.
 */
import { css, html, svg, type TemplateResult } from 'lit';

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
      min-height: 2.75rem;
      min-width: 2.75rem;
      padding: var(--_bw-space-2) var(--_bw-space-4);
      border: var(--_bw-border-width) solid var(--_bw-primary);
      border-radius: var(--_bw-radius);
      background: var(--_bw-primary);
      color: var(--_bw-on-primary);
      font: inherit;
      font-weight: 600;
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
    .bw-field {
      display: grid;
      gap: var(--_bw-space-1);
    }
    .bw-field__label {
      font-weight: 600;
    }
    .bw-field__hint {
      color: var(--_bw-on-surface-muted);
      font-size: var(--_bw-font-size-sm);
    }
    .bw-field__error {
      color: var(--_bw-danger);
      font-size: var(--_bw-font-size-sm);
      font-weight: 600;
    }
    .bw-field__input {
      min-height: 2.75rem;
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
      font-weight: 600;
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

/** All block styles at once. */
/** Headings sized for a widget inside a page (no page-level margins); widgets opt in. */
export const compactHeadingStyles = css`
  h2,
  h3,
  h4 {
    margin: 0;
  }
  h2 {
    font-size: var(--_bw-font-size-lg);
  }
  h3,
  h4 {
    font-size: var(--_bw-font-size-md);
  }
`;

export const blockStyles = [visuallyHiddenStyles, buttonStyles, fieldStyles, badgeStyles];
