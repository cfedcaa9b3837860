/** One block of the shared visual language (small text), in a module of its own: rollup never splits a module, so a block only a part loaded on demand shows leaves its element's first download. Documented with the others in ../blocks.ts. */
import { css } from 'lit';

/** `.bw-muted`: secondary text. */
export const mutedStyles = css`
  @layer bw.blocks {
    .bw-muted {
      color: var(--_bw-on-surface-muted);
      font-size: var(--_bw-font-size-sm);
    }
    p.bw-muted {
      margin: 0;
    }
  }
`;
