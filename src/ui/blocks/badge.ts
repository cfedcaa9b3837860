/** One block of the shared visual language (badge), in a module of its own: rollup never splits a module, so a block only a part loaded on demand shows leaves its element's first download. Documented with the others in ../blocks.ts. */
import { css, html, svg, type TemplateResult } from 'lit';

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
