/**
 * When a protected title in running text describes the person who writes it. A person presents
 * themselves in a few shapes, in every language the builder speaks:
 * - after "I am (a)" ("je suis", "soy", "sou", "ich bin", "я", "أنا", "मैं", "我是");
 * - opening a sentence with "As a …" ("en tant que", "como", "als", "як", "بصفتي", "作为");
 * - as the head of a sentence or a line, in the singular, with at most two words before it and
 *   followed by a comma, a bar or "with…" ("Registered Nurse with 8 years…", "Senior RN | ICU");
 * - after a name, as letters after it ("Amara Okafor, P.Eng.").
 * Anything else is about other people or the path ahead: "worked alongside registered nurses",
 * "supervised by a P.Eng.", "to become a Registered Nurse", "an RN licence application".
 */

interface LanguagePatterns {
  /** Words just before the title that claim it: "I am". */
  claim: string;
  /** Words opening a sentence that present the person as the title: "As". */
  as?: string;
  /** Articles that may come between those words and the title. */
  article?: string;
  /** Words that continue a self-description after the title at the head of a sentence: "with". */
  continues?: string;
  /** Words before the title that make it someone else or a goal: "by", "become". */
  notTheWriter?: string;
}

const LANGUAGES: Record<string, LanguagePatterns> = {
  en: {
    claim: "i am|i'm|i’m",
    as: 'as',
    article: 'an?',
    continues: 'with|of|in|at|for|and|since|who|specialising|specializing',
    notTheWriter: 'a|an|the|by|with|alongside|under|to|for|of|and|our|my|their|his|her|become|becoming|future|aspiring|prospective|former|supervised|hired|hiring',
  },
  fr: {
    claim: 'je suis',
    as: "en tant que?|en tant qu['’]|comme",
    article: 'une?',
    continues: 'avec|de|en|à|depuis|spécialisée?',
    notTheWriter: 'un|une|le|la|les|des|par|avec|aux?|devenir|futur|future',
  },
  es: { claim: 'soy|yo soy', as: 'como', article: 'una?', continues: 'con|de|en|desde', notTheWriter: 'un|una|el|la|los|las|por|con|ser|futur[oa]' },
  pt: { claim: 'sou|eu sou', as: 'como', article: 'uma?', continues: 'com|de|em|desde', notTheWriter: 'um|uma|o|os|as|por|com|ser|futur[oa]' },
  de: { claim: 'ich bin', as: 'als', article: 'eine?', continues: 'mit|für|in|seit', notTheWriter: 'ein|eine|der|die|das|von|mit|werden|zukünftige?r?' },
  uk: { claim: 'я(?:\\s*[—–-])?', as: 'як', continues: 'з|із|зі|у|в|від', notTheWriter: 'з|із|під|стати' },
  ar: { claim: 'أنا', as: 'بصفتي', continues: 'مع|في|منذ', notTheWriter: 'مع|من|أصبح' },
  hi: { claim: 'मैं', article: 'एक', notTheWriter: 'के|साथ|बनना' },
  zh: { claim: '我是', as: '作为', article: '一名|一位|一个' },
};

const all = (key: keyof LanguagePatterns) =>
  Object.values(LANGUAGES)
    .map((l) => l[key])
    .filter((p): p is string => Boolean(p))
    .join('|');

/** The end of a sentence or a line: where a self-description can begin. */
const BOUNDARY = '(?:^|[.!?;\\n|•·。！？；])\\s*(?:[-*]\\s+)?';
const ARTICLE = `(?:(?:${all('article')})\\s*)?`;
const NOT_A_LETTER = '(?:^|[^\\p{L}\\p{M}])';

const CLAIMED_BEFORE = new RegExp(`${NOT_A_LETTER}(?:${all('claim')})\\s*${ARTICLE}$`, 'iu');
const AS_OPENING = new RegExp(`${BOUNDARY}(?:${all('as')})\\s*${ARTICLE}$`, 'iu');
/** The head of a sentence: at most two words since its start. */
const SENTENCE_HEAD = new RegExp(`${BOUNDARY}((?:[\\p{L}\\p{M}'’.-]+,?\\s+){0,2})$`, 'u');
/** A name before letters: one to four capitalised words opening the sentence, then an optional comma. */
const NAME_BEFORE = new RegExp(`${BOUNDARY}(?:\\p{Lu}[\\p{L}\\p{M}'’.-]*\\s+){0,3}\\p{Lu}[\\p{L}\\p{M}'’.-]*,?\\s+$`, 'u');
const NOT_THE_WRITER = new RegExp(`^(?:${all('notTheWriter')})$`, 'iu');
/** What follows a self-description at the head of a sentence: its end, punctuation, or "with…". */
const CONTINUES = new RegExp(`^(?:\\s*$|\\s*[,;:|(—–，、：；]|\\s+[-–—]\\s|\\s+(?:${all('continues')})(?![\\p{L}\\p{M}]))`, 'iu');
/** What follows letters after a name: the end, or the next item. */
const AFTER_LETTERS = /^(?:\s*$|\s*[,;|)\n]|\s+[-–—]\s)/u;
/** The title names a step on the way, not the person: "RN licence", "P.Eng. application". */
const A_STEP_AFTER = /^\s*(?:licen[cs]es?|licensure|exams?|examinations?|registration|applications?|applicants?|candidates?|students?|programs?|programmes?|courses?|bridging|designation|requirements?)(?![\p{L}\p{M}])/iu;

/**
 * Whether the title at `text[start, end)` describes the writer. `singular` is false for a plural
 * ("nurses"), which never heads a self-description.
 */
export function describesTheWriter(text: string, start: number, end: number, singular: boolean): boolean {
  const before = text.slice(Math.max(0, start - 80), start);
  const after = text.slice(end, end + 40);
  if (A_STEP_AFTER.test(after)) return false;
  if (CLAIMED_BEFORE.test(before) || AS_OPENING.test(before)) return true;
  if (!singular) return false;
  const head = SENTENCE_HEAD.exec(before);
  if (head && CONTINUES.test(after)) {
    const words = head[1].split(/[\s,]+/).filter(Boolean);
    if (!words.some((word) => NOT_THE_WRITER.test(word))) return true;
  }
  return NAME_BEFORE.test(before) && AFTER_LETTERS.test(after);
}
