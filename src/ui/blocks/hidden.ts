/** One block of the shared visual language (visually hidden text), in a module of its own: rollup never splits a module, so a block only a part loaded on demand shows leaves its element's first download. Documented with the others in ../blocks.ts. */
import { css } from 'lit';

/** Hides text visually but keeps it for screen readers. Class `bw-visually-hidden`. */
export const visuallyHiddenStyles = css`
  @layer bw.blocks {
    .bw-visually-hidden:not(:focus):not(:active) {
      position: absolute !important;
      width: 1px !important;
      height: 1px !important;
      padding: 0 !important;
      margin: -1px !important;
      overflow: hidden !important;
      clip: rect(0 0 0 0) !important;
      clip-path: inset(50%) !important;
      white-space: nowrap !important;
      border: 0 !important;
    }
  }
`;
