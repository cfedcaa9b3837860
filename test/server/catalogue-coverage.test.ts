import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { LocalizedText } from '../../src/api/common.js';
import { analyseGap } from '../../src/core/gap/analyse.js';
import { catalogue, requirementSets, seedRequirementSet } from '../../src/server/seed/catalogue/index.js';

const countryOf = (jurisdictionId: string) => catalogue.jurisdictions.find((j) => j.id === jurisdictionId)!.country;
const key = (occupationId: string, jurisdictionId: string) => `${occupationId}@${jurisdictionId}`;

/** A set is complete when it has requirements and every requirement but 'other' is closed by a pathway of the set. */
function isComplete(set: (typeof requirementSets)[number]): boolean {
  if (set.requirements.length < 3 || set.pathways.length === 0) return false;
  return set.requirements.filter((r) => r.kind !== 'other').every((r) => set.pathways.some((p) => p.closes.includes(r.id)));
}

const regulatedOccupations = catalogue.occupations.filter((o) => o.regulation.some((r) => r.regulated));

test('each regulated occupation has complete requirement sets in at least 4 jurisdictions across at least 3 countries', () => {
  const short: string[] = [];
  for (const o of regulatedOccupations) {
    const complete = requirementSets.filter((s) => s.occupationId === o.id && isComplete(s));
    const jurisdictions = new Set(complete.map((s) => s.jurisdictionId));
    const countries = new Set([...jurisdictions].map(countryOf));
    if (jurisdictions.size < 4 || countries.size < 3) short.push(`${o.id}: ${[...jurisdictions].join(', ')}`);
  }
  assert.deepEqual(short, [], 'occupations below the coverage goal');
  assert.deepEqual(
    regulatedOccupations.map((o) => o.id).sort(),
    ['accountant', 'dentist', 'electrician', 'pharmacist', 'physician', 'professional-engineer', 'registered-nurse', 'social-worker', 'teacher'],
  );
});

test('each regulated occupation has binding (not advisory) sets in at least 2 countries, accountants excepted', () => {
  // Of the catalogue's countries only Canada licenses the accountant title (CPA); England and
  // Australia have professional bodies, not a licence, so their sets are advice.
  const onlyOneCountry = new Set(['accountant']);
  for (const o of regulatedOccupations) {
    const binding = requirementSets.filter((s) => s.occupationId === o.id && s.requirements.some((r) => !r.advisory));
    assert.ok(new Set(binding.map((s) => countryOf(s.jurisdictionId))).size >= (onlyOneCountry.has(o.id) ? 1 : 2), o.id);
  }
});

test('one set per occupation and jurisdiction, and each matches its regulation entry', () => {
  const seen = new Set<string>();
  for (const s of requirementSets) {
    const k = key(s.occupationId, s.jurisdictionId);
    assert.ok(!seen.has(k), `${k} is defined once`);
    seen.add(k);
    const occupation = catalogue.occupations.find((o) => o.id === s.occupationId)!;
    const regulation = occupation.regulation.find((r) => r.jurisdictionId === s.jurisdictionId);
    assert.ok(regulation, `${k} has a regulation entry`);
    assert.equal(regulation.requirementsCatalogued, true, `${k} is marked as catalogued`);
    assert.ok(regulation.body?.link.url, `${k} names the regulator or assessing body`);
    for (const r of s.requirements) {
      assert.equal(r.occupationId, s.occupationId, r.id);
      assert.equal(r.jurisdictionId, s.jurisdictionId, r.id);
      // An unregulated occupation gets advice, never an invented licence.
      assert.equal(Boolean(r.advisory), !regulation.regulated, `${r.id}: advisory exactly when the occupation is unregulated here`);
    }
    if (regulation.regulated) assert.ok(s.requirements.some((r) => r.kind === 'registration'), `${k} ends in registration`);
    else assert.ok(!s.requirements.some((r) => r.kind === 'registration'), `${k} has no registration: nothing to register with`);
  }
  for (const o of catalogue.occupations) {
    for (const r of o.regulation.filter((x) => x.requirementsCatalogued)) assert.ok(seen.has(key(o.id, r.jurisdictionId)), `${key(o.id, r.jurisdictionId)} has a set`);
  }
});

