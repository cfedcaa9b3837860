/**
 * Drafts and templates page by position on keys that never move: an edit or a new item between
 * two pages neither repeats nor skips an item (offset paging did both).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { encodeCursor } from '../../src/core/cursor.js';
import { createOrganisation, startTestServer, type TestServer } from './helpers.js';

let server: TestServer;
let mentee: string;
let coordinator: string;
let counter = 0;
const key = () => ({ 'idempotency-key': `narrative-paging-${process.pid}-${++counter}` });
const TEMPLATE = 'seed-resume-summary-en';

/** Every page of `path` with `limit`, from `cursor` on (the first page without one), with `between` run after the first page read. */
async function walk(path: string, token: string, limit: number, between?: () => Promise<void>): Promise<string[]> {
  const separator = path.includes('?') ? '&' : '?';
  const seen: string[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 100; pages++) {
    const page: { status: number; text: string; body: { items: { id: string }[]; nextCursor: string | null } } = await server.request(`${path}${separator}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`, { token });
    assert.equal(page.status, 200, page.text);
    seen.push(...page.body.items.map((item) => item.id));
    cursor = page.body.nextCursor;
    if (pages === 0 && between) await between();
    if (!cursor) return seen;
  }
  throw new Error(`${path} never ended`);
}

before(async () => {
  server = await startTestServer();
  mentee = await server.tokenFor('mentee', 'narrative-paging-mentee');
  coordinator = await server.tokenFor('coordinator', 'narrative-paging-coordinator');
});
after(() => server.close());

describe('drafts page by position', () => {
  it('neither repeats nor skips a draft saved between two pages, whichever page it was on', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      const created = await server.request('/v1/narrative-drafts', { token: mentee, headers: key(), body: { templateId: TEMPLATE, title: `Draft ${i}` } });
      assert.equal(created.status, 201, created.text);
      ids.push(created.body.id);
    }
    const whole = await walk('/v1/narrative-drafts', mentee, 100);
    assert.deepEqual(whole, [...ids].reverse(), 'newest first');
    const save = (id: string) => async () => {
      const current = await server.request(`/v1/narrative-drafts/${id}`, { token: mentee });
      const saved = await server.request(`/v1/narrative-drafts/${id}`, { method: 'PATCH', token: mentee, body: { version: current.body.version, title: `Saved ${counter++}` } });
      assert.equal(saved.status, 200, saved.text);
    };
    // A draft on the first page, then one on a later page (offset paging repeated the first and skipped the second).
    assert.deepEqual(await walk('/v1/narrative-drafts', mentee, 2, save(whole[1])), whole);
    assert.deepEqual(await walk('/v1/narrative-drafts', mentee, 2, save(whole[4])), whole);
    // A draft started between two pages is on a fresh first page, and shifts nothing.
    let started = '';
    const start = async () => {
      started = (await server.request('/v1/narrative-drafts', { token: mentee, headers: key(), body: { templateId: TEMPLATE } })).body.id;
    };
    assert.deepEqual(await walk('/v1/narrative-drafts', mentee, 2, start), whole);
    assert.equal((await server.request('/v1/narrative-drafts?limit=1', { token: mentee })).body.items[0].id, started);
  });

  it('refuses a cursor after a draft of another organisation', async () => {
    const org = await createOrganisation(server.db, 'narrative-paging-org');
    const foreigner = await server.tokenFor('mentee', 'narrative-paging-foreigner', org.secretKey);
    const [someone] = await walk('/v1/narrative-drafts', mentee, 100);
    const refused = await server.request(`/v1/narrative-drafts?cursor=${encodeCursor('drafts', [someone])}`, { token: foreigner });
    assert.equal(refused.status, 400, refused.text);
    assert.equal(refused.body.errors[0].path, 'cursor');
  });
});

describe('templates page by position', () => {
  const template = (title: string, locale = 'en') => ({
    kind: 'resume-summary', locale, title, description: 'For the paging test', limits: {}, body: 'I am a {{role}}.',
    sections: [{ id: 'main', title: 'Main', optional: false, fields: [{ id: 'role', label: 'Role', guidance: '', example: '', type: 'text', required: true }] }],
  });

  it('neither repeats nor skips a template when one is added before the anchor between two pages, and keeps the locale first', async () => {
    for (const title of ['Beta paging', 'Delta paging']) {
      const added = await server.request('/v1/narrative-templates', { token: coordinator, headers: key(), body: template(title) });
      assert.equal(added.status, 201, added.text);
    }
    // The organisation's own come first in their kind: the first page ends at "Beta paging", after which "Alpha paging" sorts before.
    const path = '/v1/narrative-templates?locale=en&kind=resume-summary';
    const whole = await walk(path, coordinator, 100);
    const first = (await server.request(`${path}&limit=3`, { token: coordinator })).body.items;
    assert.ok(first.every((t: { locale: string }) => t.locale === 'en'), 'the locale asked for first');
    let added = '';
    const addBefore = async () => {
      added = (await server.request('/v1/narrative-templates', { token: coordinator, headers: key(), body: template('Alpha paging') })).body.id;
    };
    const walked = await walk(path, coordinator, 1, addBefore);
    assert.equal(walked[0], whole[0]);
    assert.deepEqual(walked.filter((id) => id !== added), whole, 'each template once, in order');
    assert.ok(!walked.includes(added), 'added before the anchor: on a fresh first page');
    const fresh = await walk(path, coordinator, 100);
    assert.ok(fresh.includes(added));
    assert.deepEqual(fresh.filter((id) => id !== added), whole);
  });

  it('refuses a cursor after another organisation\'s template', async () => {
    const org = await createOrganisation(server.db, 'narrative-paging-templates');
    const foreign = await server.tokenFor('coordinator', 'narrative-paging-foreign', org.secretKey);
    const theirs = await server.request('/v1/narrative-templates', { token: foreign, headers: key(), body: template('Theirs') });
    assert.equal(theirs.status, 201, theirs.text);
    const refused = await server.request(`/v1/narrative-templates?cursor=${encodeCursor('templates', [theirs.body.id])}`, { token: coordinator });
    assert.equal(refused.status, 400, refused.text);
    assert.equal(refused.body.errors[0].path, 'cursor');
  });
});
