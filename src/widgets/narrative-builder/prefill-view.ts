/**
 * Filling the credential-equivalency statement in from a gap analysis: the offer, the question
 * asked before fields the person wrote in are changed (what each would become), "Undo" after
 * filling in, and the error state when the pre-fill's code did not load.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { DraftValues, NarrativeTemplate } from '../../api/narrative.js';
import { valueOf } from '../../core/narrative/render.js';
import { renderError } from '../../ui/states.js';

export interface PrefillState {
  /** A gap analysis is there to fill in from. */
  offered: boolean;
  /** The pre-fill's code did not load. */
  failed: boolean;
  /** Fields with the person's text that filling in would change, with the values it proposes. */
  question?: { changed: readonly string[]; replaced: DraftValues };
  /** The last filling in can be undone. */
  undoable: boolean;
}

export interface PrefillActions {
  onPrefill: () => void;
  onAnswer: (choice: 'replace' | 'empty-only' | 'cancel') => void;
  onUndo: () => void;
  onRetry: () => void;
}

function labelOf(template: NarrativeTemplate, fieldId: string): string {
  for (const section of template.sections) for (const field of section.fields) if (field.id === fieldId) return field.label;
  return fieldId;
}

function shown(value: DraftValues[string] | undefined): string {
  return Array.isArray(value) ? value.join('; ') : (value ?? '');
}

export function renderPrefill(template: NarrativeTemplate, state: PrefillState, actions: PrefillActions): TemplateResult {
  const { question } = state;
  return html`<div id="prefill" class="prefill" part="prefill" tabindex="-1">
    ${question
      ? html`<div role="group" aria-labelledby="prefill-question">
          <p id="prefill-question">${msg('Filling in from your gap analysis would change what you wrote in these fields:', { id: 'narrative.prefillAsk' })}</p>
          <ul class="prefill-changes">
            ${question.changed.map((id) => html`<li><strong><bdi>${labelOf(template, id)}</bdi></strong>: <bdi dir="auto">${shown(valueOf(question.replaced, id))}</bdi></li>`)}
          </ul>
          <p class="prefill-choices">
            <button type="button" class="bw-button" part="button" @click=${() => actions.onAnswer('replace')}>${msg('Replace them', { id: 'narrative.prefillReplace' })}</button>
            <button type="button" class="bw-button bw-button--secondary" part="button" @click=${() => actions.onAnswer('empty-only')}>${msg('Fill only the empty fields', { id: 'narrative.prefillEmptyOnly' })}</button>
            <button type="button" class="bw-button bw-button--secondary" part="button" @click=${() => actions.onAnswer('cancel')}>${msg('Cancel', { id: 'narrative.prefillCancel' })}</button>
          </p>
        </div>`
      : state.offered
        ? html`<p>
            <button type="button" class="bw-button bw-button--secondary" part="button" @click=${actions.onPrefill}>${msg('Fill in from my gap analysis', { id: 'narrative.prefill' })}</button>
            ${state.undoable ? html`<button type="button" class="bw-button bw-button--secondary" part="button" @click=${actions.onUndo}>${msg('Undo filling in', { id: 'narrative.prefillUndo' })}</button>` : nothing}
          </p>`
        : nothing}
    ${state.failed ? renderError('network', actions.onRetry) : nothing}
  </div>`;
}
