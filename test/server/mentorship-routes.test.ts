/**
 * Mentorships over real HTTP on PGlite (and the capacity race on PostgreSQL too): request,
 * acceptance, an agreement both confirm, closure that frees the mentor's place and lets the
 * mentee be matched again; open requests holding places, under 20 concurrent requests;
 * expiry after the organisation's period; the coordinators' approval queue; roles and
 * isolation between organisations on every route.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../../src/server/index.js';
import { upsertMentors } from '../../src/server/store/mentors.js';
import { DEMO_SECRET_KEY } from '../support/demo.js';
import { postgresUnavailable, startThrowawayCluster } from '../support/postgres-cluster.js';
import { createOrganisation, startTestServer, withHelpers, type TestServer } from './helpers.js';

let server: TestServer;
let unique = 0;
const id = (prefix: string) => `${prefix}-${process.pid}-${unique++}`;

before(async () => {
  server = await startTestServer();
});
after(() => server.close());

/** A mentor with an account (a token) and a profile of `capacity` places. */
async function mentorWithAccount(on: TestServer, capacity = 3, organisationId = 'demo', secretKey = DEMO_SECRET_KEY, contact?: { email: string; phone: string | null; bookingUrl: string | null; note: string | null }) {
  const signedIn = await on.signIn('mentor', id('mentor'), { secretKey, displayName: 'Mentor Under Test' });
  const [mentorId] = await upsertMentors(on.db, organisationId, [{
    userId: signedIn.user.id, displayName: 'Mentor Under Test', headline: 'Tests', occupations: ['pharmacist'], jurisdiction: 'ca-on', city: 'Toronto',
    licensedIn: ['ca-on'], credentialPath: null, languages: ['en'], formats: ['online'], offers: ['plan-review'], capacity, ...(contact ? { contact } : {}),
  }]);
  return { token: signedIn.token, userId: signedIn.user.id, mentorId };
}

const ask = (on: TestServer, token: string, mentorId: string) =>
  on.request('/v1/introductions', { token, body: { mentorId, message: 'Could you help me plan my licensing?', hopes: ['plan-review'] } });

async function load(mentorId: string): Promise<number> {
  return (await server.request(`/v1/mentors/${mentorId}`, { token: 'pk_demo_bridgeway' })).body.currentLoad;
}

const agreement = { goals: 'Pass the jurisprudence exam and find a bridging job', meetingCadence: 'fortnightly', hoursPerMonth: 3, expectedEndDate: '2027-06-30' };

