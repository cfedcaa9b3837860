/**
 * Data access for narrative templates, drafts, versions, shares and reviews. Every
 * function takes the caller's organisation and the acting user and enforces who may do
 * what, so the routes only translate results to HTTP:
 *
 * - templates: shared seed templates (organisation NULL) plus the organisation's own;
 *   only a coordinator adds one.
 * - a draft is read by its owner and by the mentors it is shared with; nobody from another
 *   organisation ever sees it (it is "not found", never "forbidden").
 * - the owner edits, restores, shares, accepts and resolves; a mentor it is shared with
 *   comments, suggests and approves.
 */
import type {
  ApproveRequest,
  CommentRequest,
  CreateDraftRequest,
  CreateTemplateRequest,
  DraftStatus,
  DraftValues,
  DraftVersion,
  NarrativeDraft,
  NarrativeKind,
  NarrativeReview,
  NarrativeTemplate,
  RestoreVersionRequest,
  ShareDraftRequest,
  SuggestRequest,
  UpdateDraftRequest,
} from '../../api/narrative.js';
import type { Role } from '../../api/identity.js';
import { checkTemplate, type TemplateCheck } from '../../core/narrative/render.js';
import type { Queryable } from '../db/types.js';

export interface Actor {
  userId: string;
  role: Role;
}

export type StoreFailure =
  /** Absent, in another organisation, or not readable by the actor. */
  | { ok: false; error: 'not_found' }
  /** Readable, but the actor may not do this. */
  | { ok: false; error: 'forbidden'; detail: string }
  /** The write named a stale version; `current` is the draft as it is now. */
  | { ok: false; error: 'conflict'; current: NarrativeDraft }
  /** The request makes no sense for this resource (unknown field, closed review, bad template...). */
  | { ok: false; error: 'unprocessable'; detail: string; check?: TemplateCheck };

export type StoreResult<T> = { ok: true; value: T } | StoreFailure;

const ok = <T>(value: T): StoreResult<T> => ({ ok: true, value });
const notFound: StoreFailure = { ok: false, error: 'not_found' };
const forbidden = (detail: string): StoreFailure => ({ ok: false, error: 'forbidden', detail });
const unprocessable = (detail: string, check?: TemplateCheck): StoreFailure => ({ ok: false, error: 'unprocessable', detail, ...(check ? { check } : {}) });

type Transactional = Queryable & { transaction?: <T>(work: (tx: Queryable) => Promise<T>) => Promise<T> };

/** Runs `work` in a transaction when the connection offers one. */
async function atomically<T>(db: Transactional, work: (tx: Queryable) => Promise<T>): Promise<T> {
  return db.transaction ? db.transaction(work) : work(db);
}

function newId(prefix: string): string {
  return `${prefix}_${globalThis.crypto.randomUUID().replaceAll('-', '')}`;
}

function iso(value: unknown): string {
  return (value instanceof Date ? value : new Date(String(value))).toISOString();
}

function json<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

// ---- templates ----------------------------------------------------------------------

interface TemplateRow {
  id: string;
  organisation_id: string | null;
  kind: NarrativeKind;
  locale: string;
  title: string;
  description: string;
  sections: unknown;
  body: string;
  limits: unknown;
  competencies: unknown;
}

function toTemplate(row: TemplateRow): NarrativeTemplate {
  const competencies = json<string[] | null>(row.competencies);
  return {
    id: row.id,
    kind: row.kind,
    locale: row.locale,
    title: row.title,
    description: row.description,
    organisationId: row.organisation_id,
    sections: json(row.sections),
    body: row.body,
    limits: json(row.limits),
    ...(competencies ? { competencies } : {}),
  };
}

export interface TemplateFilter {
  kind?: NarrativeKind;
  /** `fr-CA` also finds `fr` templates; exact matches come first. */
  locale?: string;
}

/** Shared templates and the organisation's own, by kind and locale. */
export async function listTemplates(db: Queryable, organisationId: string, _actor: Actor, filter: TemplateFilter = {}): Promise<NarrativeTemplate[]> {
  const { rows } = await db.query<TemplateRow>(
    `SELECT * FROM narrative_templates
      WHERE (organisation_id IS NULL OR organisation_id = $1)
        AND ($2::text IS NULL OR kind = $2)
        AND ($3::text IS NULL OR locale = $3 OR split_part(locale, '-', 1) = split_part($3, '-', 1))
      ORDER BY (locale = coalesce($3, locale)) DESC, kind, organisation_id NULLS LAST, title, id`,
    [organisationId, filter.kind ?? null, filter.locale ?? null],
  );
  return rows.map(toTemplate);
}

