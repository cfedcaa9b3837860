/** One block of the shared visual language (list), in a module of its own: rollup never splits a module, so a block only a part loaded on demand shows leaves its element's first download. Documented with the others in ../blocks.ts. */
import { css } from 'lit';

/** `.bw-list`: a list without bullets. */
export const listStyles = css`
  @layer bw.blocks {
    .bw-list {
      display: grid;
      gap: var(--_bw-space-2);
      margin: 0;
      padding: 0;
      list-style: none;
    }
  }
`;
