import { css } from 'lit';

/**
 * Styles of the tracker's panels (a conflict's two versions, the form that starts a plan): they
 * come with plan-panels.ts, adopted by its LazyPart when the panels load.
 */
export const panelStyles = css`
  @layer bw.component {
    .versions {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
      gap: var(--_bw-space-3);
    }
    .panel.start {
      gap: var(--_bw-space-3);
      max-inline-size: 40rem;
      margin-inline: auto;
    }
  }
`;
