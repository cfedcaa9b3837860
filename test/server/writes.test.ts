import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, type TestServer } from './helpers.js';
import { createNotesTable, notesModule } from './fixtures/notes-routes.js';

let server: TestServer;
let mentee: string;
before(async () => {
  server = await startTestServer({ extraModules: [notesModule], setup: createNotesTable });
  mentee = await server.tokenFor('mentee');
});
after(() => server.close());

async function countNotes(text: string): Promise<number> {
  const { rows } = await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM test_notes WHERE text = $1', [text]);
  return rows[0].n;
}

describe('Idempotency-Key', () => {
  it('applies a write once when the same key is sent twice, and replays the first answer', async () => {
    const headers = { 'idempotency-key': 'key-once-1' };
    const first = await server.request('/v1/test/notes', { token: mentee, headers, body: { text: 'once' } });
    const second = await server.request('/v1/test/notes', { token: mentee, headers, body: { text: 'once' } });
    assert.equal(first.status, 201);
    assert.equal(second.status, 201);
    assert.deepEqual(second.body, first.body);
    assert.equal(second.headers.get('idempotency-replayed'), 'true');
    assert.equal(await countNotes('once'), 1);
  });

  it('refuses the same key with a different body with 422 idempotency_key_reused', async () => {
    const headers = { 'idempotency-key': 'key-reused-1' };
    await server.request('/v1/test/notes', { token: mentee, headers, body: { text: 'first body' } });
    const reused = await server.request('/v1/test/notes', { token: mentee, headers, body: { text: 'second body' } });
    assert.equal(reused.status, 422);
    assert.equal(reused.body.code, 'idempotency_key_reused');
    assert.equal(await countNotes('second body'), 0);
  });

  it('applies a write once under concurrent repeats with the same key', async () => {
    const headers = { 'idempotency-key': 'key-concurrent-1' };
    const responses = await Promise.all(
      Array.from({ length: 6 }, () => server.request('/v1/test/notes', { token: mentee, headers, body: { text: 'concurrent', delayMs: 40 } })),
    );
    for (const response of responses) assert.equal(response.status, 201, response.text);
    assert.equal(new Set(responses.map((response) => response.body.id)).size, 1);
    assert.equal(await countNotes('concurrent'), 1);
  });

  it('keeps keys private to each caller', async () => {
    const headers = { 'idempotency-key': 'key-shared-name' };
    const other = await server.tokenFor('mentee', 'another-mentee');
    const a = await server.request('/v1/test/notes', { token: mentee, headers, body: { text: 'per caller' } });
    const b = await server.request('/v1/test/notes', { token: other, headers, body: { text: 'per caller' } });
    assert.notEqual(a.body.id, b.body.id);
    assert.equal(await countNotes('per caller'), 2);
  });

  it('does not store a failed write, so a retry with the same key and body can succeed', async () => {
    const headers = { 'idempotency-key': 'key-after-failure' };
    const created = await server.request('/v1/test/notes', { token: mentee, body: { text: 'v1' } });
    const early = await server.request(`/v1/test/notes/${created.body.id}`, { method: 'PATCH', token: mentee, headers, body: { text: 'v3', version: 2 } });
    assert.equal(early.status, 409);
    await server.request(`/v1/test/notes/${created.body.id}`, { method: 'PATCH', token: mentee, body: { text: 'v2', version: 1 } });
    const retried = await server.request(`/v1/test/notes/${created.body.id}`, { method: 'PATCH', token: mentee, headers, body: { text: 'v3', version: 2 } });
    assert.equal(retried.status, 200, retried.text);
    assert.equal(retried.body.version, 3);
  });

  it('works without a key (each request is a new write)', async () => {
    await server.request('/v1/test/notes', { token: mentee, body: { text: 'no key' } });
    await server.request('/v1/test/notes', { token: mentee, body: { text: 'no key' } });
    assert.equal(await countNotes('no key'), 2);
  });
});

describe('optimistic concurrency', () => {
  it('answers a stale version with 409 conflict and the current row', async () => {
    const created = await server.request('/v1/test/notes', { token: mentee, body: { text: 'draft' } });
    assert.equal(created.body.version, 1);
    const updated = await server.request(`/v1/test/notes/${created.body.id}`, { method: 'PATCH', token: mentee, body: { text: 'edit one', version: 1 } });
    assert.equal(updated.status, 200);
    assert.equal(updated.body.version, 2);
    const stale = await server.request(`/v1/test/notes/${created.body.id}`, { method: 'PATCH', token: mentee, body: { text: 'edit from an old tab', version: 1 } });
    assert.equal(stale.status, 409);
    assert.equal(stale.body.code, 'conflict');
    assert.deepEqual(stale.body.current, updated.body);
    const row = await server.request(`/v1/test/notes/${created.body.id}`, { token: mentee });
    assert.equal(row.body.text, 'edit one');
  });

  it('demands the version a write is based on', async () => {
    const created = await server.request('/v1/test/notes', { token: mentee, body: { text: 'needs a version' } });
    const missing = await server.request(`/v1/test/notes/${created.body.id}`, { method: 'PATCH', token: mentee, body: { text: 'x' } });
    assert.equal(missing.status, 400);
    assert.ok(missing.body.errors.some((issue: any) => issue.path === 'version'));
  });

  it('answers 404 for a row that does not exist', async () => {
    const response = await server.request('/v1/test/notes/note_missing', { method: 'PATCH', token: mentee, body: { text: 'x', version: 1 } });
    assert.equal(response.status, 404);
    assert.equal(response.body.code, 'not_found');
  });
});
