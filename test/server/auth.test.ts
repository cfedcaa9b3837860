import { request as httpRequest } from 'node:http';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { signUserToken, verifyUserToken } from '../../src/server/auth.js';
import { createOrganisation, startTestServer, type TestServer } from './helpers.js';
import { createNotesTable, notesModule } from './fixtures/notes-routes.js';

let server: TestServer;
let orgB: { id: string; publishableKey: string; secretKey: string };
before(async () => {
  server = await startTestServer({ extraModules: [notesModule], setup: createNotesTable });
  orgB = await createOrganisation(server.db, 'org-b', ['https://b.example']);
});
after(() => server.close());

/** A GET with headers fetch() will not send as given (Host). */
function rawGet(port: number, path: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function tokenSecret(): Promise<string> {
  const { rows } = await server.db.query<{ value: string }>(`SELECT value FROM server_secrets WHERE name = 'token_signing_key'`);
  return process.env.BRIDGEWAY_TOKEN_SECRET ?? rows[0].value;
}

describe('user tokens', () => {
  it('mints a token with the secret key and upserts the user by externalId and role', async () => {
    const first = await server.request('/v1/tokens', { token: 'sk_demo_bridgeway', body: { externalId: 'host-42', role: 'mentee', displayName: 'Lina Haddad', ttlSeconds: 600 } });
    assert.equal(first.status, 201);
    assert.match(first.body.token, /^ut_/);
    assert.equal(first.body.user.displayName, 'Lina Haddad');
    assert.equal(first.body.user.organisationId, 'demo');
    const expires = Date.parse(first.body.expiresAt) - Date.now();
    assert.ok(expires > 500_000 && expires <= 600_000, `expires in ${expires} ms`);
    const again = await server.request('/v1/tokens', { token: 'sk_demo_bridgeway', body: { externalId: 'host-42', role: 'mentee' } });
    assert.equal(again.body.user.id, first.body.user.id);
    assert.equal(again.body.user.displayName, 'Lina Haddad');
    const me = await server.request('/v1/me', { token: first.body.token });
    assert.equal(me.status, 200);
    assert.equal(me.body.keyKind, 'user-token');
    assert.deepEqual(me.body.user, first.body.user);
  });

  it('stores only hashes of API keys', async () => {
    const { rows } = await server.db.query<{ key_hash: string }>('SELECT key_hash FROM api_keys');
    for (const row of rows) {
      assert.match(row.key_hash, /^[0-9a-f]{64}$/);
      assert.doesNotMatch(row.key_hash, /^(pk|sk)_/);
    }
  });

  it('refuses to mint a token with a publishable key, a user token or no key', async () => {
    const body = { externalId: 'x', role: 'mentee' };
    const publishable = await server.request('/v1/tokens', { token: 'pk_demo_bridgeway', body });
    assert.equal(publishable.status, 403);
    assert.equal(publishable.body.code, 'forbidden');
    const withToken = await server.request('/v1/tokens', { token: await server.tokenFor('coordinator'), body });
    assert.equal(withToken.status, 403);
    const none = await server.request('/v1/tokens', { body });
    assert.equal(none.status, 401);
    assert.equal(none.body.code, 'unauthenticated');
    const unknown = await server.request('/v1/tokens', { token: 'sk_not_a_real_key', body });
    assert.equal(unknown.status, 401);
  });

  it('refuses an expired, tampered or malformed token with 401', async () => {
    const secret = await tokenSecret();
    const { rows } = await server.db.query<{ id: string }>(`SELECT id FROM users WHERE external_id = 'demo-mentee'`);
    const expired = signUserToken(secret, { org: 'demo', sub: rows[0].id, role: 'mentee', exp: Math.floor(Date.now() / 1000) - 5 });
    assert.equal(verifyUserToken(secret, expired), null);
    for (const token of [expired, `${await server.tokenFor('mentee')}x`, 'ut_garbage', 'Bearer-less']) {
      const response = await server.request('/v1/me', { token });
      assert.equal(response.status, 401, token);
      assert.equal(response.body.code, 'unauthenticated');
    }
    const malformed = await server.request('/v1/me', { headers: { authorization: 'Basic abc' } });
    assert.equal(malformed.status, 401);
  });

  it('answers a wrong role with 403 and a missing user token with 401', async () => {
    const mentor = await server.tokenFor('mentor');
    const created = await server.request('/v1/test/notes', { token: await server.tokenFor('mentee'), body: { text: 'hi' } });
    const wrongRole = await server.request(`/v1/test/notes/${created.body.id}`, { method: 'PATCH', token: mentor, body: { text: 'x', version: 1 } });
    assert.equal(wrongRole.status, 403);
    assert.equal(wrongRole.body.code, 'forbidden');
    const keyOnly = await server.request('/v1/test/notes', { token: 'pk_demo_bridgeway', body: { text: 'hi' } });
    assert.equal(keyOnly.status, 401);
  });
});

describe('tenant isolation', () => {
  it('shows each organisation only itself on /v1/me', async () => {
    const me = await server.request('/v1/me', { token: orgB.publishableKey });
    assert.equal(me.status, 200);
    assert.deepEqual(me.body.organisation, { id: 'org-b', name: 'Organisation org-b' });
    assert.equal(me.body.user, null);
    const tokenB = await server.tokenFor('mentee', 'demo-mentee', orgB.secretKey);
    const meB = await server.request('/v1/me', { token: tokenB });
    assert.equal(meB.body.user.organisationId, 'org-b');
    const meA = await server.request('/v1/me', { token: await server.tokenFor('mentee') });
    assert.equal(meA.body.user.displayName, 'Amara Okafor');
    assert.notEqual(meB.body.user.id, meA.body.user.id, 'the same externalId in two organisations is two users');
    assert.notEqual(meB.body.user.displayName, 'Amara Okafor');
  });

  it('keeps organisation A\'s records out of reach of organisation B\'s credentials', async () => {
    const created = await server.request('/v1/test/notes', { token: await server.tokenFor('mentee'), body: { text: 'only for demo' } });
    assert.equal(created.status, 201);
    const tokenB = await server.tokenFor('mentee', 'b-mentee', orgB.secretKey);
    for (const token of [orgB.publishableKey, orgB.secretKey, tokenB]) {
      const list = await server.request('/v1/test/notes', { token });
      assert.equal(list.status, 200);
      assert.equal(list.body.items.length, 0);
      const one = await server.request(`/v1/test/notes/${created.body.id}`, { token });
      assert.equal(one.status, 404);
    }
    const patch = await server.request(`/v1/test/notes/${created.body.id}`, { method: 'PATCH', token: tokenB, body: { text: 'hijack', version: 1 } });
    assert.equal(patch.status, 404);
    const stillA = await server.request(`/v1/test/notes/${created.body.id}`, { token: 'pk_demo_bridgeway' });
    assert.equal(stillA.body.text, 'only for demo');
  });

  it('makes a token signed for organisation A useless for organisation B', async () => {
    const tokenA = await server.tokenFor('mentee');
    // The token acts only in A: B's data stays invisible to it.
    await server.request('/v1/test/notes', { token: await server.tokenFor('mentee', 'b-writer', orgB.secretKey), body: { text: 'b note' } });
    const list = await server.request('/v1/test/notes', { token: tokenA });
    assert.ok(list.body.items.every((note: any) => note.text !== 'b note'));
    // Rewriting its organisation breaks the signature.
    const [data, signature] = tokenA.slice(3).split('.');
    const payload = JSON.parse(Buffer.from(data, 'base64url').toString());
    const forged = `ut_${Buffer.from(JSON.stringify({ ...payload, org: 'org-b' })).toString('base64url')}.${signature}`;
    assert.equal((await server.request('/v1/me', { token: forged })).status, 401);
    // Even correctly signed, a token naming org B with A's user is refused: the user is not B's.
    const secret = await tokenSecret();
    const crossed = signUserToken(secret, { ...payload, org: 'org-b' });
    assert.equal((await server.request('/v1/me', { token: crossed })).status, 401);
  });
});

describe('CORS allow-list', () => {
  const preflight = (origin: string) =>
    server.request('/v1/me', { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' } });

  it('answers a preflight from an origin in some organisation\'s allow-list', async () => {
    for (const origin of ['http://localhost:6006', 'https://b.example']) {
      const response = await preflight(origin);
      assert.equal(response.status, 204, origin);
      assert.equal(response.headers.get('access-control-allow-origin'), origin);
      assert.match(response.headers.get('access-control-allow-headers') ?? '', /Authorization/i);
      assert.match(response.headers.get('access-control-allow-headers') ?? '', /Idempotency-Key/i);
    }
  });

  it('answers a preflight from an unknown origin, then refuses the actual request with a problem the page can read', async () => {
    const response = await preflight('https://evil.example');
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('access-control-allow-origin'), 'https://evil.example');
    const actual = await server.request('/v1/me', { token: orgB.publishableKey, headers: { origin: 'https://evil.example' } });
    assert.equal(actual.status, 403);
    assert.equal(actual.body.code, 'origin_not_allowed');
    assert.equal(actual.headers.get('access-control-allow-origin'), 'https://evil.example');
    assert.match(actual.body.detail, /allowed origins/);
    // A stranger is not told whose credentials these are.
    assert.doesNotMatch(actual.text, /org-b/);
  });

  it('refuses a secret key sent from a browser with 403, readable by the page, saying to call from the host\'s server', async () => {
    for (const origin of ['http://localhost:6006', 'https://evil.example']) {
      const response = await server.request('/v1/tokens', { token: 'sk_demo_bridgeway', headers: { origin }, body: { externalId: 'browser-1', role: 'mentee' } });
      assert.equal(response.status, 403, origin);
      assert.equal(response.body.code, 'forbidden');
      assert.equal(response.body.reason, 'secret_key_in_browser');
      assert.match(response.body.detail, /from your own server/);
      assert.equal(response.headers.get('access-control-allow-origin'), origin);
    }
    const users = await server.db.query(`SELECT 1 FROM users WHERE external_id = 'browser-1'`);
    assert.equal(users.rows.length, 0, 'nothing was minted');
  });

  it('exempts the server\'s own origin from the allow-list, and never on the strength of a Host header', async () => {
    const own = await server.request('/v1/me', { token: orgB.publishableKey, headers: { origin: `http://127.0.0.1:${server.port}` } });
    assert.equal(own.status, 200);
    assert.equal(own.headers.get('access-control-allow-origin'), `http://127.0.0.1:${server.port}`);
    // A client that sends Host: evil.example with Origin: http://evil.example is still a stranger.
    const spoofed = await rawGet(server.port, '/v1/me', { host: 'evil.example', origin: 'http://evil.example', authorization: `Bearer ${orgB.publishableKey}` });
    assert.equal(spoofed.status, 403);
    assert.equal(JSON.parse(spoofed.body).code, 'origin_not_allowed');
  });

  it('allows a request from its own organisation\'s origin and refuses another organisation\'s origin with 403', async () => {
    const ok = await server.request('/v1/me', { token: 'pk_demo_bridgeway', headers: { origin: 'http://localhost:6006' } });
    assert.equal(ok.status, 200);
    assert.equal(ok.headers.get('access-control-allow-origin'), 'http://localhost:6006');
    const other = await server.request('/v1/me', { token: 'pk_demo_bridgeway', headers: { origin: 'https://b.example' } });
    assert.equal(other.status, 403);
    assert.equal(other.body.code, 'origin_not_allowed');
    const evil = await server.request('/v1/me', { token: orgB.publishableKey, headers: { origin: 'https://evil.example' } });
    assert.equal(evil.status, 403);
  });

  it('lets server-to-server requests without an Origin through', async () => {
    const response = await server.request('/v1/me', { token: orgB.secretKey });
    assert.equal(response.status, 200);
  });
});
