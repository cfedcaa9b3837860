/**
 * The dialog block's styles (`dialog.bw-dialog`, documented with the other blocks in blocks.ts), in
 * a module of their own: dialogs open from parts loaded on demand, and rollup never splits a
 * module, so a part that adopts these as its `partStyles` takes them out of its element's first
 * download (beside the layout blocks' module they would have stayed in it).
 */
import { css } from 'lit';

/** `dialog.bw-dialog`: fits a 320 px screen (and scrolls inside when taller), with a backdrop. */
export const dialogStyles = css`
  @layer bw.blocks {
    /* A dialog fits a phone's screen (320 px) and scrolls inside when its content is taller. */
    .bw-dialog {
      box-sizing: border-box;
      inline-size: min(36rem, calc(100vw - 1rem));
      max-inline-size: calc(100vw - 1rem);
      max-block-size: calc(100dvh - 1rem);
      overflow: auto;
      overflow-wrap: anywhere;
      padding: var(--_bw-space-4);
      border: var(--_bw-border-width) solid var(--_bw-border);
      border-radius: var(--_bw-radius);
      background: var(--_bw-surface);
      color: var(--_bw-on-surface);
      box-shadow: 0 10px 30px rgb(0 0 0 / 0.3);
    }
    .bw-dialog::backdrop {
      background: var(--_bw-backdrop);
    }
  }
`;
