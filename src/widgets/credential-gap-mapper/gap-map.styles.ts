import { css } from 'lit';
import { badgeStyles, joinStyles, sectionStyles } from '../../ui/blocks.js';

/**
 * The map's styles (requirements, pathways, timeline, provenance, compare columns), in the
 * element's component layer: adopted when the result view loads (a chunk fetched beside it,
 * analysis-session.ts), so the element's first download carries no CSS for a map not yet shown.
 */
const mapStyles = css`
  @layer bw.component {
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
    .summary-line {
      margin: 0;
      font-size: var(--_bw-font-size-lg);
      font-weight: var(--_bw-font-weight-heading);
    }
    .totals,
    .readiness__headline {
      font-weight: var(--_bw-font-weight-heading);
    }
  }
`;

/** With the blocks only the map shows (those the form shows too come from blocks.styles.ts), one sheet. */
export const partStyles = joinStyles(badgeStyles, sectionStyles, mapStyles);
