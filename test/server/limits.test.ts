import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { demoProfile } from '../../src/server/seed/catalogue/demo-profile.js';
import { createRateLimits } from '../../src/server/limits.js';
import { HttpProblem } from '../../src/server/problem.js';
import { openTestDatabase, startTestServer, type TestServer } from './helpers.js';

let server: TestServer;
before(async () => {
  server = await startTestServer({
    rateLimits: {
      tokens: { points: 3, durationSeconds: 60 },
      failedAuth: { points: 5, durationSeconds: 60 },
      introductions: { points: 2, durationSeconds: 3600 },
      comments: { points: 2, durationSeconds: 60 },
      writes: { points: 50, durationSeconds: 60 },
    },
  });
});
after(() => server.close());

function assertLimited(response: { status: number; headers: Headers; body: any }, limit: string) {
  assert.equal(response.status, 429);
  assert.equal(response.body.code, 'rate_limited');
  assert.equal(response.body.limit, limit);
  const retryAfter = Number(response.headers.get('retry-after'));
  assert.ok(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 3600, `Retry-After ${response.headers.get('retry-after')}`);
}

describe('rate limits over HTTP', () => {
  it('limits token minting per secret key with 429 and Retry-After', async () => {
    const mint = () => server.request('/v1/tokens', { token: 'sk_demo_bridgeway', body: { externalId: 'limit-minter', role: 'mentee' } });
    for (let i = 0; i < 3; i++) assert.equal((await mint()).status, 201);
    assertLimited(await mint(), 'tokens');
  });

  it('stops a burst of guessed secret keys and forged tokens from one address, even a right key after it', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const credential = i % 2 ? `sk_guess_${i}` : `ut_forged${i}.sig`;
      const response = await server.request('/v1/me', { token: credential });
      statuses.push(response.status);
      if (response.status === 429) assertLimited(response, 'failedAuth');
    }
    assert.deepEqual(statuses, [401, 401, 401, 401, 401, 429, 429, 429]);
    // Once over, the address is not even checked: a good key waits too.
    assertLimited(await server.request('/v1/me', { token: 'pk_demo_bridgeway' }), 'failedAuth');
    // A page can read the 429 (and its Retry-After), so an element says "wait", not "offline".
    const fromPage = await server.request('/v1/me', { token: 'ut_forged.sig', headers: { origin: 'https://any-page.example' } });
    assertLimited(fromPage, 'failedAuth');
    assert.equal(fromPage.headers.get('access-control-allow-origin'), 'https://any-page.example');
    assert.match(fromPage.headers.get('access-control-expose-headers') ?? '', /retry-after/i);
  });
});

