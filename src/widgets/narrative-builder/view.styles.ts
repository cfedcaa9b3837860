import { css } from 'lit';

/**
 * The view's styles, in the component layer the theme declares (src/ui/theme.ts): they come with
 * the view's code (draft-view.ts); the element's own (narrative-builder.styles.ts) hold what its
 * loading state shows too.
 */
export const viewStyles = css`
  @layer bw.component {
    .field > *,
    .layout > * {
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
      margin-block-end: var(--_bw-space-3);
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
    /* Headings outside a grid keep their distance from what follows. */
    :is(.header, .preview, .versions, .conflict, .competencies) > :is(h2, h3, h4) {
      margin-block-end: var(--_bw-space-2);
    }
    .picker {
      align-items: end;
      margin-block: var(--_bw-space-3);
    }
    .section {
      margin: 0 0 var(--_bw-space-3);
      gap: var(--_bw-space-3);
    }
    legend {
      font-weight: var(--_bw-font-weight-heading);
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
      display: block;
      position: sticky;
      top: var(--_bw-space-2);
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
      font-weight: var(--_bw-font-weight-strong);
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
