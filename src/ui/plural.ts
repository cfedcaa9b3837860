/**
 * Counts in words that agree with their number in every locale ("1 change", "2 зміни",
 * "5 змін", "تغييران"). @lit/localize has no plural syntax, so a counted message is one
 * `msg()` whose text holds an ICU plural, `{count, plural, one {# change} other {# changes}}`:
 * each translation lists the categories its language needs (Arabic six, Ukrainian four,
 * Chinese one), `Intl.PluralRules` picks one, `#` is the number in the locale's digits, and
 * `=0`-style exact matches win. The plural may be the whole text or a part of it, beside
 * other values (`${done} of {count, plural, one {# milestone} other {# milestones}} done`).
 *
 * ```ts
 * plural(msg('{count, plural, one {# change not saved yet.} other {# changes not saved yet.}}', { id: 'plan.sync.pending' }), pending);
 * ```
 * Two counts in one sentence name their plurals and pass the counts by name, so that each
 * translation can order and inflect them as its language needs:
 * ```ts
 * plural(msg('{added, plural, one {Added # step.} other {Added # steps.}} {total, plural, one {It now has # milestone.} other {It now has # milestones.}}', { id: 'gap.map.plan.done' }), { added: 2, total: 7 });
 * ```
 * (The narrative builder's `plural.ts` reads the same syntax for whole-text plurals.)
 */
import { formatNumber } from './format.js';
import { activeLocale } from './localization.js';

const rules = new Map<string, Intl.PluralRules>();

/** The CLDR plural category of `count` in `locale`. */
export function pluralCategory(locale: string, count: number): Intl.LDMLPluralRule {
  let found = rules.get(locale);
  if (!found) rules.set(locale, (found = new Intl.PluralRules(locale)));
  return found.select(count);
}

/** Where the `{...}` that opens at `open` closes (nested braces counted); -1 when it does not. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let at = open; at < text.length; at++) {
    if (text[at] === '{') depth++;
    else if (text[at] === '}' && --depth === 0) return at;
  }
  return -1;
}

/** The `selector {text}` branches of an ICU plural body. */
function branches(body: string): Map<string, string> {
  const found = new Map<string, string>();
  let at = 0;
  while (at < body.length) {
    const open = body.indexOf('{', at);
    if (open < 0) break;
    const close = closing(body, open);
    if (close < 0) break;
    found.set(body.slice(at, open).trim(), body.slice(open + 1, close));
    at = close + 1;
  }
  return found;
}

const PLURAL_START = /\{\s*(\w+)\s*,\s*plural\s*,/g;

/** The branch of one plural for `count`: an exact `=n` match first, then its category, then `other`, `#` as the number. */
function pick(forms: Map<string, string>, count: number, locale: string): string {
  const number = formatNumber(locale, count);
  return (forms.get(`=${count}`) ?? forms.get(pluralCategory(locale, count)) ?? forms.get('other') ?? '').replaceAll('#', number);
}

/**
 * Formats the ICU plurals (`{count, plural, one {…} other {…}}`) of `message` in `locale`
 * (default: the locale shown). `counts` is one number for every plural of the message, or the
 * number of each plural by its name (`{ added: 2, total: 7 }`). A text without plural syntax
 * is returned with `#` replaced by the number.
 */
export function plural(message: string, counts: number | Readonly<Record<string, number>>, locale: string = activeLocale()): string {
  const countOf = (name: string) => (typeof counts === 'number' ? counts : (counts[name] ?? 0));
  let out = '';
  let at = 0;
  let found = false;
  for (const match of message.matchAll(PLURAL_START)) {
    const open = match.index!;
    if (open < at) continue;
    const close = closing(message, open);
    if (close < 0) break;
    out += message.slice(at, open) + pick(branches(message.slice(open + match[0].length, close)), countOf(match[1]), locale);
    at = close + 1;
    found = true;
  }
  if (found) return out + message.slice(at);
  return typeof counts === 'number' ? message.replaceAll('#', formatNumber(locale, counts)) : message;
}
