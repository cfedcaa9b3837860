/**
 * Filling the credential-equivalency statement in from a gap analysis: the offer, and the error
 * state when the pre-fill's code did not load. What comes after filling in (the question asked
 * before fields the person wrote in are changed, "Undo") is prefill-choices.ts, loaded with the
 * pre-fill's code; it is passed in here once there.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { renderError } from '../../ui/states.js';

export interface PrefillState {
  /** A gap analysis is there to fill in from. */
  offered: boolean;
  /** The pre-fill's code did not load. */
  failed: boolean;
  /** The question before fields with the person's text change; shown instead of the offer. */
  question?: TemplateResult;
  /** "Undo filling in", beside the offer. */
  undo?: TemplateResult;
}

export interface PrefillActions {
  onPrefill: () => void;
  onRetry: () => void;
}

export function renderPrefill(state: PrefillState, actions: PrefillActions): TemplateResult {
  return html`<div id="prefill" class="prefill" part="prefill" tabindex="-1">
    ${state.question ??
    (state.offered
      ? html`<p>
          <button type="button" class="bw-button bw-button--secondary" part="button" @click=${actions.onPrefill}>${msg('Fill in from my gap analysis', { id: 'narrative.prefill' })}</button>
          ${state.undo ?? nothing}
        </p>`
      : nothing)}
    ${state.failed ? renderError('network', actions.onRetry) : nothing}
  </div>`;
}
