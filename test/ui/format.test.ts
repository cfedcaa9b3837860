import { expect } from '@open-wc/testing';
import {
  currencySymbol,
  formatDate,
  formatDuration,
  formatDurationRange,
  formatList,
  formatMoney,
  formatMoneyRange,
  formatNumber,
  formatRelativeTime,
  formattersFor,
} from '../../src/ui/format.js';

describe('format', () => {
  it('formats calendar dates without shifting them by the time zone', () => {
    expect(formatDate('en', '2025-03-01')).to.equal('Mar 1, 2025');
    expect(formatDate('fr', '2025-03-01')).to.equal('1 mars 2025');
  });

  it('formats numbers in the locale', () => {
    expect(formatNumber('en', 1234.5)).to.equal('1,234.5');
    expect(formatNumber('hi', 1234567)).to.equal('12,34,567');
  });

  it('formats money from minor units, respecting each currency', () => {
    expect(formatMoney('en', { amountMinor: 125_000, currency: 'CAD' })).to.equal('CA$1,250.00');
    expect(formatMoney('en', { amountMinor: 1200, currency: 'JPY' })).to.equal('¥1,200');
    expect(formatMoney('fr', { amountMinor: 99_950, currency: 'EUR' })).to.equal('999,50\u00a0€');
  });

  it('names the symbol each locale writes for a currency', () => {
    expect(currencySymbol('en', 'USD')).to.equal('$');
    expect(currencySymbol('en-GB', 'USD')).to.equal('US$');
    expect(currencySymbol('en-GB', 'CAD')).to.equal('CA$');
    expect(currencySymbol('fr', 'EUR')).to.equal('€');
  });

  it('formats money ranges, dropping cents when both ends are whole', () => {
    expect(formatMoneyRange('en', { minMinor: 30_000, maxMinor: 120_000, currency: 'CAD' })).to.equal('CA$300–1,200');
    expect(formatMoneyRange('en', { minMinor: 30_000, maxMinor: 30_000, currency: 'CAD' })).to.equal('CA$300');
  });

  it('renders durations in days as days, weeks or months', () => {
    expect(formatDuration('en', 1)).to.equal('1 day');
    expect(formatDuration('en', 10)).to.equal('10 days');
    expect(formatDuration('en', 21)).to.equal('3 weeks');
    expect(formatDuration('en', 180)).to.equal('6 months');
    expect(formatDurationRange('en', { minDays: 14, maxDays: 28 })).to.equal('2–4 weeks');
    expect(formatDurationRange('es', { minDays: 90, maxDays: 180 })).to.equal('3-6 meses');
  });

  it('says durations in whole units, as a person would, with the plural each locale needs', () => {
    // 14 to 45 days: 2 to 6.4 weeks, said "2–7 weeks" (the range still holds every day).
    expect(formatDurationRange('en', { minDays: 14, maxDays: 45 })).to.equal('2–7 weeks');
    expect(formatDurationRange('en', { minDays: 180, maxDays: 465 })).to.equal('6–16 months');
    expect(formatDuration('en', 45)).to.equal('6 weeks');
    expect(formatDuration('en', 465)).to.equal('16 months');
    expect(formatDurationRange('en', { minDays: 730, maxDays: 1460 })).to.equal('2–4 years');
    expect(formatDurationRange('en', { minDays: 2, maxDays: 20 })).to.equal('1–3 weeks');
    for (const locale of ['en', 'fr', 'es', 'ar', 'uk', 'zh-Hans', 'pt-BR', 'hi']) {
      expect(formatDurationRange(locale, { minDays: 14, maxDays: 45 }), locale).to.not.match(/[.,]5|\d[.,]\d/);
    }
    expect(formatDurationRange('uk', { minDays: 14, maxDays: 45 })).to.equal('2–7 тижнів');
    expect(formatDuration('uk', 14)).to.equal('2 тижні');
    expect(formatDuration('fr', 7).replace(/\s/g, ' ')).to.equal('7 jours');
    expect(formatDuration('fr', 180).replace(/\s/g, ' ')).to.equal('6 mois');
    expect(formatDuration('ar', 14)).to.equal('أسبوعان');
  });

  it('formats lists and relative time', () => {
    expect(formatList('en', ['English', 'French', 'Arabic'])).to.equal('English, French, and Arabic');
    expect(formatList('en', ['a', 'b'], 'disjunction')).to.equal('a or b');
    const now = Date.UTC(2025, 0, 10);
    expect(formatRelativeTime('en', Date.UTC(2025, 0, 13), now)).to.equal('in 3 days');
    expect(formatRelativeTime('en', Date.UTC(2025, 0, 9), now)).to.equal('yesterday');
    expect(formatRelativeTime('en', Date.UTC(2024, 11, 20), now)).to.equal('3 weeks ago');
  });

  it('binds formatters to a locale, once', () => {
    expect(formattersFor('uk')).to.equal(formattersFor('uk'));
    expect(formattersFor('uk').number(1.5)).to.equal('1,5');
  });
});
