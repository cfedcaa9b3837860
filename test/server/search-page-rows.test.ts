/** The rows of recent search pages, kept per database: least recently used out, forgotten per mentor or organisation. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { KeptPageRows } from '../../src/server/store/mentors/search-page-rows.js';
import type { MentorRow } from '../../src/server/store/mentors/rows.js';

const row = (id: string) => ({ id }) as MentorRow;
const ids = (rows: KeptPageRows, organisationId: string, wanted: string[]) => {
  const { kept, missing } = rows.take(organisationId, wanted);
  return { kept: [...kept.keys()], missing };
};

describe('the kept rows of search pages', () => {
  it('gives back the rows it keeps and names the ones it does not, per organisation', () => {
    const rows = new KeptPageRows(10);
    rows.keep('a', [row('m1'), row('m2')]);
    assert.deepEqual(ids(rows, 'a', ['m1', 'm3', 'm2']), { kept: ['m1', 'm2'], missing: ['m3'] });
    // Another organisation's mentor of the same id is another row.
    assert.deepEqual(ids(rows, 'b', ['m1']), { kept: [], missing: ['m1'] });
  });

  it('lets the least recently used rows go past its capacity, a row taken counting as used', () => {
    const rows = new KeptPageRows(3);
    rows.keep('a', [row('m1'), row('m2'), row('m3')]);
    rows.take('a', ['m1']);
    rows.keep('a', [row('m4')]);
    assert.deepEqual(ids(rows, 'a', ['m1', 'm2', 'm3', 'm4']), { kept: ['m1', 'm3', 'm4'], missing: ['m2'] });
  });

  it('forgets the named mentors, or every row of one organisation', () => {
    const rows = new KeptPageRows(10);
    rows.keep('a', [row('m1'), row('m2')]);
    rows.keep('b', [row('m1')]);
    rows.forget('a', ['m1']);
    assert.deepEqual(ids(rows, 'a', ['m1', 'm2']), { kept: ['m2'], missing: ['m1'] });
    rows.forget('a');
    assert.deepEqual(ids(rows, 'a', ['m2']), { kept: [], missing: ['m2'] });
    assert.deepEqual(ids(rows, 'b', ['m1']), { kept: ['m1'], missing: [] });
  });
});