describe('a mentorship from request to closure', () => {
  it('runs request, acceptance, an agreement both confirm, closure, and a new match', async () => {
    const mentor = await mentorWithAccount(server, 2);
    const mentee = await server.signIn('mentee', id('mentee'), { displayName: 'Nadia Haddad' });
    const request = await ask(server, mentee.token, mentor.mentorId);
    assert.equal(request.status, 201, request.text);
    assert.equal(await load(mentor.mentorId), 1, 'the pending request holds a place');
    assert.equal((await ask(server, mentee.token, mentor.mentorId)).body.reason, 'already-requested');

    const accepted = await server.request(`/v1/mentor-introductions/${request.body.id}/reply`, { token: mentor.token, body: { action: 'accept', version: 1 } });
    assert.equal(accepted.status, 200, accepted.text);
    assert.equal(await load(mentor.mentorId), 1, 'accepting keeps the same place');
    const again = await ask(server, mentee.token, mentor.mentorId);
    assert.equal(again.status, 409);
    assert.equal(again.body.reason, 'already-mentored');

    const mine = await server.request('/v1/mentorships', { token: mentee.token });
    assert.equal(mine.status, 200, mine.text);
    assert.equal(mine.body.items.length, 1);
    const started = mine.body.items[0];
    assert.deepEqual([started.status, started.introductionId, started.agreement, started.mentor.id], ['agreeing', request.body.id, null, mentor.mentorId]);
    const path = `/v1/mentorships/${started.id}`;
    const early = await server.request(`${path}/confirmation`, { token: mentee.token, body: { version: 1 } });
    assert.equal(early.body.reason, 'no-agreement');

    const proposed = await server.request(`${path}/agreement`, { token: mentor.token, method: 'PUT', body: { ...agreement, version: 1 } });
    assert.equal(proposed.status, 200, proposed.text);
    assert.deepEqual(proposed.body.agreement, agreement);
    assert.ok(proposed.body.mentorConfirmedAt);
    assert.equal(proposed.body.menteeConfirmedAt, null);
    assert.equal(proposed.body.status, 'agreeing');
    const stale = await server.request(`${path}/confirmation`, { token: mentee.token, body: { version: 1 } });
    assert.equal(stale.status, 409);
    assert.equal(stale.body.current.version, 2);
    const confirmed = await server.request(`${path}/confirmation`, { token: mentee.token, body: { version: 2 } });
    assert.equal(confirmed.status, 200, confirmed.text);
    assert.equal(confirmed.body.status, 'active');
    assert.ok(confirmed.body.startedAt);
    const fixed = await server.request(`${path}/agreement`, { token: mentee.token, method: 'PUT', body: { ...agreement, hoursPerMonth: 10, version: 3 } });
    assert.equal(fixed.status, 422);
    assert.equal(fixed.body.reason, 'not-agreeing');

    // The mentor's current mentees: name, goals, the plan the mentee shared and its last check-in.
    const plan = await server.request('/v1/plans', { token: mentee.token, body: { goal: { occupationId: 'pharmacist', jurisdictionId: 'ca-on', targetDate: '2028-06-30' }, sharedWith: [mentor.userId] } });
    assert.equal(plan.status, 201, plan.text);
    const checkIn = await server.request(`/v1/plans/${plan.body.plan.id}/check-ins`, { token: mentee.token, body: { date: '2026-11-20', participants: [], summary: 'First talk', confidence: 3, nextSteps: 'Book the exam' } });
    assert.equal(checkIn.status, 201, checkIn.text);
    const mentees = await server.request('/v1/mentor-mentees', { token: mentor.token });
    assert.equal(mentees.status, 200, mentees.text);
    assert.deepEqual(mentees.body.items.map((item: Record<string, unknown>) => [item.mentorshipId, (item.mentee as { displayName: string }).displayName, item.goals, item.planId, item.lastCheckIn, item.status]), [
      [started.id, 'Nadia Haddad', agreement.goals, plan.body.plan.id, '2026-11-20', 'active'],
    ]);

    const closed = await server.request(`${path}/closure`, { token: mentee.token, body: { version: 3, reason: 'goals-met', feedback: 'Thank you, I passed!' } });
    assert.equal(closed.status, 200, closed.text);
    assert.deepEqual([closed.body.status, closed.body.closedBy, closed.body.closeReason, closed.body.feedback], ['closed', 'mentee', 'goals-met', 'Thank you, I passed!']);
    assert.equal(await load(mentor.mentorId), 0, 'closing freed the place');
    assert.equal((await server.request(`${path}/closure`, { token: mentor.token, body: { version: 4, reason: 'other' } })).body.reason, 'already-closed');
    assert.deepEqual((await server.request('/v1/mentor-mentees', { token: mentor.token })).body.items, []);
    assert.equal((await server.request('/v1/mentorships?status=closed', { token: mentor.token })).body.items[0].id, started.id);
    const rematched = await ask(server, mentee.token, mentor.mentorId);
    assert.equal(rematched.status, 201, `the mentee can be matched again: ${rematched.text}`);
  });

  it('frees the place when a request is declined or withdrawn', async () => {
    const mentor = await mentorWithAccount(server, 1);
    const first = await ask(server, await server.tokenFor('mentee', id('mentee')), mentor.mentorId);
    assert.equal(first.status, 201);
    assert.equal((await ask(server, await server.tokenFor('mentee', id('mentee')), mentor.mentorId)).body.reason, 'mentor-at-capacity');
    await server.request(`/v1/mentor-introductions/${first.body.id}/reply`, { token: mentor.token, body: { action: 'decline', version: 1, reason: 'not-available-now' } });
    assert.equal(await load(mentor.mentorId), 0);
    const token = await server.tokenFor('mentee', id('mentee'));
    const second = await ask(server, token, mentor.mentorId);
    assert.equal(second.status, 201, second.text);
    await server.request(`/v1/introductions/${second.body.id}/follow-up`, { token, body: { action: 'withdraw', version: 1 } });
    assert.equal(await load(mentor.mentorId), 0);
  });

  it('lets a coordinator close any mentorship of the organisation, and hides it from everyone else', async () => {
    const mentor = await mentorWithAccount(server, 2);
    const mentee = await server.tokenFor('mentee', id('mentee'));
    const request = await ask(server, mentee, mentor.mentorId);
    await server.request(`/v1/mentor-introductions/${request.body.id}/reply`, { token: mentor.token, body: { action: 'accept', version: 1 } });
    const [mentorship] = (await server.request('/v1/mentorships', { token: mentor.token })).body.items;
    const stranger = await server.tokenFor('mentee', id('stranger'));
    assert.equal((await server.request(`/v1/mentorships/${mentorship.id}`, { token: stranger })).status, 404);
    assert.equal((await server.request(`/v1/mentorships/${mentorship.id}/closure`, { token: stranger, body: { version: 1, reason: 'other' } })).status, 404);
    const other = await createOrganisation(server.db, `msp-other-${process.pid}`);
    const foreignCoordinator = await server.tokenFor('coordinator', 'foreign', other.secretKey);
    assert.equal((await server.request(`/v1/mentorships/${mentorship.id}`, { token: foreignCoordinator })).status, 404);
    assert.deepEqual((await server.request('/v1/mentorships', { token: foreignCoordinator })).body.items, []);
    const coordinator = await server.tokenFor('coordinator', id('coordinator'));
    assert.ok((await server.request('/v1/mentorships', { token: coordinator })).body.items.some((item: { id: string }) => item.id === mentorship.id));
    const closed = await server.request(`/v1/mentorships/${mentorship.id}/closure`, { token: coordinator, body: { version: 1, reason: 'no-contact' } });
    assert.equal(closed.status, 200, closed.text);
    assert.equal(closed.body.closedBy, 'coordinator');
    assert.equal(await load(mentor.mentorId), 0);
  });

  it('keeps each route to its roles', async () => {
    const tokens = {
      mentee: await server.tokenFor('mentee', id('role')),
      mentor: await server.tokenFor('mentor', id('role')),
      coordinator: await server.tokenFor('coordinator', id('role')),
    };
    const refused: [keyof typeof tokens, string, string, unknown?][] = [
      ['coordinator', 'PUT', '/v1/mentorships/msp_x/agreement', { ...agreement, version: 1 }],
      ['coordinator', 'POST', '/v1/mentorships/msp_x/confirmation', { version: 1 }],
      ['mentee', 'GET', '/v1/mentor-mentees'], ['coordinator', 'GET', '/v1/mentor-mentees'],
      ['mentee', 'GET', '/v1/introduction-queue'], ['mentor', 'GET', '/v1/introduction-queue'],
      ['mentor', 'POST', '/v1/introduction-queue/int_x/decision', { action: 'approve', version: 1 }],
      ['mentee', 'GET', '/v1/mentorship-settings'], ['mentor', 'PATCH', '/v1/mentorship-settings', { version: 1, coordinatorApproval: true }],
    ];
    for (const [role, method, path, body] of refused) {
      assert.equal((await server.request(path, { method, token: tokens[role], body })).status, 403, `${method} ${path} as ${role}`);
    }
    assert.equal((await server.request('/v1/mentorships', { token: 'pk_demo_bridgeway' })).status, 401);
  });
});

