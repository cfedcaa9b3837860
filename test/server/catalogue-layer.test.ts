/**
 * An organisation's own catalogue layer through the API, over real HTTP with two
 * organisations: its course, the fee it knows and the entry it hides show in its own
 * requirement sets and gap analyses, named as added by it, and in no other organisation's;
 * each change is a version the analysis names; a bad change is a 422 naming entry and field.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CatalogueLayer } from '../../src/api/catalogue-files.js';
import { RequirementSet, type Pathway } from '../../src/api/catalogue.js';
import { GapAnalysis } from '../../src/api/gap.js';
import { demoRequest } from '../../src/server/seed/catalogue/demo-profile.js';
import { createOrganisation, startTestServer, type TestServer } from './helpers.js';

const club: Pathway = {
  id: 'org-a-nclex-club',
  closes: ['ca-on-rn-nclex'],
  kind: 'course',
  title: { en: 'NCLEX study club (Saturday mornings)' },
  provider: 'Organisation org-a',
  link: { url: 'https://example.org/nclex-club' },
  duration: { minDays: 56, maxDays: 84 },
  cost: [{ minMinor: 0, maxMinor: 0, currency: 'CAD' }],
  delivery: 'in-person',
  languages: ['en'],
};

describe('an organisation’s own catalogue layer, over HTTP', () => {
  let server: TestServer;
  let a: { secretKey: string; publishableKey: string };
  let b: { secretKey: string; publishableKey: string };
  let sharedPrep: Pathway;

  before(async () => {
    server = await startTestServer({
      setup: async (db) => {
        a = await createOrganisation(db, 'org-a');
        b = await createOrganisation(db, 'org-b');
      },
    });
    const set = RequirementSet.parse((await server.request('/v1/occupations/registered-nurse/requirements?jurisdiction=ca-on', { token: a.publishableKey })).body);
    sharedPrep = set.pathways.find((p) => p.id === 'ca-on-rn-nclex-prep')!;
    assert.ok(sharedPrep, 'the shared catalogue has an NCLEX preparation course to restate');
  });
  after(() => server.close());

  const analyse = async (key: string) => {
    const res = await server.request('/v1/gap-analyses', { token: key, body: { ...demoRequest, profile: { ...demoRequest.profile, exams: [] } } });
    assert.equal(res.status, 200, res.text);
    return GapAnalysis.parse(res.body);
  };

  it('starts at version 0 with nothing of its own', async () => {
    const res = await server.request('/v1/catalogue/layer', { token: a.secretKey });
    assert.equal(res.status, 200, res.text);
    const layer = CatalogueLayer.parse(res.body);
    assert.deepEqual(layer, { organisation: { id: 'org-a', name: 'Organisation org-a' }, version: 0, updatedAt: null, layer: {} });
  });

  it('adds a course, restates a fee and hides an entry as version 1, seen by that organisation only', async () => {
    const prep = { ...sharedPrep, cost: [{ minMinor: 15000, maxMinor: 15000, currency: 'CAD' }] };
    const change = {
      requirementSets: [{ occupationId: 'registered-nurse', jurisdictionId: 'ca-on', requirements: [], pathways: [club, prep] }],
      hidden: ['ca-on-rn-celban'],
    };
    const res = await server.request('/v1/catalogue/layer', { token: a.secretKey, body: change });
    assert.equal(res.status, 200, res.text);
    const layer = CatalogueLayer.parse(res.body);
    assert.equal(layer.version, 1);
    assert.deepEqual(layer.layer.hidden, ['ca-on-rn-celban']);
    assert.deepEqual(layer.layer.requirementSets?.[0].pathways.map((p) => p.id), ['org-a-nclex-club', 'ca-on-rn-nclex-prep']);

    const mine = RequirementSet.parse((await server.request('/v1/occupations/registered-nurse/requirements?jurisdiction=ca-on', { token: a.publishableKey })).body);
    assert.ok(mine.pathways.some((p) => p.id === 'org-a-nclex-club'));
    assert.deepEqual(mine.pathways.find((p) => p.id === 'ca-on-rn-nclex-prep')?.cost, [{ minMinor: 15000, maxMinor: 15000, currency: 'CAD' }]);
    assert.ok(!mine.pathways.some((p) => p.id === 'ca-on-rn-celban'), 'the hidden entry is gone from its set');
    assert.deepEqual(mine.layer, { organisationId: 'org-a', name: 'Organisation org-a', version: 1, entries: ['ca-on-rn-nclex-prep', 'org-a-nclex-club'] });
    assert.match(mine.catalogueVersion ?? '', /;org-a:v1$/);

    const analysis = await analyse(a.publishableKey);
    const nclex = analysis.results.find((r) => r.requirementId === 'ca-on-rn-nclex')!;
    assert.ok(nclex.recommendedPathways.includes('org-a-nclex-club'));
    assert.deepEqual(nclex.provenance?.addedBy?.name, 'Organisation org-a');
    assert.deepEqual(new Set(nclex.provenance?.addedBy?.entries), new Set(nclex.recommendedPathways.filter((id) => id !== 'ca-on-rn-nclex-exam')));
    assert.match(nclex.provenance?.catalogueVersion ?? '', /;org-a:v1$/);
    assert.match(analysis.catalogueVersion ?? '', /;org-a:v1$/);
    assert.ok(analysis.pathways.some((p) => p.id === 'org-a-nclex-club'));
    const language = analysis.results.find((r) => r.requirementId === 'ca-on-rn-language')!;
    assert.equal(language.provenance?.addedBy, undefined, 'a result with nothing of the layer names no organisation');

    // The other organisation sees the shared catalogue as it is.
    const theirs = RequirementSet.parse((await server.request('/v1/occupations/registered-nurse/requirements?jurisdiction=ca-on', { token: b.publishableKey })).body);
    assert.ok(!theirs.pathways.some((p) => p.id === 'org-a-nclex-club'));
    assert.ok(theirs.pathways.some((p) => p.id === 'ca-on-rn-celban'));
    assert.deepEqual(theirs.pathways.find((p) => p.id === 'ca-on-rn-nclex-prep')?.cost, sharedPrep.cost);
    assert.equal(theirs.layer, undefined);
    assert.doesNotMatch(theirs.catalogueVersion ?? '', /org-a/);
    const other = await analyse(b.publishableKey);
    assert.ok(other.results.every((r) => r.provenance?.addedBy === undefined));
    assert.ok(!other.pathways.some((p) => p.id === 'org-a-nclex-club'));
    assert.doesNotMatch(other.catalogueVersion ?? '', /org-a/);
    const theirLayer = CatalogueLayer.parse((await server.request('/v1/catalogue/layer', { token: b.secretKey })).body);
    assert.equal(theirLayer.version, 0);
  });

  it('takes a coordinator token, and refuses a mentee token and a publishable key', async () => {
    const coordinator = await server.tokenFor('coordinator', 'org-a-coordinator', a.secretKey);
    const mentee = await server.tokenFor('mentee', 'org-a-mentee', a.secretKey);
    const read = await server.request('/v1/catalogue/layer', { token: coordinator });
    assert.equal(read.status, 200, read.text);
    assert.equal(read.body.organisation.id, 'org-a');
    assert.equal((await server.request('/v1/catalogue/layer', { token: mentee })).status, 403);
    assert.equal((await server.request('/v1/catalogue/layer', { token: a.publishableKey })).status, 403);
    assert.equal((await server.request('/v1/catalogue/layer', { token: a.publishableKey, body: { hidden: ['ca-on-rn-ielts'] } })).status, 403);

    // Withdrawing the hidden mark is version 2, made by the coordinator; the analysis names it.
    const res = await server.request('/v1/catalogue/layer', { token: coordinator, body: { withdraw: ['ca-on-rn-celban'] } });
    assert.equal(res.status, 200, res.text);
    assert.equal(res.body.version, 2);
    assert.equal(res.body.layer.hidden, undefined);
    const analysis = await analyse(a.publishableKey);
    assert.match(analysis.catalogueVersion ?? '', /;org-a:v2$/);
    const set = RequirementSet.parse((await server.request('/v1/occupations/registered-nurse/requirements?jurisdiction=ca-on', { token: a.publishableKey })).body);
    assert.ok(set.pathways.some((p) => p.id === 'ca-on-rn-celban'), 'shown again');
  });

  it('refuses a bad change with a 422 that names each entry and field, and writes nothing', async () => {
    const bad = {
      requirementSets: [
        {
          occupationId: 'registered-nurse',
          jurisdictionId: 'ca-on',
          requirements: [],
          pathways: [{ ...club, id: 'org-a-bad', closes: ['ca-on-rn-nowhere'], cost: [{ minMinor: 500, maxMinor: 100, currency: 'CAD' }] }],
        },
      ],
      hidden: ['no-such-entry'],
      withdraw: ['never-added'],
    };
    const res = await server.request('/v1/catalogue/layer', { token: a.secretKey, body: bad });
    assert.equal(res.status, 422, res.text);
    assert.equal(res.body.code, 'unprocessable');
    const paths = (res.body.errors as Array<{ path: string }>).map((e) => e.path).sort();
    assert.deepEqual(paths, ['never-added > withdraw.0', 'no-such-entry > hidden.0', 'org-a-bad > closes.0', 'org-a-bad > cost.0']);

    const nul = await server.request('/v1/catalogue/layer', {
      token: a.secretKey,
      body: { requirementSets: [{ occupationId: 'registered-nurse', jurisdictionId: 'ca-on', requirements: [], pathways: [{ ...club, provider: 'a\u0000b' }] }] },
    });
    assert.equal(nul.status, 422, nul.text);
    assert.deepEqual(nul.body.errors.map((e: { path: string }) => e.path), ['org-a-nclex-club > provider']);

    const empty = await server.request('/v1/catalogue/layer', { token: a.secretKey, body: {} });
    assert.equal(empty.status, 422);

    // An unverified requirement of its own must say what to check, as in the shipped files.
    const set = RequirementSet.parse((await server.request('/v1/occupations/registered-nurse/requirements?jurisdiction=ca-on', { token: a.publishableKey })).body);
    const restated = { ...set.requirements.find((r) => r.id === 'ca-on-rn-practice')!, verification: { status: 'unverified' } };
    const unverified = await server.request('/v1/catalogue/layer', {
      token: a.secretKey,
      body: { requirementSets: [{ occupationId: 'registered-nurse', jurisdictionId: 'ca-on', requirements: [restated], pathways: [] }] },
    });
    assert.equal(unverified.status, 422, unverified.text);
    assert.deepEqual(unverified.body.errors.map((e: { path: string }) => e.path), ['ca-on-rn-practice > verification.note']);

    const layer = CatalogueLayer.parse((await server.request('/v1/catalogue/layer', { token: a.secretKey })).body);
    assert.equal(layer.version, 2, 'no refused change made a version');
  });
});
