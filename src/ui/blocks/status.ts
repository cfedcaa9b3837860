/** One block of the shared visual language (status line), in a module of its own: rollup never splits a module, so a block only a part loaded on demand shows leaves its element's first download. Documented with the others in ../blocks.ts. */
import { css, html, type TemplateResult } from 'lit';
import { toneEdgeStyles, type StatusTone } from './tone-edge.js';

/** `.bw-status` (and `renderStatusLine`): a one-line notice with a coloured edge. */
export const statusStyles = [
  css`
    @layer bw.blocks {
      .bw-status {
        margin: 0;
        padding: var(--_bw-space-2) var(--_bw-space-3);
        border-inline-start: var(--_bw-edge-width) solid var(--_bw-border);
        border-radius: 0 var(--_bw-radius-sm) var(--_bw-radius-sm) 0;
        background: var(--_bw-surface-muted);
        color: var(--_bw-on-surface);
      }
      .bw-status:dir(rtl) {
        border-radius: var(--_bw-radius-sm) 0 0 var(--_bw-radius-sm);
      }
      .bw-status > p {
        margin: 0;
      }
    }
  `,
  toneEdgeStyles,
];

/**
 * A one-line notice with a coloured edge: what happened, in words (the tone is never the only
 * sign). `content` is rendered as text or as the template given, never as HTML from a string.
 */
export function renderStatusLine(tone: StatusTone, content: string | TemplateResult, part = 'status'): TemplateResult {
  return html`<p class="bw-status" data-tone=${tone} part=${part}>${content}</p>`;
}
