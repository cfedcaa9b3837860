/**
 * The served OpenAPI document says what the server does: every live response checked here,
 * successes and errors of every operation (a check fails when one has no success scenario), has a status the document declares for that
 * operation and a body that matches the declared schema, checked by ajv (an independent
 * validator, not the zod schemas the document comes from). And the document passes
 * `redocly lint` (recommended rules) with no error and no warning.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DEMO_PUBLISHABLE_KEY, DEMO_SECRET_KEY } from '../support/demo.js';
import { demoRequest } from '../../src/server/seed/catalogue/demo-profile.js';
import { conformanceTo, type Conformance } from '../support/openapi-conformance.js';
import { startTestServer, type TestRequest, type TestResponse, type TestServer } from '../support/server.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let server: TestServer;
let document: Json;
let conformance: Conformance;
const tokens: Record<string, string> = {};
let unique = 0;

/** Per operationId, the first body a scenario sent that the server took: the operation's example body. */
const examples = new Map<string, { method: string; path: string; token?: string; body: Json }>();

/** One request, checked against the document; returns the response for the scenario to go on. */
async function call<T = any>(method: string, path: string, init: TestRequest = {}): Promise<TestResponse<T>> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const headers = { 'idempotency-key': `conformance-${process.pid}-${unique++}`, ...init.headers };
  const response = await server.request<T>(path, { ...init, method, headers });
  conformance.check(method, path, response);
  const id = conformance.operationOf(method, path)?.operationId as string;
  if (response.status < 300 && isPlainObject(init.body) && !examples.has(id)) examples.set(id, { method, path, token: init.token, body: init.body });
  return response;
}

const isPlainObject = (value: unknown): value is Json => Boolean(value) && typeof value === 'object' && !Array.isArray(value);

/** Where a field can be added to `body`: the top, then each object inside it, depth first, as field paths (`['goal']`). */
function objectPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => objectPaths(item, [...path, i]));
  if (!isPlainObject(value)) return [];
  return [path, ...Object.entries(value).flatMap(([key, item]) => objectPaths(item, [...path, key]))];
}

/** A copy of `body` with `field: true` added to the object at `path`. */
function withField(body: Json, path: (string | number)[], field: string): Json {
  const copy = structuredClone(body);
  let node: Json = copy;
  for (const key of path) node = node[key];
  node[field] = true;
  return copy;
}

/** The credential an operation's document entry asks for, in the role it allows. */
function credentialFor(operation: Json): string | undefined {
  const schemes = (operation.security as Json[]).flatMap((s) => Object.keys(s));
  if (schemes.length === 0) return undefined;
  if (schemes.includes('userToken') && !schemes.includes('publishableKey')) return tokens[(operation['x-bridgeway-roles'] as string[] | undefined)?.[0] ?? 'mentee'];
  if (schemes.includes('publishableKey')) return DEMO_PUBLISHABLE_KEY;
  return DEMO_SECRET_KEY;
}

before(async () => {
  server = await startTestServer({ demo: true });
  document = (await server.request('/v1/openapi.json')).body;
  conformance = conformanceTo(document);
  for (const role of ['mentee', 'mentor', 'coordinator'] as const) tokens[role] = await server.tokenFor(role, `conformance-${role}-${process.pid}`);
});
after(() => server?.close());

