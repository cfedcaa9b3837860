import { css } from 'lit';

/**
 * The coordinator desk's own styles for its first render (title, loading state), in the component
 * layer the theme declares; its lists' come with their part (desk-view.styles.ts).
 */
export const coordinatorDeskStyles = css`
  @layer bw.component {
    .desk {
      gap: var(--_bw-space-6);
    }
  }
`;
