/**
 * Protected titles in what a person writes: "RN", "P.Eng.", "CPA" are reserved by law for people
 * a regulator has registered. Finds where the person's own text calls them by one (the lawful
 * wording, "internationally educated nurse", is never flagged) and rewrites it with that wording.
 */
import type { ProtectedTitle } from '../../api/catalogue-titles.js';
import type { DraftValues, FieldValue, NarrativeKind } from '../../api/narrative.js';
import { describesTheWriter } from './self-description.js';

/** A jurisdiction's protected titles, with its name for the hint. */
export interface TitleRules {
  jurisdictionId: string;
  jurisdictionName: string;
  titles: readonly ProtectedTitle[];
}

/** One place where the person's text uses a protected title. */
export interface TitleUse {
  fieldId: string;
  /** The words as the person wrote them (`Registered Nurse`). */
  found: string;
  title: ProtectedTitle;
  jurisdictionName: string;
}

/**
 * Fields that name something other than the person: the job advertised, the title held abroad,
 * the employer and what the advertisement asks for. A protected title there claims nothing.
 */
export const NOT_ABOUT_THE_PERSON: ReadonlySet<string> = new Set(['position', 'foreign-title', 'employer', 'requirement']);

/** Fields that are the person's title: any use of a protected title there calls them by it. */
export const PERSON_TITLE_FIELDS: ReadonlySet<string> = new Set(['local-title', 'headline']);

/**
 * In the credential-equivalency statement the local title is what the person seeks recognition
 * as, and the experience is the practice abroad: neither claims the title here.
 */
const NOT_A_CLAIM_IN: Partial<Record<NarrativeKind, ReadonlySet<string>>> = { 'credential-equivalency': new Set(['local-title', 'experience']) };

/** What continues a word: letters, marks, digits and a joining hyphen ("NCLEX-RN" is an exam, not a title). */
const LETTER = '[\\p{L}\\p{M}\\p{N}-]';
/** Scripts written without spaces: a title there is matched wherever it appears. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const byLength = (a: string, b: string) => b.length - a.length;

/**
 * Whether a word goes on just before an offset (the last code point of the text before it). Checked in
 * code rather than as a lookbehind in every title's pattern: compiling `LETTER` under the `iu` flags is
 * what costs (over 100 ms for a catalogue's titles on a phone when each term had its own pair), and this
 * one pattern is compiled once.
 */
const LETTER_BEFORE = new RegExp(`${LETTER}$`, 'u');

/**
 * One pattern for all of a title's terms, longest first (so "registered nurse" wins over "nurse").
 * Terms with unspaced script come first: one that matches where a spaced term matches is always the
 * longer one (a spaced term has no character of those scripts), so the longest still wins. Spaced
 * terms share one check of what follows; what comes before is checked by `matchesOf`.
 */
function titlePattern(terms: readonly string[]): RegExp {
  const unspaced = terms.filter((term) => UNSPACED.test(term)).sort(byLength).map(escape);
  const spaced = terms.filter((term) => !UNSPACED.test(term)).sort(byLength).map(escape);
  // A plural counts ("nurses"); a longer word does not ("nursing").
  if (spaced.length) unspaced.push(`(?:${spaced.join('|')})(?:s|es)?(?!${LETTER})`);
  return new RegExp(unspaced.join('|'), 'giu');
}

/**
 * The ranges where a title's pattern matches and, for a spaced term, no word goes on before it.
 * That check depends only on where a match starts, so where it fails no term starts there: the
 * search goes on from the next character, as a lookbehind in the pattern would.
 */
function matchesOf(text: string, pattern: RegExp): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const start = match.index;
    if (!UNSPACED.test(match[0]) && LETTER_BEFORE.test(text.slice(Math.max(0, start - 2), start))) {
      pattern.lastIndex = start + (text.codePointAt(start)! > 0xffff ? 2 : 1);
      continue;
    }
    found.push([start, start + match[0].length]);
  }
  pattern.lastIndex = 0;
  return found;
}

/** Compiled once per title's content, so a catalogue read again (another element, a reload) reuses them. */
const patterns = new Map<string, { title: RegExp; lawful: RegExp }>();

