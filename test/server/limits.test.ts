import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, type TestServer } from './helpers.js';

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
  });
});
