/**
 * The layout blocks of the shared visual language (headings, sections, cards, toolbars, status
 * lines, empty states, small text, checkboxes, lists, dialogs). Their API is documented once,
 * at the top of `blocks.ts`, which re-exports this module; import from there.
 */
import { css, html, type TemplateResult } from 'lit';

/** Tones a status line or a card's edge can take. */
export type StatusTone = 'success' | 'warning' | 'danger' | 'neutral' | 'info';

/** The coloured inline-start edge of a status line or a toned card (`data-tone`). */
const toneEdgeStyles = css`
  @layer bw.blocks {
    :is(.bw-status, .bw-card)[data-tone='success'] {
      border-inline-start-color: var(--_bw-success);
    }
    :is(.bw-status, .bw-card)[data-tone='warning'] {
      border-inline-start-color: var(--_bw-warning);
    }
    :is(.bw-status, .bw-card)[data-tone='danger'] {
      border-inline-start-color: var(--_bw-danger);
    }
    :is(.bw-status, .bw-card)[data-tone='info'] {
      border-inline-start-color: var(--_bw-primary);
    }
  }
`;

/** Headings `h2`, `h3`, `h4`: the type scale, no page margins. */
export const headingStyles = css`
  @layer bw.blocks {
    /* Headings: one type scale for every element; spacing comes from the container's gap. */
    .bw-root :is(h2, h3, h4) {
      margin: 0;
      line-height: var(--_bw-line-height-tight);
      font-weight: var(--_bw-font-weight-heading);
    }
    .bw-root h2 {
      font-size: var(--_bw-font-size-xl);
    }
    .bw-root h3 {
      font-size: var(--_bw-font-size-lg);
    }
    .bw-root h4 {
      font-size: var(--_bw-font-size-md);
    }
    .bw-root :is(h2, h3, h4):focus {
      outline: none;
    }
    .bw-root :is(h2, h3, h4):focus-visible {
      outline: var(--_bw-focus-width) solid var(--_bw-focus);
    }
  }
`;

/** `.bw-section`: a column of heading and content. */
export const sectionStyles = css`
  @layer bw.blocks {
    .bw-section {
      display: grid;
      gap: var(--_bw-space-3);
      align-content: start;
      min-inline-size: 0;
    }
  }
`;

/** `.bw-card`, `.bw-card--inset`: a bordered surface (its tone edge comes with it). */
export const cardStyles = [
  css`
    @layer bw.blocks {
      .bw-card {
        display: grid;
        gap: var(--_bw-space-2);
        align-content: start;
        min-inline-size: 0;
        padding: var(--_bw-space-4);
        border: var(--_bw-border-width) solid var(--_bw-border);
        border-radius: var(--_bw-radius);
        background: var(--_bw-surface);
        color: var(--_bw-on-surface);
        box-shadow: var(--_bw-shadow);
      }
      .bw-card--inset {
        padding: var(--_bw-space-2) var(--_bw-space-3);
        border-color: transparent;
        border-radius: var(--_bw-radius-sm);
        background: var(--_bw-surface-muted);
        box-shadow: none;
      }
      .bw-card[data-tone] {
        border-inline-start-width: var(--_bw-edge-width);
      }
    }
  `,
  toneEdgeStyles,
];

/** `.bw-toolbar`, `.bw-toolbar--end`: a wrapping row of buttons and fields. */
export const toolbarStyles = css`
  @layer bw.blocks {
    .bw-toolbar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_bw-space-2);
      min-inline-size: 0;
    }
    .bw-toolbar > * {
      min-inline-size: 0;
      max-inline-size: 100%;
    }
    .bw-toolbar--end {
      justify-content: flex-end;
    }
  }
`;

/** `.bw-status` (and `renderStatusLine`): a one-line notice with a coloured edge. */
export const statusStyles = [
  css`
    @layer bw.blocks {
      .bw-status {
        margin: 0;
        padding: var(--_bw-space-2) var(--_bw-space-3);
        border-inline-start: var(--_bw-edge-width) solid var(--_bw-border);
        border-radius: 0 var(--_bw-radius-sm) var(--_bw-radius-sm) 0;
        background: var(--_bw-surface-muted);
        color: var(--_bw-on-surface);
      }
      .bw-status:dir(rtl) {
        border-radius: var(--_bw-radius-sm) 0 0 var(--_bw-radius-sm);
      }
      .bw-status > p {
        margin: 0;
      }
    }
  `,
  toneEdgeStyles,
];

/** `.bw-muted`: secondary text. */
export const mutedStyles = css`
  @layer bw.blocks {
    .bw-muted {
      color: var(--_bw-on-surface-muted);
      font-size: var(--_bw-font-size-sm);
    }
    p.bw-muted {
      margin: 0;
    }
  }
`;

/** `label.bw-check`: a 44 px high checkbox. */
export const checkStyles = css`
  @layer bw.blocks {
    .bw-check {
      display: inline-flex;
      gap: var(--_bw-space-2);
      align-items: center;
      min-block-size: var(--_bw-target-size);
    }
    .bw-check input {
      flex: none;
      inline-size: 1.25rem;
      block-size: 1.25rem;
      margin: 0;
      accent-color: var(--_bw-primary);
    }
  }
`;

/** `.bw-list`: a list without bullets. */
export const listStyles = css`
  @layer bw.blocks {
    .bw-list {
      display: grid;
      gap: var(--_bw-space-2);
      margin: 0;
      padding: 0;
      list-style: none;
    }
  }
`;


/** Every layout block's styles but the dialog's (src/ui/dialog-styles.ts), in this order (each is in the `bw.blocks` layer, so the order an element lists them in does not matter). */
export const layoutStyles = [headingStyles, sectionStyles, cardStyles, toolbarStyles, statusStyles, mutedStyles, checkStyles, listStyles];

/**
 * A one-line notice with a coloured edge: what happened, in words (the tone is never the only
 * sign). `content` is rendered as text or as the template given, never as HTML from a string.
 */
export function renderStatusLine(tone: StatusTone, content: string | TemplateResult, part = 'status'): TemplateResult {
  return html`<p class="bw-status" data-tone=${tone} part=${part}>${content}</p>`;
}
