/**
 * The mentor review's server writes (loaded on demand): asking a mentor for a review, a
 * mentor's comments, suggestions and approval, and the author accepting or resolving them.
 */
import { msg } from '@lit/localize';
import type { NarrativeReview } from '../../api/narrative.js';
import { getMe } from '../../generated/operations.js';
import { acceptSuggestion, approveDraft, commentOnDraft, resolveReview, shareDraft, suggestOnDraft } from '../../generated/operations.js';
import type { DraftSession } from './draft-session.js';
import { writesFor, type DraftWrites } from './draft-writes.js';
import type { NarrativeHost } from './host.js';

export interface ReviewHost extends NarrativeHost {
  readonly session: DraftSession;
}

export class ReviewDesk {
  /** The reviewing mentor's user id, once read. */
  private me?: Promise<string | undefined>;

  constructor(private readonly host: ReviewHost) {}

  /** How many of the mentor's own comments and suggestions are still open (all open ones when the server does not say who they are). */
  async openByMe(): Promise<number> {
    this.me ??= this.host.client.call(getMe).then(
      (me) => me.user?.id,
      () => undefined,
    );
    const me = await this.me;
    return this.session.reviews.filter((r) => r.state === 'open' && r.kind !== 'approval' && (me === undefined || r.authorId === me)).length;
  }

  private get session(): DraftSession {
    return this.host.session;
  }

  private get writes(): DraftWrites {
    return writesFor(this.host, this.host.session);
  }

  /** Shares the saved draft with a mentor. */
  async share(mentorId: string): Promise<void> {
    const draft = this.session.draft;
    if (!draft) return;
    await this.writes.write(
      () => this.host.client.call(shareDraft, { params: { id: draft.id }, body: { mentorIds: [mentorId] } }),
      (shared) => this.session.apply({ draft: shared, notice: msg('Sent to your mentor for review.', { id: 'narrative.more.shared' }) }),
      { progress: 'sending' },
    );
  }

  /** A mentor's comment on a section, or new text suggested for one of its fields (from the section's review form). */
  async send(sectionId: string, form: HTMLFormElement): Promise<void> {
    const draft = this.session.draft;
    if (!draft) return;
    const data = new FormData(form);
    const text = String(data.get('text') ?? '').trim();
    const suggested = String(data.get('suggested') ?? '').trim();
    const fieldId = String(data.get('field') ?? '');
    if (!text && !suggested) return;
    const client = this.host.client;
    const params = { id: draft.id };
    await this.writes.write(
      () =>
        suggested
          ? client.call(suggestOnDraft, { params, body: { sectionId, fieldId, text, suggestedText: suggested } })
          : client.call(commentOnDraft, { params, body: { sectionId, text } }),
      (sent) => {
        const current = this.session.draft;
        form.reset();
        this.session.apply({
          reviews: [...this.session.reviews, sent],
          ...(sent.kind === 'suggestion' && current ? { draft: { ...current, status: 'changes-requested' as const } } : {}),
          notice: msg('Your review was sent.', { id: 'narrative.more.reviewSent' }),
        });
      },
      { progress: 'sending' },
    );
  }

  /** The author takes a suggestion: the server saves it as a new version. */
  async accept(review: NarrativeReview): Promise<void> {
    const draft = this.session.draft;
    if (!draft) return;
    await this.writes.write(
      () => this.host.client.call(acceptSuggestion, { params: { id: draft.id, reviewId: review.id }, body: { version: draft.version } }),
      (result) => {
        this.session.apply({ reviews: result.reviews });
        this.writes.saved(result.draft, msg('Suggestion accepted.', { id: 'narrative.more.accepted' }));
      },
      { progress: 'saving' },
    );
  }

  async resolve(review: NarrativeReview): Promise<void> {
    const draft = this.session.draft;
    if (!draft) return;
    await this.writes.write(
      () => this.host.client.call(resolveReview, { params: { id: draft.id, reviewId: review.id }, body: {} }),
      (result) => this.session.apply({ reviews: result.reviews, draft: result.draft, notice: msg('Marked as resolved.', { id: 'narrative.more.resolved' }) }),
      { progress: 'saving' },
    );
  }

  /** A mentor approves the version on screen. */
  async approve(): Promise<void> {
    const draft = this.session.draft;
    if (!draft) return;
    await this.writes.write(
      () => this.host.client.call(approveDraft, { params: { id: draft.id }, body: { version: draft.version } }),
      (result) => this.session.apply({ reviews: result.reviews, draft: result.draft, notice: msg('You approved this draft.', { id: 'narrative.more.approvedNotice' }) }),
      { progress: 'sending' },
    );
  }
}
