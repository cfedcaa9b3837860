/** One block of the shared visual language (skeleton), in a module of its own: rollup never splits a module, so only an element whose loading state shows it carries it. */
import { css } from 'lit';

/**
 * `.bw-skeleton` (a grey line), `--heading` (taller, half as wide), `--short`, `--block` (a box):
 * the shape of a view while its data or code loads, so the page does not jump when it arrives.
 * Put them in an `aria-hidden` container beside the loading state (`renderLoading`), which says what is happening.
 */
export const skeletonStyles = css`
  @layer bw.blocks {
    .bw-skeleton {
      display: block;
      block-size: 1rem;
      inline-size: 80%;
      border-radius: var(--_bw-radius-sm);
      background: color-mix(in srgb, currentColor 10%, transparent);
    }
    .bw-skeleton--heading {
      block-size: 1.75rem;
      inline-size: 50%;
    }
    .bw-skeleton--short {
      inline-size: 30%;
    }
    .bw-skeleton--block {
      block-size: 12rem;
      inline-size: auto;
    }
    @media (prefers-reduced-motion: no-preference) {
      .bw-skeleton {
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
