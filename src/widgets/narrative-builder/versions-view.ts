/** The version history of a saved draft, each earlier version with "Restore" (loaded on demand). */
import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { DraftVersion } from '../../api/narrative.js';
import type { Formatters } from '../../ui/format.js';

export interface VersionsState {
  /** The version on screen. */
  current?: number;
  /** A mentor reviewing restores nothing. */
  reviewing: boolean;
  busy: boolean;
  /** Unsaved edits: restore only over a saved version. */
  dirty: boolean;
  format: Formatters;
}

export function renderVersions(versions: readonly DraftVersion[], state: VersionsState, onRestore: (version: number) => void): TemplateResult {
  return html`<section class="versions" part="versions" aria-labelledby="versions-title">
    <h3 id="versions-title">${msg('Version history', { id: 'narrative.history' })}</h3>
    <ol>
      ${versions.map(
        (v) => html`<li>
          ${msg(str`Version ${v.version}`, { id: 'narrative.more.version' })} · ${state.format.date(v.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}
          ${v.version !== state.current && !state.reviewing
            ? html`<button type="button" class="bw-button bw-button--secondary" part="button" ?disabled=${state.busy || state.dirty} @click=${() => onRestore(v.version)}>${msg('Restore', { id: 'narrative.more.restore' })}</button>`
            : html`<span>${msg('(current)', { id: 'narrative.more.current' })}</span>`}
        </li>`,
      )}
    </ol>
  </section>`;
}
