/**
 * "Show 10 more": the next page of the search (its `nextCursor`), added below the results shown,
 * with focus on its first mentor. A page that did not load says so, with "Try again", under the
 * results, which stay. Part of the view's code: it runs only once a person asks for more.
 */
import { searchMentors } from '../../generated/operations.js';
import { errorKind, type BridgewayErrorKind } from '../../ui/errors.js';
import type { SearchHost } from './host.js';
import type { Results, SearchController } from './search-controller.js';

export class MoreResults {
  loading = false;
  /** Why the next page did not load, for the results it was asked for (a new search leaves it behind). */
  private failed?: { results: Results; kind: BridgewayErrorKind };

  constructor(
    private readonly host: SearchHost,
    private readonly search: SearchController,
    /** Keeps the result at this index rendered (a long list holds only those near the viewport): focus moves to it. */
    private readonly reveal: (index: number) => void,
  ) {}

  /** Why the next page of `results` did not load, until it is asked for again. */
  failure(results: Results): BridgewayErrorKind | undefined {
    return this.failed?.results === results ? this.failed.kind : undefined;
  }

  /** Loads the next page and moves focus to its first mentor. */
  show = async (): Promise<void> => {
    const current = this.search.results;
    if (!current?.nextCursor || this.loading) return;
    this.loading = true;
    this.failed = undefined;
    this.host.requestUpdate();
    let from: number | undefined;
    try {
      const page = await this.host.client.call(searchMentors, { body: { ...this.host.query, cursor: current.nextCursor } });
      if (this.search.replace(current, { items: current.items.concat(page.items), nextCursor: page.nextCursor })) from = current.items.length;
    } catch (error) {
      this.failed = { results: current, kind: errorKind(error) };
      this.host.reportError(error, 'load');
    }
    this.loading = false;
    this.host.requestUpdate();
    if (from === undefined) return;
    this.reveal(from);
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(`[data-index="${from}"] .card__name button`)?.focus();
  };
}
