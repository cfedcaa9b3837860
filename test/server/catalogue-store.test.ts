import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import * as z from 'zod/mini';
import { Jurisdiction, Occupation, Pathway, Requirement, RequirementSet } from '../../src/api/catalogue.js';
import { GapAnalysis, GapAnalysisRequest } from '../../src/api/gap.js';
import { analyseGap } from '../../src/core/gap/analyse.js';
import type { Queryable } from '../../src/server/db/types.js';
import { catalogue } from '../../src/server/seed/catalogue/index.js';
import { DEMO_AS_OF, demoRequest } from '../../src/server/seed/catalogue/demo-profile.js';
import { seedCatalogue } from '../../src/server/seed/catalogue/seed.js';
import type { Refusal } from '../../src/server/refusal.js';
import { databaseSnapshot, refused } from './helpers.js';
import {
  getGapAnalysis,
  getOccupation,
  getRequirementSet,
  listJurisdictions,
  saveGapAnalysis,
  searchOccupations,
  upsertOccupation,
  upsertPathway,
  upsertRequirement,
} from '../../src/server/store/catalogue.js';

describe('seed catalogue data', () => {
  test('every entry satisfies the contract', () => {
    assert.ok(z.array(Jurisdiction).safeParse(catalogue.jurisdictions).success);
    for (const o of catalogue.occupations) assert.ok(Occupation.safeParse(o).success, o.id);
    for (const r of catalogue.requirements) assert.ok(Requirement.safeParse(r).success, r.id);
    for (const p of catalogue.pathways) assert.ok(Pathway.safeParse(p).success, p.id);
    assert.equal(catalogue.provenance.illustrative, true);
  });

  test('covers the catalogue ids of CONTRIBUTING.md: 8 jurisdictions in 4 countries, 11 occupations', () => {
    assert.deepEqual(catalogue.jurisdictions.map((j) => j.id).sort(), ['au-nsw', 'au-vic', 'ca-ab', 'ca-bc', 'ca-on', 'ca-qc', 'de-by', 'gb-eng']);
    assert.equal(new Set(catalogue.jurisdictions.map((j) => j.country)).size, 4);
    assert.deepEqual(
      catalogue.occupations.map((o) => o.id).sort(),
      ['accountant', 'data-analyst', 'dentist', 'electrician', 'pharmacist', 'physician', 'professional-engineer', 'registered-nurse', 'social-worker', 'software-developer', 'teacher'],
    );
    for (const o of catalogue.occupations) assert.ok(o.name.fr, `${o.id} has a French name`);
  });

  test('every reference resolves: ids unique, requirements and pathways point at real entries', () => {
    const jurisdictionIds = new Set(catalogue.jurisdictions.map((j) => j.id));
    const occupationIds = new Set(catalogue.occupations.map((o) => o.id));
    const requirementIds = new Set(catalogue.requirements.map((r) => r.id));
    const pathwayIds = new Set(catalogue.pathways.map((p) => p.id));
    assert.equal(requirementIds.size, catalogue.requirements.length, 'requirement ids are unique');
    assert.equal(pathwayIds.size, catalogue.pathways.length, 'pathway ids are unique');
    for (const o of catalogue.occupations) for (const r of o.regulation) assert.ok(jurisdictionIds.has(r.jurisdictionId), `${o.id}: ${r.jurisdictionId}`);
    for (const r of catalogue.requirements) {
      assert.ok(occupationIds.has(r.occupationId) && jurisdictionIds.has(r.jurisdictionId), r.id);
      for (const prior of r.criteria.requiresPrior ?? []) assert.ok(requirementIds.has(prior), `${r.id} -> ${prior}`);
    }
    for (const p of catalogue.pathways) {
      for (const id of p.closes) assert.ok(requirementIds.has(id), `${p.id} closes ${id}`);
      for (const id of p.prerequisites ?? []) assert.ok(requirementIds.has(id) || pathwayIds.has(id), `${p.id} after ${id}`);
    }
  });

  test('each catalogued regulation has a requirement set, and every requirement of a regulated set has a pathway or is evidence', () => {
    for (const o of catalogue.occupations) {
      for (const reg of o.regulation.filter((r) => r.requirementsCatalogued)) {
        const set = catalogue.requirements.filter((r) => r.occupationId === o.id && r.jurisdictionId === reg.jurisdictionId);
        assert.ok(set.length >= 3, `${o.id} in ${reg.jurisdictionId} has a requirement set`);
        if (reg.regulated) {
          assert.ok(set.some((r) => r.kind === 'registration'), `${o.id} in ${reg.jurisdictionId} ends in registration`);
          for (const r of set.filter((x) => x.kind !== 'other')) {
            assert.ok(catalogue.pathways.some((p) => p.closes.includes(r.id)), `${r.id} has a pathway`);
          }
        }
      }
    }
  });

  test('requirement sets cover regulated occupations in at least 3 countries', () => {
    const countries = new Set(
      catalogue.requirements.filter((r) => !r.advisory).map((r) => catalogue.jurisdictions.find((j) => j.id === r.jurisdictionId)!.country),
    );
    assert.ok(countries.size >= 3, [...countries].join());
  });

  test('the demo request satisfies the contract', () => {
    assert.ok(GapAnalysisRequest.safeParse(demoRequest).success);
  });
});

