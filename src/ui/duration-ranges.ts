/**
 * Many duration ranges in one locale, as `formatDurationRange` writes them (src/ui/format.ts).
 * A module of its own: only the gap map's result view (a lazy part) formats many ranges, so this
 * code loads with it and not in every element's first download.
 */
import type { DurationRange } from '../api/common.js';
import { cached, durationUnit, unitFormat, wholeUnits, type RangeNumberFormat } from './format.js';

type RangeParts = Array<{ type: string; value: string; source: string }>;
/** The parts of a number as a formatter writes it (its digits, grouping and decimal mark), without the unit. */
const NUMBER_PARTS = new Set(['integer', 'group', 'decimal', 'fraction', 'minusSign', 'plusSign']);

/**
 * `formatDurationRange` for many ranges in one locale, with the same output. `formatRange` costs
 * V8 a fraction of a millisecond a call (it builds its range formatter every time), hundreds of times
 * a plain `format`: a gap map shows a range for every pathway and step. The text of a range in one unit
 * depends on the numbers only through their digits and the plural category of each end (which picks the
 * unit's form, CLDR's plural ranges), so each unit and pair of categories is asked of `formatRange` once
 * and its pattern is filled with the ends' digits after. Make one per render (gap-view.ts makes one per
 * analysis): what it learns is never carried from one view to the next.
 */
export function durationRangeFormatter(locale: string): (range: DurationRange) => string {
  const patterns = new Map<string, Array<string | 0 | 1>>();
  const plurals = cached('p', locale, undefined, () => new Intl.PluralRules(locale));
  const digits = (format: Intl.NumberFormat, value: number) =>
    format
      .formatToParts(value)
      .filter((part) => NUMBER_PARTS.has(part.type))
      .map((part) => part.value)
      .join('');
  return (range) => {
    const unit = durationUnit(range.maxDays);
    const min = wholeUnits(range.minDays, unit, Math.floor);
    const max = wholeUnits(range.maxDays, unit, Math.ceil);
    const format = unitFormat(locale, unit);
    if (min === max) return format.format(max);
    const key = `${unit}|${plurals.select(min)}|${plurals.select(max)}`;
    let pattern = patterns.get(key);
    if (!pattern) {
      const parts = (format as RangeNumberFormat & { formatRangeToParts(start: number, end: number): RangeParts }).formatRangeToParts(min, max);
      // The literal text and the unit as they are; each end's number a slot (0 the start, 1 the end).
      pattern = [];
      for (const part of parts) {
        const slot = NUMBER_PARTS.has(part.type) && part.source !== 'shared' ? (part.source === 'startRange' ? 0 : 1) : undefined;
        if (slot === undefined) pattern.push(part.value);
        else if (pattern[pattern.length - 1] !== slot) pattern.push(slot);
      }
      // A pattern that does not give back the range it came from (ends whose digits run together) is not used.
      if (fill(pattern, digits(format, min), digits(format, max)) !== parts.map((part) => part.value).join('')) pattern = [];
      patterns.set(key, pattern);
    }
    return pattern.length ? fill(pattern, digits(format, min), digits(format, max)) : format.formatRange(min, max);
  };
}

function fill(pattern: ReadonlyArray<string | 0 | 1>, start: string, end: string): string {
  return pattern.map((piece) => (piece === 0 ? start : piece === 1 ? end : piece)).join('');
}