/** 20 mentees ask one mentor with 3 places at the same moment: exactly 3 requests get through. */
async function raceForThreePlaces(on: TestServer) {
  const mentor = await mentorWithAccount(on, 3);
  const tokens = await Promise.all(Array.from({ length: 20 }, () => on.tokenFor('mentee', id('racer'))));
  const answers = await Promise.all(tokens.map((token) => ask(on, token, mentor.mentorId)));
  const statuses = answers.map((answer) => answer.status).sort();
  assert.deepEqual(statuses, [...Array(3).fill(201), ...Array(17).fill(422)], answers.map((a) => a.text).join('\n').slice(0, 2000));
  assert.ok(answers.filter((a) => a.status === 422).every((a) => a.body.reason === 'mentor-at-capacity'));
  const { rows } = await on.db.query<{ current_load: number; open: number }>(
    `SELECT current_load, (SELECT count(*)::int FROM introduction_requests WHERE mentor_id = $1 AND status = 'pending') AS open FROM mentors WHERE id = $1`,
    [mentor.mentorId],
  );
  assert.deepEqual(rows[0], { current_load: 3, open: 3 });
}

describe('capacity under concurrent requests', () => {
  it('holds on PGlite: 20 requests at once to 3 places', () => raceForThreePlaces(server));

  const unavailable = postgresUnavailable();
  it('holds on PostgreSQL: 20 requests at once to 3 places', { skip: unavailable ?? false }, async () => {
    const cluster = await startThrowawayCluster();
    try {
      const pg = withHelpers(await startServer({ port: 0, host: '127.0.0.1', databaseUrl: cluster.databaseUrl, seedDemo: true, log: false, rateLimits: false }));
      try {
        await raceForThreePlaces(pg);
      } finally {
        await pg.close();
      }
    } finally {
      await cluster.stop();
    }
  });
});