/** One template the organisation can use. */
export async function getTemplate(db: Queryable, organisationId: string, templateId: string): Promise<StoreResult<NarrativeTemplate>> {
  const { rows } = await db.query<TemplateRow>(
    'SELECT * FROM narrative_templates WHERE id = $1 AND (organisation_id IS NULL OR organisation_id = $2)',
    [templateId, organisationId],
  );
  return rows[0] ? ok(toTemplate(rows[0])) : notFound;
}

/** A coordinator adds the organisation's own template; its body must parse against its fields. */
export async function createTemplate(db: Queryable, organisationId: string, actor: Actor, input: CreateTemplateRequest): Promise<StoreResult<NarrativeTemplate>> {
  if (actor.role !== 'coordinator') return forbidden('Only a program coordinator can add templates.');
  const check = checkTemplate(input);
  if (!check.ok) return unprocessable('The template has errors.', check);
  const id = newId('nt');
  const { rows } = await db.query<TemplateRow>(
    `INSERT INTO narrative_templates (id, organisation_id, kind, locale, title, description, sections, body, limits, competencies, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9::jsonb, $10::jsonb, $11) RETURNING *`,
    [id, organisationId, input.kind, input.locale, input.title, input.description, JSON.stringify(input.sections), input.body,
      JSON.stringify(input.limits), input.competencies ? JSON.stringify(input.competencies) : null, actor.userId],
  );
  return ok(toTemplate(rows[0]));
}

// ---- drafts -------------------------------------------------------------------------

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
  updated_at: unknown;
  shared_with: string[] | null;
}

const DRAFT_SELECT = `SELECT d.*, coalesce((SELECT array_agg(s.mentor_id ORDER BY s.created_at, s.mentor_id)
    FROM narrative_shares s WHERE s.draft_id = d.id AND s.organisation_id = d.organisation_id), '{}') AS shared_with
  FROM narrative_drafts d`;

function toDraft(row: DraftRow): NarrativeDraft {
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
    updatedAt: iso(row.updated_at),
  };
}

async function loadDraft(db: Queryable, organisationId: string, draftId: string): Promise<NarrativeDraft | undefined> {
  const { rows } = await db.query<DraftRow>(`${DRAFT_SELECT} WHERE d.id = $1 AND d.organisation_id = $2`, [draftId, organisationId]);
  return rows[0] ? toDraft(rows[0]) : undefined;
}

type Access = 'owner' | 'reviewer';

function accessOf(draft: NarrativeDraft, actor: Actor): Access | undefined {
  if (draft.ownerId === actor.userId) return 'owner';
  if (actor.role === 'mentor' && draft.sharedWith.includes(actor.userId)) return 'reviewer';
  return undefined;
}

/** The draft and what the actor is to it, or not-found when the actor may not read it. */
async function readable(db: Queryable, organisationId: string, actor: Actor, draftId: string): Promise<StoreResult<{ draft: NarrativeDraft; access: Access }>> {
  const draft = await loadDraft(db, organisationId, draftId);
  if (!draft) return notFound;
  const access = accessOf(draft, actor);
  return access ? ok({ draft, access }) : notFound;
}

async function addVersion(db: Queryable, organisationId: string, draft: NarrativeDraft, authorId: string): Promise<void> {
  await db.query(
    `INSERT INTO narrative_draft_versions (organisation_id, draft_id, version, title, "values", competencies, author_id)
     VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7)`,
    [organisationId, draft.id, draft.version, draft.title, JSON.stringify(draft.values), JSON.stringify(draft.competencies), authorId],
  );
}

/** Starts a draft from a template the organisation can use; it is version 1. */
export async function createDraft(db: Transactional, organisationId: string, actor: Actor, input: CreateDraftRequest): Promise<StoreResult<NarrativeDraft>> {
  const template = await getTemplate(db, organisationId, input.templateId);
  if (!template.ok) return unprocessable(`There is no template "${input.templateId}".`);
  return atomically(db, async (tx) => {
    const id = newId('nd');
    await tx.query(
      `INSERT INTO narrative_drafts (id, organisation_id, template_id, owner_id, title, "values", competencies)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb)`,
      [id, organisationId, input.templateId, actor.userId, input.title ?? template.value.title, JSON.stringify(input.values ?? {}), JSON.stringify(input.competencies ?? [])],
    );
    const draft = (await loadDraft(tx, organisationId, id))!;
    await addVersion(tx, organisationId, draft, actor.userId);
    return ok(draft);
  });
}

