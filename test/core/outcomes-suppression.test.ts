import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mayShow, population, withheldGroups, type Atom } from '../../src/core/outcomes/suppression.js';

const atom = (cohort: string, occupation: string, people: number): Atom => ({ dimensions: { cohort, occupation }, people: { mentees: people } });
const ATOMS = [atom('2025-Q1', 'nurse', 8), atom('2025-Q1', 'engineer', 3), atom('2025-Q2', 'nurse', 12), atom('2025-Q2', 'engineer', 9)];
const FILTERS = ['cohort', 'occupation'];

describe('small-number suppression', () => {
  it('counts the people of the atoms a figure describes', () => {
    assert.equal(population(ATOMS, {}, 'mentees'), 32);
    assert.equal(population(ATOMS, { occupation: 'nurse' }, 'mentees'), 20);
    assert.equal(population(ATOMS, { cohort: '2025-Q1', occupation: 'nurse' }, 'mentees'), 8);
    assert.equal(population(ATOMS, { occupation: 'nurse' }, 'other'), 0);
  });

  it('withholds a figure of fewer than k people', () => {
    assert.equal(mayShow(ATOMS, { cohort: '2025-Q1', occupation: 'engineer' }, FILTERS, 'mentees', 5), false);
    assert.equal(mayShow(ATOMS, { cohort: '2025-Q2' }, FILTERS, 'mentees', 5), true);
  });

  it('withholds a figure that differs from any broader view by fewer than k people', () => {
    // Q1 nurses (8) against Q1 (11): the difference is the 3 Q1 engineers.
    assert.equal(mayShow(ATOMS, { cohort: '2025-Q1', occupation: 'nurse' }, FILTERS, 'mentees', 5), false);
    // Q2 nurses (12): Q2 is 21 (9 more), nurses are 20 (8 more), all is 32 (20 more).
    assert.equal(mayShow(ATOMS, { cohort: '2025-Q2', occupation: 'nurse' }, FILTERS, 'mentees', 5), true);
    // With k = 9, "nurses in Q2" against "nurses" differs by 8.
    assert.equal(mayShow(ATOMS, { cohort: '2025-Q2', occupation: 'nurse' }, FILTERS, 'mentees', 9), false);
  });

  it('does not drop a breakdown\'s own dimension when looking for broader views', () => {
    // "origin" is a breakdown, not a filter: a group of 6 is its own figure whatever the total.
    const atoms: Atom[] = [{ dimensions: { origin: 'asia' }, people: { mentees: 6 } }, { dimensions: { origin: 'africa' }, people: { mentees: 2 } }];
    assert.equal(mayShow(atoms, { origin: 'asia' }, FILTERS, 'mentees', 5), true);
  });

  it('completes withheld groups so that none can be worked out from the total', () => {
    const groups = (counts: Record<string, number>, k: number) =>
      [...withheldGroups(Object.entries(counts).map(([group, people]) => ({ group, people, safe: people >= k })), k)].sort();
    assert.deepEqual(groups({ a: 20, b: 7, c: 2 }, 5), ['b', 'c'], 'a lone withheld group takes the smallest shown one with it');
    assert.deepEqual(groups({ a: 20, b: 7, c: 2, d: 1 }, 5), ['b', 'c', 'd'], 'withheld groups of 3 people together take one more');
    assert.deepEqual(groups({ a: 20, b: 7, c: 3, d: 3 }, 5), ['c', 'd'], 'two withheld groups of 6 together stay as they are');
    assert.deepEqual(groups({ a: 20, b: 7 }, 5), [], 'nothing to withhold');
    assert.deepEqual(groups({ a: 3 }, 5), ['a']);
  });
});
