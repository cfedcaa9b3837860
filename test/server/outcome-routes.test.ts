/**
 * Outcomes over real HTTP on PGlite: a mentee's intake, follow-ups, first role and consent;
 * who may read and write what; and the coordinator's list of due follow-ups.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addDays } from '../../src/core/plan/dates.js';
import { isoDay } from '../../src/server/wire.js';
import { createOrganisation, startTestServer, type TestServer } from './helpers.js';

const today = isoDay();
const intake = { employment: 'employed', inField: false, pay: { amount: 18, currency: 'CAD', period: 'hour' }, satisfaction: 3 };
const consent = { figures: true, quote: 'program', gender: false };

describe('outcome routes', () => {
  let server: TestServer;
  let mentee: string;
  let mentor: string;
  let coordinator: string;
  let other: { coordinator: string; mentee: string };

  before(async () => {
    server = await startTestServer();
    mentee = await server.tokenFor('mentee', 'outcome-mentee');
    mentor = await server.tokenFor('mentor', 'outcome-mentor');
    coordinator = await server.tokenFor('coordinator', 'outcome-coordinator');
    const org = await createOrganisation(server.db, 'org_outcomes_other');
    other = { coordinator: await server.tokenFor('coordinator', 'c', org.secretKey), mentee: await server.tokenFor('mentee', 'outcome-mentee', org.secretKey) };
  });
  after(() => server.close());

  /** Every due follow-up of the caller's organisation, page after page (the demo cohort has many). */
  async function allDue(token: string): Promise<Array<{ menteeId: string; month: number; dueOn: string }>> {
    const items: Array<{ menteeId: string; month: number; dueOn: string }> = [];
    let cursor: string | null = null;
    do {
      const page: { status: number; text: string; body: { items: Array<{ menteeId: string; month: number; dueOn: string }>; nextCursor: string | null } } = await server.request(`/v1/follow-ups/due${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`, { token });
      assert.equal(page.status, 200, page.text);
      items.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor);
    return items;
  }

  it('takes the intake once, schedules the follow-ups and answers them when due', async () => {
    const enteredOn = addDays(today, -200);
    const missing = await server.request('/v1/me/enrolment', { token: mentee });
    assert.equal(missing.status, 200, missing.text);
    assert.equal(missing.body, null, 'not entered yet: null, not an error a page would log');

    const created = await server.request('/v1/me/enrolment', { token: mentee, body: { enteredOn, occupationId: 'registered-nurse', jurisdictionId: 'ca-on', consent, intake } });
    assert.equal(created.status, 201, created.text);
    assert.equal(created.body.enteredOn, enteredOn);
    assert.deepEqual(created.body.followUps.map((f: { month: number; status: string }) => [f.month, f.status]), [[3, 'due'], [6, 'due'], [12, 'upcoming']]);
    assert.deepEqual(created.body.responses[0].pay, intake.pay);

    const again = await server.request('/v1/me/enrolment', { token: mentee, body: { consent, intake } });
    assert.equal(again.status, 409, again.text);
    assert.equal(again.body.current.enteredOn, enteredOn);

    const notDue = await server.request('/v1/me/enrolment/follow-ups/12', { method: 'PUT', token: mentee, body: { employment: 'employed', inField: true } });
    assert.equal(notDue.status, 400, notDue.text);
    assert.equal(notDue.body.errors[0].path, 'month');
    const unknown = await server.request('/v1/me/enrolment/follow-ups/4', { method: 'PUT', token: mentee, body: { employment: 'employed', inField: true } });
    assert.equal(unknown.status, 404, unknown.text);

    const mine = (await allDue(coordinator)).filter((item: { menteeId: string }) => item.menteeId === created.body.menteeId);
    assert.deepEqual(mine.map((item: { month: number }) => item.month), [3, 6]);
    assert.equal(mine[0].dueOn, created.body.followUps[0].dueOn);
    assert.equal('pay' in mine[0], false, 'a coordinator sees who and when, never the answers');

    const answered = await server.request('/v1/me/enrolment/follow-ups/3', { method: 'PUT', token: mentee, body: { employment: 'employed', inField: true, satisfaction: 4 } });
    assert.equal(answered.status, 200, answered.text);
    assert.equal(answered.body.followUps[0].status, 'answered');
    assert.deepEqual((await allDue(coordinator)).filter((item: { menteeId: string }) => item.menteeId === created.body.menteeId).map((item: { month: number }) => item.month), [6]);
  });

  it('refuses answers that contradict themselves and dates outside the program', async () => {
    const contradiction = await server.request('/v1/me/enrolment/follow-ups/6', { method: 'PUT', token: mentee, body: { employment: 'not-employed', inField: true } });
    assert.equal(contradiction.status, 400, contradiction.text);
    assert.equal(contradiction.body.errors[0].path, 'inField');
    const current = (await server.request('/v1/me/enrolment', { token: mentee })).body;
    const future = await server.request('/v1/me/enrolment', { method: 'PATCH', token: mentee, body: { version: current.version, firstRoleOn: addDays(today, 1) } });
    assert.equal(future.status, 400, future.text);
    assert.equal(future.body.errors[0].path, 'firstRoleOn');
    const before = await server.request('/v1/me/enrolment', { method: 'PATCH', token: mentee, body: { version: current.version, firstRoleOn: addDays(current.enteredOn, -1) } });
    assert.equal(before.status, 400, before.text);
    const noConsent = await server.request('/v1/me/enrolment', { method: 'PATCH', token: mentee, body: { version: current.version, gender: 'woman' } });
    assert.equal(noConsent.status, 400, noConsent.text);
    assert.equal(noConsent.body.errors[0].path, 'gender');
  });

  it('records a first role with a versioned write and forgets gender when its consent is withdrawn', async () => {
    const current = (await server.request('/v1/me/enrolment', { token: mentee })).body;
    const firstRoleOn = addDays(current.enteredOn, 150);
    const updated = await server.request('/v1/me/enrolment', {
      method: 'PATCH', token: mentee, body: { version: current.version, firstRoleOn, consent: { ...consent, gender: true }, gender: 'woman' },
    });
    assert.equal(updated.status, 200, updated.text);
    assert.equal(updated.body.firstRoleOn, firstRoleOn);
    assert.equal(updated.body.gender, 'woman');
    const stale = await server.request('/v1/me/enrolment', { method: 'PATCH', token: mentee, body: { version: current.version, leftOn: today } });
    assert.equal(stale.status, 409, stale.text);
    assert.equal(stale.body.current.version, updated.body.version);
    const withdrawn = await server.request('/v1/me/enrolment', { method: 'PATCH', token: mentee, body: { version: updated.body.version, consent: { ...consent, gender: false } } });
    assert.equal(withdrawn.status, 200, withdrawn.text);
    assert.equal(withdrawn.body.gender, null);
    assert.equal(withdrawn.body.firstRoleOn, firstRoleOn, 'what was not sent stays as it was');
    assert.ok(withdrawn.body.consent.changedAt > current.consent.changedAt);
  });

  it('keeps each role to its own: mentees write their own, mentors give feedback, coordinators read lists and figures', async () => {
    for (const [path, token] of [['/v1/follow-ups/due', mentee], ['/v1/follow-ups/due', mentor], ['/v1/program-metrics', mentee], ['/v1/program-metrics', mentor], ['/v1/outcome-settings', mentee]] as const) {
      const res = await server.request(path, { token });
      assert.equal(res.status, 403, `${path}: ${res.text}`);
    }
    const byMentor = await server.request('/v1/me/enrolment', { token: mentor, body: { consent, intake } });
    assert.equal(byMentor.status, 403, byMentor.text);
    const feedback = await server.request('/v1/me/program-feedback', { token: mentor, body: { satisfaction: 5, note: 'Good training.' } });
    assert.equal(feedback.status, 201, feedback.text);
    const byMentee = await server.request('/v1/me/program-feedback', { token: mentee, body: { satisfaction: 5 } });
    assert.equal(byMentee.status, 403, byMentee.text);
  });

  it('keeps organisations apart: the same external id elsewhere is another person, and due lists hold only the organisation\'s own', async () => {
    const elsewhere = await server.request('/v1/me/enrolment', { token: other.mentee });
    assert.equal(elsewhere.status, 200, elsewhere.text);
    assert.equal(elsewhere.body, null);
    const due = await server.request('/v1/follow-ups/due', { token: other.coordinator });
    assert.equal(due.status, 200, due.text);
    assert.deepEqual(due.body.items, []);
  });

  it('lets a coordinator change the schedule for new entries, never below a cell size of 5', async () => {
    const tooSmall = await server.request('/v1/outcome-settings', { method: 'PUT', token: other.coordinator, body: { followUpMonths: [6, 3], minCellSize: 4 } });
    assert.equal(tooSmall.status, 400, tooSmall.text);
    const set = await server.request('/v1/outcome-settings', { method: 'PUT', token: other.coordinator, body: { followUpMonths: [6, 1], minCellSize: 5 } });
    assert.equal(set.status, 200, set.text);
    assert.deepEqual(set.body.followUpMonths, [1, 6]);
    const entered = await server.request('/v1/me/enrolment', { token: other.mentee, body: { enteredOn: addDays(today, -40), consent, intake } });
    assert.deepEqual(entered.body.followUps.map((f: { month: number; status: string }) => [f.month, f.status]), [[1, 'due'], [6, 'upcoming']]);
    const demo = await server.request('/v1/outcome-settings', { token: coordinator });
    assert.deepEqual(demo.body, { followUpMonths: [3, 6, 12], minCellSize: 10 }, 'another organisation keeps the defaults');
  });
});
