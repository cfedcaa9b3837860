import { css } from 'lit';

/** The builder's own styles, in the component layer the theme declares (src/ui/theme.ts). */
export const narrativeBuilderStyles = css`
  @layer bw.component {
    /* A very long word (a link, a pasted code) wraps instead of widening the element or the page. */
    .bw-root {
      overflow-wrap: anywhere;
    }
    .bw-field__input {
      max-inline-size: 100%;
      min-inline-size: 0;
      box-sizing: border-box;
    }
    .bw-field,
    .field > *,
    .layout > *,
    .actions > * {
      min-inline-size: 0;
      max-inline-size: 100%;
    }
    textarea.bw-field__input,
    input.bw-field__input {
      inline-size: 100%;
    }
    /* What the person reads but does not change (a mentor reviewing) looks read-only. */
    .bw-field__input[readonly] {
      background: var(--_bw-surface-muted);
      border-style: dashed;
      cursor: default;
    }
    .readonly-note {
      margin: 0 0 var(--_bw-space-3);
      padding: var(--_bw-space-2) var(--_bw-space-3);
      border-inline-start: 4px solid var(--_bw-border);
      background: var(--_bw-surface-muted);
    }
    /* Unavailable buttons stay focusable (aria-disabled) and look it. */
    .bw-button[aria-disabled='true'] {
      cursor: not-allowed;
      opacity: 0.6;
      filter: none;
    }
    .reason {
      flex-basis: 100%;
    }
    dialog.confirm {
      max-inline-size: min(32rem, calc(100vw - 2rem));
      max-block-size: calc(100dvh - 2rem);
      box-sizing: border-box;
      overflow: auto;
      border: var(--_bw-border-width) solid var(--_bw-border);
      border-radius: var(--_bw-radius);
      padding: var(--_bw-space-4);
      background: var(--_bw-surface);
      color: var(--_bw-on-surface);
    }
    dialog.confirm::backdrop {
      background: rgb(0 0 0 / 0.4);
    }
    .versions summary {
      cursor: pointer;
      min-block-size: 2.75rem;
      display: list-item;
    }
    .versions details[open] {
      display: grid;
      gap: var(--_bw-space-2);
      justify-items: start;
      padding-block-end: var(--_bw-space-2);
    }
    h2,
    h3,
    h4 {
      margin: 0 0 var(--_bw-space-2);
    }
    .header,
    .row,
    .actions,
    .export,
    .share,
    .picker {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_bw-space-2);
    }
    .picker {
      align-items: end;
      margin-block: var(--_bw-space-3);
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
    .bw-root {
      container-type: inline-size;
    }
    .section {
      border: var(--_bw-border-width) solid var(--_bw-border);
      border-radius: var(--_bw-radius);
      padding: var(--_bw-space-3);
      margin: 0 0 var(--_bw-space-3);
      display: grid;
      gap: var(--_bw-space-3);
    }
    legend {
      font-weight: 700;
      padding-inline: var(--_bw-space-1);
    }
    .field {
      display: grid;
      gap: var(--_bw-space-3);
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    }
    @container (max-width: 36rem) {
      .field {
        grid-template-columns: 1fr;
      }
    }
    .guidance {
      color: var(--_bw-on-surface-muted);
      font-size: var(--_bw-font-size-sm);
      border-inline-start: 3px solid var(--_bw-border);
      padding-inline-start: var(--_bw-space-2);
    }
    .guidance p {
      margin: 0 0 var(--_bw-space-1);
    }
    .preview {
      position: sticky;
      top: var(--_bw-space-2);
      border: var(--_bw-border-width) solid var(--_bw-border);
      border-radius: var(--_bw-radius);
      padding: var(--_bw-space-3);
      background: var(--_bw-surface-muted);
    }
    .preview-text {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      font-family: var(--bw-narrative-preview-font, inherit);
      line-height: 1.5;
    }
    .counts {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_bw-space-3);
      font-size: var(--_bw-font-size-sm);
    }
    .warning,
    .failure {
      color: var(--_bw-danger);
      font-weight: 600;
    }
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
      border: var(--_bw-border-width) solid var(--_bw-border);
      border-inline-start: 4px solid var(--_bw-warning);
      border-radius: var(--_bw-radius-sm);
      padding: var(--_bw-space-2);
      background: var(--_bw-surface);
    }
    .hint {
      display: flex;
      gap: var(--_bw-space-2);
      align-items: center;
      justify-content: space-between;
    }
    .review {
      border-inline-start-color: var(--_bw-primary);
    }
    .review[data-state='accepted'],
    .review[data-state='resolved'] {
      opacity: 0.75;
      border-inline-start-color: var(--_bw-border);
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
    .check {
      display: inline-flex;
      gap: var(--_bw-space-1);
      align-items: center;
      margin-inline-end: var(--_bw-space-3);
      min-height: 2rem;
    }
    .competencies fieldset {
      border: 0;
      padding: 0;
      margin: var(--_bw-space-3) 0 0;
    }
    .conflict .both {
      display: grid;
      gap: var(--_bw-space-3);
      grid-template-columns: repeat(auto-fit, minmax(min(14rem, 100%), 1fr));
    }
    .conflict,
    .versions {
      border: 2px solid var(--_bw-warning);
      border-radius: var(--_bw-radius);
      padding: var(--_bw-space-3);
      margin-block: var(--_bw-space-3);
    }
    .versions ol {
      display: grid;
      gap: var(--_bw-space-2);
    }
    .actions {
      margin-top: var(--_bw-space-4);
    }
    @media print {
      .actions,
      .picker,
      .guidance {
        display: none;
      }
    }
  }
`;
