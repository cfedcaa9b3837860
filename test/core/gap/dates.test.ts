import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, addWindow, daysBetween, lastDayOfMonth, lastValidDay, monthIndex, windowText } from '../../../src/core/gap/dates.js';

test('a two-year window counts through the same calendar day two years on', () => {
  assert.equal(lastValidDay('2024-12-05', { years: 2 }), '2026-12-05');
  assert.equal(addWindow('2026-12-05', { years: 2 }, -1), '2024-12-05');
});

test('29 February plus a year is 28 February; months clamp to the end of the month', () => {
  assert.equal(addWindow('2024-02-29', { years: 1 }), '2025-02-28');
  assert.equal(addWindow('2025-01-31', { months: 1 }), '2025-02-28');
  assert.equal(addWindow('2024-01-31', { months: 1 }), '2024-02-29');
});

test('days, months and years combine, and day counts are exact across leap years', () => {
  assert.equal(addWindow('2026-12-05', { years: 1, months: 2, days: 3 }), '2028-02-08');
  assert.equal(addDays('2028-02-28', 1), '2028-02-29');
  assert.equal(daysBetween('2026-12-05', '2028-12-05'), 731);
  assert.equal(daysBetween('2026-12-06', '2026-12-05'), -1);
});

test('months as numbers, the last day of a month, and windows in words', () => {
  assert.equal(monthIndex('2024-02') + 1, monthIndex('2024-03'));
  assert.equal(lastDayOfMonth(monthIndex('2024-02')), '2024-02-29');
  assert.equal(windowText({ years: 2 }), '2 years');
  assert.equal(windowText({ years: 1, months: 6 }), '1 year 6 months');
});
