import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { GapAnalysis, GapAnalysisListResponse } from '../../src/api/gap.js';
import { JurisdictionListResponse, OccupationSearchResponse, RequirementSet } from '../../src/api/catalogue.js';
import { DEMO_AS_OF, demoProfile, demoRequest } from '../../src/server/seed/catalogue/demo-profile.js';
import { createOrganisation, startTestServer, type TestServer } from './helpers.js';
import { upsertRegulation } from '../../src/server/store/catalogue.js';
import type { Database } from '../../src/server/db/types.js';

const PK = 'pk_demo_bridgeway';

describe('catalogue and gap analysis routes', () => {
  let server: TestServer;
  let database: Database;
  before(async () => {
    // The demo organisation names a regulator whose requirements are not catalogued yet:
    // pharmacists in Alberta (an organisation may add its own catalogue rows).
    server = await startTestServer({
      setup: (db) =>
        (database = db) &&
        upsertRegulation(db, 'demo', 'pharmacist', {
          jurisdictionId: 'ca-ab',
          regulated: true,
          protection: 'title-and-practice',
          body: { name: { en: 'Alberta College of Pharmacy (ACP)' }, link: { url: 'https://abpharmacy.ca' } },
          requirementsCatalogued: false,
        }),
    });
  });
  after(() => server.close());

  test('lists the seeded jurisdictions with a publishable key', async () => {
    const res = await server.request('/v1/jurisdictions', { token: PK });
    assert.equal(res.status, 200);
    const body = JurisdictionListResponse.parse(res.body);
    assert.ok(body.items.some((j) => j.id === 'ca-on'));
    assert.ok(body.items.length >= 8);
  });

  test('refuses the catalogue without credentials', async () => {
    const res = await server.request('/v1/jurisdictions');
    assert.equal(res.status, 401);
  });

  test('finds an occupation by an English synonym', async () => {
    const res = await server.request('/v1/occupations?q=RN', { token: PK });
    assert.equal(res.status, 200);
    const body = OccupationSearchResponse.parse(res.body);
    assert.equal(body.items[0].id, 'registered-nurse');
  });

  test('finds an occupation by a French synonym without accents when the locale is French', async () => {
    const res = await server.request('/v1/occupations?q=infirmiere&locale=fr', { token: PK });
    assert.equal(res.status, 200);
    const body = OccupationSearchResponse.parse(res.body);
    assert.equal(body.items[0].id, 'registered-nurse');
    assert.match(body.items[0].matched ?? '', /infirmi/i);
  });

  test('takes the search language from Accept-Language when the query names none', async () => {
    const res = await server.request('/v1/occupations?q=enfermera', { token: PK, headers: { 'accept-language': 'es-MX,es;q=0.9' } });
    assert.equal(res.status, 200);
    assert.equal(res.body.items[0].id, 'registered-nurse');
  });

  test('filters occupations by jurisdiction and pages with a cursor', async () => {
    const first = await server.request('/v1/occupations?jurisdiction=de-by&limit=1', { token: PK });
    assert.equal(first.status, 200);
    assert.equal(first.body.items.length, 1);
    assert.ok(first.body.nextCursor);
    const second = await server.request(`/v1/occupations?jurisdiction=de-by&limit=1&cursor=${first.body.nextCursor}`, { token: PK });
    assert.equal(second.status, 200);
    assert.notEqual(second.body.items[0].id, first.body.items[0].id);
  });

  test('names the field of a bad search: limit out of range, a forged cursor', async () => {
    const limit = await server.request('/v1/occupations?limit=500', { token: PK });
    assert.equal(limit.status, 400);
    assert.equal(limit.body.code, 'invalid_request');
    assert.ok(limit.body.errors.some((e: { path: string }) => e.path === 'limit'));
    const cursor = await server.request('/v1/occupations?cursor=zzz', { token: PK });
    assert.equal(cursor.status, 400);
    assert.ok(cursor.body.errors.some((e: { path: string }) => e.path === 'cursor'));
  });

  test('reads an occupation with its regulation per jurisdiction, and 404s an unknown one', async () => {
    const ok = await server.request('/v1/occupations/registered-nurse', { token: PK });
    assert.equal(ok.status, 200);
    assert.ok(ok.body.regulation.some((r: { jurisdictionId: string }) => r.jurisdictionId === 'ca-on'));
    const missing = await server.request('/v1/occupations/astronaut', { token: PK });
    assert.equal(missing.status, 404);
    assert.equal(missing.body.code, 'not_found');
    assert.match(missing.body.detail, /astronaut/);
  });

  test('lists per jurisdiction the exams its requirements count a pass of (for the profile form); an organisation\'s own exam only for that organisation', async () => {
    const examsIn = async (token: string) => {
      const res = await server.request('/v1/occupations/registered-nurse', { token });
      assert.equal(res.status, 200);
      return Object.fromEntries(res.body.regulation.map((r: { jurisdictionId: string; exams?: string[] }) => [r.jurisdictionId, r.exams]));
    };
    const shared = await examsIn(PK);
    assert.deepEqual(shared['ca-on'], ['cno-jurisprudence', 'nclex-rn']);
    assert.deepEqual(shared['ca-ab'], ['crna-jurisprudence', 'nclex-rn'], 'the NCLEX-RN named once, though both the exam step and the education step count it');

    await database.query(
      `INSERT INTO requirements (organisation_id, id, occupation_id, jurisdiction_id, kind, doc) VALUES ('demo', 'demo-rn-bridging-exam', 'registered-nurse', 'ca-on', 'licensing-exam', $1)`,
      [JSON.stringify({ id: 'demo-rn-bridging-exam', occupationId: 'registered-nurse', jurisdictionId: 'ca-on', kind: 'licensing-exam', title: { en: 'Bridging exam' }, description: { en: 'x' }, criteria: { exam: { examIds: ['demo-bridging-exam'] } } })],
    );
    try {
      assert.deepEqual((await examsIn(PK))['ca-on'], ['cno-jurisprudence', 'demo-bridging-exam', 'nclex-rn']);
      const org = await createOrganisation(server.db, 'exams-elsewhere');
      assert.deepEqual((await examsIn(org.publishableKey))['ca-on'], ['cno-jurisprudence', 'nclex-rn']);
    } finally {
      await database.query(`DELETE FROM requirements WHERE id = 'demo-rn-bridging-exam'`);
    }
  });

  test('answers the requirement set of a regulated occupation with its pathways', async () => {
    const res = await server.request('/v1/occupations/registered-nurse/requirements?jurisdiction=ca-on', { token: PK });
    assert.equal(res.status, 200);
    const set = RequirementSet.parse(res.body);
    assert.equal(set.regulation.regulated, true);
    assert.ok(set.requirements.length > 3);
    assert.ok(set.pathways.length > 0);
    assert.equal(set.provenance.illustrative, true);
  });

  test('requirements: says which is unknown, the occupation or the jurisdiction, and requires the jurisdiction', async () => {
    const occupation = await server.request('/v1/occupations/astronaut/requirements?jurisdiction=ca-on', { token: PK });
    assert.equal(occupation.status, 404);
    assert.match(occupation.body.detail, /occupation "astronaut"/);
    const jurisdiction = await server.request('/v1/occupations/registered-nurse/requirements?jurisdiction=mars', { token: PK });
    assert.equal(jurisdiction.status, 404);
    assert.match(jurisdiction.body.detail, /jurisdiction "mars"/);
    const notCovered = await server.request('/v1/occupations/physician/requirements?jurisdiction=ca-ab', { token: PK });
    assert.equal(notCovered.status, 404);
    assert.match(notCovered.body.detail, /regulated in "ca-ab"/);
    const none = await server.request('/v1/occupations/registered-nurse/requirements', { token: PK });
    assert.equal(none.status, 400);
    assert.ok(none.body.errors.some((e: { path: string }) => e.path === 'jurisdiction'));
  });

  test('an unregulated occupation answers 200 saying it is not regulated, with the advisory set', async () => {
    const res = await server.request('/v1/occupations/software-developer/requirements?jurisdiction=ca-on', { token: PK });
    assert.equal(res.status, 200);
    const set = RequirementSet.parse(res.body);
    assert.equal(set.regulation.regulated, false);
    assert.equal(set.regulation.protection, 'none');
    assert.ok(set.requirements.length > 0);
    assert.ok(set.requirements.every((r) => r.advisory === true));
  });

  test('analyses the demo profile: her IELTS General Training meets CNO’s minimums, the degree is met, each result names its source', async () => {
    const res = await server.request('/v1/gap-analyses', { token: PK, body: demoRequest });
    assert.equal(res.status, 200);
    const analysis = GapAnalysis.parse(res.body);
    assert.equal(analysis.asOf, DEMO_AS_OF);
    assert.equal(analysis.id, undefined);
    assert.equal(analysis.target.occupation.id, 'registered-nurse');
    const language = analysis.results.find((r) => r.kind === 'language-proficiency');
    assert.equal(language?.status, 'met');
    assert.ok(!analysis.criticalPath.steps.some((s) => s.closes.includes(language.requirementId)), 'no language test on her path');
    assert.match(analysis.catalogueVersion ?? '', /^2026-12-06\+[0-9a-f]{8}$/);
    for (const result of analysis.results) {
      assert.match(result.provenance?.source.url ?? '', /^https:\/\//, result.requirementId);
      assert.match(result.provenance?.lastVerified ?? '', /^\d{4}-\d{2}-\d{2}$/);
      assert.equal(typeof result.provenance?.verified, 'boolean');
      assert.equal(result.provenance?.catalogueVersion, analysis.catalogueVersion);
    }
    const education = analysis.results.find((r) => r.kind === 'education');
    assert.equal(education?.status, 'met');
    assert.equal(analysis.readiness.ready, false);
    assert.ok(analysis.criticalPath.steps.length > 0);
    assert.ok(analysis.criticalPath.totalDuration.maxDays > 0);
  });

  test('an unregulated target is analysed against the advisory set and counts as ready', async () => {
    const res = await server.request('/v1/gap-analyses', { token: PK, body: { ...demoRequest, occupationId: 'software-developer' } });
    assert.equal(res.status, 200);
    assert.equal(res.body.regulation.regulated, false);
    assert.ok(res.body.results.every((r: { advisory?: boolean }) => r.advisory));
    assert.equal(res.body.readiness.ready, true);
  });

  test('refuses to analyse a regulated target whose requirements are not catalogued, naming the regulator', async () => {
    const res = await server.request('/v1/gap-analyses', { token: PK, body: { ...demoRequest, occupationId: 'pharmacist', jurisdictionId: 'ca-ab' } });
    assert.equal(res.status, 422);
    assert.equal(res.body.code, 'unprocessable');
    assert.match(res.body.detail, /Alberta College of Pharmacy/);
  });

  test('names each invalid field of an analysis request', async () => {
    const res = await server.request('/v1/gap-analyses', {
      token: PK,
      body: { occupationId: 'registered-nurse', profile: { ...demoProfile, education: [{ ...demoProfile.education[0], level: 'phd', country: 'nigeria' }] } },
    });
    assert.equal(res.status, 400);
    const paths = res.body.errors.map((e: { path: string }) => e.path);
    assert.ok(paths.includes('jurisdictionId'), paths.join());
    assert.ok(paths.includes('profile.education.0.level'), paths.join());
    assert.ok(paths.includes('profile.education.0.country'), paths.join());
    assert.match(res.body.detail, /jurisdictionId/);
  });

  test('an analysis of an unknown occupation is a 404 that names it', async () => {
    const res = await server.request('/v1/gap-analyses', { token: PK, body: { ...demoRequest, occupationId: 'astronaut' } });
    assert.equal(res.status, 404);
    assert.equal(res.body.errors[0].path, 'occupationId');
  });

  test('saving needs a user token', async () => {
    const res = await server.request('/v1/gap-analyses', { token: PK, body: { ...demoRequest, save: true } });
    assert.equal(res.status, 403);
    assert.equal(res.body.errors[0].path, 'save');
  });

  test('a saved analysis read again says the rules changed when a requirement\'s rule differs from the one it was made under', async () => {
    const token = await server.tokenFor('mentee', 'saver-rules');
    const saved = await server.request('/v1/gap-analyses', { token, body: { ...demoRequest, save: true } });
    assert.equal(saved.status, 200, saved.text);
    const changedId = saved.body.results[0].requirementId;
    // As if it had been made under an older rule: the stored fingerprint of its first requirement differs from today's.
    await database.query(`UPDATE gap_analyses SET result = jsonb_set(result, '{results,0,provenance,fingerprint}', '"older-rule"') WHERE id = $1`, [saved.body.id]);
    const read = await server.request(`/v1/gap-analyses/${saved.body.id}`, { token });
    assert.equal(read.status, 200, read.text);
    GapAnalysis.parse(read.body);
    assert.equal(read.body.rulesChanged.changed, true);
    assert.deepEqual(read.body.rulesChanged.changedRequirements, [changedId]);
    assert.deepEqual(read.body.rulesChanged.addedRequirements, []);
    assert.deepEqual(read.body.rulesChanged.removedRequirements, []);
  });

  test('saves an analysis for the user and reads it back, newest first in the list', async () => {
    const token = await server.tokenFor('mentee', 'saver-1');
    const first = await server.request('/v1/gap-analyses', { token, body: { ...demoRequest, save: true } });
    assert.equal(first.status, 200);
    assert.match(first.body.id, /^ga_/);
    assert.ok(first.body.createdAt);
    const second = await server.request('/v1/gap-analyses', { token, body: { ...demoRequest, jurisdictionId: 'gb-eng', save: true } });
    assert.equal(second.status, 200);

    const one = await server.request(`/v1/gap-analyses/${first.body.id}`, { token });
    assert.equal(one.status, 200);
    assert.equal(one.body.id, first.body.id);
    const { rulesChanged: _rulesChanged, ...readBack } = one.body;
    assert.deepEqual({ ...readBack, createdAt: undefined }, { ...first.body, createdAt: undefined });
    assert.equal(one.body.rulesChanged.changed, false, 'the rules have not changed since it was saved');

    const newest = await server.request('/v1/gap-analyses?limit=1', { token });
    assert.equal(newest.status, 200);
    const page = GapAnalysisListResponse.parse(newest.body);
    assert.equal(page.items.length, 1);
    assert.equal(page.items[0].id, second.body.id);
    assert.ok(page.nextCursor);
    const rest = await server.request(`/v1/gap-analyses?limit=1&cursor=${page.nextCursor}`, { token });
    assert.equal(rest.body.items[0].id, first.body.id);
    assert.equal(rest.body.nextCursor, null);
  });

  test('listing saved analyses needs a user token', async () => {
    const res = await server.request('/v1/gap-analyses', { token: PK });
    assert.equal(res.status, 401);
  });

  test('another user, or a user of another organisation, cannot read a saved analysis', async () => {
    const owner = await server.tokenFor('mentee', 'owner-1');
    const saved = await server.request('/v1/gap-analyses', { token: owner, body: { ...demoRequest, save: true } });
    assert.equal(saved.status, 200);

    const other = await server.tokenFor('mentee', 'other-1');
    const read = await server.request(`/v1/gap-analyses/${saved.body.id}`, { token: other });
    assert.equal(read.status, 404);
    const list = await server.request('/v1/gap-analyses', { token: other });
    assert.deepEqual(list.body.items, []);

    const org = await createOrganisation(server.db, 'elsewhere');
    const foreign = await server.tokenFor('mentee', 'owner-1', org.secretKey);
    const foreignRead = await server.request(`/v1/gap-analyses/${saved.body.id}`, { token: foreign });
    assert.equal(foreignRead.status, 404);
    const foreignList = await server.request('/v1/gap-analyses', { token: foreign });
    assert.deepEqual(foreignList.body.items, []);
  });

  test('the demo page ships the demo mentee exactly as seeded', async () => {
    const shipped = JSON.parse(await readFile(new URL('../../demo/amara-profile.json', import.meta.url), 'utf8'));
    assert.deepEqual(shipped, demoProfile);
    const res = await server.request('/demo/amara-profile.json');
    assert.equal(res.status, 200);
  });
});
