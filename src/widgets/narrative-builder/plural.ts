/**
 * The narrative builder's counts in words ("1 word", "2 слова", "٣ كلمات"): each is one msg()
 * whose text is an ICU plural, formatted by the shared `plural()` in src/ui/plural.ts.
 */
import { msg } from '@lit/localize';
import { plural } from '../../ui/plural.js';

export { plural };

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
