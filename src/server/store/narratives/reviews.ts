/**
 * Narratives store: sharing a draft for review, and reviews. The owner shares, accepts and
 * resolves; a mentor the draft is shared with comments, suggests and approves.
 */
import type { ApproveRequest, CommentRequest, DraftStatus, DraftWithReviews, NarrativeDraft, NarrativeReview, ShareDraftRequest, SuggestRequest } from '../../../api/narrative.js';
import type { Actor } from '../../actor.js';
import { inTransaction, type Connection } from '../../db/transaction.js';
import type { Queryable } from '../../db/types.js';
import { Refusal } from '../../refusal.js';
import { isoTime, newId, pageSql, type PageWindow } from '../../wire.js';
import { writeVersion } from './drafts.js';
import { draftNotFound, loadDraft, readable, readableAs, staleDraft } from './rows.js';
import { findTemplate } from './templates.js';

/** The owner shares the draft with mentors of the organisation; it goes into review. */
export async function shareForReview(db: Connection, organisationId: string, actor: Actor, draftId: string, input: ShareDraftRequest): Promise<NarrativeDraft> {
  return inTransaction(db, async (tx) => {
    await readableAs(tx, organisationId, actor, draftId, 'owner', 'Only the author shares a draft.');
    const mentorIds = [...new Set(input.mentorIds)];
    const { rows } = await tx.query<{ id: string }>(
      `SELECT id FROM users WHERE organisation_id = $1 AND role = 'mentor' AND id = ANY($2::text[])`,
      [organisationId, mentorIds],
    );
    if (rows.length !== mentorIds.length) {
      const known = new Set(rows.map((row) => row.id));
      throw Refusal.unprocessable(`Not a mentor of this program: ${mentorIds.filter((id) => !known.has(id)).join(', ')}.`);
    }
    for (const mentorId of mentorIds) {
      await tx.query(
        `INSERT INTO narrative_shares (organisation_id, draft_id, mentor_id, shared_by, message) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (draft_id, mentor_id) DO UPDATE SET message = coalesce(EXCLUDED.message, narrative_shares.message)`,
        [organisationId, draftId, mentorId, actor.userId, input.message ?? null],
      );
    }
    await tx.query(
      `UPDATE narrative_drafts SET status = 'in-review', updated_at = now() WHERE id = $1 AND organisation_id = $2 AND status <> 'in-review'`,
      [draftId, organisationId],
    );
    return (await loadDraft(tx, organisationId, draftId))!;
  });
}

interface ReviewRow {
  id: string;
  draft_id: string;
  section_id: string | null;
  field_id: string | null;
  author_id: string;
  kind: NarrativeReview['kind'];
  text: string;
  suggested_text: string | null;
  state: NarrativeReview['state'];
  draft_version: number;
  created_at: Date | string;
}

function toReview(row: ReviewRow): NarrativeReview {
  return {
    id: row.id,
    draftId: row.draft_id,
    sectionId: row.section_id,
    fieldId: row.field_id,
    authorId: row.author_id,
    kind: row.kind,
    text: row.text,
    ...(row.suggested_text === null ? {} : { suggestedText: row.suggested_text }),
    state: row.state,
    draftVersion: row.draft_version,
    createdAt: isoTime(row.created_at),
  };
}

/** Reviews of a draft, oldest first (one page of them with `window`), for anyone who may read the draft. */
export async function listReviews(db: Queryable, organisationId: string, actor: Actor, draftId: string, window?: PageWindow): Promise<NarrativeReview[]> {
  await readable(db, organisationId, actor, draftId);
  const { rows } = await db.query<ReviewRow>(
    `SELECT * FROM narrative_reviews WHERE draft_id = $1 AND organisation_id = $2 ORDER BY created_at, id${pageSql(window)}`,
    [draftId, organisationId],
  );
  return rows.map(toReview);
}

/** The draft with every review of it, as the reviewing routes answer. */
export async function withReviews(db: Queryable, organisationId: string, actor: Actor, draft: NarrativeDraft): Promise<DraftWithReviews> {
  return { draft, reviews: await listReviews(db, organisationId, actor, draft.id) };
}

export type ReviewInput = ({ kind: 'comment' } & CommentRequest) | ({ kind: 'suggestion' } & SuggestRequest);

async function setStatus(tx: Queryable, organisationId: string, draftId: string, status: DraftStatus): Promise<void> {
  await tx.query('UPDATE narrative_drafts SET status = $3, updated_at = now() WHERE id = $1 AND organisation_id = $2', [draftId, organisationId, status]);
}

/**
 * A mentor the draft is shared with comments on a section or suggests replacement text for
 * a field. A suggestion, or a comment that asks for changes, moves the draft to
 * `changes-requested`.
 */
export async function addReview(db: Connection, organisationId: string, actor: Actor, draftId: string, input: ReviewInput): Promise<NarrativeReview> {
  return inTransaction(db, async (tx) => {
    const draft = await readableAs(tx, organisationId, actor, draftId, 'reviewer', 'Only a mentor the draft is shared with reviews it.');
    const template = await findTemplate(tx, organisationId, draft.templateId);
    if (!template) throw Refusal.unprocessable('The draft\'s template is gone.');
    if (input.sectionId !== null) {
      const section = template.sections.find((candidate) => candidate.id === input.sectionId);
      if (!section) throw Refusal.unprocessable(`The template has no section "${input.sectionId}".`);
      if (input.kind === 'suggestion' && !section.fields.some((field) => field.id === input.fieldId)) {
        throw Refusal.unprocessable(`The section "${input.sectionId}" has no field "${input.fieldId}".`);
      }
    }
    const { rows } = await tx.query<ReviewRow>(
      `INSERT INTO narrative_reviews (id, organisation_id, draft_id, section_id, field_id, author_id, kind, text, suggested_text, draft_version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING *`,
      [newId('nr'), organisationId, draftId, input.sectionId, input.kind === 'suggestion' ? input.fieldId : null, actor.userId, input.kind, input.text,
        input.kind === 'suggestion' ? input.suggestedText : null, draft.version],
    );
    if (input.kind === 'suggestion' || input.requestChanges) await setStatus(tx, organisationId, draftId, 'changes-requested');
    return toReview(rows[0]);
  });
}

