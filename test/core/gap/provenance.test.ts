/** Provenance on every result, and whether the rules behind a saved analysis changed since. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GapAnalysis } from '../../../src/api/gap.js';
import { analyseGap } from '../../../src/core/gap/analyse.js';
import { ruleFingerprint, rulesChangedSince } from '../../../src/core/gap/provenance.js';
import { catalogue, seedRequirementSet } from '../../../src/server/seed/catalogue/index.js';
import { DEMO_AS_OF, demoProfile } from '../../../src/server/seed/catalogue/demo-profile.js';

const target = { occupationId: 'registered-nurse', jurisdictionId: 'ca-on' };
const set = seedRequirementSet('registered-nurse', 'ca-on');

test('each result carries its requirement’s source, the day it was checked, whether that confirmed it, and the catalogue release', () => {
  const analysis = analyseGap(demoProfile, target, set, DEMO_AS_OF);
  assert.ok(GapAnalysis.safeParse(analysis).success, 'the contract holds');
  assert.equal(analysis.catalogueVersion, catalogue.version);
  assert.match(catalogue.version, /^2026-12-06\+[0-9a-f]{8}$/);
  for (const result of analysis.results) {
    const requirement = set.requirements.find((r) => r.id === result.requirementId)!;
    assert.deepEqual(result.provenance?.source, requirement.source, result.requirementId);
    assert.equal(result.provenance?.lastVerified, requirement.lastVerified);
    assert.equal(result.provenance?.verified, requirement.verification?.status === 'verified');
    assert.equal(result.provenance?.catalogueVersion, catalogue.version);
  }
  const language = analysis.results.find((r) => r.requirementId === 'ca-on-rn-language')!;
  assert.equal(language.provenance?.source.url, 'https://www.cno.org/en/become-a-nurse/registration-requirements/language-proficiency/accepted-language-proficiency-tests/');
  assert.equal(language.provenance?.verified, true);
  const practice = analysis.results.find((r) => r.requirementId === 'ca-on-rn-practice')!;
  assert.equal(practice.provenance?.verified, false, 'shown as "not verified, check with CNO"');
  assert.match(practice.provenance?.note?.en ?? '', /College of Nurses of Ontario/);
});

test('a saved analysis tells whether the rules behind it changed since', () => {
  const saved = analyseGap(demoProfile, target, set, DEMO_AS_OF);
  assert.deepEqual(rulesChangedSince(saved, set), { changed: false, changedRequirements: [], addedRequirements: [], removedRequirements: [], from: catalogue.version, to: catalogue.version });

  // A new minimum, a dropped step, a new step and a changed fee: each shows.
  const language = set.requirements.find((r) => r.id === 'ca-on-rn-language')!;
  const stricter = { ...language, criteria: { language: { ...language.criteria.language!, validity: { within: { years: 1 } } } } };
  const added = { ...language, id: 'ca-on-rn-new-step' };
  const current = {
    ...set,
    catalogueVersion: '2027-01-10+00000000',
    requirements: [...set.requirements.filter((r) => r.id !== 'ca-on-rn-good-standing' && r.id !== language.id), stricter, added],
    pathways: set.pathways.map((p) => (p.id === 'ca-on-rn-nclex-exam' ? { ...p, cost: [{ minMinor: 40000, maxMinor: 40000, currency: 'CAD' }] } : p)),
  };
  const change = rulesChangedSince(saved, current);
  assert.equal(change.changed, true);
  assert.deepEqual(change.changedRequirements.sort(), ['ca-on-rn-language', 'ca-on-rn-nclex']);
  assert.deepEqual(change.addedRequirements, ['ca-on-rn-new-step']);
  assert.deepEqual(change.removedRequirements, ['ca-on-rn-good-standing']);
  assert.equal(change.to, '2027-01-10+00000000');
});

test('re-checking an entry without changing its rule changes nothing; an analysis saved before provenance counts as changed', () => {
  const requirement = set.requirements[0];
  const rechecked = { ...requirement, lastVerified: '2027-06-01', description: { en: 'Reworded.' } };
  assert.equal(ruleFingerprint(rechecked, set.pathways), ruleFingerprint(requirement, set.pathways));
  const old = analyseGap(demoProfile, target, set, DEMO_AS_OF);
  for (const r of old.results) delete r.provenance;
  delete old.catalogueVersion;
  const change = rulesChangedSince(old, set);
  assert.equal(change.changed, true);
  assert.equal(change.changedRequirements.length, set.requirements.length);
});

test('a result whose requirement or recommended pathway is an organisation’s own entry names that organisation; others do not', () => {
  const course = { ...set.pathways.find((p) => p.id === 'ca-on-rn-nclex-prep')!, id: 'org-nclex-club', provider: 'Bridging Nurses Network' };
  const layered = { ...set, pathways: [...set.pathways, course], layer: { organisationId: 'org-bnn', name: 'Bridging Nurses Network', version: 3, entries: ['org-nclex-club'] } };
  const analysis = analyseGap(demoProfile, target, layered, DEMO_AS_OF);
  assert.ok(GapAnalysis.safeParse(analysis).success, 'the contract holds');
  const nclex = analysis.results.find((r) => r.requirementId === 'ca-on-rn-nclex')!;
  assert.ok(nclex.recommendedPathways.includes('org-nclex-club'));
  assert.deepEqual(nclex.provenance?.addedBy, { organisationId: 'org-bnn', name: 'Bridging Nurses Network', entries: ['org-nclex-club'] });
  assert.equal(analysis.results.find((r) => r.requirementId === 'ca-on-rn-nnas')!.provenance?.addedBy, undefined);
  assert.ok(analyseGap(demoProfile, target, set, DEMO_AS_OF).results.every((r) => r.provenance?.addedBy === undefined), 'no layer, no organisation named');
});