/** A draft the actor may read. */
export async function getDraft(db: Queryable, organisationId: string, actor: Actor, draftId: string): Promise<StoreResult<NarrativeDraft>> {
  const found = await readable(db, organisationId, actor, draftId);
  return found.ok ? ok(found.value.draft) : found;
}

/** The actor's own drafts and those shared with them, most recently changed first. */
export async function listDrafts(db: Queryable, organisationId: string, actor: Actor): Promise<NarrativeDraft[]> {
  const { rows } = await db.query<DraftRow>(
    `${DRAFT_SELECT}
      WHERE d.organisation_id = $1
        AND (d.owner_id = $2 OR ($3 = 'mentor' AND EXISTS (
              SELECT 1 FROM narrative_shares s WHERE s.draft_id = d.id AND s.organisation_id = $1 AND s.mentor_id = $2)))
      ORDER BY d.updated_at DESC, d.id`,
    [organisationId, actor.userId, actor.role],
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
 * history; otherwise a conflict with the draft as it is now.
 */
async function writeVersion(
  tx: Queryable,
  organisationId: string,
  actor: Actor,
  draft: NarrativeDraft,
  baseVersion: number,
  next: { title: string; values: DraftValues; competencies: string[]; status: DraftStatus },
): Promise<StoreResult<NarrativeDraft>> {
  const { rows } = await tx.query<{ id: string }>(
    `UPDATE narrative_drafts SET title = $4, "values" = $5::jsonb, competencies = $6::jsonb, status = $7,
            version = version + 1, updated_at = now()
      WHERE id = $1 AND organisation_id = $2 AND version = $3 RETURNING id`,
    [draft.id, organisationId, baseVersion, next.title, JSON.stringify(next.values), JSON.stringify(next.competencies), next.status],
  );
  const current = (await loadDraft(tx, organisationId, draft.id))!;
  if (!rows[0]) return { ok: false, error: 'conflict', current };
  await addVersion(tx, organisationId, current, actor.userId);
  return ok(current);
}

/** The owner saves; a stale `version` is a conflict carrying the current draft. Each save is a new version. */
export async function updateDraft(db: Transactional, organisationId: string, actor: Actor, draftId: string, input: UpdateDraftRequest): Promise<StoreResult<NarrativeDraft>> {
  return atomically(db, async (tx) => {
    const found = await readable(tx, organisationId, actor, draftId);
    if (!found.ok) return found;
    const { draft, access } = found.value;
    if (access !== 'owner') return forbidden('Only the author edits a draft; a reviewer can suggest a change.');
    if (input.version !== draft.version) return { ok: false, error: 'conflict', current: draft };
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
  created_at: unknown;
}

function toVersion(row: VersionRow): DraftVersion {
  return {
    draftId: row.draft_id,
    version: row.version,
    title: row.title,
    values: json(row.values),
    competencies: json(row.competencies),
    authorId: row.author_id,
    createdAt: iso(row.created_at),
  };
}

/** The draft's history, newest first, for anyone who may read the draft. */
export async function listVersions(db: Queryable, organisationId: string, actor: Actor, draftId: string): Promise<StoreResult<DraftVersion[]>> {
  const found = await readable(db, organisationId, actor, draftId);
  if (!found.ok) return found;
  const { rows } = await db.query<VersionRow>(
    'SELECT * FROM narrative_draft_versions WHERE draft_id = $1 AND organisation_id = $2 ORDER BY version DESC',
    [draftId, organisationId],
  );
  return ok(rows.map(toVersion));
}

/** The owner brings back an earlier version; it is saved as a new version, so nothing is lost. */
export async function restoreVersion(db: Transactional, organisationId: string, actor: Actor, draftId: string, input: RestoreVersionRequest): Promise<StoreResult<NarrativeDraft>> {
  return atomically(db, async (tx) => {
    const found = await readable(tx, organisationId, actor, draftId);
    if (!found.ok) return found;
    const { draft, access } = found.value;
    if (access !== 'owner') return forbidden('Only the author restores a version.');
    if (input.version !== draft.version) return { ok: false, error: 'conflict', current: draft };
    const { rows } = await tx.query<VersionRow>(
      'SELECT * FROM narrative_draft_versions WHERE draft_id = $1 AND organisation_id = $2 AND version = $3',
      [draftId, organisationId, input.restore],
    );
    if (!rows[0]) return unprocessable(`The draft has no version ${input.restore}.`);
    const earlier = toVersion(rows[0]);
    return writeVersion(tx, organisationId, actor, draft, input.version, {
      title: earlier.title,
      values: earlier.values,
      competencies: earlier.competencies,
      status: statusAfterEdit(draft),
    });
  });
}

// ---- sharing and reviews ------------------------------------------------------------

/** The owner shares the draft with mentors of the organisation; it goes into review. */
export async function shareForReview(db: Transactional, organisationId: string, actor: Actor, draftId: string, input: ShareDraftRequest): Promise<StoreResult<NarrativeDraft>> {
  return atomically(db, async (tx) => {
    const found = await readable(tx, organisationId, actor, draftId);
    if (!found.ok) return found;
    if (found.value.access !== 'owner') return forbidden('Only the author shares a draft.');
    const mentorIds = [...new Set(input.mentorIds)];
    const { rows } = await tx.query<{ id: string }>(
      `SELECT id FROM users WHERE organisation_id = $1 AND role = 'mentor' AND id = ANY($2::text[])`,
      [organisationId, mentorIds],
    );
    if (rows.length !== mentorIds.length) {
      const known = new Set(rows.map((row) => row.id));
      return unprocessable(`Not a mentor of this program: ${mentorIds.filter((id) => !known.has(id)).join(', ')}.`);
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
    return ok((await loadDraft(tx, organisationId, draftId))!);
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
  created_at: unknown;
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
    createdAt: iso(row.created_at),
  };
}

/** Reviews of a draft, oldest first, for anyone who may read the draft. */
export async function listReviews(db: Queryable, organisationId: string, actor: Actor, draftId: string): Promise<StoreResult<NarrativeReview[]>> {
  const found = await readable(db, organisationId, actor, draftId);
  if (!found.ok) return found;
  const { rows } = await db.query<ReviewRow>(
    'SELECT * FROM narrative_reviews WHERE draft_id = $1 AND organisation_id = $2 ORDER BY created_at, id',
    [draftId, organisationId],
  );
  return ok(rows.map(toReview));
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
export async function addReview(db: Transactional, organisationId: string, actor: Actor, draftId: string, input: ReviewInput): Promise<StoreResult<NarrativeReview>> {
  return atomically(db, async (tx) => {
    const found = await readable(tx, organisationId, actor, draftId);
    if (!found.ok) return found;
    const { draft, access } = found.value;
    if (access !== 'reviewer') return forbidden('Only a mentor the draft is shared with reviews it.');
    const template = await getTemplate(tx, organisationId, draft.templateId);
    if (!template.ok) return unprocessable('The draft\'s template is gone.');
    if (input.sectionId !== null) {
      const section = template.value.sections.find((candidate) => candidate.id === input.sectionId);
      if (!section) return unprocessable(`The template has no section "${input.sectionId}".`);
      if (input.kind === 'suggestion' && !section.fields.some((field) => field.id === input.fieldId)) {
        return unprocessable(`The section "${input.sectionId}" has no field "${input.fieldId}".`);
      }
    }
    const id = newId('nr');
    const { rows } = await tx.query<ReviewRow>(
      `INSERT INTO narrative_reviews (id, organisation_id, draft_id, section_id, field_id, author_id, kind, text, suggested_text, draft_version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING *`,
      [id, organisationId, draftId, input.sectionId, input.kind === 'suggestion' ? input.fieldId : null, actor.userId, input.kind, input.text,
        input.kind === 'suggestion' ? input.suggestedText : null, draft.version],
    );
    if (input.kind === 'suggestion' || input.requestChanges) await setStatus(tx, organisationId, draftId, 'changes-requested');
    return ok(toReview(rows[0]));
  });
}

/** A mentor the draft is shared with approves the version they read. */
export async function approve(db: Transactional, organisationId: string, actor: Actor, draftId: string, input: ApproveRequest): Promise<StoreResult<{ draft: NarrativeDraft; review: NarrativeReview }>> {
  return atomically(db, async (tx) => {
    const found = await readable(tx, organisationId, actor, draftId);
    if (!found.ok) return found;
    const { draft, access } = found.value;
    if (access !== 'reviewer') return forbidden('Only a mentor the draft is shared with approves it.');
    if (input.version !== draft.version) return { ok: false, error: 'conflict', current: draft };
    const { rows } = await tx.query<ReviewRow>(
      `INSERT INTO narrative_reviews (id, organisation_id, draft_id, section_id, field_id, author_id, kind, text, state, draft_version)
       VALUES ($1, $2, $3, NULL, NULL, $4, 'approval', $5, 'resolved', $6) RETURNING *`,
      [newId('nr'), organisationId, draftId, actor.userId, input.text ?? '', draft.version],
    );
    await setStatus(tx, organisationId, draftId, 'approved');
    return ok({ draft: (await loadDraft(tx, organisationId, draftId))!, review: toReview(rows[0]) });
  });
}

async function ownerReview(tx: Queryable, organisationId: string, actor: Actor, draftId: string, reviewId: string) {
  const found = await readable(tx, organisationId, actor, draftId);
  if (!found.ok) return found;
  if (found.value.access !== 'owner') return forbidden('Only the author accepts or resolves a review.');
  const { rows } = await tx.query<ReviewRow>('SELECT * FROM narrative_reviews WHERE id = $1 AND draft_id = $2 AND organisation_id = $3', [reviewId, draftId, organisationId]);
  if (!rows[0]) return notFound;
  const review = toReview(rows[0]);
  if (review.state !== 'open') return unprocessable(`The review is already ${review.state}.`);
  return ok({ draft: found.value.draft, review });
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

/** The owner accepts a suggestion: its text replaces the field, as a new version of the draft. */
export async function acceptSuggestion(
  db: Transactional,
  organisationId: string,
  actor: Actor,
  draftId: string,
  reviewId: string,
  input: { version: number },
): Promise<StoreResult<{ draft: NarrativeDraft; review: NarrativeReview }>> {
  return atomically(db, async (tx) => {
    const found = await ownerReview(tx, organisationId, actor, draftId, reviewId);
    if (!found.ok) return found;
    const { draft, review } = found.value;
    if (review.kind !== 'suggestion' || review.fieldId === null || review.suggestedText === undefined) return unprocessable('Only a suggestion can be accepted.');
    if (input.version !== draft.version) return { ok: false, error: 'conflict', current: draft };
    const field = review.fieldId;
    const previous = draft.values[field];
    // A list field takes the suggestion line by line.
    const value = Array.isArray(previous) ? review.suggestedText.split('\n').map((line) => line.trim()).filter(Boolean) : review.suggestedText;
    const written = await writeVersion(tx, organisationId, actor, draft, input.version, {
      title: draft.title,
      values: { ...draft.values, [field]: value },
      competencies: draft.competencies,
      status: draft.status,
    });
    if (!written.ok) return written;
    const { rows } = await tx.query<ReviewRow>(`UPDATE narrative_reviews SET state = 'accepted', updated_at = now() WHERE id = $1 AND organisation_id = $2 RETURNING *`, [reviewId, organisationId]);
    await settleStatus(tx, organisationId, draftId);
    return ok({ draft: (await loadDraft(tx, organisationId, draftId))!, review: toReview(rows[0]) });
  });
}

/** The owner marks a comment or suggestion as dealt with, without changing the text. */
export async function resolveReview(db: Transactional, organisationId: string, actor: Actor, draftId: string, reviewId: string): Promise<StoreResult<{ draft: NarrativeDraft; review: NarrativeReview }>> {
  return atomically(db, async (tx) => {
    const found = await ownerReview(tx, organisationId, actor, draftId, reviewId);
    if (!found.ok) return found;
    const { rows } = await tx.query<ReviewRow>(`UPDATE narrative_reviews SET state = 'resolved', updated_at = now() WHERE id = $1 AND organisation_id = $2 RETURNING *`, [reviewId, organisationId]);
    await settleStatus(tx, organisationId, draftId);
    return ok({ draft: (await loadDraft(tx, organisationId, draftId))!, review: toReview(rows[0]) });
  });
}
