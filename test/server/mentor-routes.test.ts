import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { IntroductionRequest, MenteeIntroduction, MentorMatchPage, MentorProfile } from '../../src/api/mentor.js';
import { upsertMentors } from '../../src/server/store/mentors.js';
import { createOrganisation, startTestServer, type TestResponse, type TestServer } from './helpers.js';

const KEY = 'pk_demo_bridgeway';
let server: TestServer;
/** Every response body seen in this file, checked at the end for contact details. */
const seen: Array<{ path: string; text: string; contactAllowed: boolean }> = [];
const SEED_EMAIL = /@[a-z0-9.-]+\.[a-z]{2,}/i;

async function call<T = any>(path: string, init: Parameters<TestServer['request']>[1] = {}, contactAllowed = false): Promise<TestResponse<T>> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const response = await server.request<T>(path, init);
  seen.push({ path, text: response.text, contactAllowed });
  return response;
}

async function search(body: Record<string, unknown>, token = KEY) {
  const response = await call('/v1/mentors/search', { token, body });
  assert.equal(response.status, 200, response.text);
  return MentorMatchPage.parse(response.body);
}

let unique = 0;
async function newMentee() {
  return server.tokenFor('mentee', `route-mentee-${process.pid}-${unique++}`);
}

before(async () => {
  server = await startTestServer();
});
after(() => server.close());

