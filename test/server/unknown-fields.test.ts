/**
 * A request body field the contract does not know is refused, not dropped: a client that
 * misspells a field (`expiresAt` for a milestone's `expiresOn`, `extraCost` in a catalogue layer's
 * pathway) gets a 400 problem naming each such field by its path, and nothing is written. One test
 * per family of routes, over real HTTP; the sweep of every operation is in openapi-conformance.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { demoRequest } from '../../src/server/seed/catalogue/demo-profile.js';
import { DEMO_PUBLISHABLE_KEY, DEMO_SECRET_KEY } from '../support/demo.js';
import { startTestServer, type TestResponse, type TestServer } from './helpers.js';

type Problem = { code?: string; detail?: string; errors?: { path: string; message: string }[] };

/** A 400 `invalid_request` problem whose `errors` are exactly `paths`, each said to be an unknown field. */
function assertUnknownFields(res: TestResponse<Problem>, paths: string[]) {
  assert.equal(res.status, 400, res.text);
  assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/);
  assert.equal(res.body.code, 'invalid_request');
  assert.deepEqual(res.body.errors?.map((error) => error.path).sort(), [...paths].sort(), res.text);
  for (const error of res.body.errors ?? []) assert.match(error.message, /is not a field of this request/);
  for (const path of paths) assert.ok(res.body.detail?.includes(path), `the detail names ${path}: ${res.body.detail}`);
}