/** The title's terms and its lawful wording in every language, as patterns. */
function patternsOf(title: ProtectedTitle) {
  const key = JSON.stringify([title.terms, title.lawfulWording]);
  let found = patterns.get(key);
  if (!found) {
    // A bound for a backend that sends ever new titles; a catalogue has a few dozen.
    if (patterns.size >= 500) patterns.clear();
    const lawful = title.lawfulWording.flatMap((wording) => Object.values(wording)).sort(byLength).map(escape);
    found = { title: titlePattern(title.terms), lawful: new RegExp(lawful.join('|') || '(?!)', 'giu') };
    patterns.set(key, found);
  }
  return found;
}

const blank = (phrase: string) => ' '.repeat(phrase.length);

/** The ranges of `text` that use the title, outside its lawful wording and the names of regulators (`names`). */
function usesIn(text: string, title: ProtectedTitle, names?: RegExp): Array<[number, number]> {
  const { title: titlePattern, lawful } = patternsOf(title);
  // Lawful phrases and regulators' names ("College of Nurses of Ontario") are blanked out first, keeping every offset in place.
  const masked = (names ? text.replace(names, blank) : text).replace(lawful, blank);
  return matchesOf(masked, titlePattern);
}

/** Whether the words found are one of the title's terms as written, not its plural. */
function isSingular(found: string, title: ProtectedTitle): boolean {
  const lower = found.toLocaleLowerCase();
  return title.terms.some((term) => term.toLocaleLowerCase() === lower);
}

function textOf(value: FieldValue): string {
  return Array.isArray(value) ? value.join('\n') : value;
}

let lastNames: { key: string; pattern?: RegExp } | undefined;

/** One pattern for the regulators' names (longest first), compiled again only when they change. */
function regulatorNames(regulators: string[]): RegExp | undefined {
  const key = regulators.join('\n');
  if (lastNames?.key !== key) {
    const escaped = regulators.sort(byLength).map(escape);
    lastNames = { key, pattern: escaped.length ? new RegExp(escaped.join('|'), 'giu') : undefined };
  }
  return lastNames.pattern;
}

/** Where the person's own fields use a protected title of one of the jurisdictions: one use per field and title. */
export function protectedTitleUses(values: DraftValues, rules: readonly TitleRules[], kind?: NarrativeKind): TitleUse[] {
  const uses: TitleUse[] = [];
  const seen = new Set<string>();
  const notClaims = kind ? NOT_A_CLAIM_IN[kind] : undefined;
  const names = regulatorNames([...new Set(rules.flatMap((r) => r.titles.map((t) => t.regulator)))]);
  for (const [fieldId, value] of Object.entries(values)) {
    if (NOT_ABOUT_THE_PERSON.has(fieldId) || notClaims?.has(fieldId)) continue;
    const text = textOf(value);
    const isTitle = PERSON_TITLE_FIELDS.has(fieldId);
    for (const { titles, jurisdictionName } of rules) {
      for (const title of titles) {
        // Elsewhere a title calls the person by it only where it describes them ("Registered Nurse with…", "As a P.Eng., …").
        const [first] = usesIn(text, title, names).filter(([start, end]) => isTitle || describesTheWriter(text, start, end, isSingular(text.slice(start, end), title)));
        if (!first) continue;
        const found = text.slice(first[0], first[1]);
        const key = `${fieldId}|${found.toLowerCase()}`;
        if (seen.has(key)) continue;
        seen.add(key);
        uses.push({ fieldId, found, title, jurisdictionName });
      }
    }
  }
  return uses;
}

/** The lawful wording of a title in `locale` (its language, else English). */
export function lawfulWordingIn(title: ProtectedTitle, locale: string): string {
  const wording = title.lawfulWording[0];
  const language = locale.split('-')[0];
  const own = (key: string) => (Object.hasOwn(wording, key) ? wording[key] : undefined);
  return own(locale) ?? own(language) ?? wording.en;
}

function rewrite(text: string, title: ProtectedTitle, wording: string): string {
  let out = '';
  let from = 0;
  for (const [start, end] of usesIn(text, title)) {
    out += text.slice(from, start) + wording;
    from = end;
  }
  return out + text.slice(from);
}

/** The field's value with every use of the title (outside its lawful wording) replaced by `wording`. */
export function withLawfulWording(value: FieldValue, title: ProtectedTitle, wording: string): FieldValue {
  return Array.isArray(value) ? value.map((line) => rewrite(line, title, wording)) : rewrite(value, title, wording);
}
