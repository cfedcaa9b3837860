/** The offer to add the gap map's items to the plan, saying which plan they go into: a part loaded when a gap map's request comes (accepting it is an edit, made with the panels' code). */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { GapPlanRequest } from '../../api/plan.js';
import { plural } from '../../ui/plural.js';
import { kindLabel } from './labels.js';

export interface GapOfferData {
  offer: GapPlanRequest;
  locale: string;
  /** The goal in words ("Registered nurse in Ontario"), when the catalogue named it. */
  goal?: string;
  /** The items go into a plan the person already has for that goal (else a new plan starts). */
  intoExistingPlan: boolean;
}

const title = (locale: string, offer: GapPlanRequest): string =>
  plural(msg('{count, plural, one {Add # milestone from your gap map?} other {Add # milestones from your gap map?}}', { id: 'plan.more.gap.title' }), offer.items.length, locale);

function destination({ goal, intoExistingPlan }: GapOfferData): unknown {
  if (!goal) return nothing;
  return html`<p>
    ${intoExistingPlan
      ? msg(str`They go into your plan: ${goal}.`, { id: 'plan.more.gap.existingPlan' })
      : msg(str`A new plan starts for them: ${goal}. The plan you see now stays as it is.`, { id: 'plan.more.gap.newPlan' })}
  </p>`;
}

export function renderGapOffer(data: GapOfferData, on: { onAccept(): void; onDecline(): void }): TemplateResult {
  const { offer } = data;
  return html`<div class="panel bw-card" data-tone="info" part="gap-offer" role="region" aria-labelledby="gap-title">
    <h3 id="gap-title">${title(data.locale, offer)}</h3>
    ${destination(data)}
    <ul>
      ${offer.items.map((item) => html`<li>${item.title} (${kindLabel(item.kind)})</li>`)}
    </ul>
    <p class="bw-muted">${msg('Milestones already in your plan are not added twice.', { id: 'plan.more.gap.noDoubles' })}</p>
    <div class="actions bw-toolbar">
      <button type="button" class="bw-button" part="button" @click=${on.onAccept}>${msg('Add to my plan', { id: 'plan.more.gap.accept' })}</button>
      <button type="button" class="bw-button bw-button--secondary" part="button" @click=${on.onDecline}>${msg('Not now', { id: 'plan.more.gap.decline' })}</button>
    </div>
  </div>`;
}