describe('mentor search over HTTP', () => {
  it('serves the offered ones of the 86 seed mentors with a publishable key', async () => {
    const first = await search({ limit: 100 });
    const { rows } = await server.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM mentors WHERE organisation_id = 'demo' AND status = 'active' AND current_load < capacity AND approval = 'approved' AND training_complete`);
    assert.equal(first.items.length, rows[0].n);
    assert.ok(first.items.length >= 70, `only ${first.items.length} offered mentors`);
  });

  it('applies a required occupation, jurisdiction and language and explains each factor', async () => {
    const page = await search({ occupation: 'registered-nurse', jurisdiction: 'ca-on', languages: ['en'], require: ['occupation'], limit: 50 });
    assert.ok(page.items.length > 0);
    for (const match of page.items) {
      assert.ok(match.mentor.occupations.includes('registered-nurse'));
      assert.deepEqual(match.factors.map((f) => f.factor), ['same-occupation', 'licensed-in-target', 'shared-language', 'availability', 'responsiveness']);
      for (const factor of match.factors) assert.ok(factor.points <= factor.weight);
    }
    const scores = page.items.map((m) => m.score);
    assert.ok(scores[0] >= scores.at(-1)!);
  });

  it('filters by offers and format when required', async () => {
    const page = await search({ offers: ['plan-review'], format: 'in-person', require: ['format'], limit: 100 });
    for (const match of page.items) {
      assert.ok(match.mentor.offers.includes('plan-review'));
      assert.ok(match.mentor.formats.includes('in-person'));
    }
  });

  it('walks pages with the cursor without repeats, and refuses a cursor of another search', async () => {
    const ids: string[] = [];
    let cursor: string | null | undefined;
    do {
      const page = await search({ jurisdiction: 'ca-on', limit: 7, ...(cursor ? { cursor } : {}) });
      ids.push(...page.items.map((m) => m.mentor.id));
      cursor = page.nextCursor;
    } while (cursor);
    const all = await search({ jurisdiction: 'ca-on', limit: 100 });
    assert.deepEqual(ids, all.items.map((m) => m.mentor.id));
    const page = await search({ jurisdiction: 'ca-on', limit: 7 });
    const wrong = await call('/v1/mentors/search', { token: KEY, body: { jurisdiction: 'ca-bc', limit: 7, cursor: page.nextCursor } });
    assert.equal(wrong.status, 400);
    assert.equal(wrong.body.code, 'invalid_request');
  });

  it('rejects an invalid query with a problem naming the field', async () => {
    const response = await call('/v1/mentors/search', { token: KEY, body: { limit: 1000 } });
    assert.equal(response.status, 400);
    assert.match(response.headers.get('content-type') ?? '', /problem\+json/);
  });

  it('reads one card, and not one of another organisation', async () => {
    const [match] = (await search({ limit: 1 })).items;
    const card = await call(`/v1/mentors/${match.mentor.id}`, { token: KEY });
    assert.equal(card.status, 200);
    MentorProfile.parse(card.body);
    const other = await createOrganisation(server.db, 'elsewhere-cards');
    const hidden = await call(`/v1/mentors/${match.mentor.id}`, { token: other.publishableKey });
    assert.equal(hidden.status, 404);
  });
});

describe('introductions over HTTP', () => {
  let mentorToken: string;
  let demoMentorId: string;

  before(async () => {
    mentorToken = await server.tokenFor('mentor', 'demo-mentor');
    const me = await call('/v1/me/mentor', { token: mentorToken });
    assert.equal(me.status, 200, me.text);
    demoMentorId = me.body.id;
  });

  it('runs a request from creation to acceptance, sharing contact details only then', async () => {
    const mentee = await newMentee();
    const created = await call('/v1/introductions', {
      token: mentee,
      headers: { 'idempotency-key': `create-${unique}` },
      body: { mentorId: demoMentorId, message: 'I trained as a nurse in Manila; could we talk about NCLEX?', hopes: ['informational-interview'] },
    });
    assert.equal(created.status, 201, created.text);
    const request = IntroductionRequest.parse(created.body);
    // The same key again replays the same request instead of creating another.
    const replay = await call('/v1/introductions', {
      token: mentee,
      headers: { 'idempotency-key': `create-${unique}` },
      body: { mentorId: demoMentorId, message: 'I trained as a nurse in Manila; could we talk about NCLEX?', hopes: ['informational-interview'] },
    });
    assert.equal(replay.body.id, request.id);

    const before = await call('/v1/introductions', { token: mentee });
    assert.equal(before.body.items.length, 1);
    assert.equal(before.body.items[0].contact, null);

    const incoming = await call('/v1/mentor-introductions', { token: mentorToken });
    assert.ok(incoming.body.items.some((item: IntroductionRequest) => item.id === request.id));

    const asked = await call(`/v1/mentor-introductions/${request.id}/reply`, { token: mentorToken, body: { action: 'ask', version: 1, question: 'Have you booked the NCLEX yet?' } });
    assert.equal(asked.status, 200, asked.text);
    assert.equal(asked.body.status, 'question');
    const stale = await call(`/v1/mentor-introductions/${request.id}/reply`, { token: mentorToken, body: { action: 'accept', version: 1 } });
    assert.equal(stale.status, 409);
    assert.equal(stale.body.current.version, 2);

    const answered = await call(`/v1/introductions/${request.id}/follow-up`, { token: mentee, body: { action: 'answer', version: 2, answer: 'Yes, in March.' } });
    assert.equal(answered.status, 200, answered.text);
    const accepted = await call(`/v1/mentor-introductions/${request.id}/reply`, { token: mentorToken, body: { action: 'accept', version: 3 } });
    assert.equal(accepted.status, 200, accepted.text);
    assert.equal(accepted.body.status, 'accepted');

    const mine = await call('/v1/introductions', { token: mentee }, true);
    const view = MenteeIntroduction.parse(mine.body.items[0]);
    assert.equal(view.request.status, 'accepted');
    assert.ok(view.contact?.email);
    // Another mentee never sees it.
    const stranger = await call('/v1/introductions', { token: await newMentee() });
    assert.equal(stranger.body.items.length, 0);
  });

  it('declines kindly, and lets a mentee withdraw', async () => {
    const mentee = await newMentee();
    const [a, b] = (await search({ occupation: 'pharmacist', limit: 2 })).items;
    const first = await call('/v1/introductions', { token: mentee, body: { mentorId: demoMentorId, message: 'Hello', hopes: ['plan-review'] } });
    const declined = await call(`/v1/mentor-introductions/${first.body.id}/reply`, { token: mentorToken, body: { action: 'decline', version: 1, reason: 'outside-expertise' } });
    assert.equal(declined.body.status, 'declined');
    assert.equal(declined.body.declineReason, 'outside-expertise');
    const second = await call('/v1/introductions', { token: mentee, body: { mentorId: a.mentor.id, message: 'Hello', hopes: ['plan-review'] } });
    const withdrawn = await call(`/v1/introductions/${second.body.id}/follow-up`, { token: mentee, body: { action: 'withdraw', version: 1 } });
    assert.equal(withdrawn.body.status, 'withdrawn');
    const list = await call('/v1/introductions', { token: mentee });
    assert.deepEqual(list.body.items.map((item: MenteeIntroduction) => item.contact), [null, null]);
    assert.ok(b);
  });

  it('holds the open-request limit and refuses a second open request to the same mentor', async () => {
    const mentee = await newMentee();
    const mentors = (await search({ limit: 5 })).items.map((m) => m.mentor.id);
    for (const mentorId of mentors.slice(0, 3)) {
      const created = await call('/v1/introductions', { token: mentee, body: { mentorId, message: 'Hello', hopes: ['informational-interview'] } });
      assert.equal(created.status, 201, created.text);
    }
    const again = await call('/v1/introductions', { token: mentee, body: { mentorId: mentors[0], message: 'Hello', hopes: ['informational-interview'] } });
    assert.equal(again.status, 409);
    const fourth = await call('/v1/introductions', { token: mentee, body: { mentorId: mentors[3], message: 'Hello', hopes: ['informational-interview'] } });
    assert.equal(fourth.status, 422);
    assert.equal(fourth.body.reason, 'open-request-limit');
  });

  it('does not offer a paused or a full mentor, and refuses requests to them', async () => {
    const paused = await call('/v1/me/mentor/pause', { token: mentorToken, body: { paused: true } });
    assert.equal(paused.body.status, 'paused');
    const all = await search({ limit: 100 });
    assert.ok(!all.items.some((m) => m.mentor.id === demoMentorId));
    const refused = await call('/v1/introductions', { token: await newMentee(), body: { mentorId: demoMentorId, message: 'Hello', hopes: ['plan-review'] } });
    assert.equal(refused.status, 422);
    assert.equal(refused.body.reason, 'mentor-paused');
    await call('/v1/me/mentor/pause', { token: mentorToken, body: { paused: false } });

    const [full] = (await search({ limit: 1 })).items;
    await server.db.query(`UPDATE mentors SET current_load = capacity WHERE id = $1`, [full.mentor.id]);
    const after = await search({ limit: 100 });
    assert.ok(!after.items.some((m) => m.mentor.id === full.mentor.id));
    const refusedFull = await call('/v1/introductions', { token: await newMentee(), body: { mentorId: full.mentor.id, message: 'Hello', hopes: ['plan-review'] } });
    assert.equal(refusedFull.body.reason, 'mentor-at-capacity');
  });

  it('lets only mentees ask and only mentors answer', async () => {
    const asMentor = await call('/v1/introductions', { token: mentorToken, body: { mentorId: demoMentorId, message: 'Hi', hopes: ['referral'] } });
    assert.equal(asMentor.status, 403);
    const anonymous = await call('/v1/introductions', { token: KEY, body: { mentorId: demoMentorId, message: 'Hi', hopes: ['referral'] } });
    assert.equal(anonymous.status, 401);
  });

  it('expires overdue requests through the sweep route, freeing the mentee', async () => {
    const mentee = await newMentee();
    const [m] = (await search({ limit: 1 })).items;
    const created = await call('/v1/introductions', { token: mentee, body: { mentorId: m.mentor.id, message: 'Hello', hopes: ['plan-review'] } });
    await server.db.query(`UPDATE introduction_requests SET respond_by = now() - interval '1 day' WHERE id = $1`, [created.body.id]);
    const swept = await call('/v1/introductions/sweep', { token: 'sk_demo_bridgeway', method: 'POST' });
    assert.equal(swept.status, 200, swept.text);
    assert.ok(swept.body.expired >= 1);
    const list = await call('/v1/introductions', { token: mentee });
    assert.equal(list.body.items[0].request.status, 'expired');
  });

  it('saves and forgets favourites', async () => {
    const mentee = await newMentee();
    const [m] = (await search({ limit: 1 })).items;
    assert.equal((await call(`/v1/favourites/${m.mentor.id}`, { token: mentee, method: 'PUT' })).status, 200);
    assert.equal((await call(`/v1/favourites/${m.mentor.id}`, { token: mentee, method: 'PUT' })).status, 200);
    assert.equal((await call('/v1/favourites', { token: mentee })).body.items.length, 1);
    assert.equal((await call(`/v1/favourites/${m.mentor.id}`, { token: mentee, method: 'DELETE' })).status, 204);
    assert.equal((await call('/v1/favourites', { token: mentee })).body.items.length, 0);
  });
});

describe('isolation between organisations', () => {
  it('searches only the caller\'s organisation and cannot request another\'s mentor', async () => {
    const other = await createOrganisation(server.db, 'elsewhere');
    await upsertMentors(server.db, 'elsewhere', [
      {
        externalId: 'x1', displayName: 'Only Elsewhere', headline: '', occupations: ['teacher'], jurisdiction: 'ca-on', city: 'Ottawa',
        licensedIn: ['ca-on'], credentialPath: null, languages: ['en'], formats: ['online'], offers: ['plan-review'], capacity: 3,
        contact: { email: 'only@elsewhere.example', phone: null, bookingUrl: null, note: null },
      },
    ]);
    const theirs = await search({ limit: 100 }, other.publishableKey);
    assert.deepEqual(theirs.items.map((m) => m.mentor.displayName), ['Only Elsewhere']);
    const ours = await search({ limit: 100 });
    assert.ok(!ours.items.some((m) => m.mentor.displayName === 'Only Elsewhere'));
    const refused = await call('/v1/introductions', { token: await newMentee(), body: { mentorId: theirs.items[0].mentor.id, message: 'Hi', hopes: ['plan-review'] } });
    assert.equal(refused.status, 404);
  });
});

describe('contact details', () => {
  it('appear in no response except an accepted request in the mentee\'s own list', () => {
    assert.ok(seen.length > 30);
    for (const response of seen) {
      if (response.contactAllowed) continue;
      assert.doesNotMatch(response.text, SEED_EMAIL, `contact details leaked in ${response.path}`);
      assert.doesNotMatch(response.text, /"(email|phone|bookingUrl)"/, `contact fields in ${response.path}`);
    }
  });
});
