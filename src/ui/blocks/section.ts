/** One block of the shared visual language (section), in a module of its own: rollup never splits a module, so a block only a part loaded on demand shows leaves its element's first download. Documented with the others in ../blocks.ts. */
import { css } from 'lit';

/** `.bw-section`: a column of heading and content. */
export const sectionStyles = css`
  @layer bw.blocks {
    .bw-section {
      display: grid;
      gap: var(--_bw-space-3);
      align-content: start;
      min-inline-size: 0;
    }
  }
`;
