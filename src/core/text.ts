/**
 * Text as people type it, made comparable: the catalogue's search terms, an occupation or
 * country typed into a field, a step's label turned into a code. One definition, so the
 * server's stored terms and the widgets' matching fold a word the same way.
 */

/** Lower case without diacritics, spaces collapsed: `  Infirmière   Autorisée ` -> `infirmiere autorisee`. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** A code made of a label: `PEBC Évaluating Exam` -> `pebc-evaluating-exam`; empty when nothing Latin is left. */
export function slugOf(text: string, maxLength = Infinity): string {
  return foldText(text).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, maxLength);
}
