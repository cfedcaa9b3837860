/**
 * The reads that opening a draft needs besides the templates: the draft asked for with its
 * reviews, or the person's drafts. They are requested beside the templates, not after them.
 */
import type { BridgewayClient } from '../../api/client.js';
import type { NarrativeDraft, NarrativeDraftPage, NarrativeReviewList, NarrativeTemplate } from '../../api/narrative.js';
import { getNarrativeDraft, getNarrativeTemplate, listDraftReviews, listNarrativeDrafts } from '../../api/operations/narratives.js';

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
  const mine = await settle(client.call(listNarrativeDrafts, { signal }));
  return 'error' in mine ? { error: mine.error } : { mine: mine.value };
}

/** A template that is not among those of the active locale (a shared draft written in another language). */
export function fetchTemplate(client: BridgewayClient, id: string): Promise<NarrativeTemplate> {
  return client.call(getNarrativeTemplate, { params: { id } });
}

/** The reviews of a draft. */
export function fetchReviews(client: BridgewayClient, draftId: string): Promise<NarrativeReviewList> {
  return client.call(listDraftReviews, { params: { id: draftId } });
}
