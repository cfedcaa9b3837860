/** One block of the shared visual language (a status line's or card's tone edge), in a module of its own: rollup never splits a module, so a block only a part loaded on demand shows leaves its element's first download. Documented with the others in ../blocks.ts. */
import { css } from 'lit';

/** Tones a status line or a card's edge can take. */
export type StatusTone = 'success' | 'warning' | 'danger' | 'neutral' | 'info';

/** The coloured inline-start edge of a status line or a toned card (`data-tone`). */
export const toneEdgeStyles = css`
  @layer bw.blocks {
    :is(.bw-status, .bw-card)[data-tone='success'] {
      border-inline-start-color: var(--_bw-success);
    }
    :is(.bw-status, .bw-card)[data-tone='warning'] {
      border-inline-start-color: var(--_bw-warning);
    }
    :is(.bw-status, .bw-card)[data-tone='danger'] {
      border-inline-start-color: var(--_bw-danger);
    }
    :is(.bw-status, .bw-card)[data-tone='info'] {
      border-inline-start-color: var(--_bw-primary);
    }
  }
`;
