/** The styles of the search combobox (combobox.ts), in a module of their own: an element whose combobox loads on demand (the finder's origin field) adds these to its styles without the combobox's code. */
import { css } from 'lit';

/** The combobox's suggestions list; in the blocks layer, so an element may restyle it. */
export const comboboxStyles = css`
  @layer bw.blocks {
    .combobox {
      position: relative;
    }
    .listbox {
      position: absolute;
      inset-inline: 0;
      top: 100%;
      z-index: 2;
      box-shadow: 0 4px 12px rgb(0 0 0 / 0.15);
      list-style: none;
      margin: 0;
      padding: var(--_bw-space-1);
      border: var(--_bw-border-width) solid var(--_bw-border);
      border-radius: var(--_bw-radius-sm);
      background: var(--_bw-surface);
      max-height: 16rem;
      overflow: auto;
    }
    .listbox[hidden] {
      display: none;
    }
    .option {
      display: grid;
      padding: var(--_bw-space-2);
      border-radius: var(--_bw-radius-sm);
      cursor: pointer;
    }
    .option[aria-selected='true'] {
      background: var(--_bw-primary);
      color: var(--_bw-on-primary);
      outline: 2px solid transparent;
    }
    .option__hint {
      font-size: var(--_bw-font-size-sm);
    }
  }
`;