/** A mentor the draft is shared with approves the version they read. */
export async function approve(db: Connection, organisationId: string, actor: Actor, draftId: string, input: ApproveRequest): Promise<{ draft: NarrativeDraft; review: NarrativeReview }> {
  return inTransaction(db, async (tx) => {
    const draft = await readableAs(tx, organisationId, actor, draftId, 'reviewer', 'Only a mentor the draft is shared with approves it.');
    if (input.version !== draft.version) throw staleDraft(draft);
    const { rows } = await tx.query<ReviewRow>(
      `INSERT INTO narrative_reviews (id, organisation_id, draft_id, section_id, field_id, author_id, kind, text, state, draft_version)
       VALUES ($1, $2, $3, NULL, NULL, $4, 'approval', $5, 'resolved', $6) RETURNING *`,
      [newId('nr'), organisationId, draftId, actor.userId, input.text ?? '', draft.version],
    );
    await setStatus(tx, organisationId, draftId, 'approved');
    return { draft: (await loadDraft(tx, organisationId, draftId))!, review: toReview(rows[0]) };
  });
}

/** An open review of the owner's draft. */
async function ownerReview(tx: Queryable, organisationId: string, actor: Actor, draftId: string, reviewId: string): Promise<{ draft: NarrativeDraft; review: NarrativeReview }> {
  const draft = await readableAs(tx, organisationId, actor, draftId, 'owner', 'Only the author accepts or resolves a review.');
  const { rows } = await tx.query<ReviewRow>('SELECT * FROM narrative_reviews WHERE id = $1 AND draft_id = $2 AND organisation_id = $3', [reviewId, draftId, organisationId]);
  if (!rows[0]) throw draftNotFound();
  const review = toReview(rows[0]);
  if (review.state !== 'open') throw Refusal.unprocessable(`The review is already ${review.state}.`);
  return { draft, review };
}

/** Once no review asks for changes any more, a draft in `changes-requested` is back in review. */
async function settleStatus(tx: Queryable, organisationId: string, draftId: string): Promise<void> {
  await tx.query(
    `UPDATE narrative_drafts d SET status = 'in-review', updated_at = now()
      WHERE d.id = $1 AND d.organisation_id = $2 AND d.status = 'changes-requested'
        AND NOT EXISTS (SELECT 1 FROM narrative_reviews r WHERE r.draft_id = d.id AND r.organisation_id = $2
                          AND r.state = 'open' AND r.kind IN ('comment', 'suggestion'))`,
    [draftId, organisationId],
  );
}

async function closeReview(tx: Queryable, organisationId: string, draftId: string, reviewId: string, state: 'accepted' | 'resolved'): Promise<{ draft: NarrativeDraft; review: NarrativeReview }> {
  const { rows } = await tx.query<ReviewRow>(`UPDATE narrative_reviews SET state = $3, updated_at = now() WHERE id = $1 AND organisation_id = $2 RETURNING *`, [reviewId, organisationId, state]);
  await settleStatus(tx, organisationId, draftId);
  return { draft: (await loadDraft(tx, organisationId, draftId))!, review: toReview(rows[0]) };
}

/** The owner accepts a suggestion: its text replaces the field, as a new version of the draft. */
export async function acceptSuggestion(
  db: Connection,
  organisationId: string,
  actor: Actor,
  draftId: string,
  reviewId: string,
  input: { version: number },
): Promise<{ draft: NarrativeDraft; review: NarrativeReview }> {
  return inTransaction(db, async (tx) => {
    const { draft, review } = await ownerReview(tx, organisationId, actor, draftId, reviewId);
    if (review.kind !== 'suggestion' || review.fieldId === null || review.suggestedText === undefined) throw Refusal.unprocessable('Only a suggestion can be accepted.');
    if (input.version !== draft.version) throw staleDraft(draft);
    const field = review.fieldId;
    const previous = draft.values[field];
    // A list field takes the suggestion line by line.
    const value = Array.isArray(previous) ? review.suggestedText.split('\n').map((line) => line.trim()).filter(Boolean) : review.suggestedText;
    await writeVersion(tx, organisationId, actor, draft, input.version, {
      title: draft.title,
      values: { ...draft.values, [field]: value },
      competencies: draft.competencies,
      status: draft.status,
    });
    return closeReview(tx, organisationId, draftId, reviewId, 'accepted');
  });
}

/** The owner marks a comment or suggestion as dealt with, without changing the text. */
export async function resolveReview(db: Connection, organisationId: string, actor: Actor, draftId: string, reviewId: string): Promise<{ draft: NarrativeDraft; review: NarrativeReview }> {
  return inTransaction(db, async (tx) => {
    await ownerReview(tx, organisationId, actor, draftId, reviewId);
    return closeReview(tx, organisationId, draftId, reviewId, 'resolved');
  });
}
