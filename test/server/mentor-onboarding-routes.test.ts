/**
 * Mentors who sign up, train and are approved, over real HTTP on PGlite: a mentor writes their
 * profile, a coordinator approves it, the mentor completes the program's required training,
 * and only then does search offer them and can a mentee ask them. Roles and isolation between
 * organisations on every route.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createOrganisation, startTestServer, type TestServer } from './helpers.js';

let server: TestServer;
let org: { id: string; publishableKey: string; secretKey: string };
let coordinator: string;

before(async () => {
  server = await startTestServer();
  org = await createOrganisation(server.db, `onboarding-${process.pid}`);
  coordinator = await server.tokenFor('coordinator', 'staff', org.secretKey);
});
after(() => server.close());

const profile = {
  displayName: 'Olena Kovalenko', headline: 'Pharmacist, qualified in Ukraine, licensed in Ontario since 2021', occupations: ['pharmacist'], jurisdiction: 'ca-on',
  city: 'Ottawa', licensedIn: ['ca-on'], credentialPath: { originCountry: 'UA', steps: [{ code: 'pebc-evaluating-exam', kind: 'exam', label: 'PEBC Evaluating Exam', year: 2019 }] },
  languages: ['uk', 'en'], formats: ['online'], offers: ['plan-review', 'informational-interview'], capacity: 2, hoursPerMonth: 4, pausedUntil: null,
  contactEmail: 'olena@mentors.example.org',
};

async function offered(mentorId: string): Promise<boolean> {
  const page = await server.request('/v1/mentors/search', { token: org.publishableKey, body: { limit: 100 } });
  assert.equal(page.status, 200, page.text);
  return page.body.items.some((item: { mentor: { id: string } }) => item.mentor.id === mentorId);
}

describe('a mentor signs up, is approved, trains and is offered', () => {
  it('offers the mentor only once a coordinator approved them and every required module is complete', async () => {
    const training = await server.request('/v1/training-modules', { token: coordinator, body: { title: 'Cultural competence and bias awareness', url: 'https://training.example.org/bias', expectedMinutes: 90 } });
    assert.equal(training.status, 201, training.text);
    assert.equal(training.body.required, true);
    const mentor = await server.tokenFor('mentor', 'olena', org.secretKey);
    const none = await server.request('/v1/me/mentor/profile', { token: mentor });
    assert.equal(none.status, 404);
    assert.equal(none.body.reason, 'no-mentor-profile');

    const created = await server.request('/v1/me/mentor/profile', { token: mentor, method: 'PUT', body: profile });
    assert.equal(created.status, 200, created.text);
    assert.deepEqual([created.body.approval, created.body.trainingComplete, created.body.mentor.available, created.body.hoursPerMonth], ['pending', false, false, 4]);
    assert.equal(created.body.contactEmail, profile.contactEmail, 'the mentor gets their own contact address back, so an edit starts from it');
    assert.equal((await server.request('/v1/me/mentor/profile', { token: mentor })).body.contactEmail, profile.contactEmail);
    const mentorId: string = created.body.mentor.id;
    assert.equal(await offered(mentorId), false);
    assert.equal((await server.request(`/v1/mentors/${mentorId}`, { token: org.publishableKey })).status, 404, 'no public card before approval');
    const mentee = await server.tokenFor('mentee', 'asker', org.secretKey);
    const ask = () => server.request('/v1/introductions', { token: mentee, body: { mentorId, message: 'Hello, could we talk?', hopes: ['plan-review'] } });
    assert.equal((await ask()).status, 404);

    const queue = await server.request('/v1/mentor-applications', { token: coordinator });
    assert.deepEqual(queue.body.items.map((item: { mentor: { id: string } }) => item.mentor.id), [mentorId]);
    const stale = await server.request(`/v1/mentor-applications/${mentorId}/decision`, { token: coordinator, body: { version: 99, decision: 'approve' } });
    assert.equal(stale.status, 409);
    const approved = await server.request(`/v1/mentor-applications/${mentorId}/decision`, { token: coordinator, body: { version: created.body.version, decision: 'approve', note: 'Welcome!' } });
    assert.equal(approved.status, 200, approved.text);
    assert.deepEqual([approved.body.approval, approved.body.approvalNote], ['approved', 'Welcome!']);
    assert.deepEqual((await server.request('/v1/mentor-applications', { token: coordinator })).body.items, []);
    assert.equal(await offered(mentorId), false, 'approved but not trained');
    assert.equal((await ask()).status, 404);

    const progress = await server.request('/v1/me/mentor/training', { token: mentor });
    assert.deepEqual([progress.body.complete, progress.body.items[0].completedAt], [false, null]);
    const done = await server.request(`/v1/me/mentor/training/${training.body.id}`, { token: mentor, method: 'PUT' });
    assert.equal(done.status, 200, done.text);
    assert.equal(done.body.complete, true);
    assert.ok(done.body.items[0].completedAt);
    assert.equal(await offered(mentorId), true, 'approved and trained');
    assert.equal((await ask()).status, 201);

    const more = await server.request('/v1/training-modules', { token: coordinator, body: { title: 'Trauma-informed mentoring', url: 'https://training.example.org/trauma', expectedMinutes: 60 } });
    assert.equal(more.status, 201);
    assert.equal(await offered(mentorId), false, 'a new required module must be completed too');
    const optional = await server.request('/v1/training-modules', { token: coordinator, body: { title: 'Optional reading', url: 'https://training.example.org/read', expectedMinutes: 20, required: false } });
    await server.request(`/v1/me/mentor/training/${more.body.id}`, { token: mentor, method: 'PUT' });
    assert.equal(await offered(mentorId), true, 'optional modules do not hold a mentor back');
    assert.equal((await server.request('/v1/training-modules?limit=2', { token: mentee })).body.items.length, 2);
    assert.ok(optional.body.id);

    const current = (await server.request('/v1/me/mentor/profile', { token: mentor })).body;
    const conflict = await server.request('/v1/me/mentor/profile', { token: mentor, method: 'PUT', body: { ...profile, version: current.version - 1 } });
    assert.equal(conflict.status, 409);
    assert.equal(conflict.body.current.contactEmail, profile.contactEmail, 'the conflict carries the whole saved profile');
    const paused = await server.request('/v1/me/mentor/profile', { token: mentor, method: 'PUT', body: { ...profile, capacity: 3, pausedUntil: '2099-01-01', version: current.version } });
    assert.equal(paused.status, 200, paused.text);
    assert.deepEqual([paused.body.approval, paused.body.mentor.status, paused.body.mentor.capacity, paused.body.pausedUntil], ['approved', 'paused', 3, '2099-01-01']);
    assert.equal(await offered(mentorId), false, 'paused until a later day');
  });

  it('keeps the phone, booking link and note set elsewhere when the mentor edits their profile (only the email is in the form)', async () => {
    const mentor = await server.tokenFor('mentor', 'imported-contact', org.secretKey);
    const created = (await server.request('/v1/me/mentor/profile', { token: mentor, method: 'PUT', body: profile })).body;
    await server.db.query('UPDATE mentor_contacts SET phone = $2, booking_url = $3, note = $4 WHERE mentor_id = $1', [created.mentor.id, '+1 555 0100', 'https://book.example.org/olena', 'Weekends only']);
    const edited = await server.request('/v1/me/mentor/profile', { token: mentor, method: 'PUT', body: { ...profile, contactEmail: 'olena@new.example.org', version: created.version } });
    assert.equal(edited.status, 200, edited.text);
    assert.equal(edited.body.contactEmail, 'olena@new.example.org');
    const { rows } = await server.db.query<{ phone: string; booking_url: string; note: string }>('SELECT phone, booking_url, note FROM mentor_contacts WHERE mentor_id = $1', [created.mentor.id]);
    assert.deepEqual(rows[0], { phone: '+1 555 0100', booking_url: 'https://book.example.org/olena', note: 'Weekends only' });
  });

  it('sends a rejected profile back for approval when the mentor edits it', async () => {
    const mentor = await server.tokenFor('mentor', 'rejected', org.secretKey);
    const created = (await server.request('/v1/me/mentor/profile', { token: mentor, method: 'PUT', body: { ...profile, displayName: 'Sam' } })).body;
    const rejected = await server.request(`/v1/mentor-applications/${created.mentor.id}/decision`, { token: coordinator, body: { version: created.version, decision: 'reject', note: 'Please add your licence.' } });
    assert.equal(rejected.body.approval, 'rejected');
    assert.ok((await server.request('/v1/mentor-applications?approval=rejected', { token: coordinator })).body.items.some((item: { mentor: { id: string } }) => item.mentor.id === created.mentor.id));
    const edited = await server.request('/v1/me/mentor/profile', { token: mentor, method: 'PUT', body: { ...profile, displayName: 'Sam', version: rejected.body.version } });
    assert.deepEqual([edited.body.approval, edited.body.approvalNote], ['pending', null]);
  });

  it('keeps each route to its roles and each organisation to itself', async () => {
    const mentee = await server.tokenFor('mentee', 'role-mentee', org.secretKey);
    const mentor = await server.tokenFor('mentor', 'role-mentor', org.secretKey);
    const checks: [string, string, string, unknown?][] = [
      [mentee, 'PUT', '/v1/me/mentor/profile', profile], [coordinator, 'GET', '/v1/me/mentor/profile'], [mentee, 'GET', '/v1/me/mentor/training'],
      [mentee, 'PUT', '/v1/me/mentor/training/trn_x'], [mentor, 'POST', '/v1/training-modules', { title: 'x', url: 'https://x.example', expectedMinutes: 1 }],
      [mentor, 'GET', '/v1/mentor-applications'], [mentor, 'POST', '/v1/mentor-applications/mtr_x/decision', { version: 1, decision: 'approve' }],
    ];
    for (const [token, method, path, body] of checks) assert.equal((await server.request(path, { method, token, body })).status, 403, `${method} ${path}`);

    const applicant = await server.tokenFor('mentor', 'isolated', org.secretKey);
    const created = (await server.request('/v1/me/mentor/profile', { token: applicant, method: 'PUT', body: profile })).body;
    const demoCoordinator = await server.tokenFor('coordinator', 'demo-staff');
    assert.equal((await server.request(`/v1/mentor-applications/${created.mentor.id}/decision`, { token: demoCoordinator, body: { version: created.version, decision: 'approve' } })).status, 404);
    assert.ok(!(await server.request('/v1/mentor-applications', { token: demoCoordinator })).body.items.some((item: { mentor: { id: string } }) => item.mentor.id === created.mentor.id));
    const demoModule = await server.request('/v1/training-modules', { token: demoCoordinator, body: { title: 'Demo only', url: 'https://x.example', expectedMinutes: 5, required: false } });
    assert.equal((await server.request(`/v1/me/mentor/training/${demoModule.body.id}`, { token: applicant, method: 'PUT' })).status, 404, 'another organisation\'s module');
    assert.ok(!(await server.request('/v1/training-modules', { token: applicant })).body.items.some((item: { id: string }) => item.id === demoModule.body.id));
  });

  it('keeps a mentor\'s reflection log private, except the entries they share with the coordinators', async () => {
    const mentor = await server.tokenFor('mentor', 'reflective', org.secretKey);
    assert.equal((await server.request('/v1/me/mentor/reflections', { token: mentor, body: { date: '2026-11-30', note: 'x' } })).status, 404, 'no profile yet');
    const mentorId = (await server.request('/v1/me/mentor/profile', { token: mentor, method: 'PUT', body: profile })).body.mentor.id;
    const private1 = await server.request('/v1/me/mentor/reflections', { token: mentor, body: { date: '2026-11-30', note: 'I assumed too much about her field; ask more next time.' } });
    assert.equal(private1.status, 201, private1.text);
    assert.equal(private1.body.sharedWithCoordinators, false);
    const shared = await server.request('/v1/me/mentor/reflections', { token: mentor, body: { date: '2026-12-01', note: 'The referral rules confuse mentees.', sharedWithCoordinators: true } });
    assert.equal(shared.status, 201);
    assert.deepEqual((await server.request('/v1/me/mentor/reflections', { token: mentor })).body.items.map((r: { id: string }) => r.id), [shared.body.id, private1.body.id]);
    const coordinatorView = await server.request(`/v1/mentor-applications/${mentorId}/reflections`, { token: coordinator });
    assert.equal(coordinatorView.status, 200, coordinatorView.text);
    assert.deepEqual(coordinatorView.body.items.map((r: { id: string }) => r.id), [shared.body.id]);
    const now = await server.request(`/v1/me/mentor/reflections/${private1.body.id}`, { token: mentor, method: 'PATCH', body: { version: 1, sharedWithCoordinators: true } });
    assert.equal(now.status, 200, now.text);
    assert.equal((await server.request(`/v1/mentor-applications/${mentorId}/reflections`, { token: coordinator })).body.items.length, 2);
    assert.equal((await server.request(`/v1/me/mentor/reflections/${private1.body.id}`, { token: mentor, method: 'PATCH', body: { version: 1, note: 'stale' } })).status, 409);

    const otherMentor = await server.tokenFor('mentor', 'nosy', org.secretKey);
    await server.request('/v1/me/mentor/profile', { token: otherMentor, method: 'PUT', body: profile });
    assert.deepEqual((await server.request('/v1/me/mentor/reflections', { token: otherMentor })).body.items, []);
    assert.equal((await server.request(`/v1/me/mentor/reflections/${private1.body.id}`, { token: otherMentor, method: 'PATCH', body: { version: 2, note: 'mine now' } })).status, 404);
    const mentee = await server.tokenFor('mentee', 'nosy-mentee', org.secretKey);
    assert.equal((await server.request(`/v1/mentor-applications/${mentorId}/reflections`, { token: mentee })).status, 403);
    assert.equal((await server.request(`/v1/mentor-applications/${mentorId}/reflections`, { token: await server.tokenFor('coordinator', 'demo-staff') })).status, 404, 'another organisation\'s coordinator');
  });
});
