/** The "not saved yet" indicator: how many changes wait, why, and a button to send them now. */
import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';

export function renderSyncStatus(pending: number, saveError: string, onSendNow: () => void): TemplateResult {
  return html`<div class="sync" part="sync" role="status" ?data-pending=${pending > 0}>
    ${pending === 0
      ? msg('All changes saved.', { id: 'plan.sync.saved' })
      : html`${msg(str`${pending} changes not saved yet.`, { id: 'plan.sync.pending' })} ${saveError}
          <button type="button" class="bw-button bw-button--secondary small" part="button" @click=${onSendNow}>${msg('Send now', { id: 'plan.sync.sendNow' })}</button>`}
  </div>`;
}
