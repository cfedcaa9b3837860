/** One block of the shared visual language (skeleton), in a module of its own: rollup never splits a module, so only an element whose loading state shows it carries it. Documented with the others in ../blocks.ts. */
import { css } from 'lit';

/**
 * A view's shape while its data or its code loads, so the page does not jump when it arrives:
 * `.bw-skeleton` (a column, `aria-hidden`) of `.bw-skeleton__line` (`--heading` for a title, `--short`,
 * `--block` for a box) and `.bw-skeleton__card` (a bordered card of lines). Shown beside the loading
 * state (`renderLoading`), which says in words that something is coming.
 */
export const skeletonStyles = css`
  @layer bw.blocks {
    .bw-skeleton,
    .bw-skeleton__card {
      display: grid;
      gap: var(--_bw-space-3);
      align-content: start;
    }
    .bw-skeleton__line {
      display: block;
      height: 1rem;
      width: 60%;
      border-radius: var(--_bw-radius-sm);
      background: color-mix(in srgb, currentColor 10%, transparent);
    }
    .bw-skeleton__line--heading {
      height: 1.75rem;
      width: 40%;
    }
    .bw-skeleton__line--short {
      width: 30%;
    }
    .bw-skeleton__line--block {
      height: 12rem;
      width: auto;
    }
    .bw-skeleton__card {
      min-height: 6rem;
      padding: var(--_bw-space-3);
      border: var(--_bw-border-width) solid var(--_bw-border);
      border-radius: var(--_bw-radius);
    }
    @media (prefers-reduced-motion: no-preference) {
      .bw-skeleton__line {
        animation: bw-skeleton 1.4s ease-in-out infinite alternate;
      }
    }
    @keyframes bw-skeleton {
      to {
        opacity: 0.5;
      }
    }
  }
`;
