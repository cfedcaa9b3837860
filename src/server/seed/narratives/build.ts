/** Seeding code: builds a seed template from the shared shape (./structure.ts) and one locale's words. */
import type { NarrativeKind, NarrativeLimits, NarrativeTemplate, TemplateField } from '../../../api/narrative.js';
import { CHARS_PER_WORD, FIELDS, LIMITS, REQUIRED_IN, SECTIONS, STAR_COMPETENCIES, type FieldShape, type LocaleWords, type SeedLocale } from './structure.js';

export function seedTemplateId(kind: NarrativeKind, locale: string): string {
  return `seed-${kind}-${locale.toLowerCase()}`;
}

/** Builds the seed template of one kind in one locale. */
export function buildTemplate(kind: NarrativeKind, locale: SeedLocale, words: LocaleWords): NarrativeTemplate {
  const perWord = CHARS_PER_WORD[locale];
  const sections = SECTIONS[kind].map((section) => ({
    id: section.id,
    title: words.sections[section.id],
    optional: section.optional,
    fields: section.fields.map((id): TemplateField => {
      const shape: FieldShape = FIELDS[id];
      const text = words.fields[id];
      const field: TemplateField = {
        id,
        label: text.label,
        guidance: text.guidance,
        example: text.example,
        type: shape.type,
        required: shape.required || (REQUIRED_IN[kind]?.includes(id) ?? false),
      };
      if (perWord) {
        if (shape.maxWords) field.maxChars = shape.maxWords * perWord;
        else if (shape.maxChars) field.maxChars = shape.maxChars;
      } else {
        if (shape.minWords) field.minWords = shape.minWords;
        if (shape.maxWords) field.maxWords = shape.maxWords;
        if (shape.maxChars) field.maxChars = shape.maxChars;
      }
      return field;
    }),
  }));
  const base = LIMITS[kind];
  const limits: NarrativeLimits = perWord
    ? { maxChars: Math.min(base.maxChars ?? Infinity, (base.maxWords ?? 0) * perWord), ...(base.spokenSeconds ? { spokenSeconds: base.spokenSeconds } : {}) }
    : { ...base };
  return {
    id: seedTemplateId(kind, locale),
    kind,
    locale,
    title: words.kinds[kind].title,
    description: words.kinds[kind].description,
    organisationId: null,
    sections,
    body: words.kinds[kind].body,
    limits,
    ...(kind === 'star-story' ? { competencies: [...STAR_COMPETENCIES] } : {}),
  };
}
