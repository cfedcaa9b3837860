import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { encodeCursor } from '../../src/core/cursor.js';
import { startTestServer, type TestServer } from './helpers.js';
import { DEMO_SECRET_KEY } from '../support/demo.js';

describe('every list honours limit and returns nextCursor', () => {
  let server: TestServer;
  let mentee: string;
  let mentor: string;
  let coordinator: string;
  let planId: string;
  let milestoneId: string;
  let counter = 0;
  const key = () => ({ 'idempotency-key': `paging-${++counter}` });

  /** Follows `nextCursor` from the first page with `limit`, and returns every item's id in order. */
  async function walk(path: string, token: string, limit: number): Promise<string[]> {
    const ids: string[] = [];
    let cursor: string | null | undefined;
    for (let pages = 0; pages < 50; pages++) {
      const separator = path.includes('?') ? '&' : '?';
      const res = await server.request(`${path}${separator}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`, { token });
      assert.equal(res.status, 200, res.text);
      assert.ok(res.body.items.length <= limit, `${path}: ${res.body.items.length} items for limit=${limit}`);
      ids.push(...res.body.items.map((item: { id?: string; request?: { id: string }; mentorshipId?: string }) => item.id ?? item.request?.id ?? item.mentorshipId));
      cursor = res.body.nextCursor;
      if (!cursor) return ids;
    }
    throw new Error(`${path} never ended`);
  }

  /** Pages of `limit` give exactly the whole list, in the same order, and the list refuses a limit over 100 and a foreign cursor. */
  async function assertPages(path: string, token: string, limit: number, atLeast: number) {
    const whole = await server.request(path, { token });
    assert.equal(whole.status, 200, whole.text);
    const all = whole.body.items.map((item: { id?: string; request?: { id: string }; mentorshipId?: string }) => item.id ?? item.request?.id ?? item.mentorshipId);
    assert.ok(all.length >= atLeast, `${path} has ${all.length} items`);
    assert.deepEqual(await walk(path, token, limit), all);
    const separator = path.includes('?') ? '&' : '?';
    assert.equal((await server.request(`${path}${separator}limit=101`, { token })).status, 400);
    const foreign = await server.request(`${path}${separator}cursor=${encodeCursor('plans', ['2026-01-01T00:00:00Z', 'x'])}`, { token });
    assert.equal(foreign.status, 400, foreign.text);
    assert.equal(foreign.body.errors[0].path, 'cursor');
  }

  before(async () => {
    server = await startTestServer();
    mentee = await server.tokenFor('mentee', 'paging-mentee');
    mentor = await server.tokenFor('mentor', 'demo-mentor');
    coordinator = await server.tokenFor('coordinator', 'paging-coordinator');
    const plan = await server.request('/v1/plans', { token: mentee, headers: key(), body: { goal: { occupationId: 'registered-nurse', jurisdictionId: 'ca-on', targetDate: '2028-06-30' } } });
    assert.equal(plan.status, 201, plan.text);
    planId = plan.body.plan.id;
    const milestone = await server.request(`/v1/plans/${planId}/milestones`, { token: mentee, headers: key(), body: { title: 'Exam', kind: 'exam-sitting', dueDate: '2027-03-01' } });
    milestoneId = milestone.body.id;
  });
  after(() => server.close());

  it('pages comments, check-ins and the plan history', async () => {
    for (let i = 0; i < 5; i++) {
      assert.equal((await server.request(`/v1/milestones/${milestoneId}/comments`, { token: mentee, headers: key(), body: { text: `Comment ${i}` } })).status, 201);
      const checkIn = { date: `2026-01-1${i}`, participants: [], summary: `Talk ${i}`, confidence: 3, nextSteps: 'Study' };
      assert.equal((await server.request(`/v1/plans/${planId}/check-ins`, { token: mentee, headers: key(), body: checkIn })).status, 201);
      const version = (await server.request(`/v1/plans/${planId}`, { token: mentee })).body.plan.version;
      const moved = await server.request(`/v1/plans/${planId}/recalibrations`, { token: mentee, headers: key(), body: { version, toDate: `2029-01-1${i}`, reason: `Reason ${i}` } });
      assert.equal(moved.status, 201, moved.text);
    }
    await assertPages(`/v1/milestones/${milestoneId}/comments`, mentee, 2, 5);
    await assertPages(`/v1/plans/${planId}/check-ins`, mentee, 2, 5);
    await assertPages(`/v1/plans/${planId}/history`, mentee, 2, 5);
  });

  it('pages drafts and templates', async () => {
    for (let i = 0; i < 3; i++) assert.equal((await server.request('/v1/narrative-drafts', { token: mentee, headers: key(), body: { templateId: 'seed-resume-summary-en' } })).status, 201);
    await assertPages('/v1/narrative-drafts', mentee, 2, 3);
    await assertPages('/v1/narrative-templates', coordinator, 2, 3);
    await assertPages('/v1/narrative-templates?kind=star-story', coordinator, 1, 1);
  });

  it('pages a mentee\'s introductions and a mentor\'s incoming requests', async () => {
    const mentorId = (await server.request('/v1/me/mentor', { token: mentor })).body.id;
    for (let i = 0; i < 3; i++) {
      const asker = await server.tokenFor('mentee', `paging-asker-${i}`);
      const created = await server.request('/v1/introductions', { token: asker, headers: key(), body: { mentorId, message: `Hello ${i}, could we talk?`, hopes: ['informational-interview'] } });
      assert.equal(created.status, 201, created.text);
      if (i === 0) await assertPages('/v1/introductions', asker, 1, 1);
    }
    await assertPages('/v1/mentor-introductions', mentor, 2, 3);
  });

  it('pages a mentor\'s requests by position: a request arriving between two pages shifts nothing', async () => {
    const whole = (await server.request('/v1/mentor-introductions', { token: mentor })).body.items.map((item: { id: string }) => item.id);
    assert.ok(whole.length >= 3);
    const first = await server.request('/v1/mentor-introductions?limit=2', { token: mentor });
    const mentorId = (await server.request('/v1/me/mentor', { token: mentor })).body.id;
    // Open requests take a place: make room for the latecomer's.
    await server.db.query('UPDATE mentors SET capacity = current_load + 10 WHERE id = $1', [mentorId]);
    const latecomer = await server.tokenFor('mentee', 'paging-latecomer');
    const arrived = await server.request('/v1/introductions', { token: latecomer, headers: key(), body: { mentorId, message: 'Hello, I just found you.', hopes: ['informational-interview'] } });
    assert.equal(arrived.status, 201, arrived.text);
    const seen: string[] = first.body.items.map((item: { id: string }) => item.id);
    for (let cursor = first.body.nextCursor; cursor; ) {
      const page = await server.request(`/v1/mentor-introductions?limit=2&cursor=${cursor}`, { token: mentor });
      assert.equal(page.status, 200, page.text);
      seen.push(...page.body.items.map((item: { id: string }) => item.id));
      cursor = page.body.nextCursor;
    }
    assert.deepEqual(seen, whole, 'every request once, in order; the newcomer is on a fresh first page');
    const fresh = await server.request('/v1/mentor-introductions?limit=1', { token: mentor });
    assert.equal(fresh.body.items[0].id, arrived.body.id);

    const nowhere = await server.request(`/v1/mentor-introductions?cursor=${encodeCursor('mentor-introductions', ['intro_00000000000000000000000000000000'])}`, { token: mentor });
    assert.equal(nowhere.status, 400, nowhere.text);
    assert.equal(nowhere.body.errors[0].path, 'cursor');
  });

  it('pages the organisation\'s API keys and its audit log', async () => {
    for (let i = 0; i < 3; i++) assert.equal((await server.request('/v1/admin/keys', { token: DEMO_SECRET_KEY, body: { kind: 'publishable', label: `Paged ${i}` } })).status, 201);
    await assertPages('/v1/admin/keys', DEMO_SECRET_KEY, 2, 5);
    await assertPages('/v1/audit-events', coordinator, 2, 3);
  });

  it('pages mentorships, a mentor\'s current mentees and the coordinators\' queue', async () => {
    const mentorId = (await server.request('/v1/me/mentor', { token: mentor })).body.id;
    await server.db.query('UPDATE mentors SET capacity = current_load + 10 WHERE id = $1', [mentorId]);
    for (let i = 0; i < 3; i++) {
      const asker = await server.tokenFor('mentee', `paging-matched-${i}`);
      const created = await server.request('/v1/introductions', { token: asker, headers: key(), body: { mentorId, message: `Hello ${i}`, hopes: ['plan-review'] } });
      assert.equal(created.status, 201, created.text);
      const accepted = await server.request(`/v1/mentor-introductions/${created.body.id}/reply`, { token: mentor, headers: key(), body: { action: 'accept', version: created.body.version } });
      assert.equal(accepted.status, 200, accepted.text);
    }
    await assertPages('/v1/mentorships', mentor, 2, 3);
    await assertPages('/v1/mentorships?status=agreeing', coordinator, 2, 3);
    await assertPages('/v1/mentor-mentees', mentor, 2, 3);
    assert.equal((await server.request('/v1/mentorship-settings', { token: coordinator, method: 'PATCH', headers: key(), body: { version: 1, coordinatorApproval: true } })).status, 200);
    for (let i = 0; i < 3; i++) {
      const asker = await server.tokenFor('mentee', `paging-queued-${i}`);
      assert.equal((await server.request('/v1/introductions', { token: asker, headers: key(), body: { mentorId, message: `Queued ${i}`, hopes: ['plan-review'] } })).status, 201);
    }
    await assertPages('/v1/introduction-queue', coordinator, 2, 3);
  });

  it('pages training modules and mentor profiles waiting for approval', async () => {
    for (let i = 0; i < 3; i++) {
      const added = await server.request('/v1/training-modules', { token: coordinator, headers: key(), body: { title: `Module ${i}`, url: 'https://training.example.org', expectedMinutes: 30, required: false } });
      assert.equal(added.status, 201, added.text);
      const applicant = await server.tokenFor('mentor', `paging-applicant-${i}`);
      const profile = {
        displayName: `Applicant ${i}`, headline: '', occupations: ['pharmacist'], jurisdiction: 'ca-on', city: 'Toronto', licensedIn: [], credentialPath: null,
        languages: ['en'], formats: ['online'], offers: [], capacity: 1, hoursPerMonth: 2, pausedUntil: null, contactEmail: `a${i}@example.org`,
      };
      assert.equal((await server.request('/v1/me/mentor/profile', { token: applicant, method: 'PUT', headers: key(), body: profile })).status, 200);
    }
    await assertPages('/v1/training-modules', mentee, 2, 3);
    const applications = await server.request('/v1/mentor-applications', { token: coordinator });
    const ids = applications.body.items.map((item: { mentor: { id: string } }) => item.mentor.id);
    const walked: string[] = [];
    for (let cursor: string | null = null, pages = 0; pages < 10; pages++) {
      const page: { body: { items: { mentor: { id: string } }[]; nextCursor: string | null } } = await server.request(`/v1/mentor-applications?limit=2${cursor ? `&cursor=${cursor}` : ''}`, { token: coordinator });
      walked.push(...page.body.items.map((item) => item.mentor.id));
      cursor = page.body.nextCursor;
      if (!cursor) break;
    }
    assert.ok(ids.length >= 3);
    assert.deepEqual(walked, ids);
    assert.equal((await server.request('/v1/mentor-applications?limit=101', { token: coordinator })).status, 400);
  });

  it('pages a mentor\'s reflection log and the entries shared with the coordinators', async () => {
    for (let i = 0; i < 3; i++) {
      const written = await server.request('/v1/me/mentor/reflections', { token: mentor, headers: key(), body: { date: `2026-10-1${i}`, note: `Note ${i}`, sharedWithCoordinators: true } });
      assert.equal(written.status, 201, written.text);
    }
    await assertPages('/v1/me/mentor/reflections', mentor, 2, 3);
    const mentorId = (await server.request('/v1/me/mentor', { token: mentor })).body.id;
    await assertPages(`/v1/mentor-applications/${mentorId}/reflections`, coordinator, 2, 3);
  });
});
