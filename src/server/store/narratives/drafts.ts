/** Narratives store: drafts and their versions. Each save is a new version; nothing is lost. */
import type { CreateDraftRequest, DraftStatus, DraftValues, DraftVersion, NarrativeDraft, RestoreVersionRequest, UpdateDraftRequest } from '../../../api/narrative.js';
import type { Actor } from '../../actor.js';
import { inTransaction, type Connection } from '../../db/transaction.js';
import type { Queryable } from '../../db/types.js';
import { Refusal } from '../../refusal.js';
import { isoTime, newId, positionSql, requireAnchor, type ListOrder, type PositionWindow } from '../../wire.js';
import { DRAFT_SELECT, json, loadDraft, readable, readableAs, staleDraft, toDraft } from './rows.js';
import { findTemplate } from './templates.js';

async function addVersion(db: Queryable, organisationId: string, draft: NarrativeDraft, authorId: string): Promise<void> {
  await db.query(
    `INSERT INTO narrative_draft_versions (organisation_id, draft_id, version, title, "values", competencies, author_id)
     VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7)`,
    [organisationId, draft.id, draft.version, draft.title, JSON.stringify(draft.values), JSON.stringify(draft.competencies), authorId],
  );
}

/** Starts a draft from a template the organisation can use; it is version 1. */
export async function createDraft(db: Connection, organisationId: string, actor: Actor, input: CreateDraftRequest): Promise<NarrativeDraft> {
  const template = await findTemplate(db, organisationId, input.templateId);
  if (!template) throw Refusal.unprocessable(`There is no template "${input.templateId}".`);
  return inTransaction(db, async (tx) => {
    const id = newId('nd');
    await tx.query(
      `INSERT INTO narrative_drafts (id, organisation_id, template_id, owner_id, title, "values", competencies)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb)`,
      [id, organisationId, input.templateId, actor.userId, input.title ?? template.title, JSON.stringify(input.values ?? {}), JSON.stringify(input.competencies ?? [])],
    );
    const draft = (await loadDraft(tx, organisationId, id))!;
    await addVersion(tx, organisationId, draft, actor.userId);
    return draft;
  });
}

/** A draft the actor may read. */
export async function getDraft(db: Queryable, organisationId: string, actor: Actor, draftId: string): Promise<NarrativeDraft> {
  return (await readable(db, organisationId, actor, draftId)).draft;
}

/**
 * Drafts page newest first by when they were started: a key that never moves, so a draft saved
 * between two pages is neither seen twice nor skipped (`updated_at` moves on every save).
 */
const DRAFT_ORDER: ListOrder = { table: 'narrative_drafts', alias: 'd', keys: [{ column: 'created_at', descending: true }, { column: 'id' }] };

/** The actor's own drafts and those shared with them, newest first; with `window`, a page after its anchor (one row more). */
export async function listDrafts(db: Queryable, organisationId: string, actor: Actor, window?: PositionWindow): Promise<NarrativeDraft[]> {
  await requireAnchor(db, window, 'narrative_drafts', { organisation_id: organisationId });
  const page = positionSql(window, DRAFT_ORDER, 4);
  const { rows } = await db.query<Parameters<typeof toDraft>[0]>(
    `${DRAFT_SELECT}
      WHERE d.organisation_id = $1
        AND (d.owner_id = $2 OR ($3 = 'mentor' AND EXISTS (
              SELECT 1 FROM narrative_shares s WHERE s.draft_id = d.id AND s.organisation_id = $1 AND s.mentor_id = $2)))
        AND ${page.after}${page.tail}`,
    [organisationId, actor.userId, actor.role, ...page.params],
  );
  return rows.map(toDraft);
}

/** The status after the owner changes the text: an approval covered the old text only. */
function statusAfterEdit(draft: NarrativeDraft): DraftStatus {
  if (draft.status !== 'approved') return draft.status;
  return draft.sharedWith.length ? 'in-review' : 'draft';
}

