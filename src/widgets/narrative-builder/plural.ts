/**
 * Counts in words that agree with their number in every locale ("1 word", "2 слова",
 * "5 слів", "١١ كلمة"). @lit/localize has no plural syntax, so a counted message is one
 * msg() whose text is an ICU plural, `{count, plural, one {# word} other {# words}}`:
 * each translation lists the categories its language needs (Arabic six, Ukrainian four,
 * Chinese one), `#` is the number in the locale's digits, and `=0`-style exact matches win.
 */
import { msg } from '@lit/localize';
import { activeLocale } from '../../ui/localization.js';

const rules = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

function cachedIn<T>(cache: Map<string, T>, locale: string, make: () => T): T {
  let found = cache.get(locale);
  if (!found) cache.set(locale, (found = make()));
  return found;
}

/** The `{ selector {text} ... }` branches of an ICU plural body. */
function branches(body: string): Map<string, string> {
  const found = new Map<string, string>();
  let at = 0;
  while (at < body.length) {
    const open = body.indexOf('{', at);
    if (open < 0) break;
    const selector = body.slice(at, open).trim();
    let depth = 1;
    let close = open + 1;
    for (; close < body.length && depth > 0; close++) {
      if (body[close] === '{') depth++;
      else if (body[close] === '}') depth--;
    }
    found.set(selector, body.slice(open + 1, close - 1));
    at = close;
  }
  return found;
}

/**
 * Formats an ICU plural message (`{count, plural, one {…} other {…}}`) for `count` in the
 * locale shown. A text without plural syntax is returned with `#` replaced.
 */
export function plural(message: string, count: number, locale: string = activeLocale()): string {
  const number = cachedIn(numbers, locale, () => new Intl.NumberFormat(locale)).format(count);
  const match = /^\s*\{\s*\w+\s*,\s*plural\s*,(.*)\}\s*$/s.exec(message);
  if (!match) return message.replaceAll('#', number);
  const forms = branches(match[1]);
  const category = cachedIn(rules, locale, () => new Intl.PluralRules(locale)).select(count);
  const chosen = forms.get(`=${count}`) ?? forms.get(category) ?? forms.get('other') ?? '';
  return chosen.replaceAll('#', number);
}

/** "12 words" */
export function wordCount(count: number): string {
  return plural(msg('{count, plural, one {# word} other {# words}}', { id: 'narrative.count.words' }), count);
}

/** "80 characters" */
export function characterCount(count: number): string {
  return plural(msg('{count, plural, one {# character} other {# characters}}', { id: 'narrative.count.characters' }), count);
}

/** "45 seconds" */
export function secondCount(count: number): string {
  return plural(msg('{count, plural, one {# second} other {# seconds}}', { id: 'narrative.count.seconds' }), count);
}
