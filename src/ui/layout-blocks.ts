/**
 * The layout blocks of the shared visual language (headings, sections, cards, toolbars, status
 * lines, empty states, small text, checkboxes, lists, dialogs). Their API is documented once,
 * at the top of `blocks.ts`, which re-exports this module; import from there.
 */
import { css, html, type TemplateResult } from 'lit';

/** Tones a status line or a card's edge can take. */
export type StatusTone = 'success' | 'warning' | 'danger' | 'neutral' | 'info';

export const layoutStyles = css`
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

    .bw-section {
      display: grid;
      gap: var(--_bw-space-3);
      align-content: start;
      min-inline-size: 0;
    }

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

    .bw-muted {
      color: var(--_bw-on-surface-muted);
      font-size: var(--_bw-font-size-sm);
    }
    p.bw-muted {
      margin: 0;
    }

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

    .bw-list {
      display: grid;
      gap: var(--_bw-space-2);
      margin: 0;
      padding: 0;
      list-style: none;
    }

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

/**
 * A one-line notice with a coloured edge: what happened, in words (the tone is never the only
 * sign). `content` is rendered as text or as the template given, never as HTML from a string.
 */
export function renderStatusLine(tone: StatusTone, content: string | TemplateResult, part = 'status'): TemplateResult {
  return html`<p class="bw-status" data-tone=${tone} part=${part}>${content}</p>`;
}
