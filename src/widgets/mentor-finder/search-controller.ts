/**
 * The mentor search: the query the filters describe, one search per change of the
 * filters or the client, further pages as the list scrolls to its end, and the window of
 * the results that is rendered (a long list renders only what is in view).
 */
import type { ReactiveController } from 'lit';
import type { BridgewayClient } from '../../api/client.js';
import type { MentorCriterion, MentorFormat, MentorMatch, MentorOffer, MentorSearchQuery } from '../../api/mentor.js';
import { searchMentors } from '../../api/operations/mentors.js';
import { Loader, type LoaderRenderers } from '../../ui/loader.js';
import type { SearchHost } from './host.js';
import type { SavedMentors } from './saved-mentors.js';
import { VirtualWindow } from './virtual-window.js';

/** The filters as the element's attributes hold them. */
export interface FinderFilters {
  occupation?: string;
  jurisdiction?: string;
  language?: string;
  format?: MentorFormat;
  offers: readonly MentorOffer[];
  require: readonly MentorCriterion[];
  origin?: string;
  steps: readonly string[];
  pageSize: number;
}

export interface Results {
  items: MentorMatch[];
  nextCursor: string | null;
}

/** The results to render now: a slice of them, where it starts, and whether more pages follow. */
export interface ResultWindow {
  shown: MentorMatch[];
  start: number;
  total: number;
  more: boolean;
}

/** The search the filters describe, as sent to `POST /v1/mentors/search` (without the cursor). A criterion is required only when its filter is set. */
export function searchQuery(filters: FinderFilters): MentorSearchQuery {
  const query: MentorSearchQuery = { limit: Math.min(100, Math.max(1, Math.round(filters.pageSize) || 25)) };
  const has: Partial<Record<MentorCriterion, boolean>> = {};
  if (filters.occupation) (query.occupation = filters.occupation), (has.occupation = true);
  if (filters.jurisdiction) (query.jurisdiction = filters.jurisdiction), (has.jurisdiction = has.licensed = true);
  if (filters.language) (query.languages = [filters.language]), (has.language = true);
  if (filters.origin) (query.originCountry = filters.origin.toUpperCase()), (has.origin = true);
  if (filters.format) (query.format = filters.format), (has.format = true);
  if (filters.steps.length) (query.credentialSteps = [...filters.steps]), (has['credential-path'] = true);
  if (filters.offers.length) query.offers = [...filters.offers];
  const require = filters.require.filter((c) => has[c]);
  if (require.length) query.require = require;
  return query;
}

export class SearchController implements ReactiveController {
  loadingMore = false;
  moreFailed = false;
  private readonly virtual: VirtualWindow;
  private readonly loader: Loader<Results, readonly [BridgewayClient, string]>;
  private searchedKey?: string;
  private searchedClient?: BridgewayClient;
  /** The window's padding, set through the CSSOM after each update: a strict CSP (style-src 'self') blocks style attributes. */
  private listPadding = '';
  /** A search was cut short by the element's removal: it runs again once the element is back. */
  private interrupted = false;

  constructor(
    private readonly host: SearchHost,
    private readonly saved: SavedMentors,
  ) {
    host.addController(this);
    this.virtual = new VirtualWindow(host, { estimate: 420, buffer: 3, onNearEnd: () => void this.loadMore() });
    this.loader = new Loader(host, {
      autoRun: false,
      args: () => [host.client, this.key] as const,
      load: ([client, key], signal) => this.search(client, key, signal),
    });
  }

  /** A ref callback for the results' scroll container. */
  get scroller(): (element?: Element) => void {
    return this.virtual.scroller;
  }

  get status(): Loader<Results>['status'] {
    return this.loader.status;
  }

  /** What the search depends on besides the client. */
  private get key(): string {
    return JSON.stringify({ query: this.host.query, favourites: this.host.favourites });
  }

  /** Searches when the filters or the client changed since the last search. Call during the host's update. */
  sync(): void {
    let client: BridgewayClient;
    try {
      client = this.host.client;
    } catch {
      return; // No endpoint yet: the session shows why.
    }
    const key = this.key;
    if (key !== this.searchedKey || client !== this.searchedClient) {
      this.searchedKey = key;
      this.searchedClient = client;
      void this.loader.run();
    }
  }

  /** Runs the search again (after a failure). */
  retry(): void {
    void this.loader.run();
  }

  private async search(client: BridgewayClient, key: string, signal: AbortSignal): Promise<Results> {
    const { query, favourites } = JSON.parse(key) as { query: MentorSearchQuery; favourites: boolean };
    let page = await client.call(searchMentors, { body: query, signal });
    let items = page.items;
    if (favourites) {
      // Saved mentors may be on any page: read them all (a pool is small once filtered).
      for (let n = 0; page.nextCursor && n < 40; n++) {
        page = await client.call(searchMentors, { body: { ...query, cursor: page.nextCursor }, signal });
        items = items.concat(page.items);
      }
      items = items.filter((m) => this.saved.has(m.mentor.id));
    }
    this.virtual.reset();
    this.moreFailed = false;
    return { items, nextCursor: favourites ? null : page.nextCursor };
  }

  private async loadMore(): Promise<void> {
    const current = this.loader.value;
    if (!current?.nextCursor || this.loadingMore || this.moreFailed || this.loader.status !== 'ready') return;
    this.setMore(true, false);
    try {
      const page = await this.host.client.call(searchMentors, { body: { ...this.host.query, cursor: current.nextCursor } });
      if (this.loader.value !== current) return;
      this.loader.value = { items: current.items.concat(page.items), nextCursor: page.nextCursor };
    } catch (error) {
      this.moreFailed = true;
      this.host.reportError(error, 'load');
    } finally {
      this.setMore(false, this.moreFailed);
    }
  }

  /** Tries the next page again after it failed. */
  retryMore = (): void => {
    this.moreFailed = false;
    void this.loadMore();
  };

  private setMore(loading: boolean, failed: boolean): void {
    this.loadingMore = loading;
    this.moreFailed = failed;
    this.host.requestUpdate();
  }

  /** The part of the results to render now; the list's padding stands for the rest. */
  window(results: Results): ResultWindow {
    const total = results.items.length;
    const { start, end, before, after } = this.virtual.range(total);
    this.listPadding = `${before}px ${after}px`;
    return { shown: results.items.slice(start, end), start, total, more: results.nextCursor !== null };
  }

  render(renderers: LoaderRenderers<Results>): unknown {
    return this.loader.render(renderers);
  }

  hostDisconnected(): void {
    // Runs before the loader's own hostDisconnected (added after this), which cancels the search.
    if (this.loader.status !== 'loading') return;
    this.interrupted = true;
    this.searchedKey = undefined;
  }

  hostConnected(): void {
    if (!this.interrupted) return;
    this.interrupted = false;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const list = this.host.renderRoot.querySelector<HTMLElement>('.list');
    if (list && list.style.paddingBlock !== this.listPadding) list.style.paddingBlock = this.listPadding;
  }
}
