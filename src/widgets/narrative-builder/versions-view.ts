/** The version history of a saved draft: each version opens to a preview of its text, earlier ones with "Restore" (loaded on demand). */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { DraftVersion } from '../../api/narrative.js';
import { actionButton, saveFirstReason } from './action-bar.js';

export interface VersionsState {
  /** The version on screen. */
  current?: number;
  /** A mentor reviewing restores nothing. */
  reviewing: boolean;
  busy: boolean;
  /** Unsaved edits: restore only over a saved version. */
  dirty: boolean;
  /** Formats a version's date in the element's locale. */
  date: (value: string) => string;
  /** A version's text, rendered with the draft's template. */
  preview: (version: DraftVersion) => string;
  /** The story's language, for the previews. */
  lang: string;
}

export function renderVersions(versions: readonly DraftVersion[], state: VersionsState, onRestore: (version: number) => void): TemplateResult {
  return html`<section class="versions bw-card" data-tone="warning" part="versions" aria-labelledby="versions-title">
    <h3 id="versions-title" tabindex="-1">${msg('Version history', { id: 'narrative.history' })}</h3>
    <ol>
      ${versions.map((v) => {
        const current = v.version === state.current;
        const reason = `restore-reason-${v.version}`;
        return html`<li>
          <details>
            <summary>
              ${msg(str`Version ${v.version}`, { id: 'narrative.more.version' })} · ${state.date(v.createdAt)}
              ${current ? html`<span>${msg('(current)', { id: 'narrative.more.current' })}</span>` : nothing}
            </summary>
            <div class="preview-text" lang=${state.lang} dir="auto">${state.preview(v) || msg('This version is empty.', { id: 'narrative.more.versionEmpty' })}</div>
            ${current || state.reviewing
              ? nothing
              : html`${actionButton(msg('Restore', { id: 'narrative.more.restore' }), () => onRestore(v.version), {
                    unavailable: state.busy || state.dirty,
                    reason: state.dirty ? reason : undefined,
                    secondary: true,
                  })}
                  ${state.dirty ? saveFirstReason(reason) : nothing}`}
          </details>
        </li>`;
      })}
    </ol>
  </section>`;
}
