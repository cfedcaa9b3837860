/**
 * The shared seed templates: every kind in every locale, with `organisation_id` NULL so
 * every organisation sees them. The seeder is idempotent: it inserts what is missing and
 * refreshes what it owns, so running it on every start is safe.
 */
import type { NarrativeTemplate } from '../../../api/narrative.js';
import type { Queryable } from '../../db/types.js';
import { ar } from './ar.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { hi } from './hi.js';
import { ptBR } from './pt-BR.js';
import { buildTemplate, NARRATIVE_KINDS, SEED_LOCALES, type LocaleWords, type SeedLocale } from './structure.js';
import { uk } from './uk.js';
import { zhHans } from './zh-Hans.js';

export { NARRATIVE_KINDS, SEED_LOCALES, seedTemplateId, STAR_COMPETENCIES } from './structure.js';

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
