/**
 * Render helpers for the states every widget goes through: loading, empty and error, and
 * their styles (`stateStyles`, part of `BridgewayElement.styles`: every element shows them,
 * so they hold all they need, the "Try again" button and the empty state's actions included).
 * Parts: `state` on each (plus `state-loading`, `state-empty`, `state-error`), `error`
 * on the error message, `retry` on the "Try again" button.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { errorMessage, type BridgewayErrorKind } from './errors.js';

export const stateStyles = css`
  @layer bw.blocks {
    .bw-state {
      display: grid;
      justify-items: center;
      gap: var(--_bw-space-3);
      padding: var(--_bw-space-6) var(--_bw-space-4);
      text-align: center;
      color: var(--_bw-on-surface);
    }
    .bw-state p {
      margin: 0;
      max-width: 40ch;
    }
    .bw-state--empty {
      border: var(--_bw-border-width) dashed var(--_bw-border);
      border-radius: var(--_bw-radius);
    }
    .bw-state__actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: center;
      gap: var(--_bw-space-2);
    }
    .bw-state--error .bw-state__message {
      color: var(--_bw-on-surface);
      border-inline-start: 4px solid var(--_bw-danger);
      padding-inline-start: var(--_bw-space-3);
      text-align: start;
    }
    .bw-spinner {
      width: 1.5rem;
      height: 1.5rem;
      border: 3px solid var(--_bw-surface-muted);
      border-top-color: var(--_bw-primary);
      border-radius: 50%;
      animation: bw-spin 0.8s linear infinite;
    }
    @keyframes bw-spin {
      to {
        transform: rotate(1turn);
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .bw-spinner {
        animation: none;
        border-top-color: var(--_bw-surface-muted);
        border-inline-end-color: var(--_bw-primary);
      }
    }
  }
`;

/** Loading: a busy, polite live region with a visible label. */
export function renderLoading(label?: string): TemplateResult {
  return html`<div class="bw-state bw-state--loading" part="state state-loading" role="status" aria-live="polite" aria-busy="true">
    <span class="bw-spinner" aria-hidden="true"></span>
    <p>${label ?? msg('Loading…', { id: 'state.loading' })}</p>
  </div>`;
}

/**
 * The empty state: nothing to show yet, and what to do next (`actions`: buttons or links).
 * A polite live region, part `state state-empty`.
 */
export function renderEmptyState(message: string | TemplateResult, actions?: TemplateResult): TemplateResult {
  return html`<div class="bw-state bw-state--empty" part="state state-empty" role="status" aria-live="polite">
    <p>${message}</p>
    ${actions ? html`<div class="bw-toolbar bw-state__actions">${actions}</div>` : null}
  </div>`;
}

/** Empty: a polite message saying there is nothing to show, and what to do (`actions`); the shared empty-state block. */
export function renderEmpty(message?: string, actions?: TemplateResult): TemplateResult {
  return renderEmptyState(message ?? msg('Nothing to show yet.', { id: 'state.empty' }), actions);
}

/**
 * The error state of an element's main load. Trying again cannot help a missing configuration or a
 * refused origin; nor a refused user when the element says who may use it (`whoMayUse`, shown instead
 * of the generic "your session has ended"): those show no "Try again".
 */
export function renderLoadFailure(kind: BridgewayErrorKind, retry: () => void, whoMayUse?: string): TemplateResult {
  if (kind === 'auth' && whoMayUse) return renderError(kind, undefined, whoMayUse);
  return renderError(kind, kind === 'config' || kind === 'origin' ? undefined : retry);
}

/** Error: the message for the kind of failure, and a "Try again" button when retrying can help. */
export function renderError(kind: BridgewayErrorKind, onRetry?: () => void, message?: string): TemplateResult {
  return html`<div class="bw-state bw-state--error" part="state state-error" role="alert">
    <p class="bw-state__message" part="error">${message ?? errorMessage(kind)}</p>
    ${onRetry
      ? html`<button type="button" class="bw-button" part="retry" @click=${onRetry}>${msg('Try again', { id: 'state.retry' })}</button>`
      : nothing}
  </div>`;
}
