/**
 * A desk's list of introduction requests, a page at a time (the mentee's requests, the
 * mentor's incoming ones): the first page, "Show more" for the next (its `nextCursor`),
 * focus on the first new request, and a reload after an answer that keeps as many
 * requests as were shown.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { PageQuery } from '../../api/common.js';
import { errorKind, errorMessage, type BridgewayErrorKind } from '../../ui/errors.js';
import { plural } from '../../ui/plural.js';
import { renderError } from '../../ui/states.js';
import type { FinderHost } from './host.js';

export const REQUESTS_PER_PAGE = 10;

export interface RequestPage<T> {
  items: T[];
  nextCursor?: string | null;
}

export class RequestPages<T> {
  items: T[] = [];
  nextCursor: string | null = null;
  loadingMore = false;
  moreFailure?: BridgewayErrorKind;

  constructor(
    private readonly host: FinderHost,
    private readonly fetchPage: (query: PageQuery) => Promise<RequestPage<T>>,
    /** Selects the rendered requests (each with `data-index` and `tabindex="-1"`). */
    private readonly itemSelector: string,
  ) {}

  /** Loads the first page again, as many requests as were shown (at most 100). Throws as the call does. */
  async reload(): Promise<void> {
    const page = await this.fetchPage({ limit: Math.min(100, Math.max(REQUESTS_PER_PAGE, this.items.length)) });
    this.items = page.items;
    this.nextCursor = page.nextCursor ?? null;
    this.moreFailure = undefined;
  }

  /** The next page, added below; focus moves to its first request. */
  more = async (): Promise<void> => {
    const cursor = this.nextCursor;
    if (!cursor || this.loadingMore) return;
    this.loadingMore = true;
    this.moreFailure = undefined;
    this.host.requestUpdate();
    let from: number | undefined;
    try {
      const page = await this.fetchPage({ cursor, limit: REQUESTS_PER_PAGE });
      from = this.items.length;
      this.items = this.items.concat(page.items);
      this.nextCursor = page.nextCursor ?? null;
    } catch (error) {
      this.moreFailure = errorKind(error);
      this.host.reportError(error, 'load');
    } finally {
      this.loadingMore = false;
      this.host.requestUpdate();
    }
    await this.host.updateComplete;
    if (from !== undefined) this.host.renderRoot.querySelector<HTMLElement>(`${this.itemSelector}[data-index="${from}"]`)?.focus();
  };

  /** "Show 10 more" while pages follow; the failure, with "Try again", when the next page did not load. */
  renderMore(): TemplateResult | typeof nothing {
    if (this.moreFailure) return html`<div class="more">${renderError(this.moreFailure, this.more, errorMessage(this.moreFailure, 'mentoring'))}</div>`;
    if (!this.nextCursor) return nothing;
    return html`<div class="more">
      ${this.loadingMore
        ? html`<p class="bw-muted" role="status">${msg('Loading…', { id: 'state.loading' })}</p>`
        : html`<button type="button" class="bw-button bw-button--secondary" part="button more" @click=${this.more}>
            ${plural(msg('{count, plural, one {Show # more} other {Show # more}}', { id: 'mentor.showMore' }), REQUESTS_PER_PAGE)}
          </button>`}
    </div>`;
  }
}
