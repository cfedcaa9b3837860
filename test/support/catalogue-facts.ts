/** Looking up the seed catalogue's entries in the fact tests, and checking that an entry names its source and the day it was checked. */
import assert from 'node:assert/strict';
import type { Pathway, Requirement } from '../../src/api/catalogue.js';
import { catalogue } from '../../src/server/seed/catalogue/index.js';

export const requirement = (id: string): Requirement => {
  const found = catalogue.requirements.find((r) => r.id === id);
  assert.ok(found, `no requirement ${id}`);
  return found;
};

export const pathway = (id: string): Pathway => {
  const found = catalogue.pathways.find((p) => p.id === id);
  assert.ok(found, `no pathway ${id}`);
  return found;
};

/** The requirement names `url` as its source and was checked on 2026-12-05. */
export const checked = (r: Requirement, url: string) => {
  assert.equal(r.source.url, url, `${r.id} names its source`);
  assert.equal(r.lastVerified, '2026-12-05', `${r.id} was checked on 2026-12-05`);
};
