/** Mentor review beside a section: the comments and suggestions, and the mentor's form (loaded on demand). */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { NarrativeReview, TemplateSection } from '../../api/narrative.js';
import { renderBadge } from '../../ui/blocks.js';
import { actionButton, saveFirstReason } from './action-bar.js';
import { plural } from './plural.js';

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

/** Accept (a suggestion, into a saved version only: when unavailable it says why) and Resolve. */
function renderAuthorButtons(item: NarrativeReview, busy: boolean, dirty: boolean, actions: ReviewListActions): TemplateResult {
  const reason = `accept-reason-${item.id}`;
  return html`<div class="row bw-toolbar">
    ${item.kind === 'suggestion'
      ? html`${actionButton(msg('Accept', { id: 'narrative.more.accept' }), () => actions.onAccept(item), { unavailable: busy || dirty, reason: dirty ? reason : undefined })}
        ${dirty ? saveFirstReason(reason) : nothing}`
      : nothing}
    ${actionButton(msg('Resolve', { id: 'narrative.more.resolve' }), () => actions.onResolve(item), { unavailable: busy, secondary: true })}
  </div>`;
}

/** The comments and suggestions of a section (`null`: of the whole draft). */
export function renderReviews(items: readonly NarrativeReview[], state: ReviewListState, actions: ReviewListActions): unknown {
  if (!items.length) return nothing;
  const { busy, dirty, reviewing } = state;
  return html`<ul class="reviews" part="reviews" aria-label=${msg('Mentor review', { id: 'narrative.more.reviews' })}>
    ${items.map(
      (item) => html`<li class="review bw-card" part="review" data-tone=${item.state === 'open' ? 'info' : 'neutral'} data-state=${item.state} data-review=${item.id}>
        <p>
          <strong>${item.kind === 'suggestion' ? msg('Suggestion', { id: 'narrative.more.suggestion' }) : msg('Comment', { id: 'narrative.more.comment' })}</strong>
          ${item.state !== 'open'
            ? renderBadge('neutral', item.state === 'accepted' ? msg('Accepted', { id: 'narrative.more.reviewAccepted' }) : msg('Resolved', { id: 'narrative.more.reviewResolved' }))
            : nothing}
        </p>
        ${item.text ? html`<p dir="auto">${item.text}</p>` : nothing}
        ${item.suggestedText !== undefined ? html`<blockquote class="suggested" dir="auto">${item.suggestedText}</blockquote>` : nothing}
        ${item.state === 'open' && !reviewing ? renderAuthorButtons(item, busy, dirty, actions) : nothing}
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
      <textarea id=${`${id}-text`} name="text" class="bw-field__input" part="input" rows="2" dir="auto"></textarea>
    </div>
    <div class="bw-field">
      <label class="bw-field__label" for=${`${id}-field`}>${msg('Suggest new text for', { id: 'narrative.more.suggestFor' })}</label>
      <select id=${`${id}-field`} name="field" class="bw-field__input" part="input">
        ${section.fields.map((field) => html`<option value=${field.id} dir="auto">${field.label}</option>`)}
      </select>
      <textarea id=${`${id}-suggested`} name="suggested" class="bw-field__input" part="input" rows="2" dir="auto" aria-label=${msg('Suggested text', { id: 'narrative.more.suggestedText' })}></textarea>
    </div>
    <button class="bw-button bw-button--secondary" part="button" aria-disabled=${busy ? 'true' : 'false'}>${msg('Send', { id: 'narrative.more.send' })}</button>
  </form>`;
}

export interface ApprovalQuestion {
  /** The mentor's own comments and suggestions still open on the draft. */
  openByMe: number;
}

/**
 * Asks the mentor to confirm an approval, in a modal dialog (the top layer, sized to the
 * screen), mentioning their own comments and suggestions still open. Escape cancels. Whoever
 * renders it opens it with `showModal()` once drawn (DraftTools.askApproval).
 */
export function renderApprovalDialog(question: ApprovalQuestion, onAnswer: (approve: boolean) => void): TemplateResult {
  const { openByMe } = question;
  const close = (approve: boolean) => (e: Event) => {
    (e.target as HTMLElement).closest('dialog')?.close();
    onAnswer(approve);
  };
  return html`<dialog class="confirm bw-dialog" part="dialog" aria-labelledby="approve-title" aria-describedby="approve-text"
    @cancel=${(e: Event) => {
      e.preventDefault();
      close(false)(e);
    }}>
    <h3 id="approve-title">${msg('Approve this version?', { id: 'narrative.more.approveTitle' })}</h3>
    <p id="approve-text">
      ${openByMe
        ? plural(msg('{count, plural, one {You still have # open comment or suggestion on this draft. It stays open for the author to answer.} other {You still have # open comments or suggestions on this draft. They stay open for the author to answer.}}', { id: 'narrative.more.openByMe' }), openByMe)
        : msg('The author will see that this version is ready to use.', { id: 'narrative.more.approveReady' })}
    </p>
    <div class="row bw-toolbar">
      <button type="button" class="bw-button" part="button" @click=${close(true)}>${msg('Approve', { id: 'narrative.more.approveConfirm' })}</button>
      <button type="button" class="bw-button bw-button--secondary" part="button" @click=${close(false)}>${msg('Cancel', { id: 'narrative.more.cancel' })}</button>
    </div>
  </dialog>`;
}
