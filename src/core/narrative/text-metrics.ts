/**
 * Counting words, characters and speaking time in any script. `Intl.Segmenter` does the
 * work where the runtime has it (it splits Chinese and Japanese into words with a
 * dictionary, and keeps Devanagari and Arabic words whole); without it, each Han, kana or
 * Hangul character counts as a word and other scripts are split on spaces.
 */

/** Han ideographs, kana and Hangul: scripts written without spaces between words. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const CJK_GLOBAL = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
/** A run of letters or digits (with joining marks) in any script. */
const WORD_RUN = /[\p{L}\p{N}\p{M}]+(?:['’\-][\p{L}\p{N}\p{M}]+)*/gu;

type SegmenterCtor = new (locale?: string, options?: { granularity: 'word' | 'grapheme' }) => {
  segment(input: string): Iterable<{ segment: string; isWordLike?: boolean }>;
};

function segmenterCtor(): SegmenterCtor | undefined {
  const ctor = (Intl as unknown as { Segmenter?: SegmenterCtor }).Segmenter;
  return typeof ctor === 'function' ? ctor : undefined;
}

type Segmenter = InstanceType<SegmenterCtor>;
/** Segmenters are costly to build (ICU data): one per constructor, locale and granularity, reused. */
const segmenters = new WeakMap<SegmenterCtor, Map<string, Segmenter>>();

/** A segmenter for `locale` (throws as the constructor does for a bad locale). */
function segmenterFor(Segmenter: SegmenterCtor, locale: string, granularity: 'word' | 'grapheme'): Segmenter {
  let byKey = segmenters.get(Segmenter);
  if (!byKey) segmenters.set(Segmenter, (byKey = new Map()));
  const key = `${granularity}|${locale}`;
  let found = byKey.get(key);
  if (!found) byKey.set(key, (found = new Segmenter(locale, { granularity })));
  return found;
}

/** Lets tests exercise the fallback path. */
export interface CountOptions {
  /** Ignore `Intl.Segmenter` even when the runtime has it. */
  noSegmenter?: boolean;
}

/** Words without `Intl.Segmenter`: CJK characters one by one, other scripts by runs of letters. */
export function countWordsFallback(text: string): number {
  let count = 0;
  for (const run of text.match(WORD_RUN) ?? []) {
    if (!CJK.test(run)) {
      count += 1;
      continue;
    }
    // A run may mix scripts ("C++工程师"): each CJK character is a word, each other stretch one more.
    const cjk = run.match(CJK_GLOBAL)?.length ?? 0;
    const rest = run.replace(CJK_GLOBAL, ' ').trim();
    count += cjk + (rest ? rest.split(/\s+/).length : 0);
  }
  return count;
}

/** The number of words in `text` for `locale`. */
export function countWords(text: string, locale = 'en', options: CountOptions = {}): number {
  if (!text.trim()) return 0;
  const Segmenter = options.noSegmenter ? undefined : segmenterCtor();
  if (!Segmenter) return countWordsFallback(text);
  let count = 0;
  try {
    for (const part of segmenterFor(Segmenter, locale, 'word').segment(text)) {
      if (part.isWordLike) count += 1;
    }
  } catch {
    return countWordsFallback(text);
  }
  return count;
}

/** The number of user-perceived characters (grapheme clusters), so an emoji or "é" counts once. */
export function countCharacters(text: string, locale = 'en', options: CountOptions = {}): number {
  if (!text) return 0;
  const Segmenter = options.noSegmenter ? undefined : segmenterCtor();
  if (Segmenter) {
    try {
      let count = 0;
      for (const _ of segmenterFor(Segmenter, locale, 'grapheme').segment(text)) count += 1;
      return count;
    } catch {
      // fall through to code points
    }
  }
  // Code points, minus combining marks that belong to the previous character.
  return Array.from(text.replace(/\p{M}/gu, '')).length;
}

/** Words per minute of calm, clear speech in languages written with spaces. */
export const WORDS_PER_MINUTE = 140;
/** Characters per minute of calm Mandarin or Japanese speech. */
export const CJK_CHARACTERS_PER_MINUTE = 250;

/** True when most letters of `text` are CJK (so speech is timed by characters). */
export function isMostlyCjk(text: string): boolean {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return false;
  const cjk = text.match(CJK_GLOBAL)?.length ?? 0;
  return cjk / letters > 0.5;
}

/** About how many seconds it takes to say `text` aloud, rounded to the second. */
export function estimateSpokenSeconds(text: string, locale = 'en', options: CountOptions = {}): number {
  if (!text.trim()) return 0;
  if (isMostlyCjk(text)) {
    const chars = text.match(CJK_GLOBAL)?.length ?? 0;
    const otherWords = countWordsFallback(text.replace(CJK_GLOBAL, ' '));
    return Math.round((chars / CJK_CHARACTERS_PER_MINUTE) * 60 + (otherWords / WORDS_PER_MINUTE) * 60);
  }
  return Math.round((countWords(text, locale, options) / WORDS_PER_MINUTE) * 60);
}
