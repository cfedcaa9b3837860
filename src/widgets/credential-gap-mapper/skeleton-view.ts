/**
 * The map while it loads: the loading status and grey blocks in the shape of the map
 * (title, summary, readiness, requirement cards), so the page does not jump when it
 * arrives. In the element's own chunk: it shows before the result view has loaded.
 */
import { html, type TemplateResult } from 'lit';
import { renderLoading } from '../../ui/states.js';

export function renderMapSkeleton(label: string): TemplateResult {
  const card = html`<div class="skeleton__card"><span class="skeleton__line skeleton__line--title"></span><span class="skeleton__line"></span><span class="skeleton__line skeleton__line--short"></span></div>`;
  return html`<div class="skeleton" part="skeleton">
    ${renderLoading(label)}
    <div class="skeleton__map" aria-hidden="true">
      <span class="skeleton__line skeleton__line--heading"></span>
      <span class="skeleton__line"></span>
      <div class="skeleton__block"></div>
      ${card} ${card} ${card}
    </div>
  </div>`;
}