describe('the OpenAPI document', () => {
  it('passes redocly lint (recommended rules) with no error and no warning', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'bridgeway-openapi-'));
    try {
      const file = join(folder, 'openapi.json');
      await writeFile(file, JSON.stringify(document, null, 2));
      const { stdout } = await promisify(execFile)(
        join(process.cwd(), 'node_modules/.bin/redocly'),
        ['lint', '--format=json', file],
        { cwd: folder, env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', CI: 'true' } },
      ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
      const report = JSON.parse(stdout.slice(stdout.indexOf('{')));
      const problems = (report.problems as Json[]).map((p) => `${p.severity} ${p.ruleId}: ${p.message} (${p.location?.[0]?.pointer ?? ''})`);
      assert.deepEqual(problems, []);
      assert.equal(report.totals.errors + report.totals.warnings, 0);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});

describe('live responses match the served document', () => {
  it('answers every operation\'s refusals (bad credentials, wrong role, unknown ids, invalid bodies) with declared statuses and problem bodies', async () => {
    for (const [template, item] of Object.entries(document.paths as Record<string, Record<string, Json>>)) {
      for (const [method, operation] of Object.entries(item)) {
        const path = template.replace(/\{[^}]+\}/g, 'no-such-id');
        const hasBody = Boolean(operation.requestBody);
        await call(method.toUpperCase(), path, { token: 'ut_not-a-real-token' });
        if (operation['x-bridgeway-roles']) {
          const other = ['mentee', 'mentor', 'coordinator'].find((role) => !operation['x-bridgeway-roles'].includes(role));
          if (other) assert.equal((await call(method.toUpperCase(), path, { token: tokens[other], body: hasBody ? {} : undefined })).status, 403, `${method} ${template} as ${other}`);
        }
        const token = credentialFor(operation);
        if (hasBody) {
          await call(method.toUpperCase(), path, { token, body: { unexpected: [1, 2, 3] } });
          assert.equal((await call(method.toUpperCase(), path, { token, body: { padding: 'x'.repeat(1_100_000) } })).status, 413, `${method} ${template} with a body over 1 MB`);
          await call(method.toUpperCase(), path, { token, body: 'not json', headers: { 'content-type': 'text/plain' } });
        } else if (template.includes('{')) {
          await call(method.toUpperCase(), path, { token });
        }
      }
    }
  });

  it('answers the mentor operations with declared statuses, including a second open request (409) and forgetting an unknown mentor (404)', async () => {
    const mentee = await server.tokenFor('mentee', `conformance-mentee-b-${process.pid}`);
    const page = await call('POST', '/v1/mentors/search', { token: mentee, body: {} });
    assert.equal(page.status, 200);
    const mentorId: string = page.body.items[0].mentor.id;
    assert.equal((await call('GET', `/v1/mentors/${mentorId}`, { token: DEMO_PUBLISHABLE_KEY })).status, 200);
    assert.equal((await call('PUT', `/v1/favourites/${mentorId}`, { token: mentee })).status, 200);
    assert.equal((await call('GET', '/v1/favourites', { token: mentee })).status, 200);
    assert.equal((await call('DELETE', `/v1/favourites/${mentorId}`, { token: mentee })).status, 204);
    assert.equal((await call('DELETE', `/v1/favourites/${mentorId}`, { token: mentee })).status, 204, 'forgetting twice is harmless');
    assert.equal((await call('DELETE', '/v1/favourites/no-such-mentor', { token: mentee })).status, 404, 'an unknown mentor is not found, as when saving');
    assert.equal((await call('PUT', '/v1/favourites/no-such-mentor', { token: mentee })).status, 404);

    const request = { mentorId, message: 'Hello, could you tell me how you got your licence recognised?', hopes: ['informational-interview'] };
    const first = await call('POST', '/v1/introductions', { token: mentee, body: request });
    assert.equal(first.status, 201, first.text);
    assert.equal((await call('POST', '/v1/introductions', { token: mentee, body: request })).status, 409, 'a second open request to the same mentor');
    assert.equal((await call('GET', '/v1/introductions', { token: mentee })).status, 200);
    assert.equal((await call('POST', '/v1/introductions/sweep', { token: DEMO_SECRET_KEY })).status, 200);
  });

  it('answers the mentorship operations with declared statuses, from acceptance to closure and through the approval queue', async () => {
    const mentor = await server.tokenFor('mentor', 'demo-mentor');
    const mentorId: string = (await call('GET', '/v1/me/mentor', { token: mentor })).body.id;
    await server.db.query('UPDATE mentors SET capacity = current_load + 5 WHERE id = $1', [mentorId]);
    const mentee = await server.tokenFor('mentee', `conformance-matched-${process.pid}`);
    const request = await call('POST', '/v1/introductions', { token: mentee, body: { mentorId, message: 'Hello, could we talk?', hopes: ['plan-review'] } });
    assert.equal(request.status, 201, request.text);
    assert.equal((await call('POST', `/v1/mentor-introductions/${request.body.id}/reply`, { token: mentor, body: { action: 'accept', version: 1 } })).status, 200);
    const list = await call('GET', '/v1/mentorships', { token: mentee });
    assert.equal(list.status, 200);
    const path = `/v1/mentorships/${list.body.items[0].id}`;
    assert.equal((await call('GET', path, { token: mentor })).status, 200);
    assert.equal((await call('POST', `${path}/confirmation`, { token: mentee, body: { version: 1 } })).status, 422);
    const agreement = { goals: 'Licensing', meetingCadence: 'monthly', hoursPerMonth: 2, expectedEndDate: '2027-01-31' };
    assert.equal((await call('PUT', `${path}/agreement`, { token: mentor, body: { ...agreement, version: 1 } })).status, 200);
    assert.equal((await call('PUT', `${path}/agreement`, { token: mentor, body: { ...agreement, version: 1 } })).status, 409);
    assert.equal((await call('POST', `${path}/confirmation`, { token: mentee, body: { version: 2 } })).status, 200);
    assert.equal((await call('GET', '/v1/mentor-mentees', { token: mentor })).status, 200);
    assert.equal((await call('POST', `${path}/agreement-change/answer`, { token: mentee, body: { version: 3, action: 'accept' } })).status, 422);
    assert.equal((await call('POST', `${path}/agreement-change`, { token: mentee, body: { ...agreement, hoursPerMonth: 3, version: 3 } })).status, 200);
    assert.equal((await call('POST', `${path}/agreement-change/answer`, { token: mentee, body: { version: 4, action: 'accept' } })).status, 403);
    assert.equal((await call('POST', `${path}/agreement-change/answer`, { token: mentor, body: { version: 4, action: 'accept' } })).status, 200);
    assert.equal((await call('POST', `${path}/closure`, { token: mentee, body: { version: 5, reason: 'goals-met', feedback: 'Thanks' } })).status, 200);
    assert.equal((await call('POST', `${path}/closure`, { token: mentee, body: { version: 6, reason: 'goals-met' } })).status, 422);

    const settings = await call('GET', '/v1/mentorship-settings', { token: tokens.coordinator });
    assert.equal(settings.status, 200);
    assert.equal((await call('PATCH', '/v1/mentorship-settings', { token: tokens.coordinator, body: { version: settings.body.version, coordinatorApproval: true } })).status, 200);
    const queued = await call('POST', '/v1/introductions', { token: await server.tokenFor('mentee', `conformance-queued-${process.pid}`), body: { mentorId, message: 'Hello', hopes: ['plan-review'] } });
    assert.equal(queued.status, 201, queued.text);
    assert.equal((await call('GET', '/v1/introduction-queue', { token: tokens.coordinator })).status, 200);
    assert.equal((await call('POST', `/v1/introduction-queue/${queued.body.id}/decision`, { token: tokens.coordinator, body: { action: 'approve', version: 1 } })).status, 200);
    assert.equal((await call('POST', `/v1/introduction-queue/${queued.body.id}/decision`, { token: tokens.coordinator, body: { action: 'approve', version: 2 } })).status, 409);
    assert.equal((await call('PATCH', '/v1/mentorship-settings', { token: tokens.coordinator, body: { version: settings.body.version + 1, coordinatorApproval: false } })).status, 200);
  });

  it('answers the mentor sign-up operations with declared statuses, from a new profile to approval and training', async () => {
    const mentor = await server.tokenFor('mentor', `conformance-applicant-${process.pid}`);
    assert.equal((await call('GET', '/v1/me/mentor/profile', { token: mentor })).status, 404);
    assert.equal((await call('GET', '/v1/me/mentor/training', { token: mentor })).status, 404);
    const profile = {
      displayName: 'Applicant', headline: 'Engineer', occupations: ['professional-engineer'], jurisdiction: 'ca-on', city: 'Toronto', licensedIn: ['ca-on'], credentialPath: null,
      languages: ['en'], formats: ['online'], offers: ['plan-review'], capacity: 1, hoursPerMonth: 2, pausedUntil: null, contactEmail: 'applicant@example.org',
    };
    const created = await call('PUT', '/v1/me/mentor/profile', { token: mentor, body: profile });
    assert.equal(created.status, 200, created.text);
    assert.equal((await call('PUT', '/v1/me/mentor/profile', { token: mentor, body: { ...profile, version: created.body.version + 1 } })).status, 409);
    assert.equal((await call('GET', '/v1/me/mentor/profile', { token: mentor })).status, 200);
    const module = await call('POST', '/v1/training-modules', { token: tokens.coordinator, body: { title: 'Bias awareness', url: 'https://training.example.org/bias', expectedMinutes: 45, required: false } });
    assert.equal(module.status, 201, module.text);
    assert.equal((await call('GET', '/v1/training-modules', { token: mentor })).status, 200);
    assert.equal((await call('PUT', `/v1/me/mentor/training/${module.body.id}`, { token: mentor })).status, 200);
    assert.equal((await call('GET', '/v1/me/mentor/training', { token: mentor })).status, 200);
    assert.equal((await call('GET', '/v1/mentor-applications', { token: tokens.coordinator })).status, 200);
    const decide = (version: number) => call('POST', `/v1/mentor-applications/${created.body.mentor.id}/decision`, { token: tokens.coordinator, body: { version, decision: 'approve' } });
    assert.equal((await decide(created.body.version + 5)).status, 409);
    assert.equal((await decide(created.body.version)).status, 200);
    const reflection = await call('POST', '/v1/me/mentor/reflections', { token: mentor, body: { date: '2026-12-01', note: 'Listen more.', sharedWithCoordinators: true } });
    assert.equal(reflection.status, 201, reflection.text);
    assert.equal((await call('GET', '/v1/me/mentor/reflections', { token: mentor })).status, 200);
    assert.equal((await call('PATCH', `/v1/me/mentor/reflections/${reflection.body.id}`, { token: mentor, body: { version: 1, note: 'Listen more, talk less.' } })).status, 200);
    assert.equal((await call('PATCH', `/v1/me/mentor/reflections/${reflection.body.id}`, { token: mentor, body: { version: 1, note: 'stale' } })).status, 409);
    assert.equal((await call('GET', `/v1/mentor-applications/${created.body.mentor.id}/reflections`, { token: tokens.coordinator })).status, 200);
  });

  it('answers the administration operations with declared statuses, including a refused rotation (422) and an unknown origin (404)', async () => {
    const made = await call('POST', '/v1/admin/keys', { token: DEMO_SECRET_KEY, body: { kind: 'publishable', label: 'conformance' } });
    assert.equal(made.status, 201, made.text);
    assert.equal((await call('GET', '/v1/admin/keys?limit=2', { token: DEMO_SECRET_KEY })).status, 200);
    const rotated = await call('POST', `/v1/admin/keys/${made.body.key.id}/rotate`, { token: DEMO_SECRET_KEY });
    assert.equal(rotated.status, 201, rotated.text);
    assert.equal((await call('POST', `/v1/admin/keys/${made.body.key.id}/rotate`, { token: DEMO_SECRET_KEY })).status, 422);
    assert.equal((await call('POST', `/v1/admin/keys/${rotated.body.key.id}/revoke`, { token: DEMO_SECRET_KEY })).status, 200);
    const origin = 'https://conformance.example.org';
    assert.equal((await call('POST', '/v1/admin/origins', { token: DEMO_SECRET_KEY, body: { origin } })).status, 200);
    assert.equal((await call('GET', '/v1/admin/origins', { token: DEMO_SECRET_KEY })).status, 200);
    assert.equal((await call('DELETE', `/v1/admin/origins?origin=${encodeURIComponent(origin)}`, { token: DEMO_SECRET_KEY })).status, 200);
    assert.equal((await call('DELETE', `/v1/admin/origins?origin=${encodeURIComponent(origin)}`, { token: DEMO_SECRET_KEY })).status, 404);
    assert.equal((await call('POST', '/v1/admin/coordinators', { token: DEMO_SECRET_KEY, body: { externalId: `conformance-staff-${process.pid}`, displayName: 'Staff' } })).status, 201);
    assert.equal((await call('GET', '/v1/audit-events?limit=3', { token: tokens.coordinator })).status, 200);
  });

  it('answers the read operations of the demo data with declared statuses and matching bodies', async () => {
    assert.equal((await call('GET', '/health')).status, 200);
    assert.equal((await call('GET', '/v1/me', { token: tokens.mentee })).status, 200);
    assert.equal((await call('POST', '/v1/tokens', { token: DEMO_SECRET_KEY, body: { role: 'mentee', externalId: `conformance-t-${process.pid}` } })).status, 201);
    const jurisdictions = await call('GET', '/v1/jurisdictions', { token: DEMO_PUBLISHABLE_KEY });
    assert.equal(jurisdictions.status, 200);
    assert.equal((await call('GET', '/v1/occupations/registered-nurse', { token: DEMO_PUBLISHABLE_KEY })).status, 200);
    assert.equal((await call('GET', '/v1/plans', { token: tokens.mentee })).status, 200);
    assert.equal((await call('GET', '/v1/narrative-templates', { token: DEMO_PUBLISHABLE_KEY })).status, 200);
    assert.equal((await call('GET', '/v1/narrative-drafts', { token: tokens.mentee })).status, 200);
  });

  it('answers the catalogue and gap-analysis operations with declared statuses and matching bodies', async () => {
    const pk = { token: DEMO_PUBLISHABLE_KEY };
    assert.equal((await call('GET', '/v1/occupations?q=nurse&limit=5', pk)).status, 200);
    assert.equal((await call('GET', '/v1/occupations/registered-nurse/requirements?jurisdiction=ca-on', pk)).status, 200);
    assert.equal((await call('GET', '/v1/occupations/software-developer/requirements?jurisdiction=ca-on', pk)).status, 200, 'an unregulated occupation');
    assert.equal((await call('GET', '/v1/milestone-templates?occupation=registered-nurse&jurisdiction=ca-on', pk)).status, 200);
    assert.equal((await call('POST', '/v1/gap-analyses', { ...pk, body: demoRequest })).status, 200, 'an analysis not saved');
    const saved = await call('POST', '/v1/gap-analyses', { token: tokens.mentee, body: { ...demoRequest, save: true } });
    assert.equal(saved.status, 200, saved.text);
    assert.equal((await call('GET', '/v1/gap-analyses', { token: tokens.mentee })).status, 200);
    assert.equal((await call('GET', `/v1/gap-analyses/${saved.body.id}`, { token: tokens.mentee })).status, 200);
    assert.equal((await call('POST', '/demo/token', { body: { role: 'mentee' } })).status, 201);
  });

  it('answers every plan write and read with declared statuses and matching bodies', async () => {
    const mentee = await server.tokenFor('mentee', `conformance-planner-${process.pid}`);
    const mentorUser: string = (await call('GET', '/v1/me', { token: tokens.mentor })).body.user.id;
    const goal = { occupationId: 'registered-nurse', jurisdictionId: 'ca-on', targetDate: '2028-06-30' };
    const created = await call('POST', '/v1/plans', { token: mentee, body: { goal } });
    assert.equal(created.status, 201, created.text);
    const planId: string = created.body.plan.id;
    const shared = await call('PATCH', `/v1/plans/${planId}`, { token: mentee, body: { version: created.body.plan.version, sharedWith: [mentorUser] } });
    assert.equal(shared.status, 200, shared.text);
    assert.equal((await call('PATCH', `/v1/plans/${planId}`, { token: mentee, body: { version: created.body.plan.version, sharedWith: [] } })).status, 409, 'a stale plan version');
    const milestone = await call('POST', `/v1/plans/${planId}/milestones`, { token: mentee, body: { title: 'NCLEX-RN', kind: 'exam-sitting', dueDate: '2027-03-01' } });
    assert.equal(milestone.status, 201, milestone.text);
    const bulk = await call('POST', `/v1/plans/${planId}/milestones/bulk`, {
      token: mentee,
      body: { items: [{ title: 'NNAS', kind: 'credential-assessment', source: { requirementId: 'ca-on-rn-nnas', pathwayId: 'nnas' } }] },
    });
    assert.equal(bulk.status, 201, bulk.text);
    const detail = await call('GET', `/v1/plans/${planId}`, { token: mentee });
    assert.equal(detail.status, 200);
    const order: string[] = detail.body.milestones.map((m: { id: string }) => m.id);
    const reordered = await call('POST', `/v1/plans/${planId}/reorder`, { token: mentee, body: { version: detail.body.plan.version, order: [...order].reverse() } });
    assert.equal(reordered.status, 200, reordered.text);
    const put = await call('PUT', `/v1/plans/${planId}/milestone-order`, { token: mentee, body: { version: reordered.body.plan.version, order } });
    assert.equal(put.status, 200, put.text);
    assert.equal((await call('PUT', `/v1/plans/${planId}/milestone-order`, { token: mentee, body: { version: reordered.body.plan.version, order } })).status, 409, 'a stale order');
    assert.equal((await call('POST', `/v1/plans/${planId}/reorder`, { token: mentee, body: { version: detail.body.plan.version, order } })).status, 409, 'a stale reorder');
    const edited = await call('PATCH', `/v1/milestones/${milestone.body.id}`, { token: mentee, body: { version: milestone.body.version, status: 'in-progress' } });
    assert.equal(edited.status, 200, edited.text);
    assert.equal((await call('PATCH', `/v1/milestones/${milestone.body.id}`, { token: mentee, body: { version: milestone.body.version, title: 'Stale' } })).status, 409, 'a stale milestone version');
    const moved = await call('POST', `/v1/milestones/${milestone.body.id}/recalibrations`, { token: mentee, body: { version: edited.body.version, toDate: '2027-05-01', reason: 'Exam seats full' } });
    assert.equal(moved.status, 201, moved.text);
    const plan = (await call('GET', `/v1/plans/${planId}`, { token: mentee })).body.plan;
    const goalMoved = await call('POST', `/v1/plans/${planId}/recalibrations`, { token: mentee, body: { version: plan.version, toDate: '2028-12-31', reason: 'Evaluation takes longer' } });
    assert.equal(goalMoved.status, 201, goalMoved.text);
    assert.equal((await call('GET', `/v1/plans/${planId}/history`, { token: mentee })).status, 200);
    assert.equal((await call('GET', `/v1/plans/${planId}/milestones?limit=1`, { token: mentee })).status, 200);
    const checkIn = await call('POST', `/v1/plans/${planId}/check-ins`, {
      token: tokens.mentor,
      body: { date: '2026-01-10', participants: [], summary: 'Talked', confidence: 3, nextSteps: 'Study', milestoneIds: [milestone.body.id] },
    });
    assert.equal(checkIn.status, 201, checkIn.text);
    assert.equal((await call('GET', `/v1/plans/${planId}/check-ins`, { token: mentee })).status, 200);
    const comment = await call('POST', `/v1/milestones/${milestone.body.id}/comments`, { token: tokens.mentor, body: { text: 'Book early.' } });
    assert.equal(comment.status, 201, comment.text);
    assert.equal((await call('GET', `/v1/milestones/${milestone.body.id}/comments`, { token: mentee })).status, 200);
    const fromGap = await call('POST', '/v1/plans/from-gap', {
      token: mentee,
      body: { occupationId: 'registered-nurse', jurisdictionId: 'ca-bc', items: [{ title: 'NCLEX-RN', kind: 'exam-sitting', source: { requirementId: 'ca-bc-rn-nclex' }, dueDate: '2027-09-01' }] },
    });
    assert.equal(fromGap.status, 201, fromGap.text);
  });

  it("answers the mentor's own operations and both sides of an introduction with declared statuses and matching bodies", async () => {
    const demoMentor = await server.tokenFor('mentor', 'demo-mentor');
    const own = await call('GET', '/v1/me/mentor', { token: demoMentor });
    assert.equal(own.status, 200, own.text);
    assert.equal((await call('POST', '/v1/me/mentor/pause', { token: demoMentor, body: { paused: false } })).status, 200);
    const mentee = await server.tokenFor('mentee', `conformance-mentee-c-${process.pid}`);
    const created = await call('POST', '/v1/introductions', {
      token: mentee,
      body: { mentorId: own.body.id, message: 'I trained as a nurse in Manila; could we talk about the NCLEX?', hopes: ['informational-interview'] },
    });
    assert.equal(created.status, 201, created.text);
    assert.equal((await call('GET', '/v1/mentor-introductions', { token: demoMentor })).status, 200);
    const asked = await call('POST', `/v1/mentor-introductions/${created.body.id}/reply`, { token: demoMentor, body: { action: 'ask', version: created.body.version, question: 'Have you booked the NCLEX yet?' } });
    assert.equal(asked.status, 200, asked.text);
    const answered = await call('POST', `/v1/introductions/${created.body.id}/follow-up`, { token: mentee, body: { action: 'answer', version: asked.body.version, answer: 'Yes, in March.' } });
    assert.equal(answered.status, 200, answered.text);
    assert.equal((await call('POST', `/v1/mentor-introductions/${created.body.id}/reply`, { token: demoMentor, body: { action: 'accept', version: asked.body.version } })).status, 409, 'a stale reply');
  });

  it('answers every narrative template and draft operation, review round included, with declared statuses and matching bodies', async () => {
    const template = await call('POST', '/v1/narrative-templates', {
      token: tokens.coordinator,
      body: {
        kind: 'resume-summary',
        locale: 'en',
        title: 'Our summary',
        description: '',
        sections: [{ id: 'main', title: 'Main', optional: false, fields: [{ id: 'title', label: 'Title', guidance: '', example: '', type: 'text', required: true }] }],
        body: 'I am a {{title}}.',
        limits: {},
      },
    });
    assert.equal(template.status, 201, template.text);
    assert.equal((await call('GET', `/v1/narrative-templates/${template.body.id}`, { token: DEMO_PUBLISHABLE_KEY })).status, 200);

    const mentee = tokens.mentee;
    const mentorUser: string = (await call('GET', '/v1/me', { token: tokens.mentor })).body.user.id;
    const draft = await call('POST', '/v1/narrative-drafts', { token: mentee, body: { templateId: 'seed-resume-summary-en', values: { 'local-title': 'Registered Nurse' } } });
    assert.equal(draft.status, 201, draft.text);
    const id: string = draft.body.id;
    assert.equal((await call('GET', `/v1/narrative-drafts/${id}`, { token: mentee })).status, 200);
    const saved = await call('PATCH', `/v1/narrative-drafts/${id}`, { token: mentee, body: { version: draft.body.version, values: { 'local-title': 'Nurse' } } });
    assert.equal(saved.status, 200, saved.text);
    assert.equal((await call('PATCH', `/v1/narrative-drafts/${id}`, { token: mentee, body: { version: draft.body.version, values: { 'local-title': 'Other' } } })).status, 409, 'a stale draft');
    assert.equal((await call('GET', `/v1/narrative-drafts/${id}/versions`, { token: mentee })).status, 200);
    const restored = await call('POST', `/v1/narrative-drafts/${id}/restore`, { token: mentee, body: { version: saved.body.version, restore: 1 } });
    assert.equal(restored.status, 200, restored.text);
    assert.equal((await call('POST', `/v1/narrative-drafts/${id}/restore`, { token: mentee, body: { version: restored.body.version, restore: 99 } })).status, 422, 'an unknown version');
    const shared = await call('POST', `/v1/narrative-drafts/${id}/shares`, { token: mentee, body: { mentorIds: [mentorUser] } });
    assert.equal(shared.status, 200, shared.text);
    const comment = await call('POST', `/v1/narrative-drafts/${id}/comments`, { token: tokens.mentor, body: { sectionId: 'strengths', text: 'Say how big the ward was.' } });
    assert.equal(comment.status, 201, comment.text);
    const suggestion = await call('POST', `/v1/narrative-drafts/${id}/suggestions`, {
      token: tokens.mentor,
      body: { sectionId: 'strengths', fieldId: 'achievement', text: 'Numbers help.', suggestedText: 'Led a 40-bed ward.' },
    });
    assert.equal(suggestion.status, 201, suggestion.text);
    assert.equal((await call('GET', `/v1/narrative-drafts/${id}/reviews`, { token: mentee })).status, 200);
    const accepted = await call('POST', `/v1/narrative-drafts/${id}/reviews/${suggestion.body.id}/accept`, { token: mentee, body: { version: shared.body.version } });
    assert.equal(accepted.status, 200, accepted.text);
    const resolved = await call('POST', `/v1/narrative-drafts/${id}/reviews/${comment.body.id}/resolve`, { token: mentee, body: {} });
    assert.equal(resolved.status, 200, resolved.text);
    const approved = await call('POST', `/v1/narrative-drafts/${id}/approval`, { token: tokens.mentor, body: { version: resolved.body.draft.version, text: 'Ready to send.' } });
    assert.equal(approved.status, 200, approved.text);
    assert.equal((await call('POST', `/v1/narrative-drafts/${id}/reviews/${comment.body.id}/resolve`, { token: mentee, body: {} })).status, 422, 'resolving twice');
  });

  it('answers the catalogue layer operations with declared statuses: read, change (secret key or coordinator), a bad change (422)', async () => {
    assert.equal((await call('GET', '/v1/catalogue/layer', { token: tokens.coordinator })).status, 200);
    const hide = await call('POST', '/v1/catalogue/layer', { token: DEMO_SECRET_KEY, body: { hidden: ['ca-on-rn-celban'] } });
    assert.equal(hide.status, 200, hide.text);
    assert.equal((await call('POST', '/v1/catalogue/layer', { token: tokens.coordinator, body: { withdraw: ['ca-on-rn-celban'] } })).status, 200);
    assert.equal((await call('POST', '/v1/catalogue/layer', { token: DEMO_SECRET_KEY, body: { hidden: ['no-such-entry'] } })).status, 422);
  });

  it('answers the outcome operations (enrolment, a follow-up, feedback, settings, due follow-ups, metrics) with declared statuses and matching bodies', async () => {
    const mentee = await server.tokenFor('mentee', `conformance-outcomes-${process.pid}`);
    const before = await call('GET', '/v1/me/enrolment', { token: mentee });
    assert.equal(before.status, 200, 'not enrolled yet');
    assert.equal(before.body, null);
    const enteredOn = new Date(Date.now() - 100 * 86_400_000).toISOString().slice(0, 10);
    const intake = { employment: 'employed', inField: false, pay: { amount: 18, currency: 'CAD', period: 'hour' }, satisfaction: 3 };
    const enrolled = await call('POST', '/v1/me/enrolment', {
      token: mentee,
      body: { enteredOn, occupationId: 'registered-nurse', jurisdictionId: 'ca-on', consent: { figures: true, quote: 'program', gender: false }, intake },
    });
    assert.equal(enrolled.status, 201, enrolled.text);
    assert.equal((await call('GET', '/v1/me/enrolment', { token: mentee })).status, 200);
    const answered = await call('PUT', '/v1/me/enrolment/follow-ups/3', { token: mentee, body: { employment: 'employed', inField: true, satisfaction: 4 } });
    assert.equal(answered.status, 200, answered.text);
    const updated = await call('PATCH', '/v1/me/enrolment', { token: mentee, body: { version: answered.body.version, leftOn: null } });
    assert.equal(updated.status, 200, updated.text);
    assert.equal((await call('PATCH', '/v1/me/enrolment', { token: mentee, body: { version: answered.body.version, leftOn: null } })).status, 409, 'a stale enrolment');
    assert.equal((await call('POST', '/v1/me/program-feedback', { token: tokens.mentor, body: { satisfaction: 5, note: 'Good training.' } })).status, 201);
    const settings = await call('GET', '/v1/outcome-settings', { token: tokens.coordinator });
    assert.equal(settings.status, 200, settings.text);
    assert.equal((await call('PUT', '/v1/outcome-settings', { token: tokens.coordinator, body: settings.body })).status, 200);
    assert.equal((await call('GET', '/v1/follow-ups/due', { token: tokens.coordinator })).status, 200);
    assert.equal((await call('GET', '/v1/program-metrics', { token: tokens.coordinator })).status, 200);
    assert.equal((await call('GET', '/v1/program-metrics/filters', { token: tokens.coordinator })).status, 200);
  });

  it('answers the coordinator desk\'s lists as documented', async () => {
    for (const path of ['/v1/desk/mentorships?sort=newest', '/v1/desk/mentor-load?sort=idlest&limit=2', '/v1/desk/waiting-mentees?sort=name']) {
      const answered = await call('GET', path, { token: tokens.coordinator });
      assert.equal(answered.status, 200, answered.text);
      assert.equal((await call('GET', path, { token: tokens.mentee })).status, 403);
    }
  });

  it('refuses each operation\'s example body with a field the contract does not know, naming it by its path, as the document\'s request schema does', async () => {
    const withBody = Object.values(document.paths as Record<string, Record<string, Json>>).flatMap((item) => Object.values(item)).filter((op) => op.requestBody).map((op) => op.operationId as string);
    assert.deepEqual(withBody.filter((id) => !examples.has(id)), [], 'operations whose scenarios sent no body the server took');
    const field = 'bwUnknownField';
    for (const [id, { method, path, token, body }] of examples) {
      assert.deepEqual(conformance.requestErrors(method, path, body), [], `${id}: the example body matches the document`);
      // The top, and the first object inside the body that the document closes (records and localised texts stay open).
      const closed = objectPaths(body).filter((at) => conformance.requestErrors(method, path, withField(body, at, field)).some((error) =>
        error.keyword === 'additionalProperties' && error.params.additionalProperty === field && error.instancePath === at.map((key) => `/${key}`).join('')));
      assert.deepEqual(closed[0], [], `${id}: the document closes the body's top`);
      for (const at of closed.slice(0, 2)) {
        const named = [...at, field].join('.');
        const refused = await call<{ code: string; errors: { path: string; message: string }[] }>(method, path, { token, body: withField(body, at, field) });
        assert.equal(refused.status, 400, `${id} with ${named}: ${refused.text}`);
        assert.equal(refused.body.code, 'invalid_request');
        assert.deepEqual(refused.body.errors.map((error) => error.path), [named], `${id}: ${refused.text}`);
      }
    }
  });

  it('has checked a success, a response and an error of every operation in the document', () => {
    const withSuccess = new Set([...conformance.seen].filter((entry) => Number(entry.split(' ')[1]) < 300).map((entry) => entry.split(' ')[0]));
    assert.deepEqual(conformance.operationIds.filter((id) => !withSuccess.has(id)), [], 'operations without a success scenario');
    const withResponse = new Set([...conformance.seen].map((entry) => entry.split(' ')[0]));
    const withError = new Set([...conformance.seen].filter((entry) => Number(entry.split(' ')[1]) >= 400).map((entry) => entry.split(' ')[0]));
    assert.deepEqual(conformance.operationIds.filter((id) => !withResponse.has(id)), []);
    assert.deepEqual(conformance.operationIds.filter((id) => !withError.has(id)), []);
  });
});
