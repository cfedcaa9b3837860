/**
 * The mentor search: the query the filters describe, and one search per change of the
 * filters or the client. The next page, when the person asks for more, is the view's
 * (show-more.ts). The results scroll with the page; a page is small, so the list stays short
 * to Tab through. A failed search keeps the results shown before, with a notice.
 *
 * The request goes out at once; the rules that check its answer come with the view's code (a
 * part fetched beside it), and the answer is checked once both are here: an answer that breaks
 * the contract ends in the error state, as it always did, without the first download carrying them.
 */
import type { ReactiveController } from 'lit';
import type { BridgewayClient, ResponseCheck } from '../../api/client.js';
import type { MentorCriterion, MentorFormat, MentorMatch, MentorMatchPage, MentorOffer, MentorSearchQuery } from '../../api/mentor.js';
import { searchMentors } from '../../generated/routes.js';
import { Loader, type LoaderRenderers } from '../../ui/loader.js';
import type { SearchHost } from './host.js';
import type { SavedMentors } from './saved-mentors.js';

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

/** Results per page unless the host sets `page-size`: short enough to Tab through. */
export const DEFAULT_PAGE_SIZE = 10;

/** The search the filters describe, as sent to `POST /v1/mentors/search` (without the cursor). A criterion is required only when its filter is set. */
export function searchQuery(filters: FinderFilters): MentorSearchQuery {
  const query: MentorSearchQuery = { limit: Math.min(100, Math.max(1, Math.round(filters.pageSize) || DEFAULT_PAGE_SIZE)) };
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
  private readonly loader: Loader<Results, readonly [BridgewayClient, string]>;
  private searchedKey?: string;
  private searchedClient?: BridgewayClient;
  /** A search was cut short by the element's removal: it runs again once the element is back. */
  private interrupted = false;

  constructor(
    private readonly host: SearchHost,
    private readonly saved: SavedMentors,
    /** The validator of a page of results, on its way with the view's code (asked for per search, never before the request). */
    private readonly answerCheck: () => ResponseCheck<MentorMatchPage>,
  ) {
    host.addController(this);
    this.loader = new Loader(host, {
      autoRun: false,
      args: () => [host.client, this.key] as const,
      load: ([client, key], signal) => this.search(client, key, signal),
    });
  }

  get status(): Loader<Results>['status'] {
    return this.loader.status;
  }

  /** The results shown before a search that failed (kept on screen with a notice). */
  get previous(): Results | undefined {
    return this.loader.status === 'error' && this.loader.value?.items.length ? this.loader.value : undefined;
  }

  /** What the search depends on besides the client. */
  private get key(): string {
    return JSON.stringify({ query: this.host.query, favourites: this.host.favourites });
  }

  /** Searches when the filters or the client changed since the last search. Call during the host's update. */
  sync(): void {
    // An update after the element left the page (a part's code arriving late asks for one) starts
    // nothing that removal would have cancelled: putting the element back searches.
    if (!this.host.isConnected) return void (this.interrupted = true);
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
    const response = this.answerCheck();
    let page = await client.call(searchMentors, { body: query, signal, response });
    let items = page.items;
    if (favourites) {
      // Saved mentors may be on any page: read them all (a pool is small once filtered).
      for (let n = 0; page.nextCursor && n < 40; n++) {
        page = await client.call(searchMentors, { body: { ...query, cursor: page.nextCursor }, signal, response });
        items = items.concat(page.items);
      }
      items = items.filter((m) => this.saved.has(m.mentor.id));
    }
    return { items, nextCursor: favourites ? null : page.nextCursor };
  }

  /** The results shown, once the search is ready. */
  get results(): Results | undefined {
    return this.loader.status === 'ready' ? this.loader.value : undefined;
  }

  /** Shows `next` in place of `current` (a page added below), unless another search has replaced it meanwhile. */
  replace(current: Results, next: Results): boolean {
    if (this.loader.value !== current) return false;
    this.loader.value = next;
    return true;
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
}
