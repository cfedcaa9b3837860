/**
 * Narratives store: templates. The shared seed templates (organisation NULL) plus the
 * organisation's own; only a coordinator adds one, and its body must parse against its fields.
 */
import type { CreateTemplateRequest, NarrativeKind, NarrativeTemplate } from '../../../api/narrative.js';
import { checkTemplate } from '../../../core/narrative/render.js';
import type { Actor } from '../../actor.js';
import type { Queryable } from '../../db/types.js';
import { Refusal } from '../../refusal.js';
import { invalidCursor, newId, positionSql, type ListOrder, type PositionWindow } from '../../wire.js';
import { json } from './rows.js';

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

/**
 * Templates in the locale asked for first, then by kind, the organisation's own before the shared
 * ones, by title. A template's keys never change once written, so pages follow by position: a
 * template added between two pages shifts nothing. (`$3` is the locale asked for.)
 */
const TEMPLATE_ORDER: ListOrder = {
  table: 'narrative_templates',
  alias: 't',
  keys: [
    { column: 'locale', descending: true, computed: (alias) => `(${alias}.locale = coalesce($3, ${alias}.locale))` },
    { column: 'kind' },
    { column: 'organisation_id', computed: (alias) => `(${alias}.organisation_id IS NULL)` },
    { column: 'title' },
    { column: 'id' },
  ],
};

/** Shared templates and the organisation's own, by kind and locale; with `window`, a page after its anchor (one row more). */
export async function listTemplates(db: Queryable, organisationId: string, filter: TemplateFilter = {}, window?: PositionWindow): Promise<NarrativeTemplate[]> {
  if (window?.after) {
    const { rows } = await db.query('SELECT 1 FROM narrative_templates WHERE id = $1 AND (organisation_id IS NULL OR organisation_id = $2)', [window.after, organisationId]);
    if (rows.length === 0) throw invalidCursor('The cursor points after an item that is not in this list.');
  }
  const page = positionSql(window, TEMPLATE_ORDER, 4);
  const { rows } = await db.query<TemplateRow>(
    `SELECT * FROM narrative_templates t
      WHERE (t.organisation_id IS NULL OR t.organisation_id = $1)
        AND ($2::text IS NULL OR t.kind = $2)
        AND ($3::text IS NULL OR t.locale = $3 OR split_part(t.locale, '-', 1) = split_part($3, '-', 1))
        AND ${page.after}${page.tail}`,
    [organisationId, filter.kind ?? null, filter.locale ?? null, ...page.params],
  );
  return rows.map(toTemplate);
}

/** One template the organisation can use, or `undefined`. */
export async function findTemplate(db: Queryable, organisationId: string, templateId: string): Promise<NarrativeTemplate | undefined> {
  const { rows } = await db.query<TemplateRow>(
    'SELECT * FROM narrative_templates WHERE id = $1 AND (organisation_id IS NULL OR organisation_id = $2)',
    [templateId, organisationId],
  );
  return rows[0] ? toTemplate(rows[0]) : undefined;
}

/** One template the organisation can use. */
export async function getTemplate(db: Queryable, organisationId: string, templateId: string): Promise<NarrativeTemplate> {
  const template = await findTemplate(db, organisationId, templateId);
  if (!template) throw Refusal.notFound('No template with this id that you can read.');
  return template;
}

/** A coordinator adds the organisation's own template; its body must parse against its fields. */
export async function createTemplate(db: Queryable, organisationId: string, actor: Actor, input: CreateTemplateRequest): Promise<NarrativeTemplate> {
  if (actor.role !== 'coordinator') throw Refusal.forbidden('Only a program coordinator can add templates.');
  const check = checkTemplate(input);
  if (!check.ok) {
    const errors = [
      ...check.errors.map((error) => ({ path: 'body', message: `Line ${error.line}, column ${error.column}: ${error.message}` })),
      ...check.problems.map((problem) => ({ path: `sections.${problem.id}`, message: problem.message })),
    ];
    throw Refusal.unprocessable('The template has errors. Fix the body or the fields and send it again.', { errors, templateErrors: check.errors, templateProblems: check.problems });
  }
  const { rows } = await db.query<TemplateRow>(
    `INSERT INTO narrative_templates (id, organisation_id, kind, locale, title, description, sections, body, limits, competencies, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9::jsonb, $10::jsonb, $11) RETURNING *`,
    [newId('nt'), organisationId, input.kind, input.locale, input.title, input.description, JSON.stringify(input.sections), input.body,
      JSON.stringify(input.limits), input.competencies ? JSON.stringify(input.competencies) : null, actor.userId],
  );
  return toTemplate(rows[0]);
}
