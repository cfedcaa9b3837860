/**
 * The coordinator's desk over real HTTP on PGlite: active mentorships with the stuck flag
 * driven by the organisation's setting, mentors' load, mentees waiting for a match. Each list
 * is coordinators' only, organisation-isolated, paged by position without gaps or repeats,
 * and sorted on the keys it offers. Each test works in an organisation of its own, so the
 * demo data never shifts what it counts.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { upsertMentors } from '../../src/server/store/mentors.js';
import { DEMO_QUEUED_MENTEES, seedDemoDesk } from '../../src/server/seed/mentors/desk.js';
import { ORGANISATION_SEEDS, createOrganisation, startTestServer, type TestServer } from './helpers.js';

let server: TestServer;
let unique = 0;
const id = (prefix: string) => `${prefix}-${process.pid}-${unique++}`;

before(async () => {
  server = await startTestServer();
});
after(() => server.close());

const LISTS = ['/v1/desk/mentorships', '/v1/desk/mentor-load', '/v1/desk/waiting-mentees'] as const;

/** An organisation of its own, its coordinator's token, and helpers that add its people. */
async function organisation() {
  const org = await createOrganisation(server.db, id('desk'));
  const sign = (role: 'mentee' | 'mentor' | 'coordinator', name: string) => server.signIn(role, id(role), { secretKey: org.secretKey, displayName: name });
  const coordinator = (await sign('coordinator', 'Coordinator')).token;
  const db = server.db;
  return {
    ...org,
    coordinator,
    sign,
    /** A mentor with an account, `capacity` places and `used` of them held. */
    async mentor(name: string, capacity: number, used = 0, status: 'active' | 'paused' = 'active') {
      const signedIn = await sign('mentor', name);
      const [mentorId] = await upsertMentors(db, org.id, [{
        userId: signedIn.user.id, displayName: name, headline: '', occupations: ['pharmacist'], jurisdiction: 'ca-on', city: '', licensedIn: [], credentialPath: null,
        languages: ['en'], formats: ['online'], offers: [], capacity, currentLoad: used, status,
      }]);
      return { mentorId, userId: signedIn.user.id, token: signedIn.token };
    },
    /** A request from `menteeId` to `mentorId`, sent `daysAgo` days ago. */
    async request(menteeId: string, mentorId: string, daysAgo: number, status = 'pending') {
      const requestId = id('req');
      await db.query(
        `INSERT INTO introduction_requests (id, organisation_id, mentee_id, mentor_id, message, hopes, status, created_at, respond_by)
         VALUES ($1, $2, $3, $4, 'Could you help me plan my licensing?', '{plan-review}', $5, now() - make_interval(days => $6::int), now() + interval '14 days')`,
        [requestId, org.id, menteeId, mentorId, status, daysAgo],
      );
      return requestId;
    },
    /** An active mentorship that started `daysAgo` days ago. */
    async mentorship(menteeId: string, mentorId: string, daysAgo: number, status = 'active') {
      const introductionId = await this.request(menteeId, mentorId, daysAgo + 1, 'accepted');
      const mentorshipId = id('msp');
      await db.query(
        `INSERT INTO mentorships (id, organisation_id, introduction_id, mentee_id, mentor_id, status, started_at, closed_at)
         VALUES ($1, $2, $3, $4, $5, $6, now() - make_interval(days => $7::int), CASE WHEN $6 = 'closed' THEN now() - interval '1 day' END)`,
        [mentorshipId, org.id, introductionId, menteeId, mentorId, status, daysAgo],
      );
      return mentorshipId;
    },
    /** A check-in `daysAgo` days ago on a plan of the mentee shared with the mentor's account. */
    async checkIn(menteeId: string, mentorUserId: string, daysAgo: number) {
      const planId = id('plan');
      await db.query(`INSERT INTO plans (id, organisation_id, mentee_id, occupation_id, jurisdiction_id, target_date) VALUES ($1, $2, $3, 'pharmacist', 'ca-on', '2028-01-01')`, [planId, org.id, menteeId]);
      await db.query(`INSERT INTO plan_shares (organisation_id, plan_id, mentor_id) VALUES ($1, $2, $3)`, [org.id, planId, mentorUserId]);
      await db.query(
        `INSERT INTO check_ins (id, organisation_id, plan_id, date, summary, confidence, next_steps, author_id) VALUES ($1, $2, $3, current_date - $4::int, 'Met', 3, 'More', $5)`,
        [id('ci'), org.id, planId, daysAgo, menteeId],
      );
    },
  };
}

