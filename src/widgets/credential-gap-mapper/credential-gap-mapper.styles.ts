import { css } from 'lit';

/**
 * The gap mapper's own styles, in the component layer the theme declares (after bw.base and
 * bw.blocks): what shows before any part has loaded (the toolbar, the skeletons) and what the form
 * and the map share. What the form and the map both style (checkboxes, links, print) comes with
 * whichever of them loads first (blocks.styles.ts), the map's own with its code (gap-map.styles.ts),
 * the form's with the form's (profile-editor.ts).
 */
export const gapMapperStyles = css`
  @layer bw.component {
    .bw-root {
      display: grid;
      gap: var(--_bw-space-4);
      /* A very long word (a URL, a name) wraps instead of widening the card. */
      overflow-wrap: anywhere;
      min-width: 0;
    }
    .toolbar,
    .actions {
      align-items: end;
    }
    /* The map's shape while it loads: the page does not jump when it arrives. */
    .skeleton__map {
      display: grid;
      gap: var(--_bw-space-3);
      min-height: 36rem;
      align-content: start;
    }
    .skeleton__line,
    .skeleton__block,
    .skeleton__card {
      display: block;
      border-radius: var(--_bw-radius-sm);
      background: color-mix(in srgb, currentColor 10%, transparent);
    }
    .skeleton__line {
      height: 1rem;
      width: 80%;
    }
    .skeleton__line--heading {
      height: 1.75rem;
      width: 50%;
    }
    .skeleton__line--title {
      width: 40%;
    }
    .skeleton__line--short {
      width: 30%;
    }
    .skeleton__block {
      height: 6rem;
    }
    .skeleton__card {
      display: grid;
      gap: var(--_bw-space-2);
      padding: var(--_bw-space-3);
      background: none;
      border: var(--_bw-border-width) solid var(--_bw-border);
    }
    @media (prefers-reduced-motion: no-preference) {
      .skeleton__line,
      .skeleton__block {
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
