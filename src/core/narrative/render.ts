/**
 * Rendering a narrative: template + values -> text, with the counts a writer needs
 * (words, characters, speaking time, per section) and the limits it goes over.
 */
import type { DraftValues, FieldValue, NarrativeTemplate } from '../../api/narrative.js';
import { hasValue, valueOf } from './values.js';
import { describeTemplateError } from './template-errors.js';
import { parseTemplate, type ParsedTemplate, type TemplateError, type TemplateNode, type TemplateScope } from './template-language.js';
import { countCharacters, countWords, estimateSpokenSeconds } from './text-metrics.js';

type TemplateShape = Pick<NarrativeTemplate, 'sections' | 'body' | 'limits'>;

/** The names a template's body may use. */
export function scopeOf(template: Pick<NarrativeTemplate, 'sections'>): TemplateScope {
  const fields = new Map<string, { list: boolean }>();
  const sections = new Set<string>();
  for (const section of template.sections) {
    sections.add(section.id);
    for (const field of section.fields) fields.set(field.id, { list: field.type === 'list' });
  }
  return { fields, sections };
}

export type TemplateProblemCode = 'duplicate-id' | 'choice-without-options' | 'limits-inverted';

/** A problem with the template's structure rather than its body. */
export interface TemplateProblem {
  code: TemplateProblemCode;
  message: string;
  /** The field or section concerned. */
  id: string;
}

export interface TemplateCheck {
  ok: boolean;
  /** Errors in the body, with line and column. */
  errors: TemplateError[];
  problems: TemplateProblem[];
}

/** Checks a whole template: its body against its fields, ids unique, choices with options. */
export function checkTemplate(template: TemplateShape): TemplateCheck {
  const problems: TemplateProblem[] = [];
  const seen = new Set<string>();
  const claim = (id: string) => {
    if (seen.has(id)) problems.push({ code: 'duplicate-id', message: `The id "${id}" is used more than once.`, id });
    seen.add(id);
  };
  for (const section of template.sections) {
    claim(section.id);
    for (const field of section.fields) {
      claim(field.id);
      if (field.type === 'choice' && !field.options?.length) {
        problems.push({ code: 'choice-without-options', message: `The choice field "${field.id}" has no options.`, id: field.id });
      }
      if (field.minWords !== undefined && field.maxWords !== undefined && field.minWords > field.maxWords) {
        problems.push({ code: 'limits-inverted', message: `"${field.id}" asks for more words than it allows.`, id: field.id });
      }
    }
  }
  const { errors } = parseTemplate(template.body, scopeOf(template), describeTemplateError);
  return { ok: errors.length === 0 && problems.length === 0, errors, problems };
}

export { hasValue, valueOf } from './values.js';

function entries(value: FieldValue | undefined): string[] {
  if (value === undefined) return [];
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  return value.map((entry) => entry.trim()).filter(Boolean);
}