/** Every page of a list, following `nextCursor`, `limit` at a time. */
async function allPages(path: string, token: string, limit: number): Promise<{ pages: number; items: any[] }> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const items = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const separator = path.includes('?') ? '&' : '?';
    const response: { status: number; text: string; body: { items: unknown[]; nextCursor: string | null } } = await server.request(`${path}${separator}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, { token });
    assert.equal(response.status, 200, response.text);
    items.push(...response.body.items);
    cursor = response.body.nextCursor;
    pages++;
  } while (cursor);
  return { pages, items };
}

describe('the coordinator desk routes', () => {
  it('refuse mentees, mentors and a publishable key', async () => {
    const org = await organisation();
    const mentee = (await org.sign('mentee', 'Mentee')).token;
    const mentor = (await org.sign('mentor', 'Mentor')).token;
    for (const path of LISTS) {
      assert.equal((await server.request(path, { token: mentee })).status, 403, `${path} for a mentee`);
      assert.equal((await server.request(path, { token: mentor })).status, 403, `${path} for a mentor`);
      assert.equal((await server.request(path, { token: org.publishableKey })).status, 401, `${path} with a publishable key`);
      assert.equal((await server.request(path, { token: org.coordinator })).status, 200, `${path} for a coordinator`);
    }
  });

  it('keep organisations apart, and refuse a cursor from another organisation', async () => {
    const a = await organisation();
    const b = await organisation();
    const mentorA = await a.mentor('Ana Mentor', 2, 1);
    const mentorB = await b.mentor('Bo Mentor', 2);
    const menteeA = await a.sign('mentee', 'Amal Mentee');
    await a.mentorship(menteeA.user.id, mentorA.mentorId, 3);
    const waitingA = await a.sign('mentee', 'Aziz Waiting');
    await a.request(waitingA.user.id, mentorA.mentorId, 2);
    await b.mentor('Bea Mentor', 2);

    const loadB = await server.request('/v1/desk/mentor-load', { token: b.coordinator });
    assert.deepEqual(loadB.body.items.map((row: { displayName: string }) => row.displayName).sort(), ['Bea Mentor', 'Bo Mentor']);
    assert.deepEqual((await server.request('/v1/desk/mentorships', { token: b.coordinator })).body.items, []);
    assert.deepEqual((await server.request('/v1/desk/waiting-mentees', { token: b.coordinator })).body.items, []);
    assert.equal((await server.request('/v1/desk/mentorships', { token: a.coordinator })).body.items.length, 1);
    assert.deepEqual((await server.request('/v1/desk/waiting-mentees', { token: a.coordinator })).body.items.map((row: { mentee: { displayName: string } }) => row.mentee.displayName), ['Aziz Waiting']);

    // A cursor that B's list issued, read by A: its anchor is not in A's organisation.
    await b.mentor('Ben Mentor', 3);
    const pageB = await server.request('/v1/desk/mentor-load?limit=1', { token: b.coordinator });
    assert.ok(pageB.body.nextCursor);
    const foreign = await server.request(`/v1/desk/mentor-load?limit=1&cursor=${encodeURIComponent(pageB.body.nextCursor)}`, { token: a.coordinator });
    assert.equal(foreign.status, 400, foreign.text);
    assert.equal(foreign.body.errors[0].path, 'cursor');
    assert.ok(mentorB.mentorId);
  });

  it('flags a mentorship stuck after the organisation\'s days without a check-in', async () => {
    const org = await organisation();
    const mentor = await org.mentor('Mira Mentor', 5, 3);
    const quiet = await org.sign('mentee', 'Quinn Quiet');
    const met = await org.sign('mentee', 'Mel Met');
    const fresh = await org.sign('mentee', 'Fay Fresh');
    await org.mentorship(quiet.user.id, mentor.mentorId, 20);
    await org.mentorship(met.user.id, mentor.mentorId, 60);
    await org.checkIn(met.user.id, mentor.userId, 5);
    await org.mentorship(fresh.user.id, mentor.mentorId, 2, 'agreeing');

    const read = async () => (await server.request('/v1/desk/mentorships', { token: org.coordinator })).body.items as { mentee: { displayName: string }; quietDays: number; stuck: boolean; lastCheckIn: string | null }[];
    const before = await read();
    assert.deepEqual(before.map((row) => [row.mentee.displayName, row.quietDays, row.stuck]), [['Quinn Quiet', 20, false], ['Mel Met', 5, false]], 'only active ones, quietest first; 30 days by default');
    assert.equal(before[0].lastCheckIn, null);
    assert.match(before[1].lastCheckIn ?? '', /^\d{4}-\d{2}-\d{2}$/);

    const settings = await server.request('/v1/mentorship-settings', { token: org.coordinator });
    const changed = await server.request('/v1/mentorship-settings', { token: org.coordinator, method: 'PATCH', body: { version: settings.body.version, stuckAfterDays: 10 } });
    assert.equal(changed.status, 200, changed.text);
    assert.deepEqual((await read()).map((row) => [row.mentee.displayName, row.stuck]), [['Quinn Quiet', true], ['Mel Met', false]]);
    await server.request('/v1/mentorship-settings', { token: org.coordinator, method: 'PATCH', body: { version: changed.body.version, stuckAfterDays: 5 } });
    assert.deepEqual((await read()).map((row) => row.stuck), [true, true], 'a check-in exactly the setting\'s days ago is stuck');
  });

  it('say who is full, who waits idle and who is paused, with open requests holding places', async () => {
    const org = await organisation();
    const full = await org.mentor('Fern Full', 2, 2);
    await org.mentor('Ida Idle', 3, 0);
    const some = await org.mentor('Sam Some', 4, 1);
    await org.mentor('Pia Paused', 2, 1, 'paused');
    const mentee = await org.sign('mentee', 'Asker');
    await org.request(mentee.user.id, some.mentorId, 1);
    await org.mentorship((await org.sign('mentee', 'Matched')).user.id, full.mentorId, 4);

    const fullest = (await server.request('/v1/desk/mentor-load', { token: org.coordinator })).body.items;
    assert.deepEqual(fullest.map((row: { displayName: string; state: string; placesUsed: number; capacity: number }) => [row.displayName, row.state, row.placesUsed, row.capacity]), [
      ['Fern Full', 'full', 2, 2], ['Pia Paused', 'paused', 1, 2], ['Sam Some', 'available', 1, 4], ['Ida Idle', 'idle', 0, 3],
    ]);
    assert.deepEqual(fullest.map((row: { openRequests: number; mentorships: number }) => [row.openRequests, row.mentorships]), [[0, 1], [0, 0], [1, 0], [0, 0]]);
    const idlest = (await server.request('/v1/desk/mentor-load?sort=idlest', { token: org.coordinator })).body.items;
    assert.deepEqual(idlest.map((row: { displayName: string }) => row.displayName), ['Ida Idle', 'Sam Some', 'Pia Paused', 'Fern Full']);
    const byName = (await server.request('/v1/desk/mentor-load?sort=name', { token: org.coordinator })).body.items;
    assert.deepEqual(byName.map((row: { displayName: string }) => row.displayName), ['Fern Full', 'Ida Idle', 'Pia Paused', 'Sam Some']);
    assert.equal((await server.request('/v1/desk/mentor-load?sort=busiest', { token: org.coordinator })).status, 400);
  });

  it('list mentees waiting for a match, longest first, and not those matched', async () => {
    const org = await organisation();
    const mentor = await org.mentor('Mo Mentor', 9, 0);
    const other = await org.mentor('Ola Other', 9, 0);
    const long = await org.sign('mentee', 'Zed Longest');
    const recent = await org.sign('mentee', 'Abe Recent');
    const matched = await org.sign('mentee', 'Mat Matched');
    const again = await org.sign('mentee', 'Ria Again');
    await org.sign('mentee', 'Never Asked');
    await org.request(long.user.id, mentor.mentorId, 40, 'declined');
    await org.request(long.user.id, other.mentorId, 10);
    await org.request(recent.user.id, mentor.mentorId, 3);
    await org.mentorship(matched.user.id, mentor.mentorId, 5);
    // A closed mentorship: waiting counts from the request after it, not the old one.
    await org.mentorship(again.user.id, mentor.mentorId, 100, 'closed');
    await org.request(again.user.id, other.mentorId, 0);

    const longest = (await server.request('/v1/desk/waiting-mentees', { token: org.coordinator })).body.items;
    assert.deepEqual(longest.map((row: { mentee: { displayName: string }; openRequests: number }) => [row.mentee.displayName, row.openRequests]), [['Zed Longest', 1], ['Abe Recent', 1], ['Ria Again', 1]]);
    const days = (row: { waitingSince: string }) => Math.round((Date.now() - Date.parse(row.waitingSince)) / 86_400_000);
    assert.deepEqual(longest.map(days), [40, 3, 0]);
    const byName = (await server.request('/v1/desk/waiting-mentees?sort=name', { token: org.coordinator })).body.items;
    assert.deepEqual(byName.map((row: { mentee: { displayName: string } }) => row.mentee.displayName), ['Abe Recent', 'Ria Again', 'Zed Longest']);
  });

  it('page every sort without gaps or repeats, and refuse a cursor of another sort', async () => {
    const org = await organisation();
    const mentors = [];
    // Equal shares of places on purpose: ties are broken by id, never by chance.
    for (let index = 0; index < 7; index++) mentors.push(await org.mentor(`Mentor ${String.fromCharCode(71 - index)}`, 4, index % 3));
    for (let index = 0; index < 6; index++) {
      const mentee = await org.sign('mentee', `Mentee ${index % 2 ? 'B' : 'A'}${index}`);
      await org.mentorship(mentee.user.id, mentors[index].mentorId, 10 + (index % 2));
      const waiting = await org.sign('mentee', `Waiting ${index}`);
      await org.request(waiting.user.id, mentors[6].mentorId, index % 3);
    }
    const lists: [string, string[]][] = [
      ['/v1/desk/mentorships', ['quietest', 'newest', 'mentee']],
      ['/v1/desk/mentor-load', ['fullest', 'idlest', 'name']],
      ['/v1/desk/waiting-mentees', ['longest', 'name']],
    ];
    for (const [path, sorts] of lists) {
      for (const sort of sorts) {
        const whole = await server.request(`${path}?sort=${sort}`, { token: org.coordinator });
        const paged = await allPages(`${path}?sort=${sort}`, org.coordinator, 2);
        assert.ok(paged.pages >= 3, `${path} ${sort} pages`);
        assert.deepEqual(paged.items, whole.body.items, `${path} sorted by ${sort}: pages of 2 equal the whole list`);
        assert.equal(new Set(paged.items.map((item) => JSON.stringify(item))).size, paged.items.length);
      }
      const first = await server.request(`${path}?sort=${sorts[0]}&limit=1`, { token: org.coordinator });
      const crossed = await server.request(`${path}?sort=${sorts[1]}&limit=1&cursor=${encodeURIComponent(first.body.nextCursor)}`, { token: org.coordinator });
      assert.equal(crossed.status, 400, `${path}: a cursor of ${sorts[0]} read by ${sorts[1]}`);
    }
    const quietest = (await server.request('/v1/desk/mentorships?sort=quietest', { token: org.coordinator })).body.items;
    assert.deepEqual(quietest.map((row: { quietDays: number }) => row.quietDays), [11, 11, 11, 10, 10, 10]);
    const byMentee = (await server.request('/v1/desk/mentorships?sort=mentee', { token: org.coordinator })).body.items;
    assert.deepEqual(byMentee.map((row: { mentee: { displayName: string } }) => row.mentee.displayName), ['Mentee A0', 'Mentee A2', 'Mentee A4', 'Mentee B1', 'Mentee B3', 'Mentee B5']);
  });

  it('keeps the next page in place when the anchor left the list', async () => {
    const org = await organisation();
    const mentor = await org.mentor('Mentor', 9, 0);
    const names = ['One', 'Two', 'Three'];
    const ids = [];
    for (const [index, name] of names.entries()) {
      const mentee = await org.sign('mentee', name);
      ids.push(mentee.user.id);
      await org.request(mentee.user.id, mentor.mentorId, 10 - index);
    }
    const first = await server.request('/v1/desk/waiting-mentees?limit=1', { token: org.coordinator });
    assert.equal(first.body.items[0].mentee.displayName, 'One');
    await org.mentorship(ids[0], mentor.mentorId, 0);
    const next = await server.request(`/v1/desk/waiting-mentees?limit=5&cursor=${encodeURIComponent(first.body.nextCursor)}`, { token: org.coordinator });
    assert.equal(next.status, 200, next.text);
    assert.deepEqual(next.body.items.map((row: { mentee: { displayName: string } }) => row.mentee.displayName), ['Two', 'Three']);
  });
  it('sorts the lists the desk decides on: mentor applications, the queue and due follow-ups', async () => {
    const org = await organisation();
    const names = (response: { body: { items: unknown[] } }, pick: (item: any) => string) => response.body.items.map(pick); // eslint-disable-line @typescript-eslint/no-explicit-any
    for (const [index, name] of ['Cora Pending', 'Abel Pending', 'Bea Pending'].entries()) {
      const { mentorId } = await org.mentor(name, 2);
      await server.db.query(`UPDATE mentors SET approval = 'pending', created_at = now() - make_interval(days => $2::int) WHERE id = $1`, [mentorId, 10 - index]);
    }
    const applications = (sort: string) => server.request(`/v1/mentor-applications${sort}`, { token: org.coordinator });
    const mentorName = (item: { mentor: { displayName: string } }) => item.mentor.displayName;
    assert.deepEqual(names(await applications(''), mentorName), ['Cora Pending', 'Abel Pending', 'Bea Pending']);
    assert.deepEqual(names(await applications('?sort=newest'), mentorName), ['Bea Pending', 'Abel Pending', 'Cora Pending']);
    assert.deepEqual(names(await applications('?sort=name'), mentorName), ['Abel Pending', 'Bea Pending', 'Cora Pending']);

    const mentor = await org.mentor('Queue Mentor', 9);
    for (const [index, name] of ['Yan Queued', 'Ann Queued', 'Kim Queued'].entries()) {
      const mentee = await org.sign('mentee', name);
      const requestId = await org.request(mentee.user.id, mentor.mentorId, 5 - index);
      await server.db.query(`UPDATE introduction_requests SET approval = 'waiting' WHERE id = $1`, [requestId]);
      await server.db.query(
        `INSERT INTO program_enrolments (organisation_id, mentee_id, entered_on, follow_up_months) VALUES ($1, $2, current_date - make_interval(months => $3::int), '{3}')`,
        [org.id, mentee.user.id, 4 + index],
      );
    }
    const queue = async (sort: string) => { const r = await server.request(`/v1/introduction-queue${sort}`, { token: org.coordinator }); assert.equal(r.status, 200, r.text); return r; };
    const menteeName = (item: { mentee: { displayName: string } }) => item.mentee.displayName;
    assert.deepEqual(names(await queue(''), menteeName), ['Yan Queued', 'Ann Queued', 'Kim Queued']);
    assert.deepEqual(names(await queue('?sort=newest'), menteeName), ['Kim Queued', 'Ann Queued', 'Yan Queued']);
    assert.deepEqual(names(await queue('?sort=mentee'), menteeName), ['Ann Queued', 'Kim Queued', 'Yan Queued']);
    const paged = await allPages('/v1/introduction-queue?sort=mentee', org.coordinator, 1);
    assert.deepEqual(paged.items.map((item) => menteeName(item as { mentee: { displayName: string } })), ['Ann Queued', 'Kim Queued', 'Yan Queued']);

    const due = (sort: string) => server.request(`/v1/follow-ups/due${sort}`, { token: org.coordinator });
    const dueName = (item: { menteeName: string }) => item.menteeName;
    assert.deepEqual(names(await due(''), dueName), ['Kim Queued', 'Ann Queued', 'Yan Queued'], 'due longest ago first');
    assert.deepEqual(names(await due('?sort=name'), dueName), ['Ann Queued', 'Kim Queued', 'Yan Queued']);
    assert.equal((await due('?sort=newest')).status, 400);
  });
  it('gives the demo coordinator something in every list (demo seed)', async () => {
    const token = await server.tokenFor('coordinator', id('demo-coordinator'));
    const read = async (path: string) => {
      const response = await server.request(path, { token });
      assert.equal(response.status, 200, response.text);
      return response.body.items as any[]; // eslint-disable-line @typescript-eslint/no-explicit-any
    };
    assert.ok((await read('/v1/mentor-applications?sort=name')).some((item) => item.mentor.displayName === 'Kofi Mensah'));
    assert.ok((await read('/v1/introduction-queue')).some((item) => item.mentee.displayName === 'Chidi Eze'));
    const mentorships = await read('/v1/desk/mentorships?limit=100');
    assert.deepEqual(mentorships.filter((item) => item.mentor.displayName === 'Grace Liu').map((item) => [item.mentee.displayName, item.stuck]), [['Tomás Silva', true], ['Mariam Yousef', false]]);
    assert.ok((await read('/v1/desk/mentor-load?sort=name&limit=100')).some((item) => item.displayName === 'Grace Liu' && item.state === 'paused'));
    const waiting = await read('/v1/desk/waiting-mentees?limit=100');
    assert.ok(waiting.some((item) => item.mentee.displayName === 'Chidi Eze'));
    assert.ok(!waiting.some((item) => item.mentee.displayName === 'Tomás Silva'), 'a matched mentee is not waiting');
    assert.ok(waiting.length < 50, 'the synthetic cohort\'s accepted requests count as matches');
    assert.ok((await read('/v1/follow-ups/due')).length > 0);
  });

  it('seeds the demo\'s desk into an organisation of its own once, its requests to the same seed mentors as the demo\'s, none a namesake of its mentee', async () => {
    const org = await organisation();
    await ORGANISATION_SEEDS.desk(server.db, org.id);
    await seedDemoDesk(server.db, org.id);
    const queue = async (token: string) => {
      const response = await server.request('/v1/introduction-queue?limit=100', { token });
      assert.equal(response.status, 200, response.text);
      return (response.body.items as { mentee: { displayName: string }; mentor: { displayName: string } }[]).map((item) => [item.mentee.displayName, item.mentor.displayName]);
    };
    const own = await queue(org.coordinator);
    assert.deepEqual(own.map(([mentee]) => mentee), DEMO_QUEUED_MENTEES.map(([mentee]) => mentee), 'every queued mentee once, oldest first');
    const mentees = new Set(own.map(([mentee]) => mentee));
    assert.deepEqual(own.filter(([, mentor]) => mentees.has(mentor)), [], 'no request reads "Wei Zhang asks Wei Zhang" or names a mentee as the mentor');
    // Mentors are picked by external id, not by their random ids: every database seeds the same pairs.
    const demo = await queue(await server.tokenFor('coordinator', id('demo-coordinator')));
    assert.deepEqual(own, demo.filter(([mentee]) => mentees.has(mentee)));
  });
});
