import { css } from 'lit';

/**
 * Styles of the builder's lazily loaded parts, adopted by their LazyPart when each loads (so the
 * first view does not carry them): the lists both parts show, the writing hints, and the draft
 * tools (reviews, a conflict's two versions, earlier versions) and the competencies.
 */
const listStyles = css`
  @layer bw.component {
    .hints,
    .reviews,
    .coverage {
      list-style: none;
      padding: 0;
      margin: var(--_bw-space-2) 0;
      display: grid;
      gap: var(--_bw-space-2);
    }
    .hint,
    .review {
      padding: var(--_bw-space-2) var(--_bw-space-3);
    }
  }
`;

export const hintStyles = [
  listStyles,
  css`
    @layer bw.component {
      .hint {
        display: flex;
        gap: var(--_bw-space-2);
        align-items: center;
        justify-content: space-between;
      }
    }
  `,
];

export const toolStyles = [
  listStyles,
  css`
    @layer bw.component {
      .versions summary {
        cursor: pointer;
        min-block-size: var(--_bw-target-size);
        display: list-item;
      }
      .versions details[open] {
        display: grid;
        gap: var(--_bw-space-2);
        justify-items: start;
        padding-block-end: var(--_bw-space-2);
      }
      .review[data-state='accepted'],
      .review[data-state='resolved'] {
        opacity: 0.75;
      }
      .review p {
        margin: 0 0 var(--_bw-space-1);
      }
      .suggested {
        margin: 0 0 var(--_bw-space-2);
        padding-inline-start: var(--_bw-space-2);
        border-inline-start: 3px solid var(--_bw-success);
        white-space: pre-wrap;
      }
      .review-form {
        display: grid;
        gap: var(--_bw-space-2);
      }
      .conflict .both {
        display: grid;
        gap: var(--_bw-space-3);
        grid-template-columns: repeat(auto-fit, minmax(min(14rem, 100%), 1fr));
      }
      .conflict,
      .versions {
        display: block;
        margin-block: var(--_bw-space-3);
      }
      .versions ol {
        display: grid;
        gap: var(--_bw-space-2);
      }
    }
  `,
];

export const competencyStyles = [
  listStyles,
  css`
    @layer bw.component {
      .check {
        margin-inline-end: var(--_bw-space-3);
      }
      .competencies fieldset {
        border: 0;
        padding: 0;
        margin: var(--_bw-space-3) 0 0;
      }
    }
  `,
];
