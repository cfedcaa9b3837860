/**
 * The narrative seeders. The shared seed templates: every kind in every locale (shape in
 * ./structure.ts, words in the locale files, built by ./build.ts), with `organisation_id` NULL
 * so every organisation sees them; and the demo draft (./demo-draft.ts). Idempotent: they insert
 * what is missing and refresh what they own, so running them on every start is safe.
 */
import type { NarrativeTemplate } from '../../../api/narrative.js';
import type { Queryable } from '../../db/types.js';
import { ar } from './ar.js';
import { buildTemplate, seedTemplateId } from './build.js';
import { DEMO_DRAFT } from './demo-draft.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { hi } from './hi.js';
import { ptBR } from './pt-BR.js';
import { NARRATIVE_KINDS, SEED_LOCALES, type LocaleWords, type SeedLocale } from './structure.js';
import { uk } from './uk.js';
import { zhHans } from './zh-Hans.js';

export { NARRATIVE_KINDS, SEED_LOCALES, STAR_COMPETENCIES } from './structure.js';
export { seedTemplateId } from './build.js';
export { DEMO_DRAFT_ID } from './demo-draft.js';

const WORDS: Record<SeedLocale, LocaleWords> = { en, fr, es, ar, uk, 'zh-Hans': zhHans, 'pt-BR': ptBR, hi };

/** All seed templates, built fresh. */
export function seedNarrativeTemplateList(): NarrativeTemplate[] {
  return SEED_LOCALES.flatMap((locale) => NARRATIVE_KINDS.map((kind) => buildTemplate(kind, locale, WORDS[locale])));
}

/** Inserts or refreshes the shared seed templates. Templates an organisation made are never touched. */
export async function seedNarrativeTemplates(db: Queryable): Promise<{ templates: number }> {
  const templates = seedNarrativeTemplateList();
  for (const t of templates) {
    await db.query(
      `INSERT INTO narrative_templates (id, organisation_id, kind, locale, title, description, sections, body, limits, competencies)
       VALUES ($1, NULL, $2, $3, $4, $5, $6::jsonb, $7, $8::jsonb, $9::jsonb)
       ON CONFLICT (id) DO UPDATE SET kind = EXCLUDED.kind, locale = EXCLUDED.locale, title = EXCLUDED.title,
         description = EXCLUDED.description, sections = EXCLUDED.sections, body = EXCLUDED.body, limits = EXCLUDED.limits,
         competencies = EXCLUDED.competencies, updated_at = now()
       WHERE narrative_templates.organisation_id IS NULL
         AND (narrative_templates.title, narrative_templates.description, narrative_templates.sections, narrative_templates.body,
              narrative_templates.limits, narrative_templates.competencies)
             IS DISTINCT FROM (EXCLUDED.title, EXCLUDED.description, EXCLUDED.sections, EXCLUDED.body, EXCLUDED.limits, EXCLUDED.competencies)`,
      [t.id, t.kind, t.locale, t.title, t.description, JSON.stringify(t.sections), t.body, JSON.stringify(t.limits), t.competencies ? JSON.stringify(t.competencies) : null],
    );
  }
  return { templates: templates.length };
}

/** Writes the demo draft (./demo-draft.ts) once, with its first version, its share and its reviews. */
export async function seedDemoDraft(db: Queryable): Promise<void> {
  const draft = DEMO_DRAFT;
  const users = await db.query<{ id: string }>(`SELECT id FROM users WHERE organisation_id = 'demo' AND id IN ($1, $2)`, [draft.ownerId, draft.mentorId]);
  if (users.rows.length !== 2) return;
  const values = JSON.stringify(draft.values);
  const inserted = await db.query<{ id: string }>(
    `INSERT INTO narrative_drafts (id, organisation_id, template_id, owner_id, title, "values", competencies, status, version)
     VALUES ($1, 'demo', $2, $3, $4, $5::jsonb, '[]'::jsonb, $6, 1)
     ON CONFLICT (id) DO NOTHING RETURNING id`,
    [draft.id, seedTemplateId(draft.template.kind, draft.template.locale), draft.ownerId, draft.title, values, draft.status],
  );
  if (!inserted.rows[0]) return;
  await db.query(
    `INSERT INTO narrative_draft_versions (organisation_id, draft_id, version, title, "values", competencies, author_id)
     VALUES ('demo', $1, 1, $2, $3::jsonb, '[]'::jsonb, $4)`,
    [draft.id, draft.title, values, draft.ownerId],
  );
  await db.query(
    `INSERT INTO narrative_shares (organisation_id, draft_id, mentor_id, shared_by, message) VALUES ('demo', $1, $2, $3, $4)`,
    [draft.id, draft.mentorId, draft.ownerId, draft.shareMessage],
  );
  for (const review of draft.reviews) {
    await db.query(
      `INSERT INTO narrative_reviews (id, organisation_id, draft_id, section_id, field_id, author_id, kind, text, suggested_text, draft_version)
       VALUES ($1, 'demo', $2, $3, $4, $5, $6, $7, $8, 1)`,
      [review.id, draft.id, review.sectionId, review.fieldId, draft.mentorId, review.kind, review.text, review.suggestedText],
    );
  }
}
