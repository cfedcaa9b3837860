/**
 * The reads that opening a draft needs besides the templates: the draft asked for with its
 * reviews, or the person's drafts. They are requested beside the templates, not after them.
 */
import type { BridgewayClient } from '../../api/client.js';
import { NarrativeDraft, NarrativeDraftPage, NarrativeReviewList, NarrativeTemplatePage, type NarrativeTemplate } from '../../api/narrative.js';

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
    const path = `/narrative-drafts/${encodeURIComponent(draftId)}`;
    const [draft, reviews] = await Promise.all([
      settle(client.request({ path, response: NarrativeDraft, signal })),
      settle(client.request({ path: `${path}/reviews`, response: NarrativeReviewList, signal })),
    ]);
    return 'error' in draft ? { error: draft.error } : { draft: draft.value, reviews };
  }
  const mine = await settle(client.request({ path: '/narrative-drafts', response: NarrativeDraftPage, signal }));
  return 'error' in mine ? { error: mine.error } : { mine: mine.value };
}

/** A template that is not among those of the active locale (a shared draft written in another language). */
export async function fetchTemplate(client: BridgewayClient, id: string): Promise<NarrativeTemplate> {
  const page = await client.request({ path: '/narrative-templates', response: NarrativeTemplatePage });
  const found = page.items.find((t) => t.id === id);
  if (!found) throw new Error(`The draft's template "${id}" is not available.`);
  return found;
}

/** The reviews of a draft. */
export async function fetchReviews(client: BridgewayClient, draftId: string): Promise<NarrativeReviewList> {
  return client.request({ path: `/narrative-drafts/${draftId}/reviews`, response: NarrativeReviewList });
}
