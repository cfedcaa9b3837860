/**
 * Behind a reverse proxy each client gets its own failed-auth budget when `trustProxy` says which
 * `X-Forwarded-For` hops to believe; without it the header is ignored, so a client cannot buy a
 * fresh budget by writing one.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { clientAddressOf, parseTrustProxy } from '../../src/server/proxy.js';
import { startTestServer, type TestServer } from './helpers.js';

const FAILED_AUTH = { failedAuth: { points: 3, durationSeconds: 60 }, tokens: false, introductions: false, comments: false, writes: false } as const;

/** The statuses of `count` requests with a forged token, each from the `X-Forwarded-For` that `forwarded(i)` gives. */
async function guesses(server: TestServer, count: number, forwarded: (i: number) => string | undefined): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < count; i++) {
    const value = forwarded(i);
    statuses.push((await server.request('/v1/me', { token: `ut_forged${i}.sig`, headers: value ? { 'x-forwarded-for': value } : {} })).status);
  }
  return statuses;
}

describe('the trust-proxy setting', () => {
  it('reads hops, addresses and subnets, and refuses nonsense with what is wrong', () => {
    assert.equal(parseTrustProxy(undefined), false);
    assert.equal(parseTrustProxy(''), false);
    assert.equal(parseTrustProxy('0'), false);
    assert.deepEqual(parseTrustProxy('2'), { hops: 2 });
    assert.deepEqual(parseTrustProxy(1), { hops: 1 });
    assert.ok(parseTrustProxy('10.0.0.1, 192.168.0.0/16, fd00::/8'));
    for (const bad of ['proxy.example.org', '10.0.0.0/33', '10.0.0.1/8/2', '-1', '99']) assert.throws(() => parseTrustProxy(bad), /BRIDGEWAY_TRUST_PROXY/, bad);
  });

  it('names the client from the trusted hops only, never from what a client wrote further left', () => {
    const none = parseTrustProxy(undefined);
    assert.equal(clientAddressOf('10.0.0.5', '203.0.113.7', none), '10.0.0.5');
    const one = parseTrustProxy('1');
    assert.equal(clientAddressOf('10.0.0.5', '203.0.113.7', one), '203.0.113.7');
    assert.equal(clientAddressOf('10.0.0.5', '6.6.6.6, 203.0.113.7', one), '203.0.113.7', 'a spoofed entry left of the proxy\'s is not read');
    assert.equal(clientAddressOf('::ffff:10.0.0.5', undefined, one), '::ffff:10.0.0.5', 'no header: the connection');
    const two = parseTrustProxy('2');
    assert.equal(clientAddressOf('10.0.0.5', '6.6.6.6, 203.0.113.7, 10.0.0.9', two), '203.0.113.7');
    assert.equal(clientAddressOf('10.0.0.5', '203.0.113.7', two), '203.0.113.7', 'fewer hops than trusted: the farthest');
    assert.equal(clientAddressOf('10.0.0.5', 'junk, 10.0.0.9', two), '10.0.0.9', 'junk ends what is believed');
    const listed = parseTrustProxy('10.0.0.0/8, ::1');
    assert.equal(clientAddressOf('10.0.0.5', '6.6.6.6, 203.0.113.7, 10.1.2.3', listed), '203.0.113.7');
    assert.equal(clientAddressOf('198.51.100.1', '203.0.113.7', listed), '198.51.100.1', 'a connection that is not a listed proxy is the client');
    assert.equal(clientAddressOf('::ffff:10.0.0.5', '[2001:db8::1]', listed), '2001:db8::1');
  });
});

describe('failed-auth budgets behind a proxy, over HTTP', () => {
  let plain: TestServer;
  let byHops: TestServer;
  let byAddress: TestServer;
  before(async () => {
    plain = await startTestServer({ rateLimits: FAILED_AUTH });
    byHops = await startTestServer({ rateLimits: FAILED_AUTH, trustProxy: 1 });
    byAddress = await startTestServer({ rateLimits: FAILED_AUTH, trustProxy: '127.0.0.1, ::1' });
  });
  after(async () => {
    await Promise.all([plain.close(), byHops.close(), byAddress.close()]);
  });

  it('ignores X-Forwarded-For without the setting: a new address per request buys no new budget', async () => {
    assert.deepEqual(await guesses(plain, 5, (i) => `203.0.113.${i + 1}`), [401, 401, 401, 429, 429]);
  });

  for (const [name, server] of [['a number of hops', () => byHops], ['the proxy\'s address', () => byAddress]] as const) {
    it(`gives each forwarded client its own budget when the proxy is trusted by ${name}`, async () => {
      assert.deepEqual(await guesses(server(), 4, () => '203.0.113.10'), [401, 401, 401, 429]);
      assert.deepEqual(await guesses(server(), 2, () => '203.0.113.11'), [401, 401], 'another client is not held back');
      // The client writes its own X-Forwarded-For; the proxy appends the address it saw.
      assert.deepEqual(await guesses(server(), 3, (i) => `198.51.100.${i}, 203.0.113.10`), [429, 429, 429], 'a spoofed entry buys nothing');
    });
  }
});
