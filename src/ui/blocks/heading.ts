/** One block of the shared visual language (headings), in a module of its own: rollup never splits a module, so a block only a part loaded on demand shows leaves its element's first download. Documented with the others in ../blocks.ts. */
import { css } from 'lit';

/** Headings `h2`, `h3`, `h4`: the type scale, no page margins. */
export const headingStyles = css`
  @layer bw.blocks {
    /* Headings: one type scale for every element; spacing comes from the container's gap. */
    .bw-root :is(h2, h3, h4) {
      margin: 0;
      line-height: var(--_bw-line-height-tight);
      font-weight: var(--_bw-font-weight-heading);
    }
    .bw-root h2 {
      font-size: var(--_bw-font-size-xl);
    }
    .bw-root h3 {
      font-size: var(--_bw-font-size-lg);
    }
    .bw-root h4 {
      font-size: var(--_bw-font-size-md);
    }
    .bw-root :is(h2, h3, h4):focus {
      outline: none;
    }
    .bw-root :is(h2, h3, h4):focus-visible {
      outline: var(--_bw-focus-width) solid var(--_bw-focus);
    }
  }
`;
