import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createOrganisation, startTestServer, type TestServer } from './helpers.js';
import { DEMO_DRAFT_ID } from '../../src/server/seed/narratives/index.js';

const TEMPLATE = 'seed-resume-summary-en';

describe('narrative routes', () => {
  let server: TestServer;
  let mentee: string;
  let mentor: string;
  let otherMentor: string;
  let coordinator: string;
  let mentorId: string;

  before(async () => {
    server = await startTestServer();
    mentee = await server.tokenFor('mentee', 'narr-mentee');
    mentor = await server.tokenFor('mentor', 'narr-mentor');
    otherMentor = await server.tokenFor('mentor', 'narr-mentor-2');
    coordinator = await server.tokenFor('coordinator', 'narr-coordinator');
    mentorId = (await server.request('/v1/me', { token: mentor })).body.user.id;
  });
  after(() => server.close());

  async function newDraft(values: Record<string, string | string[]> = { 'local-title': 'Registered Nurse' }) {
    const res = await server.request('/v1/narrative-drafts', { token: mentee, body: { templateId: TEMPLATE, values } });
    assert.equal(res.status, 201, res.text);
    return res.body as { id: string; version: number; status: string };
  }

  it('lists the seed templates by kind and locale with a publishable key', async () => {
    const res = await server.request('/v1/narrative-templates?kind=star-story&locale=fr-CA', { token: 'pk_demo_bridgeway' });
    assert.equal(res.status, 200, res.text);
    assert.ok(res.body.items.length >= 1);
    assert.equal(res.body.items[0].kind, 'star-story');
    assert.equal(res.body.items[0].locale, 'fr');
    const one = await server.request(`/v1/narrative-templates/${TEMPLATE}`, { token: 'pk_demo_bridgeway' });
    assert.equal(one.body.id, TEMPLATE);
  });

  it('answers a template body with an unknown placeholder with 422 and the error position', async () => {
    const body = {
      kind: 'resume-summary',
      locale: 'en',
      title: 'Our summary',
      description: '',
      sections: [{ id: 'main', title: 'Main', optional: false, fields: [{ id: 'title', label: 'Title', guidance: '', example: '', type: 'text', required: true }] }],
      body: 'I am a {{title}}.\nSee {{unknown}}.',
      limits: {},
    };
    const res = await server.request('/v1/narrative-templates', { token: coordinator, body });
    assert.equal(res.status, 422, res.text);
    assert.equal(res.body.code, 'unprocessable');
    const error = res.body.templateErrors.find((e: { code: string }) => e.code === 'unknown-placeholder');
    assert.ok(error, res.text);
    assert.equal(error.line, 2);
    assert.equal(error.column, 5);
    assert.match(res.body.errors[0].message, /Line 2, column 5/);

    const fine = await server.request('/v1/narrative-templates', { token: coordinator, body: { ...body, body: 'I am a {{title}}.' } });
    assert.equal(fine.status, 201, fine.text);
    assert.equal(fine.body.organisationId, 'demo');
    const byMentee = await server.request('/v1/narrative-templates', { token: mentee, body: { ...body, body: 'I am a {{title}}.' } });
    assert.equal(byMentee.status, 403);
  });

  it('creates a draft once per Idempotency-Key', async () => {
    const headers = { 'idempotency-key': 'narr-create-1' };
    const first = await server.request('/v1/narrative-drafts', { token: mentee, headers, body: { templateId: TEMPLATE } });
    const again = await server.request('/v1/narrative-drafts', { token: mentee, headers, body: { templateId: TEMPLATE } });
    assert.equal(first.status, 201);
    assert.equal(again.body.id, first.body.id);
    const unknown = await server.request('/v1/narrative-drafts', { token: mentee, body: { templateId: 'nope' } });
    assert.equal(unknown.status, 422);
  });

  it('saves versions, answers a stale save with 409 and the current draft, and restores an earlier version', async () => {
    const draft = await newDraft();
    const v2 = await server.request(`/v1/narrative-drafts/${draft.id}`, { method: 'PATCH', token: mentee, body: { version: 1, values: { 'local-title': 'Nurse' } } });
    assert.equal(v2.status, 200, v2.text);
    assert.equal(v2.body.version, 2);
    const stale = await server.request(`/v1/narrative-drafts/${draft.id}`, { method: 'PATCH', token: mentee, body: { version: 1, values: { 'local-title': 'Other' } } });
    assert.equal(stale.status, 409);
    assert.equal(stale.body.code, 'conflict');
    assert.equal(stale.body.current.version, 2);
    assert.equal(stale.body.current.values['local-title'], 'Nurse');

    const versions = await server.request(`/v1/narrative-drafts/${draft.id}/versions`, { token: mentee });
    assert.deepEqual(versions.body.items.map((v: { version: number }) => v.version), [2, 1]);
    const restored = await server.request(`/v1/narrative-drafts/${draft.id}/restore`, { token: mentee, body: { version: 2, restore: 1 } });
    assert.equal(restored.status, 200, restored.text);
    assert.equal(restored.body.version, 3);
    assert.equal(restored.body.values['local-title'], 'Registered Nurse');
    const missing = await server.request(`/v1/narrative-drafts/${draft.id}/restore`, { token: mentee, body: { version: 3, restore: 99 } });
    assert.equal(missing.status, 422);
  });

  it('lets the owner and a shared mentor read a draft, but not an unshared mentor or another organisation', async () => {
    const draft = await newDraft();
    assert.equal((await server.request(`/v1/narrative-drafts/${draft.id}`, { token: mentee })).status, 200);
    assert.equal((await server.request(`/v1/narrative-drafts/${draft.id}`, { token: mentor })).status, 404);
    const shared = await server.request(`/v1/narrative-drafts/${draft.id}/shares`, { token: mentee, body: { mentorIds: [mentorId] } });
    assert.equal(shared.status, 200, shared.text);
    assert.equal(shared.body.status, 'in-review');
    assert.deepEqual(shared.body.sharedWith, [mentorId]);
    assert.equal((await server.request(`/v1/narrative-drafts/${draft.id}`, { token: mentor })).status, 200);
    assert.equal((await server.request(`/v1/narrative-drafts/${draft.id}`, { token: otherMentor })).status, 404);
    assert.equal((await server.request(`/v1/narrative-drafts/${draft.id}/versions`, { token: otherMentor })).status, 404);
    const listed = await server.request('/v1/narrative-drafts', { token: mentor });
    assert.ok(listed.body.items.some((d: { id: string }) => d.id === draft.id));

    const other = await createOrganisation(server.db, 'narr-other');
    const outsider = await server.tokenFor('mentor', 'narr-outsider', other.secretKey);
    assert.equal((await server.request(`/v1/narrative-drafts/${draft.id}`, { token: outsider })).status, 404);
    const outsiderMentee = await server.tokenFor('mentee', 'narr-outsider-mentee', other.secretKey);
    const share = await server.request(`/v1/narrative-drafts/${draft.id}/shares`, { token: outsiderMentee, body: { mentorIds: [mentorId] } });
    assert.equal(share.status, 404);
  });

  it('runs the review lifecycle: comment, suggestion, accept, resolve, approve', async () => {
    const draft = await newDraft({ 'local-title': 'Registered Nurse', achievement: 'Led a ward.' });
    await server.request(`/v1/narrative-drafts/${draft.id}/shares`, { token: mentee, body: { mentorIds: [mentorId] } });

    const comment = await server.request(`/v1/narrative-drafts/${draft.id}/comments`, { token: mentor, body: { sectionId: 'strengths', text: 'Say how big the ward was.' } });
    assert.equal(comment.status, 201, comment.text);
    const suggestion = await server.request(`/v1/narrative-drafts/${draft.id}/suggestions`, {
      token: mentor,
      body: { sectionId: 'strengths', fieldId: 'achievement', text: 'Numbers help.', suggestedText: 'Led a 40-bed ward.' },
    });
    assert.equal(suggestion.status, 201, suggestion.text);
    assert.equal((await server.request(`/v1/narrative-drafts/${draft.id}`, { token: mentee })).body.status, 'changes-requested');

    const byMentee = await server.request(`/v1/narrative-drafts/${draft.id}/comments`, { token: mentee, body: { sectionId: null, text: 'x' } });
    assert.equal(byMentee.status, 403);
    const byMentor = await server.request(`/v1/narrative-drafts/${draft.id}/reviews/${suggestion.body.id}/accept`, { token: mentor, body: { version: 1 } });
    assert.equal(byMentor.status, 403);

    const accepted = await server.request(`/v1/narrative-drafts/${draft.id}/reviews/${suggestion.body.id}/accept`, { token: mentee, body: { version: 1 } });
    assert.equal(accepted.status, 200, accepted.text);
    assert.equal(accepted.body.draft.values.achievement, 'Led a 40-bed ward.');
    assert.equal(accepted.body.draft.version, 2);
    assert.equal(accepted.body.reviews.find((r: { id: string }) => r.id === suggestion.body.id).state, 'accepted');
    assert.equal(accepted.body.draft.status, 'changes-requested', 'the comment is still open');

    const resolved = await server.request(`/v1/narrative-drafts/${draft.id}/reviews/${comment.body.id}/resolve`, { token: mentee, body: {} });
    assert.equal(resolved.status, 200, resolved.text);
    assert.equal(resolved.body.draft.status, 'in-review');
    const twice = await server.request(`/v1/narrative-drafts/${draft.id}/reviews/${comment.body.id}/resolve`, { token: mentee, body: {} });
    assert.equal(twice.status, 422);

    const staleApproval = await server.request(`/v1/narrative-drafts/${draft.id}/approval`, { token: mentor, body: { version: 1 } });
    assert.equal(staleApproval.status, 409);
    const approved = await server.request(`/v1/narrative-drafts/${draft.id}/approval`, { token: mentor, body: { version: 2, text: 'Ready to send.' } });
    assert.equal(approved.status, 200, approved.text);
    assert.equal(approved.body.draft.status, 'approved');
    assert.ok(approved.body.reviews.some((r: { kind: string }) => r.kind === 'approval'));
  });

  it('seeds a demo draft shared with the demo mentor, with a comment and a suggestion', async () => {
    const demoMentor = await server.tokenFor('mentor');
    const res = await server.request(`/v1/narrative-drafts/${DEMO_DRAFT_ID}/reviews`, { token: demoMentor });
    assert.equal(res.status, 200, res.text);
    assert.deepEqual(res.body.items.map((r: { kind: string }) => r.kind).sort(), ['comment', 'suggestion']);
    const draft = await server.request(`/v1/narrative-drafts/${DEMO_DRAFT_ID}`, { token: await server.tokenFor('mentee') });
    assert.equal(draft.body.status, 'changes-requested');
  });
});