/** Joins list entries as the locale does ("A, B and C"; "A、B和C"). */
export function joinList(items: string[], locale: string): string {
  if (items.length <= 1) return items.join('');
  try {
    return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

export interface RenderOptions {
  /** Applied to every piece of user text before it is placed (Markdown export escapes here). */
  escape?: (text: string) => string;
}

/** Renders parsed nodes with values. Unknown names render as nothing. */
export function renderNodes(
  nodes: TemplateNode[],
  values: DraftValues,
  template: Pick<NarrativeTemplate, 'sections'>,
  locale: string,
  options: RenderOptions = {},
): string {
  const escape = options.escape ?? ((text: string) => text);
  const sectionFields = new Map(template.sections.map((section) => [section.id, section.fields.map((field) => field.id)]));
  const filled = (name: string): boolean => {
    if (hasValue(valueOf(values, name))) return true;
    const fields = sectionFields.get(name);
    return !!fields && fields.some((id) => hasValue(valueOf(values, id)));
  };
  const walk = (list: TemplateNode[], item: string | undefined): string => {
    let out = '';
    for (const node of list) {
      switch (node.type) {
        case 'text':
          out += node.value;
          break;
        case 'field':
          out += joinList(entries(valueOf(values, node.name)).map(escape), locale);
          break;
        case 'item':
          out += item === undefined ? '' : escape(item);
          break;
        case 'section':
          if (filled(node.name)) out += walk(node.children, item);
          break;
        case 'each':
          for (const entry of entries(valueOf(values, node.name))) out += walk(node.children, entry);
          break;
      }
    }
    return out;
  };
  return tidy(walk(nodes, undefined));
}

/** Collapses the gaps empty placeholders leave: double spaces, trailing spaces, blank-line runs. */
export function tidy(text: string): string {
  return text
    .replace(/\r\n/g, '\n')
    .replace(/([^\s]) {2,}/g, '$1 ')
    // An empty placeholder before a full stop or comma leaves "in ." behind.
    .replace(/ +([.,،।])(?=\s|$)/g, '$1')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export type LimitName = 'maxWords' | 'maxChars' | 'spokenSeconds' | 'minWords';

/** One limit the text goes over (or, for `minWords`, stays under). */
export interface LimitBreach {
  /** `template` for the whole text, otherwise the field's id. */
  scope: 'template' | 'field';
  fieldId?: string;
  limit: LimitName;
  allowed: number;
  actual: number;
}

export interface SectionCount {
  sectionId: string;
  /** False for an optional section with nothing filled in. */
  included: boolean;
  words: number;
  characters: number;
}

export interface FieldCount {
  fieldId: string;
  words: number;
  characters: number;
}

export interface RenderedNarrative {
  text: string;
  words: number;
  characters: number;
  spokenSeconds: number;
  perSection: SectionCount[];
  perField: FieldCount[];
  overLimits: LimitBreach[];
  /** Required fields with no value yet. */
  missing: string[];
  /** Body errors (by code; their sentences come from `checkTemplate`); when there are any, `text` is rendered as far as it could be. */
  errors: TemplateError[];
}

function fieldText(value: FieldValue | undefined): string {
  return entries(value).join('\n');
}

/** Renders a template with a person's values in a locale, with counts and limits. */
export function renderNarrative(
  template: TemplateShape,
  values: DraftValues,
  locale: string,
  options: RenderOptions & { parsed?: ParsedTemplate } = {},
): RenderedNarrative {
  const parsed = options.parsed ?? parseTemplate(template.body, scopeOf(template));
  const text = renderNodes(parsed.nodes, values, template, locale, options);
  const words = countWords(text, locale);
  const characters = countCharacters(text, locale);
  const spokenSeconds = estimateSpokenSeconds(text, locale);
  const overLimits: LimitBreach[] = [];
  const check = (scope: 'template' | 'field', limit: LimitName, allowed: number | undefined, actual: number, fieldId?: string) => {
    if (allowed === undefined) return;
    const breached = limit === 'minWords' ? actual > 0 && actual < allowed : actual > allowed;
    if (breached) overLimits.push({ scope, ...(fieldId ? { fieldId } : {}), limit, allowed, actual });
  };
  check('template', 'maxWords', template.limits.maxWords, words);
  check('template', 'maxChars', template.limits.maxChars, characters);
  check('template', 'spokenSeconds', template.limits.spokenSeconds, spokenSeconds);

  const perSection: SectionCount[] = [];
  const perField: FieldCount[] = [];
  const missing: string[] = [];
  for (const section of template.sections) {
    let sectionWords = 0;
    let sectionChars = 0;
    let any = false;
    for (const field of section.fields) {
      const value = valueOf(values, field.id);
      const content = fieldText(value);
      const fieldWords = countWords(content, locale);
      const fieldChars = countCharacters(content, locale);
      perField.push({ fieldId: field.id, words: fieldWords, characters: fieldChars });
      sectionWords += fieldWords;
      sectionChars += fieldChars;
      if (hasValue(value)) any = true;
      else if (field.required && !section.optional) missing.push(field.id);
      check('field', 'maxWords', field.maxWords, fieldWords, field.id);
      check('field', 'maxChars', field.maxChars, fieldChars, field.id);
      check('field', 'minWords', field.minWords, fieldWords, field.id);
    }
    // A required field of an optional section becomes required once the section is started.
    if (section.optional && any) {
      for (const field of section.fields) if (field.required && !hasValue(valueOf(values, field.id))) missing.push(field.id);
    }
    perSection.push({ sectionId: section.id, included: !section.optional || any, words: sectionWords, characters: sectionChars });
  }
  return { text, words, characters, spokenSeconds, perSection, perField, overLimits, missing, errors: parsed.errors };
}