describe('per-route limits over HTTP', () => {
  // A server of its own: token minting and failed credentials unlimited, so the setup can sign in freely.
  let perRoute: TestServer;
  before(async () => {
    perRoute = await startTestServer({ rateLimits: { tokens: false, failedAuth: false, introductions: { points: 2, durationSeconds: 3600 }, comments: { points: 2, durationSeconds: 60 }, writes: { points: 50, durationSeconds: 60 } } });
  });
  after(() => perRoute.close());

  it('limits introduction requests per mentee', async () => {
    const mentorToken = await perRoute.tokenFor('mentor', 'demo-mentor');
    const mentorId = (await perRoute.request('/v1/me/mentor', { token: mentorToken })).body.id;
    const mentee = await perRoute.tokenFor('mentee', 'limit-introducer');
    const introduce = () => perRoute.request('/v1/introductions', { token: mentee, headers: { 'idempotency-key': randomUUID() }, body: { mentorId, message: 'Hello', hopes: ['plan-review'] } });
    const first = await introduce();
    assert.equal(first.status, 201, first.text);
    assert.notEqual((await introduce()).status, 429, 'the second is within the limit (refused or not on its merits)');
    assertLimited(await introduce(), 'introductions');
    // Per mentee: another mentee may still ask.
    const other = await perRoute.tokenFor('mentee', 'limit-other-introducer');
    const theirs = await perRoute.request('/v1/introductions', { token: other, headers: { 'idempotency-key': randomUUID() }, body: { mentorId, message: 'Hello', hopes: ['plan-review'] } });
    assert.equal(theirs.status, 201, theirs.text);
  });

  it('limits comments per caller, and reading them is not limited', async () => {
    const mentee = await perRoute.tokenFor('mentee', 'limit-commenter');
    const plan = await perRoute.request('/v1/plans', { token: mentee, headers: { 'idempotency-key': randomUUID() }, body: { goal: { occupationId: 'registered-nurse', jurisdictionId: 'ca-on', targetDate: '2028-06-30' } } });
    assert.equal(plan.status, 201, plan.text);
    const milestone = await perRoute.request(`/v1/plans/${plan.body.plan.id}/milestones`, { token: mentee, headers: { 'idempotency-key': randomUUID() }, body: { title: 'Book the exam', kind: 'exam-sitting', dueDate: '2027-03-01' } });
    assert.equal(milestone.status, 201, milestone.text);
    const comment = (text: string) => perRoute.request(`/v1/milestones/${milestone.body.id}/comments`, { token: mentee, headers: { 'idempotency-key': randomUUID() }, body: { text } });
    assert.equal((await comment('One.')).status, 201);
    assert.equal((await comment('Two.')).status, 201);
    assertLimited(await comment('Three.'), 'comments');
    const listed = await perRoute.request(`/v1/milestones/${milestone.body.id}/comments`, { token: mentee });
    assert.equal(listed.status, 200);
    assert.equal(listed.body.items.length, 2, 'the refused comment was not written');
  });

  it('limits writes in general per caller, with the answer readable by an allowed page', async () => {
    const mentorToken = await perRoute.tokenFor('mentor', 'demo-mentor');
    const mentorId = (await perRoute.request('/v1/me/mentor', { token: mentorToken })).body.id;
    const mentee = await perRoute.tokenFor('mentee', 'limit-writer');
    const save = () => perRoute.request(`/v1/favourites/${mentorId}`, { method: 'PUT', token: mentee, headers: { origin: 'http://localhost:6006' } });
    for (let i = 0; i < 50; i++) assert.equal((await save()).status, 200, `write ${i + 1} is within the limit`);
    const over = await save();
    assertLimited(over, 'writes');
    assert.equal(over.headers.get('access-control-allow-origin'), 'http://localhost:6006');
    // Reads go on, and so does mentor search: a POST only because its criteria need a body.
    assert.equal((await perRoute.request('/v1/favourites', { token: mentee })).status, 200);
    const search = await perRoute.request('/v1/mentors/search', { token: mentee, body: { limit: 5 } });
    assert.equal(search.status, 200, 'a search is a read, not a write');
  });

  it('never counts mentor searches as writes: every visitor of a site shares its publishable key', async () => {
    for (let i = 0; i < 60; i++) {
      const search = await perRoute.request('/v1/mentors/search', { token: 'pk_demo_bridgeway', body: { limit: 1 } });
      assert.equal(search.status, 200, `search ${i + 1} (the writes limit here is 50)`);
    }
  });

  it('counts a gap analysis as a write only when it is saved', async () => {
    const analyse = (token: string, save?: boolean) =>
      perRoute.request('/v1/gap-analyses', { token, body: { profile: demoProfile, occupationId: 'registered-nurse', jurisdictionId: 'ca-on', ...(save ? { save } : {}) } });
    // Every visitor of a site analyses under its publishable key: 60 analyses, the writes limit 50.
    for (let i = 0; i < 60; i++) assert.equal((await analyse('pk_demo_bridgeway')).status, 200, `analysis ${i + 1} is a read`);
    const mentee = await perRoute.tokenFor('mentee', 'limit-analyst');
    for (let i = 0; i < 50; i++) assert.equal((await analyse(mentee, true)).status, 200, `saved analysis ${i + 1} is within the limit`);
    assertLimited(await analyse(mentee, true), 'writes');
    assert.equal((await analyse(mentee)).status, 200, 'an analysis not kept still answers once the saves are over');
  });
});

describe('checking a limit in memory (the embedded database)', () => {
  it('knows at once that a caller who never counted is under the limit, and still refuses one over it', async () => {
    const db = await openTestDatabase('blank');
    try {
      const limits = await createRateLimits(db, { failedAuth: { points: 2, durationSeconds: 60 } });
      // No promise to wait for: this check runs before every request with credentials.
      assert.equal(limits.check('failedAuth', 'address:192.0.2.1'), undefined);
      await limits.consume('failedAuth', 'address:192.0.2.1');
      await limits.consume('failedAuth', 'address:192.0.2.1');
      await assert.doesNotReject(limits.check('failedAuth', 'address:192.0.2.1')!);
      await assert.rejects(limits.consume('failedAuth', 'address:192.0.2.1'), (error: unknown) => error instanceof HttpProblem && error.code === 'rate_limited');
      await assert.rejects(limits.check('failedAuth', 'address:192.0.2.1')!, (error: unknown) => error instanceof HttpProblem && error.code === 'rate_limited');
      assert.equal(limits.check('failedAuth', 'address:192.0.2.2'), undefined);
    } finally {
      await db.close();
    }
  });
});
