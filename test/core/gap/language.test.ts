import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cefrFor, clbFor, levelsOf, monthsBetween } from '../../../src/core/gap/language.js';

test('IELTS General scores convert to the CLB levels of the IRCC chart', () => {
  assert.equal(clbFor('ielts-general', 'listening', 8.0).level, 9);
  assert.equal(clbFor('ielts-general', 'listening', 7.5).level, 8);
  assert.equal(clbFor('ielts-general', 'reading', 6.0).level, 7);
  assert.equal(clbFor('ielts-general', 'writing', 7.5).level, 10);
  assert.equal(clbFor('ielts-general', 'speaking', 6.5).level, 8);
  assert.equal(clbFor('ielts-general', 'reading', 3.0).level, null);
  assert.equal(clbFor('ielts-general', 'reading', 6.0).official, true);
});

test('CELPIP levels are CLB levels, capped at CLB 10 as IRCC charts them', () => {
  assert.deepEqual(clbFor('celpip-general', 'speaking', 9), { level: 9, official: true });
  assert.equal(clbFor('celpip-general', 'reading', 12).level, 10);
});

test('TEF Canada and TCF Canada scores convert to NCLC levels', () => {
  assert.equal(clbFor('tef-canada', 'reading', 434).level, 7);
  assert.equal(clbFor('tef-canada', 'speaking', 455).level, 6);
  assert.equal(clbFor('tcf-canada', 'writing', 10).level, 7);
  assert.equal(clbFor('tcf-canada', 'listening', 549).level, 10);
});

test('PTE Core scores convert to CLB levels', () => {
  assert.equal(clbFor('pte-core', 'writing', 69).level, 7);
  assert.equal(clbFor('pte-core', 'listening', 81).level, 8);
});

test('IELTS, TOEFL iBT and PTE Academic convert to CEFR by their publishers tables', () => {
  assert.equal(cefrFor('ielts-academic', 'reading', 7.0).level, 'C1');
  assert.equal(cefrFor('ielts-academic', 'reading', 6.5).level, 'B2');
  assert.equal(cefrFor('toefl-ibt', 'speaking', 25).level, 'C1');
  assert.equal(cefrFor('toefl-ibt', 'listening', 17).level, 'B2');
  assert.equal(cefrFor('pte-academic', 'writing', 76).level, 'C1');
  assert.equal(cefrFor('pte-academic', 'writing', 76).official, true);
});

test('tests without an official chart are converted through CEFR and marked unofficial', () => {
  const toefl = clbFor('toefl-ibt', 'reading', 24);
  assert.deepEqual(toefl, { level: 9, official: false });
  const celpip = cefrFor('celpip-general', 'reading', 7);
  assert.deepEqual(celpip, { level: 'B2', official: false });
});

test('a Goethe certificate gives its CEFR level for every skill', () => {
  const levels = levelsOf({ test: 'goethe', scores: {}, certificateLevel: 'B2', takenOn: '2024-01-10' });
  assert.equal(levels.speaking.cefr.level, 'B2');
  assert.equal(levels.reading.clb.level, 7);
});

test('months between dates count whole months', () => {
  assert.equal(monthsBetween('2023-05-10', '2025-05-10'), 24);
  assert.equal(monthsBetween('2023-05-10', '2025-05-09'), 23);
});

test('Cambridge C1 Advanced and C2 Proficiency share the Cambridge English Scale: 180 is C1, 179 B2, 200 C2, whichever exam was sat', () => {
  for (const test of ['cambridge-c1-advanced', 'cambridge-c2-proficiency'] as const) {
    assert.deepEqual(cefrFor(test, 'writing', 180), { level: 'C1', official: true });
    assert.equal(cefrFor(test, 'writing', 179).level, 'B2');
    assert.equal(cefrFor(test, 'reading', 199).level, 'C1');
    assert.equal(cefrFor(test, 'reading', 200).level, 'C2');
    assert.equal(cefrFor(test, 'speaking', 119).level, null, 'below A2 on the scale');
  }
  // No authority charts Cambridge scores to CLB: through the CEFR, and said to be an estimate.
  assert.deepEqual(clbFor('cambridge-c1-advanced', 'listening', 185), { level: 9, official: false });
});