describe('catalogue store on PGlite', () => {
  let pg: PGlite;
  let db: Queryable;

  before(async () => {
    pg = new PGlite({ loadDataDir: await databaseSnapshot('blank') });
    for (const file of ['001_foundation.sql', '010_catalogue.sql', '011_catalogue_versions.sql', '012_catalogue_layers.sql', '041_protected_titles.sql']) {
      await pg.exec(await readFile(new URL(`../../src/server/migrations/${file}`, import.meta.url), 'utf8'));
    }
    db = pg as unknown as Queryable;
    await pg.exec(`
      INSERT INTO organisations (id, name) VALUES ('org-a', 'Nurses Bridge A'), ('org-b', 'Engineers B');
      INSERT INTO users (id, organisation_id, role, display_name, external_id) VALUES
        ('user-a1', 'org-a', 'mentee', 'Amara', 'ext-1'), ('user-a2', 'org-a', 'mentee', 'Bo', 'ext-2'),
        ('user-b1', 'org-b', 'mentee', 'Chen', 'ext-3');
    `);
    await seedCatalogue(db);
  });
  after(async () => {
    await pg.close();
  });

  const count = async (table: string) => Number((await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n);

  test('seeding twice leaves the same rows (idempotent upserts)', async () => {
    const tables = ['jurisdictions', 'occupations', 'occupation_terms', 'occupation_regulation', 'requirements', 'pathways'];
    const before = await Promise.all(tables.map(count));
    const counts = await seedCatalogue(db);
    assert.equal(counts.written, false, 'the database already holds this release');
    assert.deepEqual(await Promise.all(tables.map(count)), before);
    assert.equal(before[0], counts.jurisdictions);
    assert.equal(before[1], counts.occupations);
    assert.equal(before[4], counts.requirements);
    assert.equal(before[5], counts.pathways);
  });

  test('lists the jurisdictions', async () => {
    const list = await listJurisdictions(db, 'org-a');
    assert.equal(list.length, 8);
    assert.ok(z.array(Jurisdiction).safeParse(list).success);
  });

  test('finds an occupation by an English synonym', async () => {
    const page = await searchOccupations(db, 'org-a', { q: 'RN' });
    assert.equal(page.items[0].id, 'registered-nurse');
    assert.equal(page.items[0].matched, 'RN');
    assert.deepEqual((await searchOccupations(db, 'org-a', { q: 'programmer' })).items.map((i) => i.id), ['software-developer']);
  });

  test('finds occupations in French, with or without accents, and falls back to English', async () => {
    assert.equal((await searchOccupations(db, 'org-a', { q: 'infirmière', locale: 'fr-CA' })).items[0].id, 'registered-nurse');
    assert.equal((await searchOccupations(db, 'org-a', { q: 'infirmiere', locale: 'fr' })).items[0].id, 'registered-nurse');
    assert.deepEqual((await searchOccupations(db, 'org-a', { q: 'comptable', locale: 'fr' })).items.map((i) => i.id), ['accountant']);
    assert.equal((await searchOccupations(db, 'org-a', { q: 'nurse', locale: 'fr' })).items[0].id, 'registered-nurse');
    // A German synonym is not searched when the locale is English.
    assert.deepEqual((await searchOccupations(db, 'org-a', { q: 'Krankenschwester', locale: 'en' })).items, []);
    assert.equal((await searchOccupations(db, 'org-a', { q: 'Krankenschwester', locale: 'de' })).items[0].id, 'registered-nurse');
  });

  test('an exact name ranks before a match inside another name', async () => {
    const ids = (await searchOccupations(db, 'org-a', { q: 'engineer' })).items.map((i) => i.id);
    assert.equal(ids[0], 'professional-engineer');
    assert.ok(ids.includes('software-developer'), 'software engineer is a synonym');
  });

  test('pages through every occupation with a cursor', async () => {
    const first = await searchOccupations(db, 'org-a', { limit: 5 });
    assert.equal(first.items.length, 5);
    assert.ok(first.nextCursor);
    const second = await searchOccupations(db, 'org-a', { limit: 5, cursor: first.nextCursor! });
    const third = await searchOccupations(db, 'org-a', { limit: 5, cursor: second.nextCursor! });
    assert.equal(third.nextCursor, null);
    const all = [...first.items, ...second.items, ...third.items].map((i) => i.id);
    assert.equal(new Set(all).size, 11);
  });

  test('filters by jurisdiction and says where an occupation is regulated', async () => {
    // Every seed occupation now has an entry for England (electricians as unregulated), so filter on Victoria.
    const ids = (await searchOccupations(db, 'org-a', { jurisdiction: 'au-vic', limit: 50 })).items.map((i) => i.id);
    assert.ok(ids.includes('registered-nurse'));
    assert.ok(!ids.includes('data-analyst'));
    const nurse = (await searchOccupations(db, 'org-a', { q: 'registered nurse' })).items[0];
    assert.ok(nurse.regulatedIn.includes('ca-on') && nurse.regulatedIn.includes('gb-eng'));
  });

  test('returns the requirement set with its pathways, ready for analysis', async () => {
    const set = await getRequirementSet(db, 'org-a', 'registered-nurse', 'ca-on');
    assert.ok(RequirementSet.safeParse(set).success);
    assert.equal(set.requirements.length, 10, 'CNO’s ten steps, the Transition to Practice course among them');
    assert.equal(set.requirements[0].id, 'ca-on-rn-education', 'keeps the catalogue order');
    assert.equal(set.catalogueVersion, catalogue.version, 'names the release it comes from');
    assert.ok(set.pathways.some((p) => p.id === 'ca-on-rn-nclex-exam'));
    assert.equal(set.provenance.illustrative, true);
    assert.ok(set.provenance.note?.fr);
    const analysis = analyseGap(demoRequest.profile, demoRequest, set, DEMO_AS_OF);
    assert.ok(GapAnalysis.safeParse(analysis).success);
  });

  test('says what is missing for an unknown occupation, jurisdiction or an uncatalogued pair', async () => {
    const names = (path: string, message: RegExp) => (refusal: Refusal) => {
      assert.equal(refusal.extras.errors?.[0].path, path);
      assert.match(refusal.extras.errors![0].message, message);
    };
    await assert.rejects(getRequirementSet(db, 'org-a', 'astronaut', 'ca-on'), refused('not-found', undefined, names('occupationId', /unknown occupation/)));
    await assert.rejects(getRequirementSet(db, 'org-a', 'registered-nurse', 'fr-idf'), refused('not-found', undefined, names('jurisdictionId', /unknown jurisdiction/)));
    await assert.rejects(getRequirementSet(db, 'org-a', 'electrician', 'de-by'), refused('not-found', undefined, names('jurisdictionId', /not catalogued/)));
  });

  test("an organisation's own catalogue rows are invisible to another organisation", async () => {
    await upsertOccupation(db, 'org-a', {
      id: 'medical-laboratory-technologist',
      name: { en: 'Medical laboratory technologist', fr: 'Technologiste de laboratoire médical' },
      synonyms: { en: ['MLT', 'lab tech'] },
      fieldFamily: 'health-other',
      competencies: [],
      regulation: [{ jurisdictionId: 'ca-on', regulated: true, protection: 'title-and-practice', requirementsCatalogued: true, body: { name: { en: 'College of Medical Laboratory Technologists of Ontario' }, link: { url: 'https://www.cmlto.com' } } }],
    });
    await upsertRequirement(db, 'org-a', {
      id: 'org-a-rn-orientation',
      occupationId: 'registered-nurse',
      jurisdictionId: 'ca-on',
      kind: 'other',
      title: { en: 'Programme orientation session' },
      description: { en: 'Our own orientation for mentees.' },
      criteria: {},
      source: { url: 'https://example.org/orientation' },
      lastVerified: '2025-01-01',
    });
    await upsertPathway(db, 'org-a', {
      id: 'org-a-rn-orientation-session',
      closes: ['org-a-rn-orientation'],
      kind: 'course',
      title: { en: 'Orientation session' },
      provider: 'Nurses Bridge A',
      link: { url: 'https://example.org/orientation' },
      duration: { minDays: 1, maxDays: 7 },
      cost: [],
      delivery: 'online',
      languages: ['en'],
    });

    assert.equal((await searchOccupations(db, 'org-a', { q: 'MLT' })).items[0]?.id, 'medical-laboratory-technologist');
    assert.deepEqual((await searchOccupations(db, 'org-b', { q: 'MLT' })).items, []);
    assert.ok(await getOccupation(db, 'org-a', 'medical-laboratory-technologist'));
    await assert.rejects(getOccupation(db, 'org-b', 'medical-laboratory-technologist'), refused('not-found'));

    const a = await getRequirementSet(db, 'org-a', 'registered-nurse', 'ca-on');
    const b = await getRequirementSet(db, 'org-b', 'registered-nurse', 'ca-on');
    assert.equal(a.requirements.length, 11);
    assert.ok(a.pathways.some((p) => p.id === 'org-a-rn-orientation-session'));
    assert.equal(b.requirements.length, 10);
    assert.ok(!b.pathways.some((p) => p.id === 'org-a-rn-orientation-session'));
  });

  test('an organisation can override a shared entry for itself only', async () => {
    const shared = (await getOccupation(db, 'org-b', 'teacher'))!;
    await upsertOccupation(db, 'org-a', { ...shared, name: { ...shared.name, en: 'Teacher (K-12)' }, regulation: [] });
    assert.equal((await getOccupation(db, 'org-a', 'teacher'))!.name.en, 'Teacher (K-12)');
    assert.equal((await getOccupation(db, 'org-a', 'teacher'))!.regulation.length, shared.regulation.length, 'shared regulation still applies');
    assert.equal((await getOccupation(db, 'org-b', 'teacher'))!.name.en, 'Teacher');
  });

  test('saves a gap analysis that only its user in its organisation can read', async () => {
    const set = await getRequirementSet(db, 'org-b', 'registered-nurse', 'ca-on');
    const analysis = analyseGap(demoRequest.profile, demoRequest, set, DEMO_AS_OF);
    const saved = await saveGapAnalysis(db, 'org-a', 'user-a1', demoRequest, analysis);
    assert.match(saved.id!, /^ga_[0-9a-f]{32}$/);
    assert.ok(GapAnalysis.safeParse(saved).success);
    const again = await getGapAnalysis(db, 'org-a', 'user-a1', saved.id!);
    assert.deepEqual(again, saved);
    await assert.rejects(getGapAnalysis(db, 'org-a', 'user-a2', saved.id!), refused('not-found'));
    await assert.rejects(getGapAnalysis(db, 'org-b', 'user-b1', saved.id!), refused('not-found'));
    await assert.rejects(getGapAnalysis(db, 'org-b', 'user-a1', saved.id!), refused('not-found'));
  });

  test('a new release removes the shared entries it drops and keeps organisations’ own rows', async () => {
    const dropped = 'ca-on-rn-good-standing';
    const next = {
      ...catalogue,
      version: '2027-01-01+00000000',
      requirements: catalogue.requirements.filter((r) => r.id !== dropped),
      pathways: catalogue.pathways.map((p) => ({ ...p, closes: p.closes.filter((id) => id !== dropped) })).filter((p) => p.closes.length > 0),
    };
    const written = await seedCatalogue(db, next);
    assert.equal(written.written, true);
    const shared = await getRequirementSet(db, 'org-b', 'registered-nurse', 'ca-on');
    assert.ok(!shared.requirements.some((r) => r.id === dropped));
    assert.equal(shared.catalogueVersion, '2027-01-01+00000000');
    const own = await getRequirementSet(db, 'org-a', 'registered-nurse', 'ca-on');
    assert.ok(own.requirements.some((r) => r.id === 'org-a-rn-orientation'), 'an organisation’s own requirement stays');
    await seedCatalogue(db);
  });

  test('finds an occupation typed without its diacritics or case', async () => {
    const found = await searchOccupations(db, 'org-a', { q: '  INFIRMIERE   autorisee ', locale: 'fr' });
    assert.ok(found.items.length > 0, 'the folded term matches the stored French name');
  });
});
