/** The row of actions under the builder: save, version history, approve, ask a mentor for review, and the exports. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { NarrativeExportFormat } from './host.js';

export interface ActionBarState {
  /** Saving is for a signed-in author. */
  canSave: boolean;
  /** There is a saved draft (it has a history). */
  saved: boolean;
  /** A reviewing mentor may approve a draft not approved yet. */
  canApprove: boolean;
  /** A signed-in author may share a saved draft with one of these mentors. */
  canShare: boolean;
  mentors: ReadonlyArray<{ id: string; name: string }>;
  busy: boolean;
  dirty: boolean;
}

export interface ActionBarActions {
  onSave: () => void;
  onHistory: () => void;
  onApprove: () => void;
  onMentor: (id: string) => void;
  onShare: () => void;
  onExport: (format: NarrativeExportFormat) => void;
}

export function renderActionBar(state: ActionBarState, actions: ActionBarActions): TemplateResult {
  const { busy, mentors } = state;
  const exportButton = (format: NarrativeExportFormat, label: string) =>
    html`<button type="button" class="bw-button bw-button--secondary" part="button" @click=${() => actions.onExport(format)}>${label}</button>`;
  return html`<div class="actions" part="actions">
    ${state.canSave ? html`<button type="button" class="bw-button" part="button" ?disabled=${busy} @click=${actions.onSave}>${msg('Save', { id: 'narrative.save' })}</button>` : nothing}
    ${state.saved
      ? html`<button type="button" class="bw-button bw-button--secondary" part="button" ?disabled=${busy} @click=${actions.onHistory}>${msg('Version history', { id: 'narrative.history' })}</button>`
      : nothing}
    ${state.canApprove
      ? html`<button type="button" class="bw-button" part="button" ?disabled=${busy} @click=${actions.onApprove}>${msg('Approve this version', { id: 'narrative.approve' })}</button>`
      : nothing}
    ${state.canShare
      ? html`<span class="share">
          ${mentors.length
            ? html`<label class="bw-visually-hidden" for="mentor">${msg('Mentor', { id: 'narrative.mentor' })}</label>
                <select id="mentor" class="bw-field__input" part="input" @change=${(e: Event) => actions.onMentor((e.target as HTMLSelectElement).value)}>
                  ${mentors.map((m) => html`<option value=${m.id}>${m.name}</option>`)}
                </select>
                <button type="button" class="bw-button bw-button--secondary" part="button" ?disabled=${busy || state.dirty} @click=${actions.onShare}>${msg('Ask for review', { id: 'narrative.share' })}</button>`
            : nothing}
        </span>`
      : nothing}
    <span class="export" role="group" aria-label=${msg('Export', { id: 'narrative.export' })}>
      ${exportButton('clipboard', msg('Copy', { id: 'narrative.copy' }))}
      ${exportButton('text', msg('Text file', { id: 'narrative.exportText' }))}
      ${exportButton('markdown', 'Markdown')}
      ${exportButton('docx', msg('Word document', { id: 'narrative.exportWord' }))}
      ${exportButton('print', msg('Print', { id: 'narrative.print' }))}
    </span>
  </div>`;
}