describe('request body fields the contract does not know', () => {
  let server: TestServer;
  let mentee: string;
  let coordinator: string;
  let counter = 0;
  const key = () => ({ 'idempotency-key': `unknown-fields-${++counter}` });

  before(async () => {
    server = await startTestServer();
    mentee = await server.tokenFor('mentee', 'unknown-fields-mentee');
    coordinator = await server.tokenFor('coordinator', 'unknown-fields-coordinator');
  });
  after(() => server.close());

  it('identity and administration: refuses a misspelt token or key field, and mints nothing', async () => {
    const token = await server.request<Problem>('/v1/tokens', { token: DEMO_SECRET_KEY, body: { externalId: 'unknown-fields-a', role: 'mentee', displayname: 'Amara' } });
    assertUnknownFields(token, ['displayname']);
    const before = (await server.request<{ items: unknown[] }>('/v1/admin/keys?limit=100', { token: DEMO_SECRET_KEY })).body.items.length;
    const created = await server.request<Problem>('/v1/admin/keys', { token: DEMO_SECRET_KEY, headers: key(), body: { kind: 'publishable', lable: 'Intranet' } });
    assertUnknownFields(created, ['lable']);
    assert.equal((await server.request<{ items: unknown[] }>('/v1/admin/keys?limit=100', { token: DEMO_SECRET_KEY })).body.items.length, before, 'no key was made');
  });

  it('plans: refuses a milestone with expiresAt (the field is expiresOn), keeps the plan as it was, and takes the right spelling', async () => {
    const plan = await server.request<{ plan: { id: string } }>('/v1/plans', { token: mentee, headers: key(), body: { goal: { occupationId: 'registered-nurse', jurisdictionId: 'ca-on', targetDate: '2028-06-30' } } });
    assert.equal(plan.status, 201, plan.text);
    const path = `/v1/plans/${plan.body.plan.id}/milestones`;
    const milestone = { title: 'IELTS General Training', kind: 'language-test' };
    assertUnknownFields(await server.request<Problem>(path, { token: mentee, headers: key(), body: { ...milestone, expiresAt: '2028-03-01' } }), ['expiresAt']);
    const detail = await server.request<{ milestones: unknown[] }>(`/v1/plans/${plan.body.plan.id}`, { token: mentee });
    assert.deepEqual(detail.body.milestones, [], 'no milestone was created without its date');
    const created = await server.request<{ expiresOn?: string }>(path, { token: mentee, headers: key(), body: { ...milestone, expiresOn: '2028-03-01' } });
    assert.equal(created.status, 201, created.text);
    assert.equal(created.body.expiresOn, '2028-03-01');
  });

  it('catalogue: refuses a layer whose pathway says extraCost (the field is extraCosts) by its path, and the layer stays at version 0', async () => {
    const pathway = {
      id: 'org-demo-nclex-club',
      closes: ['ca-on-rn-nclex'],
      kind: 'course',
      title: { en: 'NCLEX study club' },
      provider: 'Demo organisation',
      link: { url: 'https://example.org/nclex-club' },
      duration: { minDays: 56, maxDays: 84 },
      cost: [{ minMinor: 0, maxMinor: 0, currency: 'CAD' }],
      delivery: 'in-person',
      languages: ['en'],
      extraCost: [{ kind: 'travel', label: { en: 'Travel to the club' }, cost: { minMinor: 5000, maxMinor: 5000, currency: 'CAD' } }],
    };
    const change = { requirementSets: [{ occupationId: 'registered-nurse', jurisdictionId: 'ca-on', requirements: [], pathways: [pathway] }], hiden: ['ca-on-rn-celban'] };
    const res = await server.request<Problem>('/v1/catalogue/layer', { token: DEMO_SECRET_KEY, headers: key(), body: change });
    assertUnknownFields(res, ['requirementSets.0.pathways.0.extraCost', 'hiden']);
    const layer = await server.request<{ version: number }>('/v1/catalogue/layer', { token: DEMO_SECRET_KEY });
    assert.equal(layer.body.version, 0, 'nothing of the change was written');
  });

  it('gap analyses: refuses a profile field misspelt deep in a list (fullTimeYear), where it would have changed the answer', async () => {
    const education = demoRequest.profile.education.map((entry, i) => (i === 0 ? { ...entry, fullTimeYear: 4 } : entry));
    const res = await server.request<Problem>('/v1/gap-analyses', { token: DEMO_PUBLISHABLE_KEY, body: { ...demoRequest, profile: { ...demoRequest.profile, education } } });
    assertUnknownFields(res, ['profile.education.0.fullTimeYear']);
  });

  it('mentors and mentorships: refuses a misspelt search criterion, a field of another reply kind, and a misspelt setting', async () => {
    assertUnknownFields(await server.request<Problem>('/v1/mentors/search', { token: mentee, body: { languages: ['fr'], originCountri: 'PH' } }), ['originCountri']);
    const page = await server.request<{ items: { mentor: { id: string } }[] }>('/v1/mentors/search', { token: mentee, body: {} });
    const request = { mentorId: page.body.items[0].mentor.id, message: 'Hello, could we talk?', hopes: ['plan-review'] };
    assertUnknownFields(await server.request<Problem>('/v1/introductions', { token: mentee, headers: key(), body: { ...request, hope: ['cv-review'] } }), ['hope']);
    const mentor = await server.tokenFor('mentor', 'demo-mentor');
    const own = await server.request<{ id: string }>('/v1/me/mentor', { token: mentor });
    const asked = await server.request<{ id: string; version: number }>('/v1/introductions', { token: mentee, headers: key(), body: { ...request, mentorId: own.body.id } });
    assert.equal(asked.status, 201, asked.text);
    // `accept` carries no question: a client sending one would lose it.
    const reply = { action: 'accept', version: asked.body.version, question: 'Have you booked the NCLEX?' };
    assertUnknownFields(await server.request<Problem>(`/v1/mentor-introductions/${asked.body.id}/reply`, { token: mentor, headers: key(), body: reply }), ['question']);
    const settings = await server.request<{ version: number; coordinatorApproval: boolean }>('/v1/mentorship-settings', { token: coordinator });
    const refused = await server.request<Problem>('/v1/mentorship-settings', { method: 'PATCH', token: coordinator, headers: key(), body: { version: settings.body.version, coordinatorAproval: !settings.body.coordinatorApproval } });
    assertUnknownFields(refused, ['coordinatorAproval']);
    assert.deepEqual((await server.request('/v1/mentorship-settings', { token: coordinator })).body, settings.body, 'the settings did not change');
  });

  it('mentor sign-up: refuses a profile with a booking link, which the profile does not take (it would have been lost)', async () => {
    const mentor = await server.tokenFor('mentor', 'unknown-fields-applicant');
    const profile = {
      displayName: 'Applicant', headline: 'Engineer', occupations: ['professional-engineer'], jurisdiction: 'ca-on', city: 'Toronto', licensedIn: ['ca-on'], credentialPath: null,
      languages: ['en'], formats: ['online'], offers: ['plan-review'], capacity: 1, hoursPerMonth: 2, pausedUntil: null, contactEmail: 'applicant@example.org',
      bookingUrl: 'https://calendar.example.org/applicant',
    };
    assertUnknownFields(await server.request<Problem>('/v1/me/mentor/profile', { method: 'PUT', token: mentor, headers: key(), body: profile }), ['bookingUrl']);
    assert.equal((await server.request('/v1/me/mentor/profile', { token: mentor })).status, 404, 'no profile was made');
  });

  it('narratives: refuses a misspelt draft field, while the keys of a draft\'s values (a record) stay open', async () => {
    assertUnknownFields(await server.request<Problem>('/v1/narrative-drafts', { token: mentee, headers: key(), body: { templateId: 'seed-resume-summary-en', valeus: { 'local-title': 'Nurse' } } }), ['valeus']);
    const draft = await server.request<{ values: Record<string, string> }>('/v1/narrative-drafts', { token: mentee, headers: key(), body: { templateId: 'seed-resume-summary-en', values: { 'local-title': 'Nurse' } } });
    assert.equal(draft.status, 201, draft.text);
    assert.equal(draft.body.values['local-title'], 'Nurse');
  });

  it('outcomes: refuses feedback whose note is sent as notes, and records none', async () => {
    const mentor = await server.tokenFor('mentor', 'unknown-fields-feedback');
    assertUnknownFields(await server.request<Problem>('/v1/me/program-feedback', { token: mentor, headers: key(), body: { satisfaction: 4, notes: 'Good training.' } }), ['notes']);
    const sent = await server.request<{ note: string }>('/v1/me/program-feedback', { token: mentor, headers: key(), body: { satisfaction: 4, note: 'Good training.' } });
    assert.equal(sent.status, 201, sent.text);
    assert.equal(sent.body.note, 'Good training.');
  });

  it('leaves query strings lenient: a parameter the contract does not name (a tracker\'s) is ignored', async () => {
    const search = await server.request('/v1/occupations?q=nurse&utm_source=newsletter', { token: DEMO_PUBLISHABLE_KEY });
    assert.equal(search.status, 200, search.text);
    // A route that takes no query (the app does not parse one for it) answers as it does without.
    const plain = await server.request('/v1/mentors/search', { token: DEMO_PUBLISHABLE_KEY, body: { occupation: 'registered-nurse', limit: 3 } });
    const tracked = await server.request('/v1/mentors/search?utm_source=newsletter', { token: DEMO_PUBLISHABLE_KEY, body: { occupation: 'registered-nurse', limit: 3 } });
    assert.equal(tracked.status, 200, tracked.text);
    assert.ok((plain.body as { items: unknown[] }).items.length > 0);
    assert.deepEqual(tracked.body, plain.body);
  });
});
