/** One block of the shared visual language (card), in a module of its own: rollup never splits a module, so a block only a part loaded on demand shows leaves its element's first download. Documented with the others in ../blocks.ts. */
import { css } from 'lit';
import { toneEdgeStyles } from './tone-edge.js';

/** `.bw-card`, `.bw-card--inset`: a bordered surface (its tone edge comes with it). */
export const cardStyles = [
  css`
    @layer bw.blocks {
      .bw-card {
        display: grid;
        gap: var(--_bw-space-2);
        align-content: start;
        min-inline-size: 0;
        padding: var(--_bw-space-4);
        border: var(--_bw-border-width) solid var(--_bw-border);
        border-radius: var(--_bw-radius);
        background: var(--_bw-surface);
        color: var(--_bw-on-surface);
        box-shadow: var(--_bw-shadow);
      }
      .bw-card--inset {
        padding: var(--_bw-space-2) var(--_bw-space-3);
        border-color: transparent;
        border-radius: var(--_bw-radius-sm);
        background: var(--_bw-surface-muted);
        box-shadow: none;
      }
      .bw-card[data-tone] {
        border-inline-start-width: var(--_bw-edge-width);
      }
    }
  `,
  toneEdgeStyles,
];
