/** One block of the shared visual language (checkbox), in a module of its own: rollup never splits a module, so a block only a part loaded on demand shows leaves its element's first download. Documented with the others in ../blocks.ts. */
import { css } from 'lit';

/** `label.bw-check`: a 44 px high checkbox. */
export const checkStyles = css`
  @layer bw.blocks {
    .bw-check {
      display: inline-flex;
      gap: var(--_bw-space-2);
      align-items: center;
      min-block-size: var(--_bw-target-size);
    }
    .bw-check input {
      flex: none;
      inline-size: 1.25rem;
      block-size: 1.25rem;
      margin: 0;
      accent-color: var(--_bw-primary);
    }
  }
`;
