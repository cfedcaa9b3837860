import { css } from 'lit';

/**
 * The mentor finder's own styles for its first render, in the component layer the theme declares
 * (after bw.base and bw.blocks): the layout and the filter grid, which the loading state shares
 * with the view so that it holds the view's place. The view's styles come with its code
 * (view.styles.ts), those the view shares with the desks from shared.styles.ts.
 */
export const finderStyles = css`
  @layer bw.component {
    .layout {
      display: grid;
      gap: var(--_bw-space-4);
    }
    .filters {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
      gap: var(--_bw-space-3) var(--_bw-space-4);
      align-items: start;
    }
    .filters .title,
    .filters .full {
      grid-column: 1 / -1;
    }
    /* The loading state: the filters' and a card's boxes, empty, where they will be (heights as the view's in English at 16 px). */
    .placeholder {
      box-sizing: border-box;
      padding: var(--_bw-space-4);
      border: var(--_bw-border-width) solid var(--_bw-border);
      border-radius: var(--_bw-radius);
    }
    .bone {
      display: block;
      min-block-size: 1.5rem;
      border-radius: var(--_bw-radius-sm);
      background: var(--_bw-surface-muted);
    }
    .bone.title {
      min-block-size: 1.875rem;
      max-inline-size: 12rem;
    }
    .bone.select {
      min-block-size: 7.5rem;
    }
    .bone.select.licensed {
      min-block-size: 10.5rem;
    }
    .bone.offers {
      min-block-size: 14.75rem;
    }
    .bone.origin {
      min-block-size: 5.5rem;
    }
    .placeholder.card {
      min-block-size: 30rem;
    }
  }
`;