describe('expiry after the organisation\'s period', () => {
  it('expires an unanswered request after the days the coordinators set, tells the mentee and frees the place', async () => {
    const org = await createOrganisation(server.db, `msp-expiry-${process.pid}`);
    const coordinator = await server.tokenFor('coordinator', 'staff', org.secretKey);
    const settings = await server.request('/v1/mentorship-settings', { token: coordinator });
    assert.deepEqual(settings.body, { requestExpiryDays: 14, coordinatorApproval: false, stuckAfterDays: 30, version: 1 });
    const changed = await server.request('/v1/mentorship-settings', { token: coordinator, method: 'PATCH', body: { version: 1, requestExpiryDays: 2 } });
    assert.equal(changed.status, 200, changed.text);
    assert.equal(changed.body.requestExpiryDays, 2);
    assert.equal((await server.request('/v1/mentorship-settings', { token: coordinator, method: 'PATCH', body: { version: 1, requestExpiryDays: 3 } })).status, 409);
    assert.equal((await server.request('/v1/mentorship-settings', { token: coordinator, method: 'PATCH', body: { version: 2, requestExpiryDays: 91 } })).status, 400);
    const audit = (await server.request('/v1/audit-events', { token: coordinator })).body.items[0];
    assert.deepEqual([audit.action, audit.details, audit.actor.kind], ['settings.updated', { requestExpiryDays: '2' }, 'user']);

    const mentor = await mentorWithAccount(server, 1, org.id, org.secretKey);
    const mentee = await server.tokenFor('mentee', 'asker', org.secretKey);
    const request = await ask(server, mentee, mentor.mentorId);
    assert.equal(request.status, 201, request.text);
    const days = (Date.parse(request.body.respondBy) - Date.parse(request.body.createdAt)) / 86_400_000;
    assert.equal(days, 2);
    // Two days pass without an answer.
    await server.db.query(`UPDATE introduction_requests SET respond_by = now() - interval '1 minute' WHERE id = $1`, [request.body.id]);
    const sweep = await server.request('/v1/introductions/sweep', { token: org.secretKey, method: 'POST' });
    assert.equal(sweep.body.expired, 1);
    const [seen] = (await server.request('/v1/introductions', { token: mentee })).body.items;
    assert.equal(seen.request.status, 'expired');
    assert.equal(seen.mentor.currentLoad, 0);
    assert.equal((await ask(server, mentee, mentor.mentorId)).status, 201, 'the mentee may ask again');
  });

  it('expires an overdue request when the next one reaches its mentor, without waiting for the sweep', async () => {
    const mentor = await mentorWithAccount(server, 1);
    const first = await ask(server, await server.tokenFor('mentee', id('mentee')), mentor.mentorId);
    await server.db.query(`UPDATE introduction_requests SET respond_by = now() - interval '1 minute' WHERE id = $1`, [first.body.id]);
    const second = await ask(server, await server.tokenFor('mentee', id('mentee')), mentor.mentorId);
    assert.equal(second.status, 201, second.text);
    const { rows } = await server.db.query<{ status: string }>('SELECT status FROM introduction_requests WHERE id = $1', [first.body.id]);
    assert.equal(rows[0].status, 'expired');
  });
});

