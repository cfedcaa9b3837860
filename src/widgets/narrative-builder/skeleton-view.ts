/**
 * The builder while its view's code and the templates load: the loading status, and grey
 * blocks in the view's shape (the title, the picker, the form's sections beside the preview,
 * the action bar), so the page does not jump when they arrive. In the element's own chunk.
 */
import { html, type TemplateResult } from 'lit';
import { renderLoading } from '../../ui/states.js';

export function renderSkeleton(): TemplateResult {
  return html`<div part="skeleton">
    ${renderLoading()}
    <div class="skeleton" aria-hidden="true">
      <span class="bw-skeleton__line bw-skeleton__line--heading"></span>
      <span class="bw-skeleton__line bw-skeleton__line--short"></span>
      <div class="layout"><span class="bw-skeleton__line bw-skeleton__line--block"></span><span class="bw-skeleton__line bw-skeleton__line--block"></span></div>
      <span class="bw-skeleton__line"></span>
    </div>
  </div>`;
}
