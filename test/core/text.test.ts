import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldText, slugOf } from '../../src/core/text.js';

test('folds case, diacritics and runs of spaces, as the catalogue stores its terms', () => {
  assert.equal(foldText('  Infirmière   Autorisée '), 'infirmiere autorisee');
  assert.equal(foldText('São Tomé'), 'sao tome');
  assert.equal(foldText('ÉCOLE'), 'ecole');
});

test('makes a code of a label, cut to a length, and nothing of a label with no Latin letter', () => {
  assert.equal(slugOf('PEBC Évaluating Exam'), 'pebc-evaluating-exam');
  assert.equal(slugOf('  --Stream C: (NMBA)-- '), 'stream-c-nmba');
  assert.equal(slugOf('Ahpra registration', 5), 'ahpra');
  assert.equal(slugOf('ممرضة'), '');
});
