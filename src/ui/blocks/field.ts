/** One block of the shared visual language (field), in a module of its own: rollup never splits a module, so a block only a part loaded on demand shows leaves its element's first download. Documented with the others in ../blocks.ts. */
import { css } from 'lit';

/**
 * A field: `.bw-field` wrapping `label.bw-field__label`, an `input`/`select`/`textarea`
 * with class `bw-field__input`, `.bw-field__hint` and `.bw-field__error` (link them with
 * `aria-describedby`; set `aria-invalid` on the input when there is an error).
 */
export const fieldStyles = css`
  @layer bw.blocks {
    /* A field takes its column's width, never its longest option's (a country's name). */
    .bw-field {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: var(--_bw-space-1);
      min-inline-size: 0;
    }
    .bw-field > .bw-field__input {
      inline-size: 100%;
    }
    .bw-field__label {
      font-weight: var(--_bw-font-weight-strong);
    }
    .bw-field__hint {
      color: var(--_bw-on-surface-muted);
      font-size: var(--_bw-font-size-sm);
    }
    .bw-field__error {
      white-space: normal;
      overflow-wrap: anywhere;
      color: var(--_bw-danger);
      font-size: var(--_bw-font-size-sm);
      font-weight: var(--_bw-font-weight-strong);
    }
    .bw-field__input {
      max-inline-size: 100%;
      min-inline-size: 0;
      min-height: var(--_bw-target-size);
      padding: var(--_bw-space-2) var(--_bw-space-3);
      border: var(--_bw-border-width) solid var(--_bw-border);
      border-radius: var(--_bw-radius-sm);
      background: var(--_bw-surface);
      color: var(--_bw-on-surface);
      font: inherit;
    }
    .bw-field__input[aria-invalid='true'] {
      border-color: var(--_bw-danger);
      border-width: 2px;
    }
  }
`;
