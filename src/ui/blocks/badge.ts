/** One block of the shared visual language (badge), in a module of its own: rollup never splits a module, so a block only a part loaded on demand shows leaves its element's first download. Documented with the others in ../blocks.ts. */
import { css, html, type TemplateResult } from 'lit';

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

/**
 * One template per tone, the icon inside it: a badge used to be two templates (the badge and its
 * icon), and Lit instantiates each (a clone and a walk of its parts) for every badge shown.
 */
const BADGES: Record<BadgeTone, (label: string) => TemplateResult> = {
  success: (label) =>
    html`<span class="bw-badge" part="badge badge-success" data-tone="success"
      ><svg viewBox="0 0 16 16" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false"><path d="M3 8.5l3 3 7-7" /></svg
      ><span>${label}</span></span
    >`,
  warning: (label) =>
    html`<span class="bw-badge" part="badge badge-warning" data-tone="warning"
      ><svg viewBox="0 0 16 16" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false"><path d="M8 2l6.5 12h-13zM8 6.5v3.5M8 12v.01" /></svg
      ><span>${label}</span></span
    >`,
  danger: (label) =>
    html`<span class="bw-badge" part="badge badge-danger" data-tone="danger"
      ><svg viewBox="0 0 16 16" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false"><circle cx="8" cy="8" r="6" /><path d="M5.5 5.5l5 5M10.5 5.5l-5 5" /></svg
      ><span>${label}</span></span
    >`,
  neutral: (label) =>
    html`<span class="bw-badge" part="badge badge-neutral" data-tone="neutral"
      ><svg viewBox="0 0 16 16" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false"><circle cx="8" cy="8" r="6" /><path d="M5 8h6" /></svg
      ><span>${label}</span></span
    >`,
};

/**
 * A status badge: a decorative icon plus the text that carries the meaning. Part `badge`.
 * `label` is rendered as text, never as HTML.
 */
export function renderBadge(tone: BadgeTone, label: string): TemplateResult {
  return BADGES[tone](label);
}
