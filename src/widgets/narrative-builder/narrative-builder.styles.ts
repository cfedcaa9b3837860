import { css } from 'lit';

/**
 * The builder's own styles, in the component layer the theme declares (src/ui/theme.ts): what its
 * loading state shows too (the form beside the preview). The rest of the view's come with its code (view.styles.ts).
 */
export const narrativeBuilderStyles = css`
  @layer bw.component {
    /* A very long word (a link, a pasted code) wraps instead of widening the element or the page. */
    .bw-root {
      overflow-wrap: anywhere;
      container-type: inline-size;
    }
    .layout {
      display: grid;
      gap: var(--_bw-space-4);
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      align-items: start;
    }
    @container (max-width: 48rem) {
      .layout {
        grid-template-columns: 1fr;
      }
    }
    /* The view's shape while it loads: the page does not jump when it arrives. */
    .skeleton {
      display: grid;
      gap: var(--_bw-space-4);
      min-block-size: 40rem;
      align-content: start;
    }
  }
`;
