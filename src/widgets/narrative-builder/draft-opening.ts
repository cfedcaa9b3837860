/**
 * The reads that opening a draft needs besides the templates: the draft asked for with its
 * reviews, or the person's drafts. They are requested beside the templates, not after them.
 * A draft started in another language is found too (its template is the same form in that
 * language): it opens with its own text, and the guidance of the language shown (guide.ts).
 */
import type { BridgewayClient } from '../../api/client.js';
import type { NarrativeDraft, NarrativeDraftPage, NarrativeReviewList, NarrativeTemplate } from '../../api/narrative.js';
import { getNarrativeDraft, getNarrativeTemplate, listDraftReviews, listNarrativeDrafts, listNarrativeTemplates } from '../../generated/operations.js';
import { sameShape } from './guide.js';
import { localKey, readLocal, type LocalDraft } from './local-draft.js';

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

/** A template that is not among those of the active locale (a shared draft written in another language). */
export function fetchTemplate(client: BridgewayClient, id: string): Promise<NarrativeTemplate> {
  return client.call(getNarrativeTemplate, { params: { id } });
}

/** The reviews of a draft. */
export function fetchReviews(client: BridgewayClient, draftId: string): Promise<NarrativeReviewList> {
  return client.call(listDraftReviews, { params: { id: draftId } });
}

/** Templates that drafts or copies on this device use and the shelf (the language shown) does not hold. */
export function foreignTemplateIds(shelf: readonly NarrativeTemplate[], drafts: readonly NarrativeDraft[], unsaved: readonly LocalDraft[]): string[] {
  const known = new Set(shelf.map((t) => t.id));
  return [...new Set([...drafts.map((d) => d.templateId), ...unsaved.map((r) => r.templateId)])].filter((id) => !known.has(id));
}

/** `asked` and the same form in every other language (one read of the kind's templates). */
export async function fetchFamily(client: BridgewayClient, asked: NarrativeTemplate): Promise<NarrativeTemplate[]> {
  const all = await client.call(listNarrativeTemplates, { query: { kind: asked.kind } });
  return [asked, ...all.items.filter((t) => t.id !== asked.id && sameShape(t, asked))];
}

/**
 * Which draft opens for a template, and with which template (the family: `asked` and its
 * counterparts): the draft this device remembers, else the newest in the language shown,
 * else the newest in another (`drafts` come newest first); without one, text typed on this device, in this template first.
 */
export function pickOpening(family: readonly NarrativeTemplate[], drafts: readonly NarrativeDraft[], unsaved: readonly LocalDraft[]): { template: NarrativeTemplate; draft?: NarrativeDraft } {
  const asked = family[0];
  const ids = new Set(family.map((t) => t.id));
  const remembered = readLocal(localKey(asked.id))?.draftId;
  const draft = drafts.find((d) => d.id === remembered) ?? drafts.find((d) => d.templateId === asked.id) ?? drafts.find((d) => ids.has(d.templateId));
  const typed = unsaved.find((r) => r.templateId === asked.id) ?? unsaved.find((r) => ids.has(r.templateId));
  const templateId = draft?.templateId ?? typed?.templateId ?? asked.id;
  return { template: family.find((t) => t.id === templateId) ?? asked, ...(draft ? { draft } : {}) };
}
