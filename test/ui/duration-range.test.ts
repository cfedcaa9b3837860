import { expect } from '@open-wc/testing';
import { durationRangeText } from '../../src/ui/duration-range.js';
import { formatDurationRange } from '../../src/ui/format.js';
import { SUPPORTED_LOCALES } from '../../src/ui/locales.js';

/** Ranges of days whose ends are every whole number of each unit a range can be written in (format.ts's durationUnit). */
function everyRange(): { minDays: number; maxDays: number }[] {
  const units: [days: number, longest: number, shortest: number][] = [
    [1, 13, 1], // days: up to 13
    [7, 12, 2], // weeks: 14 to 89 days
    [30, 36, 3], // months: 90 to 1,094 days
    [365, 25, 3], // years
  ];
  const ranges = [];
  for (const [days, longest, shortest] of units) {
    for (let max = shortest; max <= longest; max++) for (let min = 0; min <= max; min++) ranges.push({ minDays: min * days, maxDays: max * days });
  }
  return ranges;
}

describe('durationRangeText', () => {
  it('writes every range as formatRange does, in every shipped locale', () => {
    const ranges = everyRange();
    for (const locale of SUPPORTED_LOCALES) {
      for (const range of ranges) expect(durationRangeText(locale, range), `${locale} ${range.minDays}-${range.maxDays}`).to.equal(formatDurationRange(locale, range));
    }
  });

  it('puts each range its own numbers in a pattern another range made', () => {
    // The second range reuses the first's pattern (both ends "other" in English).
    expect(durationRangeText('en', { minDays: 180, maxDays: 660 })).to.equal('6–22 months');
    expect(durationRangeText('en', { minDays: 90, maxDays: 300 })).to.equal('3–10 months');
    expect(durationRangeText('en', { minDays: 30, maxDays: 120 })).to.equal('1–4 months');
    expect(durationRangeText('uk', { minDays: 14, maxDays: 28 })).to.equal(formatDurationRange('uk', { minDays: 14, maxDays: 28 }));
    expect(durationRangeText('uk', { minDays: 35, maxDays: 84 })).to.equal('5–12 тижнів');
    expect(durationRangeText('en', { minDays: 21, maxDays: 21 })).to.equal('3 weeks');
  });
});
