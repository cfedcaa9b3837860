/**
 * The plan while it loads: the loading state and grey blocks in the shape of the view to come
 * (the header, the progress summary and three milestones), so the page does not jump when it
 * arrives. In the element's first download: it shows before the plan and the view's code
 * (plan-view.ts, plan-state.ts) are there.
 */
import { html, type TemplateResult } from 'lit';
import { renderLoading } from '../../ui/states.js';

const card = html`<div class="bw-skeleton__card"><span class="bw-skeleton__line"></span></div>`;

export function renderPlanSkeleton(): TemplateResult {
  return html`${renderLoading()}
    <div class="bw-skeleton" part="skeleton" aria-hidden="true"><span class="bw-skeleton__line bw-skeleton__line--heading"></span>${card}${card}${card}${card}</div>`;
}
