/**
 * The search results: the count and the fairness note, the scroll box with the rendered
 * window of cards, the next page loading or failed, and the empty state with its way out.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { ref } from 'lit/directives/ref.js';
import { msg, str } from '@lit/localize';
import { renderEmpty, renderError } from '../../ui/states.js';
import type { Namer } from './labels.js';
import { renderMentorCard, type CardCallbacks } from './mentor-card.js';
import type { ResultWindow } from './search-controller.js';

export interface ResultsData {
  window: ResultWindow;
  namer: Namer;
  isMentee: boolean;
  isSaved(mentorId: string): boolean;
  loadingMore: boolean;
  moreFailed: boolean;
  /** Ref callback for the scroll container (the virtual window listens to it). */
  scroller: (element?: Element) => void;
}

export interface ResultsCallbacks extends CardCallbacks {
  onRetryMore(): void;
}

export function renderResults(data: ResultsData, on: ResultsCallbacks): TemplateResult {
  const { shown, start, total, more } = data.window;
  const n = data.namer;
  const label = msg('Mentors', { id: 'mentor.results' });
  return html`<div class="summary" part="summary">
      <p class="count">
        ${more
          ? msg(str`${n.number(total)}+ mentors match, best first`, { id: 'mentor.countMore' })
          : msg(str`${n.number(total)} mentors match, best first`, { id: 'mentor.count' })}
      </p>
      <p class="muted">${msg('Mentors with nearly the same score are shown in a rotating order, so that requests are spread fairly and no one is asked all the time.', { id: 'mentor.fairness' })}</p>
    </div>
    <div class="scroller" part="results" role="region" tabindex="0" aria-label=${label} ${ref(data.scroller)}>
      <div class="list" part="list" role="list" aria-label=${label}>
        ${repeat(
          shown,
          (m) => m.mentor.id,
          (match, i) => renderMentorCard({ match, index: start + i, setSize: more ? -1 : total, namer: n, isMentee: data.isMentee, saved: data.isSaved(match.mentor.id) }, on),
        )}
      </div>
      ${data.loadingMore ? html`<p class="muted more" role="status">${msg('Loading more mentors…', { id: 'mentor.loadingMore' })}</p>` : nothing}
      ${data.moreFailed ? html`<div class="more">${renderError('network', on.onRetryMore, msg('Could not load more mentors.', { id: 'mentor.moreFailed' }))}</div>` : nothing}
    </div>`;
}

/** No mentor matches: why, and (when filters or saved mentors narrowed it) a button that relaxes them. */
export function renderEmptyResults(data: { favourites: boolean; canRelax: boolean }, onRelax: () => void): TemplateResult {
  return html`${renderEmpty(
      data.favourites
        ? msg('None of your saved mentors matches these filters or has a free place right now.', { id: 'mentor.emptyFavourites' })
        : msg('No mentor matches all of these filters. Turn some filters into preferences, or remove one.', { id: 'mentor.empty' }),
    )}
    ${data.canRelax
      ? html`<p class="center"><button type="button" class="bw-button bw-button--secondary" part="button" @click=${onRelax}>${msg('Make every filter a preference', { id: 'mentor.relax' })}</button></p>`
      : nothing}`;
}
