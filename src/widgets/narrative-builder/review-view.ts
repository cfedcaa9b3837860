/** Mentor review beside a section: the comments and suggestions, and the mentor's form (loaded on demand). */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { NarrativeReview, TemplateSection } from '../../api/narrative.js';
import { renderBadge } from '../../ui/blocks.js';

export interface ReviewListState {
  busy: boolean;
  /** Unsaved edits: a suggestion is accepted into a saved version only. */
  dirty: boolean;
  /** A mentor reviewing sees the items without the author's buttons. */
  reviewing: boolean;
}

export interface ReviewListActions {
  onAccept: (review: NarrativeReview) => void;
  onResolve: (review: NarrativeReview) => void;
}

/** The comments and suggestions of a section (`null`: of the whole draft). */
export function renderReviews(items: readonly NarrativeReview[], state: ReviewListState, actions: ReviewListActions): unknown {
  if (!items.length) return nothing;
  const { busy, dirty, reviewing } = state;
  return html`<ul class="reviews" part="reviews" aria-label=${msg('Mentor review', { id: 'narrative.more.reviews' })}>
    ${items.map(
      (item) => html`<li class="review" part="review" data-state=${item.state} data-review=${item.id}>
        <p>
          <strong>${item.kind === 'suggestion' ? msg('Suggestion', { id: 'narrative.more.suggestion' }) : msg('Comment', { id: 'narrative.more.comment' })}</strong>
          ${item.state !== 'open'
            ? renderBadge('neutral', item.state === 'accepted' ? msg('Accepted', { id: 'narrative.more.reviewAccepted' }) : msg('Resolved', { id: 'narrative.more.reviewResolved' }))
            : nothing}
        </p>
        ${item.text ? html`<p>${item.text}</p>` : nothing}
        ${item.suggestedText !== undefined ? html`<blockquote class="suggested">${item.suggestedText}</blockquote>` : nothing}
        ${item.state === 'open' && !reviewing
          ? html`<div class="row">
              ${item.kind === 'suggestion'
                ? html`<button type="button" class="bw-button" part="button" ?disabled=${busy || dirty} @click=${() => actions.onAccept(item)}>${msg('Accept', { id: 'narrative.more.accept' })}</button>`
                : nothing}
              <button type="button" class="bw-button bw-button--secondary" part="button" ?disabled=${busy} @click=${() => actions.onResolve(item)}>${msg('Resolve', { id: 'narrative.more.resolve' })}</button>
            </div>`
          : nothing}
      </li>`,
    )}
  </ul>`;
}

/** The mentor's form under a section: a comment, or new text suggested for one of its fields. */
export function renderReviewForm(section: TemplateSection, busy: boolean, onSend: (form: HTMLFormElement) => void): TemplateResult {
  const id = `review-${section.id}`;
  return html`<form class="review-form" @submit=${(e: Event) => {
    e.preventDefault();
    onSend(e.target as HTMLFormElement);
  }}>
    <div class="bw-field">
      <label class="bw-field__label" for=${`${id}-text`}>${msg('Comment on this section', { id: 'narrative.more.commentLabel' })}</label>
      <textarea id=${`${id}-text`} name="text" class="bw-field__input" part="input" rows="2"></textarea>
    </div>
    <div class="bw-field">
      <label class="bw-field__label" for=${`${id}-field`}>${msg('Suggest new text for', { id: 'narrative.more.suggestFor' })}</label>
      <select id=${`${id}-field`} name="field" class="bw-field__input" part="input">
        ${section.fields.map((field) => html`<option value=${field.id}>${field.label}</option>`)}
      </select>
      <textarea id=${`${id}-suggested`} name="suggested" class="bw-field__input" part="input" rows="2" aria-label=${msg('Suggested text', { id: 'narrative.more.suggestedText' })}></textarea>
    </div>
    <button class="bw-button bw-button--secondary" part="button" ?disabled=${busy}>${msg('Send', { id: 'narrative.more.send' })}</button>
  </form>`;
}
