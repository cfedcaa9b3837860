/** The per-request shortcuts of the HTTP layer keep its guarantees: key revocation, body limits, response shapes. */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as z from 'zod/mini';
import { defineOperation } from '../../src/api/operation.js';
import { createApp, route, validateResponsesByDefault, type RouteModule } from '../../src/server/index.js';
import { CredentialCache } from '../../src/server/auth.js';
import type { PgliteDatabase } from '../../src/server/db/pglite.js';
import type { Database } from '../../src/server/db/types.js';
import { createOrganisation, openTestDatabase } from './helpers.js';

const extraField: RouteModule = {
  name: 'test-extra-field',
  routes: [
    route(defineOperation({ method: 'GET', path: '/test/extra-field', response: z.object({ ok: z.boolean() }) }), {
      summary: 'Returns a field its schema does not have',
      auth: 'none',
      handler: async () => ({ ok: true, secret: 'internal' }) as { ok: boolean },
    }),
  ],
};

describe('HTTP layer shortcuts', () => {
  let db: PgliteDatabase;
  before(async () => {
    db = await openTestDatabase();
  });
  after(async () => {
    await db.close();
  });

  it('refuses a revoked API key once the key cache entry has expired', async () => {
    const org = await createOrganisation(db, 'revoked-org');
    const app = createApp({ db, tokenSecret: 'test', keyCacheTtlMs: 50 });
    const call = () => app.request('/v1/jurisdictions', { headers: { authorization: `Bearer ${org.publishableKey}` } });
    assert.equal((await call()).status, 200);
    await db.query(`UPDATE api_keys SET revoked_at = now() WHERE organisation_id = 'revoked-org'`);
    await new Promise((resolve) => setTimeout(resolve, 80));
    assert.equal((await call()).status, 401);
  });

  it('refuses a revoked API key at once without the key cache', async () => {
    const org = await createOrganisation(db, 'revoked-now');
    const app = createApp({ db, tokenSecret: 'test', keyCacheTtlMs: 0 });
    const call = () => app.request('/v1/jurisdictions', { headers: { authorization: `Bearer ${org.publishableKey}` } });
    assert.equal((await call()).status, 200);
    await db.query(`UPDATE api_keys SET revoked_at = now() WHERE organisation_id = 'revoked-now'`);
    assert.equal((await call()).status, 401);
  });

  it('refuses a key revoked over the API at once on that server, and within its cache time on another server on the same database', async () => {
    const org = await createOrganisation(db, 'revoked-here');
    const here = createApp({ db, tokenSecret: 'test' });
    // Two other instances: one whose cache time is short, one whose cache time is long (the bound is the cache time).
    const elsewhere = createApp({ db, tokenSecret: 'test', keyCacheTtlMs: 100 });
    const slow = createApp({ db, tokenSecret: 'test', keyCacheTtlMs: 60_000 });
    const read = (app: typeof here) => app.request('/v1/jurisdictions', { headers: { authorization: `Bearer ${org.publishableKey}` } });
    for (const app of [here, elsewhere, slow]) assert.equal((await read(app)).status, 200);
    const revoked = await here.request(`/v1/admin/keys/key_revoked-here_publishable/revoke`, { method: 'POST', headers: { authorization: `Bearer ${org.secretKey}` } });
    assert.equal(revoked.status, 200, await revoked.text());
    assert.equal((await read(here)).status, 401);
    assert.equal((await read(slow)).status, 200, 'another instance keeps its cached lookup until its cache time ends');
    await new Promise((resolve) => setTimeout(resolve, 150));
    assert.equal((await read(elsewhere)).status, 401);
  });

  it('lets a page read answers at once on the server that allowed its origin', async () => {
    const org = await createOrganisation(db, 'origin-here');
    const app = createApp({ db, tokenSecret: 'test' });
    const read = () => app.request('/v1/jurisdictions', { headers: { authorization: `Bearer ${org.publishableKey}`, origin: 'https://new.example.org' } });
    assert.equal((await read()).status, 403);
    const added = await app.request('/v1/admin/origins', { method: 'POST', headers: { authorization: `Bearer ${org.secretKey}`, 'content-type': 'application/json' }, body: JSON.stringify({ origin: 'https://new.example.org' }) });
    assert.equal(added.status, 200, await added.text());
    const after = await read();
    assert.equal(after.status, 200);
    assert.equal(after.headers.get('access-control-allow-origin'), 'https://new.example.org');
  });

  it('does not keep a key lookup that began before the cache was cleared', () => {
    const cache = new CredentialCache<{ id: string }>(1000);
    const row = { id: 'k' };
    const before = cache.generation;
    cache.clear();
    cache.set('k', row, 0, before);
    assert.equal(cache.get('k', 1), undefined);
    cache.set('k', row, 0);
    assert.equal(cache.get('k', 1)?.id, 'k');
  });

  it('sends one key lookup for the requests that miss the key cache at once, and none for a lookup begun before a clear', async () => {
    const org = await createOrganisation(db, 'key-burst');
    let lookups = 0;
    const counted: Database = {
      kind: db.kind,
      query: (sql, params) => {
        if (sql.includes('FROM api_keys')) lookups++;
        return db.query(sql, params);
      },
      exec: (sql) => db.exec(sql),
      transaction: (work) => db.transaction(work),
      close: () => Promise.resolve(),
    };
    const app = createApp({ db: counted, tokenSecret: 'test' });
    const read = () => app.request('/v1/jurisdictions', { headers: { authorization: `Bearer ${org.publishableKey}` } });
    const statuses = await Promise.all(Array.from({ length: 10 }, read));
    assert.deepEqual(statuses.map((response) => response.status), Array(10).fill(200));
    assert.equal(lookups, 1);

    const cache = new CredentialCache<{ id: string }>(1000);
    const row = { id: 'k' };
    let reads = 0;
    const slowRead = () => new Promise<typeof row>((resolve) => setTimeout(() => resolve({ ...row, id: `k${++reads}` }), 10));
    const first = cache.lookup('k', slowRead);
    cache.clear();
    const second = cache.lookup('k', slowRead);
    assert.deepEqual([(await first)?.id, (await second)?.id], ['k1', 'k2']);
    assert.equal((await cache.lookup('k', slowRead))?.id, 'k2', 'the lookup begun after the clear is kept');
  });

  it('keeps at most its capacity of keys, dropping the oldest', () => {
    const cache = new CredentialCache<{ id: string }>(1000, 2);
    const row = (id: string) => ({ id });
    cache.set('a', row('a'), 0);
    cache.set('b', row('b'), 0);
    cache.set('c', row('c'), 0);
    assert.equal(cache.get('a', 1), undefined);
    assert.equal(cache.get('c', 1)?.id, 'c');
    assert.equal(cache.get('c', 1000), undefined);
  });

  it('answers 500 when a handler returns a field its response schema lacks, with responses validated', async () => {
    const app = createApp({ db, tokenSecret: 'test', extraModules: [extraField], validateResponses: true });
    const response = await app.request('/test/extra-field');
    assert.equal(response.status, 500);
  });

  it('validates responses unless NODE_ENV=production, and BRIDGEWAY_VALIDATE_RESPONSES decides either way', () => {
    assert.equal(validateResponsesByDefault({}), true);
    assert.equal(validateResponsesByDefault({ NODE_ENV: 'production' }), false);
    assert.equal(validateResponsesByDefault({ NODE_ENV: 'production', BRIDGEWAY_VALIDATE_RESPONSES: '1' }), true);
    assert.equal(validateResponsesByDefault({ BRIDGEWAY_VALIDATE_RESPONSES: 'false' }), false);
  });

  it('refuses a chunked body over 1 MB, and one whose declared length is over 1 MB', async () => {
    const app = createApp({ db, tokenSecret: 'test' });
    const big = new TextEncoder().encode(JSON.stringify({ profile: 'x'.repeat(1024 * 1024 + 10) }));
    const chunked = new ReadableStream({
      start(controller) {
        controller.enqueue(big);
        controller.close();
      },
    });
    const headers = { authorization: 'Bearer pk_demo_bridgeway', 'content-type': 'application/json' };
    const streamed = await app.request('/v1/gap-analyses', { method: 'POST', headers, body: chunked, duplex: 'half' } as RequestInit);
    assert.equal(streamed.status, 413);
    const declared = await app.request('/v1/gap-analyses', { method: 'POST', headers: { ...headers, 'content-length': String(big.byteLength) }, body: big });
    assert.equal(declared.status, 413);
  });
});
