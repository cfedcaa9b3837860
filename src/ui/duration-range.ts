/**
 * Duration ranges with the same text as `formatDurationRange` (format.ts), without a
 * `formatRange` call for each. V8 builds a new ICU range formatter at every
 * `Intl.NumberFormat#formatRange` (200–370 µs each in Chromium here, against 1–7 µs for
 * `format`), and a gap map shows a dozen ranges. A range's words depend on its two ends only
 * through their plural categories in the locale ("1–4 months", "6–22 months"; "2–4 тижні",
 * "5–20 тижнів"), so the first range of each locale, unit and pair of categories is asked of
 * Intl with its parts, and the next ones put their own numbers in its place. That pattern is
 * kept for the page, as format.ts keeps its Intl objects: it is the range formatter V8 does not
 * keep. A browser test holds the texts to `formatDurationRange` for every pair of ends in all
 * the shipped locales.
 */
import type { DurationRange } from '../api/common.js';
import { durationRangeEnds, formatNumber, unitFormat, type DurationUnit, type NumberRangePart } from './format.js';
import { pluralCategory } from './plural.js';

/** The parts of a number itself (its digits and separators), as opposed to the unit's words and the range's dash. */
const NUMBER_PARTS = new Set(['integer', 'group', 'decimal', 'fraction', 'minusSign', 'plusSign']);

const patterns = new Map<string, NumberRangePart[]>();

function rangeParts(locale: string, unit: DurationUnit, min: number, max: number): NumberRangePart[] {
  const key = `${locale}|${unit}|${pluralCategory(locale, min)}|${pluralCategory(locale, max)}`;
  let parts = patterns.get(key);
  if (!parts) patterns.set(key, (parts = unitFormat(locale, unit).formatRangeToParts(min, max)));
  return parts;
}

/** `2–7 weeks` for 14 to 45 days: the text `formatDurationRange(locale, range)` gives. */
export function durationRangeText(locale: string, range: DurationRange): string {
  const { unit, min, max } = durationRangeEnds(range);
  if (min === max) return unitFormat(locale, unit).format(max);
  let text = '';
  let side: NumberRangePart['source'] | undefined;
  for (const part of rangeParts(locale, unit, min, max)) {
    const number = NUMBER_PARTS.has(part.type) && part.source !== 'shared';
    // Each end's number (one or more parts) becomes this range's number, in the locale's digits.
    if (number && part.source !== side) text += formatNumber(locale, part.source === 'startRange' ? min : max, { maximumFractionDigits: 0 });
    else if (!number) text += part.value;
    side = number ? part.source : undefined;
  }
  return text;
}
