/** Exports of a rendered narrative: plain text and Markdown (user text escaped). */
import type { DraftValues, NarrativeTemplate } from '../../api/narrative.js';
import { renderNarrative, tidy } from './render.js';

/**
 * Escapes text so Markdown shows it literally: inline markers everywhere, and block markers
 * (headings, lists, quotes, rules, numbered items) at the start of each line.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}\[\]<>()|~!&$]/g, '\\$&')
    .replace(/^([ \t]*)([#+\-=>])/gm, '$1\\$2')
    .replace(/^([ \t]*\d+)([.)])/gm, '$1\\$2');
}

/** Plain text: the rendered narrative as it would be pasted into a form. */
export function exportPlainText(template: Pick<NarrativeTemplate, 'sections' | 'body' | 'limits'>, values: DraftValues, locale: string): string {
  return `${renderNarrative(template, values, locale).text}\n`;
}

/**
 * Markdown: a heading with the draft's title, then the narrative. Values are escaped; the
 * template's own text is written by the template author and kept as it is.
 */
export function exportMarkdown(
  template: Pick<NarrativeTemplate, 'sections' | 'body' | 'limits'>,
  values: DraftValues,
  locale: string,
  title?: string,
): string {
  const body = renderNarrative(template, values, locale, { escape: escapeMarkdown }).text;
  const heading = title?.trim() ? `# ${escapeMarkdown(title.trim().replace(/\s+/g, ' '))}\n\n` : '';
  return `${tidy(`${heading}${body}`)}\n`;
}
