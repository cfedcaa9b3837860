import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, type TestServer } from './helpers.js';
import { DEMO_SECRET_KEY } from '../support/demo.js';
import { demoRequest } from '../../src/server/seed/catalogue/demo-profile.js';

/** A 400 problem whose `errors` name `field`. */
function assertRefusedField(res: { status: number; text: string; headers: Headers; body: { code?: string; errors?: { path: string }[] } }, field: string) {
  assert.equal(res.status, 400, res.text);
  assert.match(res.headers.get('content-type') ?? '', /application\/problem\+json/);
  assert.equal(res.body.code, 'invalid_request');
  assert.ok(res.body.errors?.some((error) => error.path === field), `${field} not named: ${res.text}`);
}

const TEMPLATE = {
  kind: 'resume-summary',
  locale: 'en',
  title: 'Ours',
  description: '',
  sections: [{ id: 'main', title: 'Main', optional: false, fields: [{ id: 'title', label: 'Title', guidance: '', example: '', type: 'text', required: true }] }],
  body: 'I am a {{title}}.',
  limits: {},
};

describe('hostile input', () => {
  let server: TestServer;
  let mentee: string;
  let coordinator: string;
  let counter = 0;
  const key = () => ({ 'idempotency-key': `hostile-${++counter}` });

  before(async () => {
    server = await startTestServer();
    mentee = await server.tokenFor('mentee', 'hostile-mentee');
    coordinator = await server.tokenFor('coordinator', 'hostile-coordinator');
  });
  after(() => server.close());

  it('refuses a NUL character in a body field and in a query with a problem naming the field', async () => {
    const token = await server.request('/v1/tokens', { token: DEMO_SECRET_KEY, body: { externalId: 'a\u0000b', role: 'mentee' } });
    assertRefusedField(token, 'externalId');
    const search = await server.request('/v1/occupations?q=a%00b', { token: 'pk_demo_bridgeway' });
    assert.equal(search.status, 400, search.text);
    assert.match(search.headers.get('content-type') ?? '', /application\/problem\+json/);
  });

  it('refuses a NUL character in a gap analysis to be saved with a 400 naming the field, not a 500', async () => {
    const profile = { ...demoRequest.profile, education: [{ ...demoRequest.profile.education[0], title: 'BSc\u0000Nursing' }] };
    const res = await server.request('/v1/gap-analyses', { token: mentee, body: { ...demoRequest, profile, save: true } });
    assertRefusedField(res, 'profile.education.0.title');
    const role = await server.request('/v1/gap-analyses', {
      token: mentee,
      body: { ...demoRequest, profile: { ...demoRequest.profile, experience: [{ ...demoRequest.profile.experience[0], role: 'a\ud800b' }] }, save: true },
    });
    assertRefusedField(role, 'profile.experience.0.role');
  });

  it('refuses impossible calendar dates', async () => {
    for (const targetDate of ['2026-02-30', '0000-01-01', '9999-99-99']) {
      const res = await server.request('/v1/plans', { token: mentee, headers: key(), body: { goal: { occupationId: 'registered-nurse', jurisdictionId: 'ca-on', targetDate } } });
      assertRefusedField(res, 'goal.targetDate');
    }
  });

  it('refuses a lone surrogate in a draft value and a version above 32 bits', async () => {
    const lone = await server.request('/v1/narrative-drafts', { token: mentee, headers: key(), body: { templateId: 'seed-resume-summary-en', values: { 'local-title': 'a\ud800b' } } });
    assertRefusedField(lone, 'values.local-title');
    const draft = await server.request('/v1/narrative-drafts', { token: mentee, headers: key(), body: { templateId: 'seed-resume-summary-en' } });
    assert.equal(draft.status, 201, draft.text);
    const restore = await server.request(`/v1/narrative-drafts/${draft.body.id}/restore`, { token: mentee, headers: key(), body: { version: 1, restore: 2147483648 } });
    assertRefusedField(restore, 'restore');
  });

  it('refuses template field and section ids that name object properties, and the organisation\'s templates keep working', async () => {
    for (const id of ['constructor', 'toString', 'valueOf', '__proto__', 'prototype', 'hasOwnProperty']) {
      const field = { ...TEMPLATE, sections: [{ ...TEMPLATE.sections[0], fields: [{ ...TEMPLATE.sections[0].fields[0], id }] }], body: `I am a {{${id}}}.` };
      assertRefusedField(await server.request('/v1/narrative-templates', { token: coordinator, headers: key(), body: field }), 'sections.0.fields.0.id');
      const section = { ...TEMPLATE, sections: [{ ...TEMPLATE.sections[0], id }] };
      assertRefusedField(await server.request('/v1/narrative-templates', { token: coordinator, headers: key(), body: section }), 'sections.0.id');
    }
    const twice = { ...TEMPLATE, sections: [TEMPLATE.sections[0], { ...TEMPLATE.sections[0], id: 'other' }] };
    assertRefusedField(await server.request('/v1/narrative-templates', { token: coordinator, headers: key(), body: twice }), 'sections');
    const fine = await server.request('/v1/narrative-templates', { token: coordinator, headers: key(), body: TEMPLATE });
    assert.equal(fine.status, 201, fine.text);
    const list = await server.request('/v1/narrative-templates?kind=resume-summary', { token: mentee });
    assert.equal(list.status, 200, list.text);
    assert.ok(list.body.items.some((template: { id: string }) => template.id === fine.body.id));
  });
});
