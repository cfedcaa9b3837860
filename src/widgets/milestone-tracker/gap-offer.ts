/** The offer to add the gap map's items to the plan. */
import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { GapPlanRequest } from '../../api/plan.js';
import { kindLabel } from './labels.js';

export function renderGapOffer(offer: GapPlanRequest, on: { onAccept(): void; onDecline(): void }): TemplateResult {
  return html`<div class="panel" part="gap-offer" role="region" aria-labelledby="gap-title">
    <h3 id="gap-title">${msg(str`Add ${offer.items.length} milestones from your gap map?`, { id: 'plan.more.gap.title' })}</h3>
    <ul>
      ${offer.items.map((item) => html`<li>${item.title} (${kindLabel(item.kind)})</li>`)}
    </ul>
    <p class="muted">${msg('Milestones already in your plan are not added twice.', { id: 'plan.more.gap.noDoubles' })}</p>
    <div class="actions">
      <button type="button" class="bw-button" part="button" @click=${on.onAccept}>${msg('Add to my plan', { id: 'plan.more.gap.accept' })}</button>
      <button type="button" class="bw-button bw-button--secondary" part="button" @click=${on.onDecline}>${msg('Not now', { id: 'plan.more.gap.decline' })}</button>
    </div>
  </div>`;
}
