import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareEducationLevels, EDUCATION_LEVELS, educationRank, fieldMatches, highestLevel, meetsEducationLevel } from '../../../src/core/gap/education.js';
import { EducationLevel } from '../../../src/api/catalogue.js';

test('education levels order from secondary to doctorate', () => {
  assert.ok(compareEducationLevels('secondary', 'diploma') < 0);
  assert.ok(compareEducationLevels('diploma', 'bachelor') < 0);
  assert.ok(compareEducationLevels('bachelor', 'master') < 0);
  assert.ok(compareEducationLevels('master', 'doctorate') < 0);
  assert.equal(compareEducationLevels('bachelor', 'bachelor'), 0);
  assert.equal(educationRank('secondary'), 0);
});

test('a higher level meets a lower minimum but not the other way round', () => {
  assert.equal(meetsEducationLevel('master', 'bachelor'), true);
  assert.equal(meetsEducationLevel('diploma', 'bachelor'), false);
  assert.equal(highestLevel(['diploma', 'master', 'bachelor']), 'master');
  assert.equal(highestLevel([]), undefined);
});

test('field families match a list, and an empty list accepts any field', () => {
  assert.equal(fieldMatches('nursing', ['nursing']), true);
  assert.equal(fieldMatches('computing', ['nursing']), false);
  assert.equal(fieldMatches('computing', []), true);
});

test('the rank order names every education level of the contract, each once', () => {
  assert.deepEqual([...EDUCATION_LEVELS].sort(), [...EducationLevel.options].sort());
  assert.equal(new Set(EDUCATION_LEVELS).size, EDUCATION_LEVELS.length);
});