describe('coordinator approval', () => {
  it('queues requests before any mentor sees them; a coordinator approves, proposes another mentor, or declines', async () => {
    const org = await createOrganisation(server.db, `msp-queue-${process.pid}`);
    const coordinator = await server.tokenFor('coordinator', 'staff', org.secretKey);
    assert.equal((await server.request('/v1/mentorship-settings', { token: coordinator, method: 'PATCH', body: { version: 1, coordinatorApproval: true } })).status, 200);
    const asked = await mentorWithAccount(server, 2, org.id, org.secretKey);
    const other = await mentorWithAccount(server, 2, org.id, org.secretKey);
    const mentees = await Promise.all(['a', 'b', 'c'].map((name) => server.tokenFor('mentee', name, org.secretKey)));
    const requests = [];
    for (const mentee of mentees) {
      const request = await ask(server, mentee, asked.mentorId);
      assert.equal(request.status, 201, request.text);
      assert.equal(request.body.approval, 'waiting');
      requests.push(request.body);
    }
    assert.deepEqual((await server.request('/v1/mentor-introductions', { token: asked.token })).body.items, [], 'no mentor sees a queued request');
    assert.equal((await server.request(`/v1/mentor-introductions/${requests[0].id}/reply`, { token: asked.token, body: { action: 'accept', version: 1 } })).status, 404);
    const queue = await server.request('/v1/introduction-queue', { token: coordinator });
    assert.deepEqual(queue.body.items.map((item: { request: { id: string } }) => item.request.id), requests.map((r) => r.id), 'oldest first');
    assert.equal(queue.body.items[0].mentee.displayName, 'a');

    const decide = (introductionId: string, body: unknown) => server.request(`/v1/introduction-queue/${introductionId}/decision`, { token: coordinator, body });
    const approved = await decide(requests[0].id, { action: 'approve', version: 1 });
    assert.equal(approved.status, 200, approved.text);
    assert.equal(approved.body.approval, 'approved');
    assert.deepEqual((await server.request('/v1/mentor-introductions', { token: asked.token })).body.items.map((r: { id: string }) => r.id), [requests[0].id]);
    assert.equal((await decide(requests[0].id, { action: 'approve', version: 2 })).body.reason, 'not-in-queue');

    const proposed = await decide(requests[1].id, { action: 'propose', version: 1, mentorId: other.mentorId, note: 'Closer to your field.' });
    assert.equal(proposed.status, 200, proposed.text);
    assert.deepEqual([proposed.body.mentorId, proposed.body.requestedMentorId, proposed.body.coordinatorNote], [other.mentorId, asked.mentorId, 'Closer to your field.']);
    assert.deepEqual((await server.request('/v1/mentor-introductions', { token: other.token })).body.items.map((r: { id: string }) => r.id), [requests[1].id]);

    const declined = await decide(requests[2].id, { action: 'decline', version: 1, reason: 'outside-expertise', note: 'Let us find you someone in engineering.' });
    assert.equal(declined.status, 200, declined.text);
    const [view] = (await server.request('/v1/introductions', { token: mentees[2] })).body.items;
    assert.deepEqual([view.request.status, view.request.declineReason, view.request.coordinatorNote], ['declined', 'outside-expertise', 'Let us find you someone in engineering.']);
    assert.deepEqual((await server.request('/v1/introduction-queue', { token: coordinator })).body.items, []);
    const loads = await server.db.query<{ id: string; current_load: number }>('SELECT id, current_load FROM mentors WHERE id = ANY($1) ORDER BY id', [[asked.mentorId, other.mentorId]]);
    assert.deepEqual(Object.fromEntries(loads.rows.map((row) => [row.id, row.current_load])), { [asked.mentorId]: 1, [other.mentorId]: 1 });

    const foreign = await server.tokenFor('coordinator', id('demo-coordinator'));
    const waiting = await ask(server, await server.tokenFor('mentee', 'd', org.secretKey), asked.mentorId);
    assert.equal((await server.request(`/v1/introduction-queue/${waiting.body.id}/decision`, { token: foreign, body: { action: 'approve', version: 1 } })).status, 404, 'another organisation\'s coordinator');
    assert.ok(!(await server.request('/v1/introduction-queue', { token: foreign })).body.items.some((item: { request: { id: string } }) => item.request.id === waiting.body.id));
  });
});

