/** One block of the shared visual language (toolbar), in a module of its own: rollup never splits a module, so a block only a part loaded on demand shows leaves its element's first download. Documented with the others in ../blocks.ts. */
import { css } from 'lit';

/** `.bw-toolbar`, `.bw-toolbar--end`: a wrapping row of buttons and fields. */
export const toolbarStyles = css`
  @layer bw.blocks {
    .bw-toolbar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_bw-space-2);
      min-inline-size: 0;
    }
    .bw-toolbar > * {
      min-inline-size: 0;
      max-inline-size: 100%;
    }
    .bw-toolbar--end {
      justify-content: flex-end;
    }
  }
`;
