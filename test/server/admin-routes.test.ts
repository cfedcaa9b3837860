/**
 * Administration over real HTTP on PGlite, with the organisation's secret key: keys made
 * (secret shown once, only a hash kept), listed with their last use, rotated and revoked;
 * origins allowed and removed; coordinators registered; every change in the audit log the
 * coordinators read. Other organisations and other credentials see and change nothing.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sha256Hex } from '../../src/server/auth.js';
import { DEMO_PUBLISHABLE_KEY, DEMO_SECRET_KEY } from '../support/demo.js';
import { createOrganisation, startTestServer, type TestServer } from './helpers.js';

let server: TestServer;
let other: { id: string; publishableKey: string; secretKey: string };
let coordinator: string;

before(async () => {
  server = await startTestServer();
  other = await createOrganisation(server.db, 'admin-other');
  coordinator = await server.tokenFor('coordinator', 'admin-coordinator');
});
after(() => server.close());

const makeKey = (kind: 'publishable' | 'secret', label?: string, token = DEMO_SECRET_KEY) =>
  server.request('/v1/admin/keys', { token, body: { kind, ...(label === undefined ? {} : { label }) } });

async function auditActions(token = coordinator): Promise<{ action: string; target: string | null; actor: { kind: string; id: string | null; label: string } }[]> {
  const res = await server.request('/v1/audit-events?limit=100', { token });
  assert.equal(res.status, 200, res.text);
  return res.body.items;
}

describe('API keys with the secret key', () => {
  it('shows a new key\'s secret once, stores only its hash, and the key works at once', async () => {
    const made = await makeKey('publishable', 'Website widgets');
    assert.equal(made.status, 201, made.text);
    const { key, secret } = made.body;
    assert.match(secret, /^pk_/);
    assert.equal(key.kind, 'publishable');
    assert.equal(key.label, 'Website widgets');
    assert.equal(secret.slice(0, 10), key.prefix);
    assert.equal(key.lastUsedAt, null);
    const stored = await server.db.query<Record<string, unknown>>('SELECT * FROM api_keys WHERE id = $1', [key.id]);
    assert.equal(stored.rows[0].key_hash, sha256Hex(secret));
    assert.ok(!JSON.stringify(stored.rows[0]).includes(secret), 'the secret itself is in no column');
    const list = await server.request('/v1/admin/keys', { token: DEMO_SECRET_KEY });
    assert.equal(list.status, 200);
    assert.ok(list.body.items.some((item: { id: string }) => item.id === key.id));
    assert.ok(!list.text.includes(secret), 'a list never shows a secret');
    assert.equal((await server.request('/v1/me', { token: secret })).status, 200);
  });

  it('shows when each key was last used', async () => {
    const { body } = await makeKey('secret', 'Backend');
    const before = (await server.request('/v1/admin/keys', { token: body.secret })).body.items;
    const seen = before.find((item: { id: string }) => item.id === body.key.id);
    assert.ok(seen.lastUsedAt, 'the key that asked is marked used');
    assert.ok(Math.abs(Date.parse(seen.lastUsedAt) - Date.now()) < 60_000);
  });

  it('rotates a key: the new one works, the old one is revoked in the same step', async () => {
    const old = (await makeKey('secret', 'Rotating')).body;
    const rotated = await server.request(`/v1/admin/keys/${old.key.id}/rotate`, { token: DEMO_SECRET_KEY, method: 'POST' });
    assert.equal(rotated.status, 201, rotated.text);
    assert.equal(rotated.body.key.label, 'Rotating');
    assert.equal(rotated.body.key.kind, 'secret');
    assert.equal(rotated.body.replaces.id, old.key.id);
    assert.ok(rotated.body.replaces.revokedAt);
    assert.equal((await server.request('/v1/me', { token: old.secret })).status, 401);
    assert.equal((await server.request('/v1/me', { token: rotated.body.secret })).status, 200);
    const again = await server.request(`/v1/admin/keys/${old.key.id}/rotate`, { token: DEMO_SECRET_KEY, method: 'POST' });
    assert.equal(again.status, 422);
    assert.equal(again.body.reason, 'key-revoked');
  });

  it('revokes a key for good; revoking it again changes nothing', async () => {
    const made = (await makeKey('publishable')).body;
    const revoked = await server.request(`/v1/admin/keys/${made.key.id}/revoke`, { token: DEMO_SECRET_KEY, method: 'POST' });
    assert.equal(revoked.status, 200, revoked.text);
    assert.ok(revoked.body.revokedAt);
    assert.equal((await server.request('/v1/me', { token: made.secret })).status, 401);
    const again = await server.request(`/v1/admin/keys/${made.key.id}/revoke`, { token: DEMO_SECRET_KEY, method: 'POST' });
    assert.equal(again.status, 200);
    assert.equal(again.body.revokedAt, revoked.body.revokedAt);
    const revocations = (await auditActions()).filter((event) => event.action === 'key.revoked' && event.target === made.key.id);
    assert.equal(revocations.length, 1);
  });

  it('refuses to revoke the organisation\'s last working secret key', async () => {
    const org = await createOrganisation(server.db, 'admin-last-secret');
    const res = await server.request(`/v1/admin/keys/key_admin-last-secret_secret/revoke`, { token: org.secretKey, method: 'POST' });
    assert.equal(res.status, 422, res.text);
    assert.equal(res.body.reason, 'last-secret-key');
    assert.equal((await server.request('/v1/me', { token: org.secretKey })).status, 200);
  });

  it('leaves nothing half-applied when a rotation is refused', async () => {
    const count = async () => (await server.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM api_keys WHERE organisation_id = 'demo'`)).rows[0].n;
    const made = (await makeKey('publishable')).body;
    await server.request(`/v1/admin/keys/${made.key.id}/revoke`, { token: DEMO_SECRET_KEY, method: 'POST' });
    const before = await count();
    assert.equal((await server.request(`/v1/admin/keys/${made.key.id}/rotate`, { token: DEMO_SECRET_KEY, method: 'POST' })).status, 422);
    assert.equal(await count(), before);
  });

  it('refuses a bad kind or label with the field named', async () => {
    const res = await server.request('/v1/admin/keys', { token: DEMO_SECRET_KEY, body: { kind: 'master', label: 'x'.repeat(101) } });
    assert.equal(res.status, 400);
    assert.deepEqual(res.body.errors.map((issue: { path: string }) => issue.path).sort(), ['kind', 'label']);
  });
});

describe('allowed origins with the secret key', () => {
  it('adds an origin a page can then call from, lists it and removes it', async () => {
    const origin = 'https://program.example.org';
    const page = () => server.request('/v1/me', { token: DEMO_PUBLISHABLE_KEY, headers: { origin } });
    assert.equal((await page()).status, 403);
    const added = await server.request('/v1/admin/origins', { token: DEMO_SECRET_KEY, body: { origin } });
    assert.equal(added.status, 200, added.text);
    assert.ok(added.body.items.includes(origin));
    assert.equal((await server.request('/v1/admin/origins', { token: DEMO_SECRET_KEY, body: { origin } })).body.items.filter((o: string) => o === origin).length, 1, 'adding twice is harmless');
    assert.deepEqual((await server.request('/v1/admin/origins', { token: DEMO_SECRET_KEY })).body, added.body);
    const removed = await server.request(`/v1/admin/origins?origin=${encodeURIComponent(origin)}`, { token: DEMO_SECRET_KEY, method: 'DELETE' });
    assert.equal(removed.status, 200, removed.text);
    assert.ok(!removed.body.items.includes(origin));
    const missing = await server.request(`/v1/admin/origins?origin=${encodeURIComponent(origin)}`, { token: DEMO_SECRET_KEY, method: 'DELETE' });
    assert.equal(missing.status, 404);
    assert.equal(missing.body.reason, 'origin-not-found');
  });

  it('refuses what is not an origin, naming the field', async () => {
    for (const origin of ['https://program.example.org/', 'https://program.example.org/path', 'ftp://example.org', 'program.example.org', 'https://user@example.org']) {
      const res = await server.request('/v1/admin/origins', { token: DEMO_SECRET_KEY, body: { origin } });
      assert.equal(res.status, 400, origin);
      assert.equal(res.body.errors[0].path, 'origin', origin);
    }
  });
});

describe('coordinators and the audit log', () => {
  it('registers a coordinator who can then be signed in and read the audit log', async () => {
    const invited = await server.request('/v1/admin/coordinators', { token: DEMO_SECRET_KEY, body: { externalId: 'staff-42', displayName: 'Lena Fischer' } });
    assert.equal(invited.status, 201, invited.text);
    assert.equal(invited.body.role, 'coordinator');
    const signedIn = await server.signIn('coordinator', 'staff-42');
    assert.equal(signedIn.user.id, invited.body.id);
    assert.equal(signedIn.user.displayName, 'Lena Fischer');
    const events = await auditActions(signedIn.token);
    const event = events.find((item) => item.action === 'coordinator.invited' && item.target === invited.body.id);
    assert.ok(event);
    assert.deepEqual(event.actor, { kind: 'key', id: 'key_demo_secret', label: 'sk_demo_br' });
  });

  it('records who did what and when, newest first', async () => {
    const made = (await makeKey('publishable', 'Audited')).body;
    const events = (await server.request('/v1/audit-events?limit=1', { token: coordinator })).body;
    assert.equal(events.items.length, 1);
    assert.ok(events.nextCursor);
    const [latest] = events.items;
    assert.equal(latest.action, 'key.created');
    assert.equal(latest.target, made.key.id);
    assert.deepEqual(latest.details, { kind: 'publishable', prefix: made.key.prefix, label: 'Audited' });
    assert.ok(Math.abs(Date.parse(latest.at) - Date.now()) < 60_000);
  });

  it('lets only coordinators read the audit log, and only secret keys administer', async () => {
    for (const role of ['mentee', 'mentor'] as const) {
      assert.equal((await server.request('/v1/audit-events', { token: await server.tokenFor(role, `admin-${role}`) })).status, 403);
    }
    assert.equal((await server.request('/v1/audit-events', { token: DEMO_SECRET_KEY })).status, 401);
    const attempts: [string, string, unknown?][] = [
      ['GET', '/v1/admin/keys'], ['POST', '/v1/admin/keys', { kind: 'secret' }], ['POST', '/v1/admin/keys/key_demo_secret/rotate'], ['POST', '/v1/admin/keys/key_demo_secret/revoke'],
      ['GET', '/v1/admin/origins'], ['POST', '/v1/admin/origins', { origin: 'https://evil.example' }], ['DELETE', '/v1/admin/origins?origin=http%3A%2F%2Flocalhost%3A8787'],
      ['POST', '/v1/admin/coordinators', { externalId: 'x', displayName: 'X' }],
    ];
    for (const [method, path, body] of attempts) {
      for (const token of [DEMO_PUBLISHABLE_KEY, coordinator]) {
        const res = await server.request(path, { method, token, body });
        assert.equal(res.status, 403, `${method} ${path}: ${res.text}`);
      }
      assert.equal((await server.request(path, { method, body })).status, 401, `${method} ${path} without credentials`);
    }
    assert.equal((await server.request('/v1/me', { token: DEMO_SECRET_KEY })).status, 200, 'the demo secret key is untouched');
  });
});

describe('isolation between organisations', () => {
  it('lets one organisation\'s secret key neither see nor change another\'s keys, origins or log', async () => {
    const theirs = await server.request('/v1/admin/keys', { token: other.secretKey });
    assert.deepEqual(theirs.body.items.map((key: { id: string }) => key.id).sort(), ['key_admin-other_publishable', 'key_admin-other_secret']);
    for (const action of ['rotate', 'revoke']) {
      const res = await server.request(`/v1/admin/keys/key_demo_publishable/${action}`, { token: other.secretKey, method: 'POST' });
      assert.equal(res.status, 404, res.text);
    }
    assert.equal((await server.request('/v1/me', { token: DEMO_PUBLISHABLE_KEY })).status, 200);
    const added = await server.request('/v1/admin/origins', { token: other.secretKey, body: { origin: 'https://other.example.org' } });
    assert.deepEqual(added.body.items, ['https://other.example.org']);
    assert.ok(!(await server.request('/v1/admin/origins', { token: DEMO_SECRET_KEY })).body.items.includes('https://other.example.org'));
    const invited = await server.request('/v1/admin/coordinators', { token: other.secretKey, body: { externalId: 'other-staff', displayName: 'Other' } });
    assert.equal(invited.body.organisationId, 'admin-other');
    const theirCoordinator = await server.tokenFor('coordinator', 'other-staff', other.secretKey);
    const theirLog = await auditActions(theirCoordinator);
    assert.deepEqual(theirLog.map((event) => event.action), ['coordinator.invited', 'origin.added']);
    assert.ok(!(await auditActions()).some((event) => event.target === invited.body.id), 'the demo log holds none of theirs');
  });
});