/**
 * Writes a new version of the draft if it is still at `baseVersion`, recording it in the
 * history; otherwise refuses with the draft as it is now.
 */
export async function writeVersion(
  tx: Queryable,
  organisationId: string,
  actor: Actor,
  draft: NarrativeDraft,
  baseVersion: number,
  next: { title: string; values: DraftValues; competencies: string[]; status: DraftStatus },
): Promise<NarrativeDraft> {
  const { rows } = await tx.query<{ id: string }>(
    `UPDATE narrative_drafts SET title = $4, "values" = $5::jsonb, competencies = $6::jsonb, status = $7,
            version = version + 1, updated_at = now()
      WHERE id = $1 AND organisation_id = $2 AND version = $3 RETURNING id`,
    [draft.id, organisationId, baseVersion, next.title, JSON.stringify(next.values), JSON.stringify(next.competencies), next.status],
  );
  const current = (await loadDraft(tx, organisationId, draft.id))!;
  if (!rows[0]) throw staleDraft(current);
  await addVersion(tx, organisationId, current, actor.userId);
  return current;
}

/** The owner saves; a stale `version` is a conflict carrying the current draft. Each save is a new version. */
export async function updateDraft(db: Connection, organisationId: string, actor: Actor, draftId: string, input: UpdateDraftRequest): Promise<NarrativeDraft> {
  return inTransaction(db, async (tx) => {
    const draft = await readableAs(tx, organisationId, actor, draftId, 'owner', 'Only the author edits a draft; a reviewer can suggest a change.');
    if (input.version !== draft.version) throw staleDraft(draft);
    return writeVersion(tx, organisationId, actor, draft, input.version, {
      title: input.title ?? draft.title,
      values: input.values ?? draft.values,
      competencies: input.competencies ?? draft.competencies,
      status: statusAfterEdit(draft),
    });
  });
}

interface VersionRow {
  draft_id: string;
  version: number;
  title: string;
  values: unknown;
  competencies: unknown;
  author_id: string;
  created_at: Date | string;
}

function toVersion(row: VersionRow): DraftVersion {
  return {
    draftId: row.draft_id,
    version: row.version,
    title: row.title,
    values: json(row.values),
    competencies: json(row.competencies),
    authorId: row.author_id,
    createdAt: isoTime(row.created_at),
  };
}

/** The draft's history, newest first, for anyone who may read the draft. */
export async function listVersions(db: Queryable, organisationId: string, actor: Actor, draftId: string): Promise<DraftVersion[]> {
  await readable(db, organisationId, actor, draftId);
  const { rows } = await db.query<VersionRow>(
    'SELECT * FROM narrative_draft_versions WHERE draft_id = $1 AND organisation_id = $2 ORDER BY version DESC',
    [draftId, organisationId],
  );
  return rows.map(toVersion);
}

/** The owner brings back an earlier version; it is saved as a new version, so nothing is lost. */
export async function restoreVersion(db: Connection, organisationId: string, actor: Actor, draftId: string, input: RestoreVersionRequest): Promise<NarrativeDraft> {
  return inTransaction(db, async (tx) => {
    const draft = await readableAs(tx, organisationId, actor, draftId, 'owner', 'Only the author restores a version.');
    if (input.version !== draft.version) throw staleDraft(draft);
    const { rows } = await tx.query<VersionRow>(
      'SELECT * FROM narrative_draft_versions WHERE draft_id = $1 AND organisation_id = $2 AND version = $3',
      [draftId, organisationId, input.restore],
    );
    if (!rows[0]) throw Refusal.unprocessable(`The draft has no version ${input.restore}.`);
    const earlier = toVersion(rows[0]);
    return writeVersion(tx, organisationId, actor, draft, input.version, {
      title: earlier.title,
      values: earlier.values,
      competencies: earlier.competencies,
      status: statusAfterEdit(draft),
    });
  });
}
