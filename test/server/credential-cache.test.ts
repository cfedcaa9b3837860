/**
 * A user token's user is looked up once per cache time, not on every request, and the cache
 * keeps every guarantee: a token's user that is not there is refused on each request, a changed
 * origin list holds at once on the server that changed it, a token's signature and expiry are
 * checked every time, and `GET /v1/me` names the user as the latest token mint did. A token's
 * signature is verified once per cache time for the same string, never its expiry.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { authenticate, CredentialCache, knownPrincipal, loadTokenSecret, signUserToken, upsertUser, verifyUserToken } from '../../src/server/auth.js';
import type { Database } from '../../src/server/db/types.js';
import { DEMO_ORGANISATION_ID, startServer } from '../../src/server/index.js';
import { createOrganisation, openTestDatabase, withHelpers, type TestServer } from './helpers.js';

const TOKEN_USER_LOOKUP = 'FROM users u JOIN organisations o';

describe("user tokens' users, cached", () => {
  let db: Awaited<ReturnType<typeof openTestDatabase>>;
  let lookups = 0;
  let server: TestServer;
  before(async () => {
    db = await openTestDatabase();
    // The same database, each token user lookup counted.
    const counted: Database = {
      kind: db.kind,
      query: (sql, params) => {
        if (sql.includes(TOKEN_USER_LOOKUP)) lookups++;
        return db.query(sql, params);
      },
      exec: (sql) => db.exec(sql),
      transaction: (work) => db.transaction(work),
      close: () => Promise.resolve(),
    };
    server = withHelpers(await startServer({ db: counted, port: 0, host: '127.0.0.1', seed: false, skipMigrations: true, log: false, rateLimits: false }));
  });
  after(async () => {
    await server.close();
    await db.close();
  });

  it("reads a token's user once for the requests within the cache time", async () => {
    const { token } = await server.signIn('mentee', 'cached-mentee');
    const before = lookups;
    for (let i = 0; i < 5; i++) {
      const plans = await server.request('/v1/gap-analyses', { token });
      assert.equal(plans.status, 200, plans.text);
    }
    assert.equal(lookups - before, 1);
  });

  it('answers /v1/me with the display name of the latest token mint, at once', async () => {
    const first = await server.signIn('mentee', 'renamed-mentee', { displayName: 'Ana Silva' });
    assert.equal((await server.request('/v1/me', { token: first.token })).body.user.displayName, 'Ana Silva');
    const second = await server.signIn('mentee', 'renamed-mentee', { displayName: 'Ana Silva-Okafor' });
    for (const token of [first.token, second.token]) {
      const me = await server.request('/v1/me', { token });
      assert.equal(me.status, 200, me.text);
      assert.equal(me.body.user.displayName, 'Ana Silva-Okafor');
      assert.equal(me.body.user.externalId, 'renamed-mentee');
    }
  });

  it("refuses a token whose user is not there on every request, and accepts it as soon as the user is", async () => {
    const secret = (await db.query<{ value: string }>(`SELECT value FROM server_secrets WHERE name = 'token_signing_key'`)).rows[0].value;
    const token = signUserToken(secret, { org: DEMO_ORGANISATION_ID, sub: 'usr_not_yet', role: 'mentee', exp: Math.floor(Date.now() / 1000) + 600 });
    for (let i = 0; i < 2; i++) assert.equal((await server.request('/v1/me', { token })).status, 401);
    await db.query(`INSERT INTO users (id, organisation_id, role, display_name, external_id) VALUES ('usr_not_yet', $1, 'mentee', 'Late', 'late-mentee')`, [DEMO_ORGANISATION_ID]);
    assert.equal((await server.request('/v1/me', { token })).status, 200);
  });

  it("holds an origin list's change at once for a cached token user on the server that made it", async () => {
    const org = await createOrganisation(db, 'token-origins');
    const { token } = await server.signIn('mentee', 'origin-mentee', { secretKey: org.secretKey });
    const origin = 'https://mentoring.example.org';
    const read = () => server.request('/v1/me', { token, headers: { origin } });
    // The server now holds the token's user, without the origin.
    assert.equal((await read()).status, 403);
    const added = await server.request('/v1/admin/origins', { token: org.secretKey, body: { origin } });
    assert.equal(added.status, 200, added.text);
    const allowed = await read();
    assert.equal(allowed.status, 200, allowed.text);
    assert.equal(allowed.headers.get('access-control-allow-origin'), origin);
    const removed = await server.request(`/v1/admin/origins?origin=${encodeURIComponent(origin)}`, { method: 'DELETE', token: org.secretKey });
    assert.equal(removed.status, 200, removed.text);
    assert.equal((await read()).status, 403);
  });

  it('still checks the signature and the expiry of a cached user\'s token on every request', async () => {
    const { token, user } = await server.signIn('mentee', 'expiring-mentee');
    assert.equal((await server.request('/v1/me', { token })).status, 200);
    const secret = (await db.query<{ value: string }>(`SELECT value FROM server_secrets WHERE name = 'token_signing_key'`)).rows[0].value;
    const expired = signUserToken(secret, { org: DEMO_ORGANISATION_ID, sub: user.id, role: 'mentee', exp: Math.floor(Date.now() / 1000) - 1 });
    assert.equal((await server.request('/v1/me', { token: expired })).status, 401);
    const forged = signUserToken('not-the-secret', { org: DEMO_ORGANISATION_ID, sub: user.id, role: 'mentee', exp: Math.floor(Date.now() / 1000) + 600 });
    assert.equal((await server.request('/v1/me', { token: forged })).status, 401);
    // The same user as a mentor is another principal (the role is in the token and in the lookup).
    const asMentor = signUserToken(secret, { org: DEMO_ORGANISATION_ID, sub: user.id, role: 'mentor', exp: Math.floor(Date.now() / 1000) + 600 });
    assert.equal((await server.request('/v1/me', { token: asMentor })).status, 401);
  });
});

describe("user tokens' signatures, verified once per cache time", () => {
  const secret = 'test-secret';
  const nowMs = Date.parse('2026-12-06T12:00:00Z');
  const payload = { org: 'org-a', sub: 'usr_a', role: 'mentee' as const, exp: nowMs / 1000 + 60 };
  const token = signUserToken(secret, payload);

  function counting(): { verify: (at: number) => ReturnType<typeof verifyUserToken>; calls: () => number } {
    let calls = 0;
    return { verify: (at) => (calls++, verifyUserToken(secret, token, at)), calls: () => calls };
  }

  it('verifies the same token once within the cache time, and again after it or a clear', () => {
    const cache = new CredentialCache(5_000);
    const { verify, calls } = counting();
    assert.deepEqual(cache.verifiedToken(token, () => verify(nowMs), nowMs), payload);
    assert.deepEqual(cache.verifiedToken(token, () => verify(nowMs + 4_000), nowMs + 4_000), payload);
    assert.equal(calls(), 1);
    assert.deepEqual(cache.verifiedToken(token, () => verify(nowMs + 5_000), nowMs + 5_000), payload);
    assert.equal(calls(), 2);
    cache.clear();
    cache.verifiedToken(token, () => verify(nowMs + 6_000), nowMs + 6_000);
    assert.equal(calls(), 3);
  });

  it('refuses a verified token as soon as it expires, and keeps no token that failed', () => {
    const cache = new CredentialCache(120_000);
    const { verify, calls } = counting();
    assert.ok(cache.verifiedToken(token, () => verify(nowMs), nowMs));
    assert.equal(cache.verifiedToken(token, () => verify(nowMs + 60_000), nowMs + 60_000), null);
    const forged = `${token.slice(0, -2)}xx`;
    assert.equal(cache.verifiedToken(forged, () => verifyUserToken(secret, forged, nowMs), nowMs), null);
    let again = 0;
    assert.equal(cache.verifiedToken(forged, () => (again++, verifyUserToken(secret, forged, nowMs)), nowMs), null);
    assert.equal(again, 1, 'a forged token is checked each time');
    assert.equal(calls(), 1);
  });
});

describe('credentials the cache holds, known at once', () => {
  it('gives the principal of a key or token it holds without a turn of the event loop, and nothing it does not hold', async () => {
    const db = await openTestDatabase();
    try {
      const secret = await loadTokenSecret(db);
      const user = await upsertUser(db, DEMO_ORGANISATION_ID, 'known-mentee', 'mentee');
      const token = signUserToken(secret, { org: DEMO_ORGANISATION_ID, sub: user.id, role: 'mentee', exp: Math.floor(Date.now() / 1000) + 600 });
      const cache = new CredentialCache();
      const headers = ['Bearer pk_demo_bridgeway', 'Bearer sk_demo_bridgeway', `Bearer ${token}`];
      // Nothing before the first lookup: `authenticate` reads the database then.
      for (const header of headers) assert.equal(knownPrincipal(secret, header, cache), undefined, header);
      for (const header of headers) {
        const principal = await authenticate(db, secret, header, cache);
        assert.ok(principal);
        assert.equal(knownPrincipal(secret, header, cache), principal, header);
      }
      assert.equal(knownPrincipal(secret, 'Bearer pk_demo_bridgeway', cache)?.keyKind, 'publishable');
      assert.equal(knownPrincipal(secret, 'Bearer sk_demo_bridgeway', cache)?.keyKind, 'secret');
      assert.equal(knownPrincipal(secret, `Bearer ${token}`, cache)?.user?.id, user.id);
      // Malformed, unknown, forged: for `authenticate` to refuse, with its reason.
      for (const header of ['pk_demo_bridgeway', 'Bearer pk_other', `Bearer ${token.slice(0, -2)}xx`, 'Bearer xx_demo']) {
        assert.equal(knownPrincipal(secret, header, cache), undefined, header);
        await assert.rejects(authenticate(db, secret, header, cache), /unauthenticated|malformed|unknown|invalid/i);
      }
      // A revocation clears the cache: the next request asks the database again.
      cache.clear();
      for (const header of headers) assert.equal(knownPrincipal(secret, header, cache), undefined, header);
    } finally {
      await db.close();
    }
  });
});
