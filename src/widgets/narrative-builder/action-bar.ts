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
  /** A save is under way (the Save button says "Saving…"). */
  saving: boolean;
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

/** Why a button that needs a saved version is unavailable (shown beside it, and read with it). */
export function saveFirstReason(id: string): TemplateResult {
  return html`<span id=${id} class="bw-field__hint reason">${msg('Save your changes first: this works on a saved version.', { id: 'narrative.saveFirst' })}</span>`;
}

/**
 * A button that stays focusable while unavailable (aria-disabled, so focus never drops to the
 * page when a write starts), and says why when it can (`reason`: the id of the text that does).
 */
export function actionButton(label: string, onClick: () => void, options: { unavailable?: boolean; reason?: string; secondary?: boolean } = {}): TemplateResult {
  const { unavailable = false, reason, secondary = false } = options;
  return html`<button type="button" class="bw-button ${secondary ? 'bw-button--secondary' : ''}" part="button" aria-disabled=${unavailable ? 'true' : 'false'}
    aria-describedby=${reason ?? nothing} @click=${() => (unavailable ? undefined : onClick())}>${label}</button>`;
}

export function renderActionBar(state: ActionBarState, actions: ActionBarActions): TemplateResult {
  const { busy, mentors, dirty } = state;
  const exportButton = (format: NarrativeExportFormat, label: string) => actionButton(label, () => actions.onExport(format), { secondary: true });
  return html`<div class="actions bw-toolbar" part="actions">
    ${state.canSave ? actionButton(state.saving ? msg('Saving…', { id: 'narrative.saving' }) : msg('Save', { id: 'narrative.save' }), actions.onSave, { unavailable: busy }) : nothing}
    ${state.saved ? actionButton(msg('Version history', { id: 'narrative.history' }), actions.onHistory, { unavailable: busy, secondary: true }) : nothing}
    ${state.canApprove ? actionButton(msg('Approve this version', { id: 'narrative.approve' }), actions.onApprove, { unavailable: busy }) : nothing}
    ${state.canShare && mentors.length
      ? html`<span class="share bw-toolbar">
          <label class="bw-visually-hidden" for="mentor">${msg('Mentor', { id: 'narrative.mentor' })}</label>
          <select id="mentor" class="bw-field__input" part="input" @change=${(e: Event) => actions.onMentor((e.target as HTMLSelectElement).value)}>
            ${mentors.map((m) => html`<option value=${m.id} dir="auto">${m.name}</option>`)}
          </select>
          ${actionButton(msg('Ask for review', { id: 'narrative.share' }), actions.onShare, { unavailable: busy || dirty, reason: dirty ? 'share-reason' : undefined, secondary: true })}
          ${dirty ? saveFirstReason('share-reason') : nothing}
        </span>`
      : nothing}
    <span class="export bw-toolbar" role="group" aria-label=${msg('Export', { id: 'narrative.export' })}>
      ${exportButton('clipboard', msg('Copy', { id: 'narrative.copy' }))}
      ${exportButton('text', msg('Text file', { id: 'narrative.exportText' }))}
      ${exportButton('markdown', 'Markdown')}
      ${exportButton('docx', msg('Word document', { id: 'narrative.exportWord' }))}
      ${exportButton('print', msg('Print', { id: 'narrative.print' }))}
    </span>
  </div>`;
}
