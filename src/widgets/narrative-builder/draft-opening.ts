/**
 * The reads that opening a draft needs besides the templates: the draft asked for with its
 * reviews, or the person's drafts. They are requested beside the templates, not after them,
 * from the element's first download (the template catalogue starts them at connect); what is
 * done with them (which draft opens, in which language) is draft-opener.ts, in the view's part.
 */
import type { BridgewayClient } from '../../api/client.js';
import type { NarrativeDraft, NarrativeDraftPage, NarrativeReviewList } from '../../api/narrative.js';
import { getNarrativeDraft, listDraftReviews, listNarrativeDrafts } from '../../generated/operations.js';

export type Settled<T> = { value: T } | { error: unknown };

/** What opening a draft fetched from the server. */
export interface Fetched {
  draft?: NarrativeDraft;
  reviews?: Settled<NarrativeReviewList>;
  mine?: NarrativeDraftPage;
  error?: unknown;
}

/** Fetched together with the templates, for the first open. */
export interface Opening {
  draftId?: string;
  user: boolean;
  result: Fetched;
}

const settle = <T>(request: Promise<T>): Promise<Settled<T>> => request.then((value) => ({ value }), (error: unknown) => ({ error }));

/**
 * The draft asked for and its reviews, or the person's drafts, all requested at once.
 * Never rejects (a failure is returned, for the session to show). Nothing without a user.
 */
export async function fetchOpening(client: BridgewayClient, user: boolean, draftId: string | undefined, signal?: AbortSignal): Promise<Fetched> {
  if (!user) return {};
  if (draftId) {
    const params = { id: draftId };
    const [draft, reviews] = await Promise.all([settle(client.call(getNarrativeDraft, { params, signal })), settle(client.call(listDraftReviews, { params, signal }))]);
    return 'error' in draft ? { error: draft.error } : { draft: draft.value, reviews };
  }
  const mine = await settle(allMyDrafts(client, signal));
  return 'error' in mine ? { error: mine.error } : { mine: mine.value };
}

/** How many templates a page asks for. */
export const TEMPLATE_PAGE_SIZE = 50;

/** Pages of the person's drafts read when opening: enough for anyone's drafts, bounded all the same. */
export const MAX_DRAFT_PAGES = 5;

/**
 * The person's drafts, a page at a time following `nextCursor` (at most {@link MAX_DRAFT_PAGES}
 * pages), most recently changed first: the server pages them by when they were started, a key
 * that never moves, and the opening picks the draft the person worked on last.
 */
async function allMyDrafts(client: BridgewayClient, signal?: AbortSignal): Promise<NarrativeDraftPage> {
  let page = await client.call(listNarrativeDrafts, { query: { limit: 100 }, signal });
  const items = [...page.items];
  for (let read = 1; page.nextCursor && read < MAX_DRAFT_PAGES; read++) {
    page = await client.call(listNarrativeDrafts, { query: { limit: 100, cursor: page.nextCursor }, signal });
    items.push(...page.items);
  }
  items.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
  return { items, nextCursor: page.nextCursor };
}
