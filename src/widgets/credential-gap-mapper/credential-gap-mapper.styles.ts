import { css } from 'lit';

/** The gap mapper's own styles, in the component layer the theme declares (after bw.base and bw.blocks). */
export const gapMapperStyles = css`
  @layer bw.component {
    .bw-root {
      display: grid;
      gap: var(--_bw-space-4);
      /* A very long word (a URL, a name) wraps instead of widening the card. */
      overflow-wrap: anywhere;
      min-width: 0;
    }
    .provenance {
      font-size: var(--_bw-font-size-sm);
      margin: 0;
    }
    .provenance[data-verified='false'] {
      border-inline-start: 3px solid var(--_bw-warning, currentColor);
      padding-inline-start: var(--_bw-space-2);
    }
    .notice {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_bw-space-3);
    }
    .notice p {
      margin: 0;
    }
    .extra-costs {
      margin: 0;
      padding-inline-start: var(--_bw-space-4);
      font-size: var(--_bw-font-size-sm);
    }
    .pathway__kind {
      margin: 0;
      font-size: var(--_bw-font-size-sm);
    }
    /* The form's own styles come with its code (profile-editor.ts). */
    .pathway__head {
      display: inline-flex;
      align-items: center;
      gap: var(--_bw-space-2);
    }
    /* On a narrow screen "Recommended" goes to the next line whole, never broken mid-word. */
    .pathway__head {
      flex-wrap: wrap;
    }
    .pathway__recommended {
      white-space: nowrap;
    }
    input[type='checkbox'] {
      width: 1.25rem;
      height: 1.25rem;
      accent-color: var(--_bw-primary);
    }
    .toolbar,
    .actions {
      align-items: end;
    }
    .columns {
      display: grid;
      gap: var(--_bw-space-6);
      grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--bw-gap-column-min, 22rem)), 1fr));
    }
    .groups {
      display: grid;
      gap: var(--_bw-space-3);
      align-content: start;
    }
    .regulation p,
    .readiness p,
    .reason {
      margin: 0;
    }
    .counts,
    .requirements,
    .pathways,
    .stages,
    .stage__steps {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: var(--_bw-space-2);
    }
    .counts {
      display: flex;
      flex-wrap: wrap;
    }
    .requirement,
    .step {
      border-inline-start-width: var(--_bw-edge-width);
    }
    .requirement[data-status='met'] {
      border-inline-start-color: var(--_bw-success);
    }
    .requirement[data-status='partly-met'] {
      border-inline-start-color: var(--_bw-warning);
    }
    .requirement[data-status='gap'] {
      border-inline-start-color: var(--_bw-danger);
    }
    .requirement__title {
      font-size: var(--_bw-font-size-md);
    }
    .advisory,
    .pathway__recommended,
    .step__critical {
      font-size: var(--_bw-font-size-sm);
      font-weight: var(--_bw-font-weight-strong);
    }
    .pathways__label {
      margin: 0;
      font-weight: var(--_bw-font-weight-strong);
    }
    .pathway__title {
      font-weight: var(--_bw-font-weight-strong);
    }
    .facts {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_bw-space-1) var(--_bw-space-4);
      margin: var(--_bw-space-1) 0 0;
      font-size: var(--_bw-font-size-sm);
    }
    .facts dt {
      display: inline;
      font-weight: var(--_bw-font-weight-strong);
    }
    .facts dt::after {
      content: ': ';
    }
    .facts dd {
      display: inline;
      margin: 0;
    }
    .stage__steps {
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    }
    .stage {
      display: grid;
      gap: var(--_bw-space-2);
      padding-inline-start: var(--_bw-space-3);
      border-inline-start: 3px solid var(--_bw-border);
    }
    .step[data-critical='true'] {
      border-inline-start-color: var(--_bw-primary);
    }
    .step span {
      font-size: var(--_bw-font-size-sm);
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
    .summary-line {
      margin: 0;
      font-size: var(--_bw-font-size-lg);
      font-weight: var(--_bw-font-weight-heading);
    }
    .totals,
    .readiness__headline {
      font-weight: var(--_bw-font-weight-heading);
    }
    a {
      color: var(--_bw-primary);
    }
    @media print {
      .toolbar,
      .actions,
      .no-print,
      input[type='checkbox'] {
        display: none !important;
      }
      .columns {
        grid-template-columns: 1fr 1fr;
      }
      .requirement,
      .step {
        break-inside: avoid;
      }
      a::after {
        content: ' (' attr(href) ')';
        font-size: 0.8em;
      }
    }
  }
`;
