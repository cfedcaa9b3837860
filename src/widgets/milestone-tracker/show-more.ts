/** "Show more" under a list the tracker reads a page at a time (the plan's milestones, the plans to pick from). */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';

export interface MoreState {
  /** The next page is being read. */
  loading: boolean;
  /** The last attempt failed: the button tries again. */
  failed: boolean;
}

export function renderShowMore(state: MoreState, label: string, onMore: () => void): TemplateResult {
  return html`<p class="more">
    <button type="button" class="bw-button bw-button--secondary small" part="button more" aria-disabled=${state.loading ? 'true' : 'false'} @click=${() => (state.loading ? undefined : onMore())}>
      ${state.loading ? msg('Loading more…', { id: 'plan.loadingMore' }) : label}
    </button>
    ${state.failed ? html`<span class="muted" role="status">${msg('The next page did not load. Try again.', { id: 'plan.moreFailed' })}</span>` : nothing}
  </p>`;
}
