/**
 * The finder's first render while its data and its view's code are on their way: the boxes of
 * the filter form and of a card, empty, where they will be (the page does not jump when they
 * come), with the loading state's words for screen readers in the place of the result count.
 */
import { html, type TemplateResult } from 'lit';
import { renderLoading } from '../../ui/states.js';

/** A result card's box while the results load (after the first render too, when a filter changed). */
export function renderResultsLoading(): TemplateResult {
  return html`${renderLoading()}
    <div class="placeholder card" aria-hidden="true"></div>`;
}

export function renderLoadingView(): TemplateResult {
  const bone = (kind: string) => html`<span class="bone ${kind}"></span>`;
  return html`<div class="layout">
    <div class="filters placeholder" aria-hidden="true">
      ${bone('title')}${bone('full')}${bone('select')}${bone('select licensed')}${bone('select')}${bone('select')}${bone('offers')}${bone('origin')}
    </div>
    <div>${renderResultsLoading()}</div>
  </div>`;
}