/** A mentorship made active through the routes: request, acceptance, the mentor's agreement, the mentee's confirmation. */
async function activeMentorship(contact?: Parameters<typeof mentorWithAccount>[4]) {
  const mentor = await mentorWithAccount(server, 2, 'demo', DEMO_SECRET_KEY, contact);
  const mentee = await server.signIn('mentee', id('mentee'), { displayName: 'Ana Lima' });
  const request = await ask(server, mentee.token, mentor.mentorId);
  assert.equal(request.status, 201, request.text);
  const accepted = await server.request(`/v1/mentor-introductions/${request.body.id}/reply`, { token: mentor.token, body: { action: 'accept', version: 1 } });
  assert.equal(accepted.status, 200, accepted.text);
  const started = (await server.request('/v1/mentorships', { token: mentee.token })).body.items[0];
  const path = `/v1/mentorships/${started.id}`;
  assert.equal((await server.request(`${path}/agreement`, { token: mentor.token, method: 'PUT', body: { ...agreement, version: 1 } })).status, 200);
  const active = await server.request(`${path}/confirmation`, { token: mentee.token, body: { version: 2 } });
  assert.equal(active.body.status, 'active', active.text);
  return { mentor, mentee, path, request: request.body, version: active.body.version as number };
}

describe('changing an active mentorship\'s agreement', () => {
  const change = { goals: 'Pass the exam, then a bridging job in a hospital pharmacy', meetingCadence: 'monthly', hoursPerMonth: 2, expectedEndDate: '2027-12-31' };

  it('keeps the confirmed agreement until the other side accepts a proposed change, which becomes its next version', async () => {
    const { mentor, mentee, path, version } = await activeMentorship();
    const before = await server.request(path, { token: mentor.token });
    assert.deepEqual([before.body.agreementVersion, before.body.proposedChange], [1, null]);

    const proposed = await server.request(`${path}/agreement-change`, { token: mentee.token, body: { ...change, version } });
    assert.equal(proposed.status, 200, proposed.text);
    assert.deepEqual(proposed.body.agreement, agreement, 'the confirmed agreement stands');
    assert.equal(proposed.body.agreementVersion, 1);
    assert.equal(proposed.body.status, 'active');
    const { proposedBy, proposedAt, ...proposal } = proposed.body.proposedChange;
    assert.deepEqual([proposedBy, proposal], ['mentee', change]);
    assert.ok(proposedAt);
    const seenByMentor = await server.request(path, { token: mentor.token });
    assert.deepEqual([seenByMentor.body.agreement, seenByMentor.body.proposedChange?.proposedBy], [agreement, 'mentee']);

    const ownAnswer = await server.request(`${path}/agreement-change/answer`, { token: mentee.token, body: { version: proposed.body.version, action: 'accept' } });
    assert.deepEqual([ownAnswer.status, ownAnswer.body.reason], [403, 'own-proposal']);
    const stale = await server.request(`${path}/agreement-change/answer`, { token: mentor.token, body: { version, action: 'accept' } });
    assert.equal(stale.status, 409);
    const declined = await server.request(`${path}/agreement-change/answer`, { token: mentor.token, body: { version: proposed.body.version, action: 'decline' } });
    assert.equal(declined.status, 200, declined.text);
    assert.deepEqual([declined.body.agreement, declined.body.agreementVersion, declined.body.proposedChange], [agreement, 1, null]);
    const nothing = await server.request(`${path}/agreement-change/answer`, { token: mentor.token, body: { version: declined.body.version, action: 'accept' } });
    assert.deepEqual([nothing.status, nothing.body.reason], [422, 'no-change-proposed']);

    // The other way round: the mentor proposes, the mentee accepts.
    const byMentor = await server.request(`${path}/agreement-change`, { token: mentor.token, body: { ...change, version: declined.body.version } });
    assert.equal(byMentor.body.proposedChange.proposedBy, 'mentor');
    const accepted = await server.request(`${path}/agreement-change/answer`, { token: mentee.token, body: { version: byMentor.body.version, action: 'accept' } });
    assert.equal(accepted.status, 200, accepted.text);
    assert.deepEqual([accepted.body.agreement, accepted.body.agreementVersion, accepted.body.proposedChange], [change, 2, null]);
    assert.equal(accepted.body.menteeConfirmedAt, accepted.body.updatedAt, 'both confirmed the new version when it was accepted');
    assert.equal(accepted.body.mentorConfirmedAt, accepted.body.updatedAt);
    assert.equal((await server.request('/v1/mentor-mentees', { token: mentor.token })).body.items[0].goals, change.goals);

    // A proposal is withdrawn by its side only.
    const again = await server.request(`${path}/agreement-change`, { token: mentor.token, body: { ...agreement, version: accepted.body.version } });
    const notTheirs = await server.request(`${path}/agreement-change/answer`, { token: mentee.token, body: { version: again.body.version, action: 'withdraw' } });
    assert.deepEqual([notTheirs.status, notTheirs.body.reason], [403, 'not-the-proposer']);
    const withdrawn = await server.request(`${path}/agreement-change/answer`, { token: mentor.token, body: { version: again.body.version, action: 'withdraw' } });
    assert.deepEqual([withdrawn.status, withdrawn.body.agreement, withdrawn.body.agreementVersion, withdrawn.body.proposedChange], [200, change, 2, null]);
  });

  it('takes changes only while active, from its two sides, and hides them from everyone else', async () => {
    const { mentor, mentee, path, version } = await activeMentorship();
    const coordinator = await server.tokenFor('coordinator', id('coordinator'));
    assert.equal((await server.request(`${path}/agreement-change`, { token: coordinator, body: { ...change, version } })).status, 403);
    assert.equal((await server.request(path, { token: coordinator })).status, 200, 'a coordinator reads it');
    const stranger = await server.signIn('mentee', id('stranger'));
    assert.equal((await server.request(`${path}/agreement-change`, { token: stranger.token, body: { ...change, version } })).status, 404);
    const org = await createOrganisation(server.db, id('change-org'));
    const foreign = await server.tokenFor('mentee', id('foreign'), org.secretKey);
    assert.equal((await server.request(`${path}/agreement-change`, { token: foreign, body: { ...change, version } })).status, 404);
    assert.equal((await server.request(`${path}/agreement-change`, { token: mentee.token, body: { ...change, hoursPerMonth: 41, version } })).status, 400);
    const proposed = await server.request(`${path}/agreement-change`, { token: mentee.token, body: { ...change, version } });
    const closed = await server.request(`${path}/closure`, { token: mentor.token, body: { version: proposed.body.version, reason: 'no-time' } });
    assert.equal(closed.status, 200, closed.text);
    assert.equal(closed.body.proposedChange, null, 'closing drops an unanswered proposal');
    const late = await server.request(`${path}/agreement-change`, { token: mentee.token, body: { ...change, version: closed.body.version } });
    assert.deepEqual([late.status, late.body.reason], [422, 'not-active']);

    // While agreeing, the agreement is edited, not changed.
    const other = await mentorWithAccount(server, 2);
    const asked = await ask(server, mentee.token, other.mentorId);
    await server.request(`/v1/mentor-introductions/${asked.body.id}/reply`, { token: other.token, body: { action: 'accept', version: 1 } });
    const agreeing = (await server.request('/v1/mentorships?status=agreeing', { token: mentee.token })).body.items[0];
    const early = await server.request(`/v1/mentorships/${agreeing.id}/agreement-change`, { token: mentee.token, body: { ...change, version: agreeing.version } });
    assert.deepEqual([early.status, early.body.reason, agreeing.agreementVersion], [422, 'not-active', 0]);
  });
});

describe('contact details after a mentorship closes', () => {
  it('gives the mentor\'s contact details to their mentee while the mentorship is open, and no longer once it is closed', async () => {
    const contact = { email: 'mentor@example.org', phone: '+1 416 555 0100', bookingUrl: 'https://book.example.org/mentor', note: 'Evenings' };
    const { mentor, mentee, path, request, version } = await activeMentorship(contact);
    const shown = (await server.request('/v1/introductions', { token: mentee.token })).body.items.find((item: { request: { id: string } }) => item.request.id === request.id);
    assert.deepEqual(shown.contact, { mentorId: mentor.mentorId, ...contact });
    assert.equal((await server.request(`${path}/closure`, { token: mentee.token, body: { version, reason: 'goals-met' } })).status, 200);
    const after = (await server.request('/v1/introductions', { token: mentee.token })).body.items.find((item: { request: { id: string } }) => item.request.id === request.id);
    assert.equal(after.request.status, 'accepted', 'the request stays as it was');
    assert.equal(after.contact, null, 'the contact details are no longer shared');
  });
});
