import { css } from 'lit';

/** Styles of the outcome follow-ups: they come with follow-ups.ts, adopted by its LazyPart when it loads. */
export const followUpStyles = css`
  @layer bw.component {
    /* The outcome follow-ups: an invitation or a due notice, and the short form. */
    .follow-up {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      margin: 0;
    }
    .follow-up-form {
      gap: var(--_bw-space-3);
    }
    .follow-up-form fieldset {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_bw-space-2) var(--_bw-space-4);
      margin: 0;
      padding: var(--_bw-space-2) var(--_bw-space-3);
      border: var(--_bw-border-width) solid var(--_bw-border);
      border-radius: var(--_bw-radius-sm);
      min-inline-size: 0;
    }
    .follow-up-form .field {
      display: grid;
      gap: var(--_bw-space-1);
      min-inline-size: 0;
    }
    .follow-up-form .choice {
      display: inline-flex;
      align-items: center;
      gap: var(--_bw-space-1);
    }
  }
`;
