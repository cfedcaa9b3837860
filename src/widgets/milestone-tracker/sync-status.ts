/** The "not saved yet" indicator: how many changes wait, why, and a button to send them now. */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { pendingChanges } from './counted.js';

/** The status takes the focus (`tabindex="-1"`) after an action whose result it reports. */
export function renderSyncStatus(locale: string, pending: number, saveError: string, onSendNow: () => void): TemplateResult {
  return html`<div class="sync bw-status" data-tone=${pending > 0 ? 'warning' : 'success'} part="sync" role="status" tabindex="-1" ?data-pending=${pending > 0}>
    ${pending === 0
      ? msg('All changes saved.', { id: 'plan.sync.saved' })
      : html`${pendingChanges(locale, pending)} ${saveError}
          <button type="button" class="bw-button bw-button--secondary small" part="button" @click=${onSendNow}>${msg('Send now', { id: 'plan.sync.sendNow' })}</button>`}
  </div>`;
}
