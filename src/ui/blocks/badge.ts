/** One block of the shared visual language (badge), in a module of its own: rollup never splits a module, so a block only a part loaded on demand shows leaves its element's first download. Its styles are in badge.styles.ts. Documented with the others in ../blocks.ts. */
import { html, type TemplateResult } from 'lit';

export type BadgeTone = 'success' | 'warning' | 'danger' | 'neutral';

/** Each tone's icon, one path (a circle drawn as two arcs), so that one template serves every tone. */
const ICON_PATHS: Record<BadgeTone, string> = {
  success: 'M3 8.5l3 3 7-7',
  warning: 'M8 2l6.5 12h-13zM8 6.5v3.5M8 12v.01',
  danger: 'M2 8a6 6 0 1 1 12 0a6 6 0 1 1-12 0zM5.5 5.5l5 5M10.5 5.5l-5 5',
  neutral: 'M2 8a6 6 0 1 1 12 0a6 6 0 1 1-12 0zM5 8h6',
};

/**
 * A status badge: a decorative icon plus the text that carries the meaning. Part `badge`.
 * `label` is rendered as text, never as HTML. One template, the icon's path an attribute: the icon
 * was a template of its own, and Lit instantiated two templates for every badge shown.
 */
export function renderBadge(tone: BadgeTone, label: string): TemplateResult {
  return html`<span class="bw-badge" part="badge badge-${tone}" data-tone=${tone}
    ><svg viewBox="0 0 16 16" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false"><path d=${ICON_PATHS[tone]} /></svg
    ><span>${label}</span></span
  >`;
}
