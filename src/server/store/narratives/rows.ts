/**
 * Narratives store, shared parts: drafts as rows, who may read a draft, and the refusals.
 * A draft is read by its owner and by the mentors it is shared with; nobody else ever sees
 * it (it is "not found", never "forbidden").
 */
import type { DraftStatus, NarrativeDraft } from '../../../api/narrative.js';
import type { Actor } from '../../actor.js';
import type { Queryable } from '../../db/types.js';
import { Refusal } from '../../refusal.js';
import { isoTime } from '../../wire.js';

export const draftNotFound = () => Refusal.notFound('No draft with this id that you can read.');

/** A write based on a stale version of the draft. */
export const staleDraft = (current: NarrativeDraft) =>
  Refusal.conflict(`The draft changed since you read it; it is now at version ${current.version}. Merge your change into "current" and send it again.`, current);

export function json<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

interface DraftRow {
  id: string;
  organisation_id: string;
  template_id: string;
  owner_id: string;
  title: string;
  values: unknown;
  competencies: unknown;
  status: DraftStatus;
  version: number;
  updated_at: Date | string;
  shared_with: string[] | null;
}

export const DRAFT_SELECT = `SELECT d.*, coalesce((SELECT array_agg(s.mentor_id ORDER BY s.created_at, s.mentor_id)
    FROM narrative_shares s WHERE s.draft_id = d.id AND s.organisation_id = d.organisation_id), '{}') AS shared_with
  FROM narrative_drafts d`;

export function toDraft(row: DraftRow): NarrativeDraft {
  return {
    id: row.id,
    templateId: row.template_id,
    ownerId: row.owner_id,
    title: row.title,
    values: json(row.values),
    competencies: json(row.competencies),
    status: row.status,
    version: row.version,
    sharedWith: row.shared_with ?? [],
    updatedAt: isoTime(row.updated_at),
  };
}

export async function loadDraft(db: Queryable, organisationId: string, draftId: string): Promise<NarrativeDraft | undefined> {
  const { rows } = await db.query<DraftRow>(`${DRAFT_SELECT} WHERE d.id = $1 AND d.organisation_id = $2`, [draftId, organisationId]);
  return rows[0] ? toDraft(rows[0]) : undefined;
}

export type Access = 'owner' | 'reviewer';

function accessOf(draft: NarrativeDraft, actor: Actor): Access | undefined {
  if (draft.ownerId === actor.userId) return 'owner';
  if (actor.role === 'mentor' && draft.sharedWith.includes(actor.userId)) return 'reviewer';
  return undefined;
}

/** The draft and what the actor is to it; not found when the actor may not read it. */
export async function readable(db: Queryable, organisationId: string, actor: Actor, draftId: string): Promise<{ draft: NarrativeDraft; access: Access }> {
  const draft = await loadDraft(db, organisationId, draftId);
  const access = draft && accessOf(draft, actor);
  if (!draft || !access) throw draftNotFound();
  return { draft, access };
}

/** The draft when the actor is `access` to it (not found when they may not read it, forbidden with `why` otherwise). */
export async function readableAs(db: Queryable, organisationId: string, actor: Actor, draftId: string, access: Access, why: string): Promise<NarrativeDraft> {
  const found = await readable(db, organisationId, actor, draftId);
  if (found.access !== access) throw Refusal.forbidden(why);
  return found.draft;
}
