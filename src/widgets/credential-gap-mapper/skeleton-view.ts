/**
 * The map and the form while they load: the toolbar, the loading status and grey blocks in their shape
 * (the map's title, summary, readiness and requirement cards; the form's title, pickers and
 * first sections), so the page does not jump when they arrive. In the element's own chunk:
 * they show before the result view or the form's code has loaded.
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { renderLoading } from '../../ui/states.js';

/** The buttons above the map: "Edit my profile", then the map's own (compare, print, export) once it has loaded. */
export function renderToolbar(onEdit: () => void, controls?: unknown): TemplateResult {
  return html`<div class="toolbar bw-toolbar" part="toolbar">
    <button type="button" class="bw-button bw-button--secondary" part="button" @click=${onEdit}>${msg('Edit my profile', { id: 'gap.edit' })}</button>
    ${controls}
  </div>`;
}

const card = html`<div class="skeleton__card"><span class="skeleton__line skeleton__line--title"></span><span class="skeleton__line"></span><span class="skeleton__line skeleton__line--short"></span></div>`;

export function renderMapSkeleton(label: string): TemplateResult {
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

export function renderFormSkeleton(): TemplateResult {
  return html`<div class="skeleton" part="skeleton">
    ${renderLoading()}
    <div class="skeleton__map skeleton__form" aria-hidden="true">
      <span class="skeleton__line skeleton__line--heading"></span>
      <span class="skeleton__line"></span>
      ${card} ${card} ${card} ${card}
    </div>
  </div>`;
}
