/**
 * The served OpenAPI document says what the server does: every live response checked here,
 * successes and errors of every operation, has a status the document declares for that
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
import { conformanceTo, type Conformance } from '../support/openapi-conformance.js';
import { startTestServer, type TestRequest, type TestResponse, type TestServer } from '../support/server.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let server: TestServer;
let document: Json;
let conformance: Conformance;
const tokens: Record<string, string> = {};
let unique = 0;

/** One request, checked against the document; returns the response for the scenario to go on. */
async function call<T = any>(method: string, path: string, init: TestRequest = {}): Promise<TestResponse<T>> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const headers = { 'idempotency-key': `conformance-${process.pid}-${unique++}`, ...init.headers };
  const response = await server.request<T>(path, { ...init, method, headers });
  conformance.check(method, path, response);
  return response;
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

  it('answers the catalogue layer operations with declared statuses: read, change (secret key or coordinator), a bad change (422)', async () => {
    assert.equal((await call('GET', '/v1/catalogue/layer', { token: tokens.coordinator })).status, 200);
    const hide = await call('POST', '/v1/catalogue/layer', { token: DEMO_SECRET_KEY, body: { hidden: ['ca-on-rn-celban'] } });
    assert.equal(hide.status, 200, hide.text);
    assert.equal((await call('POST', '/v1/catalogue/layer', { token: tokens.coordinator, body: { withdraw: ['ca-on-rn-celban'] } })).status, 200);
    assert.equal((await call('POST', '/v1/catalogue/layer', { token: DEMO_SECRET_KEY, body: { hidden: ['no-such-entry'] } })).status, 422);
  });

  it('has checked a response of every operation in the document, and an error of each', () => {
    const withResponse = new Set([...conformance.seen].map((entry) => entry.split(' ')[0]));
    const withError = new Set([...conformance.seen].filter((entry) => Number(entry.split(' ')[1]) >= 400).map((entry) => entry.split(' ')[0]));
    assert.deepEqual(conformance.operationIds.filter((id) => !withResponse.has(id)), []);
    assert.deepEqual(conformance.operationIds.filter((id) => !withError.has(id)), []);
  });
});
