/**
 * The search results: the count and the fairness note, a link that skips the list, the
 * cards of the pages loaded so far (they scroll with the host's page; past 100 results only
 * those near the viewport are in the DOM, src/ui/page-window.ts), "Show 10 more" while
 * pages follow, and the empty state with its way out. When a search failed, the results
 * shown before stay, under a notice that says so, with "Try again".
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import type { MentorMatch } from '../../api/mentor.js';
import { errorMessage, type BridgewayErrorKind } from '../../ui/errors.js';
import { plural } from '../../ui/plural.js';
import type { WindowRange } from '../../ui/page-window.js';
import { renderEmpty, renderError } from '../../ui/states.js';
import type { Namer } from './explain.js';
import { renderMentorCard, type CardCallbacks } from './mentor-card.js';

export interface ResultsData {
  items: readonly MentorMatch[];
  /** More pages follow (the last page had a `nextCursor`). */
  more: boolean;
  /** Results per page: what "Show N more" adds. */
  pageSize: number;
  namer: Namer;
  isMentee: boolean;
  isSaved(mentorId: string): boolean;
  loadingMore: boolean;
  /** Why the next page failed to load. */
  moreFailure?: BridgewayErrorKind;
  /** Why the latest search failed, while these are the results from before it. */
  stale?: BridgewayErrorKind;
  /** Which cards are rendered: all of a short list, those near the viewport of a long one (src/ui/page-window.ts pads the list for the others). */
  shown: WindowRange;
}

export interface ResultsCallbacks extends CardCallbacks {
  onShowMore(): void;
  onRetry(): void;
}

/** Moves focus past the list (the skip link: fragment links do not cross shadow roots). */
function skipResults(event: Event): void {
  event.preventDefault();
  const root = (event.currentTarget as HTMLElement).getRootNode() as Document | ShadowRoot;
  root.getElementById('after-results')?.focus();
}

export function renderResults(data: ResultsData, on: ResultsCallbacks): TemplateResult {
  const { items, more } = data;
  const n = data.namer;
  const total = items.length;
  const label = msg('Mentors', { id: 'mentor.results' });
  const shown = data.shown;
  return html`${data.stale
      ? html`<div class="stale" part="notice">
          ${renderError(data.stale, on.onRetry, `${errorMessage(data.stale, 'mentoring')} ${msg('The mentors below are from your previous search.', { id: 'mentor.staleResults' })}`)}
        </div>`
      : nothing}
    <div class="summary" part="summary">
      <p class="count">
        ${more
          ? msg(str`${n.number(total)}+ mentors match, best first`, { id: 'mentor.countMore' })
          : msg(str`${n.number(total)} mentors match, best first`, { id: 'mentor.count' })}
      </p>
      <p class="bw-muted">${msg('Mentors with nearly the same score are shown in a rotating order, so that requests are spread fairly and no one is asked all the time.', { id: 'mentor.fairness' })}</p>
    </div>
    <a class="skip bw-visually-hidden" href="#after-results" @click=${skipResults}>${msg('Skip the results', { id: 'mentor.skipResults' })}</a>
    <div class="list" part="results list" role="list" aria-label=${label}>
      ${repeat(
        items.slice(shown.start, shown.end),
        // Keyed by position: as the window moves, a card's DOM (and the focus in it) stays with its result.
        (_, i) => shown.start + i,
        (match, i) => renderMentorCard({ match, index: shown.start + i, setSize: more ? -1 : total, namer: n, isMentee: data.isMentee, saved: data.isSaved(match.mentor.id) }, on),
      )}
    </div>
    <div class="more" id="after-results" tabindex="-1">
      ${data.loadingMore ? html`<p class="bw-muted" role="status">${msg('Loading more mentors…', { id: 'mentor.loadingMore' })}</p>` : nothing}
      ${data.moreFailure
        ? renderError(data.moreFailure, on.onShowMore, `${msg('Could not load more mentors.', { id: 'mentor.moreFailed' })} ${errorMessage(data.moreFailure, 'mentoring')}`)
        : more && !data.loadingMore
          ? html`<button type="button" class="bw-button bw-button--secondary" part="button more" @click=${on.onShowMore}>
              ${plural(msg('{count, plural, one {Show # more} other {Show # more}}', { id: 'mentor.showMore' }), data.pageSize)}
            </button>`
          : nothing}
    </div>`;
}

/** No mentor matches: why, and (when filters or saved mentors narrowed it) a button that relaxes them. */
export function renderEmptyResults(data: { favourites: boolean; canRelax: boolean }, onRelax: () => void): TemplateResult {
  return html`${renderEmpty(
      data.favourites
        ? msg('None of your saved mentors matches these filters or has a free place right now.', { id: 'mentor.emptyFavourites' })
        : msg('No mentor matches all of these filters. Turn some filters into preferences, or remove one.', { id: 'mentor.empty' }),
    data.canRelax
      ? html`<button type="button" class="bw-button bw-button--secondary" part="button" @click=${onRelax}>${msg('Make every filter a preference', { id: 'mentor.relax' })}</button>`
      : undefined,
  )}`;
}
