/**
 * Guidance in the interface language for a draft written with another language's template.
 * A draft keeps its template (its body turns the person's text into the story, in the
 * language they wrote it in); the words around the fields (title, section titles, labels,
 * guidance, examples) come from the same template in the language the page shows now.
 */
import type { NarrativeTemplate } from '../../api/narrative.js';

/** The same form in two languages: the same sections and fields, by id and in order. */
export function sameShape(a: NarrativeTemplate, b: NarrativeTemplate): boolean {
  return (
    a.kind === b.kind &&
    a.organisationId === b.organisationId &&
    a.sections.length === b.sections.length &&
    a.sections.every((section, i) => {
      const other = b.sections[i];
      return section.id === other.id && section.fields.length === other.fields.length && section.fields.every((field, j) => field.id === other.fields[j].id);
    })
  );
}

/** `template` as it is in `templates` (the interface language's): itself when it is there or has no counterpart. */
export function counterpartIn(templates: readonly NarrativeTemplate[], template: NarrativeTemplate): NarrativeTemplate {
  if (templates.some((t) => t.id === template.id)) return template;
  return templates.find((t) => sameShape(t, template)) ?? template;
}

/** `template` with the words of `guide` around its fields; its body, limits, choices and locale stay its own. */
export function withGuidance(template: NarrativeTemplate, guide: NarrativeTemplate): NarrativeTemplate {
  if (guide === template || !sameShape(template, guide)) return template;
  return {
    ...template,
    title: guide.title,
    description: guide.description,
    sections: template.sections.map((section, i) => {
      const words = guide.sections[i];
      return {
        ...section,
        title: words.title,
        fields: section.fields.map((field, j) => {
          const { label, guidance, example } = words.fields[j];
          return { ...field, label, guidance, example };
        }),
      };
    }),
  };
}