test('every requirement is machine-checkable, sourced, dated and marked verified or not; prior steps stay inside the set', () => {
  for (const s of requirementSets) {
    const ids = new Set(s.requirements.map((r) => r.id));
    for (const r of s.requirements) {
      const c = r.criteria;
      assert.ok(c.education || c.language || c.experience || c.assessment || c.exam || c.licence || c.requiresPrior?.length, `${r.id} has criteria`);
      // An education requirement states level and field, or names the programme's final assessment (OSPAP).
      if (r.kind === 'education') assert.ok(c.education || c.exam, `${r.id}: an education requirement is checkable`);
      if (r.kind === 'language-proficiency') assert.ok(c.language || c.exam, `${r.id}: a language requirement states the tests or exam`);
      if (r.kind === 'licensing-exam') assert.ok(c.exam, `${r.id}: an exam requirement names the exam`);
      if (r.kind === 'registration') assert.ok(c.requiresPrior?.length, `${r.id}: registration comes after other steps`);
      for (const prior of c.requiresPrior ?? []) assert.ok(ids.has(prior), `${r.id} -> ${prior} is in the same set`);
      assert.match(r.source.url, /^https:\/\//, r.id);
      assert.ok(r.lastVerified <= '2026-12-06', `${r.id}: checked no later than the review`);
      assert.ok(r.verification, `${r.id} says whether it was verified`);
      if (r.verification.status === 'verified') assert.ok(['2026-12-05', '2026-12-06'].includes(r.lastVerified), `${r.id}: verified in the December 2026 review`);
      else assert.ok(r.verification.note?.en, `${r.id}: an unverified entry says what to check and with whom`);
    }
  }
});

test('every pathway states provider, link, a sane duration and cost, delivery and languages', () => {
  for (const p of catalogue.pathways) {
    assert.ok(p.provider.trim().length > 0, p.id);
    assert.match(p.link.url, /^https:\/\//, p.id);
    assert.ok(p.duration.minDays <= p.duration.maxDays, `${p.id} duration`);
    for (const c of p.cost) assert.ok(c.minMinor <= c.maxMinor, `${p.id} cost`);
    assert.ok(p.languages.length > 0, p.id);
  }
});

test('catalogue text is in English and French', () => {
  const missing: string[] = [];
  const check = (where: string, text: LocalizedText) => {
    if (!text.en || !text.fr) missing.push(where);
  };
  for (const r of catalogue.requirements) {
    check(`${r.id} title`, r.title);
    check(`${r.id} description`, r.description);
  }
  for (const p of catalogue.pathways) check(`${p.id} title`, p.title);
  assert.deepEqual(missing, []);
});

test('sets in Bavaria also speak German', () => {
  for (const r of catalogue.requirements.filter((x) => x.jurisdictionId === 'de-by')) {
    assert.ok(r.title.de && r.description.de, r.id);
  }
});

test('the catalogue stays marked as illustrative', () => {
  assert.equal(catalogue.provenance.illustrative, true);
  assert.ok(catalogue.provenance.note?.en.includes('Illustrative'));
});

test('every set analyses an empty profile into gaps with a critical path that ends in registration', () => {
  const empty = { education: [], licences: [], experience: [], languageTests: [] };
  for (const s of requirementSets) {
    const set = seedRequirementSet(s.occupationId, s.jurisdictionId);
    const regulation = set.regulation;
    const analysis = analyseGap(empty, { occupationId: s.occupationId, jurisdictionId: s.jurisdictionId }, set, '2025-03-01');
    assert.equal(analysis.results.length, s.requirements.length, key(s.occupationId, s.jurisdictionId));
    if (regulation.regulated) {
      const last = analysis.criticalPath.stages.at(-1) ?? [];
      assert.ok(last.some((id) => s.requirements.find((r) => r.id === id)?.kind === 'registration'), `${key(s.occupationId, s.jurisdictionId)} ends in registration`);
      assert.ok(analysis.criticalPath.totalDuration.maxDays > 0, key(s.occupationId, s.jurisdictionId));
    } else {
      assert.equal(analysis.readiness.ready, true, `${key(s.occupationId, s.jurisdictionId)}: advice never blocks readiness`);
    }
  }
});
