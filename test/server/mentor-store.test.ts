import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { MentorMatchPage, type MentorProfile, type MentorSearchQuery } from '../../src/api/mentor.js';
import { rankMentors, respondByFrom, rotationSeed } from '../../src/core/mentor/index.js';
import {
  addFavourite,
  createIntroduction,
  expireAndRemind,
  followUpIntroduction,
  getMentor,
  getMentorContact,
  listFavourites,
  listIntroductionsForMentee,
  listIntroductionsForMentor,
  pauseMentor,
  removeFavourite,
  respondToIntroduction,
  searchMentors,
  upsertMentors,
} from '../../src/server/store/mentors.js';
import { DEMO_MENTOR_EXTERNAL_ID, seedMentors } from '../../src/server/seed/mentors/index.js';
import { generateMentorPool, loadMentorPool, poolProfiles } from '../../bench/mentor-pool.js';
import { mentorFromRow, pruningSubset } from '../../src/server/store/mentors.js';
import { normaliseQuery, scoreMentor } from '../../src/core/mentor/index.js';
import { Refusal } from '../../src/server/refusal.js';
import { seededRandom } from '../../src/core/random.js';
import { databaseSnapshot, refused } from './helpers.js';

const ORG = 'demo';
const OTHER_ORG = 'other';
const DAY = 86_400_000;
let db: PGlite;
let mentorIds: string[];
let all: MentorProfile[];

async function migrate(pg: PGlite) {
  for (const file of ['001_foundation.sql', '002_administration.sql', '030_mentors.sql', '031_mentor_search.sql', '032_mentor_search_bounds.sql', '033_mentorships.sql', '034_mentor_onboarding.sql', '036_mentor_search_indexes.sql', '037_mentor_search_codes.sql', '039_mentor_search_changes.sql']) {
    await pg.exec(await readFile(new URL(`../../src/server/migrations/${file}`, import.meta.url), 'utf8'));
  }
}

async function mentee(id: string, organisationId = ORG) {
  await db.query(`INSERT INTO users (id, organisation_id, role, display_name, external_id) VALUES ($1, $2, 'mentee', $1, $1)`, [id, organisationId]);
  return id;
}

/** A fresh mentor with room, for lifecycle tests that must not disturb the seed. */
async function freshMentor(overrides: { capacity?: number; organisationId?: string } = {}) {
  const [id] = await upsertMentors(db, overrides.organisationId ?? ORG, [
    {
      displayName: 'Test Mentor',
      headline: 'Tests',
      occupations: ['pharmacist'],
      jurisdiction: 'ca-on',
      city: 'Toronto',
      licensedIn: ['ca-on'],
      credentialPath: null,
      languages: ['en'],
      formats: ['online'],
      offers: ['plan-review'],
      capacity: overrides.capacity ?? 3,
      contact: { email: 'test.mentor@mentors.example.org', phone: null, bookingUrl: null, note: null },
    },
  ]);
  return id;
}

async function rejects(promise: Promise<unknown>, reason: string) {
  await assert.rejects(promise, (error: unknown) => error instanceof Refusal && error.extras.reason === reason);
}

async function searchAll(query: MentorSearchQuery, seed: number, organisationId = ORG) {
  const items = [];
  let cursor: string | undefined;
  do {
    const page = await searchMentors(db, organisationId, { ...query, cursor }, { seed });
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

before(async () => {
  db = new PGlite({ loadDataDir: await databaseSnapshot('blank') });
  await migrate(db);
  await db.query(`INSERT INTO organisations (id, name) VALUES ($1, 'Demo'), ($2, 'Other')`, [ORG, OTHER_ORG]);
  ({ mentorIds } = await seedMentors(db, ORG));
  all = (await Promise.all(mentorIds.map((id) => getMentor(db, ORG, id)))) as MentorProfile[];
});

after(async () => {
  await db.close();
});

describe('seed', () => {
  it('seeds at least 80 mentors with the demo mentor linked to a mentor account', async () => {
    assert.ok(mentorIds.length >= 80);
    const { rows } = await db.query<{ display_name: string; role: string }>(
      `SELECT m.display_name, u.role FROM mentors m JOIN users u ON u.id = m.user_id WHERE m.organisation_id = $1 AND m.external_id = $2`,
      [ORG, DEMO_MENTOR_EXTERNAL_ID],
    );
    assert.deepEqual(rows, [{ display_name: 'Daniel Reyes', role: 'mentor' }]);
    const occupations = new Set(all.flatMap((m) => m.occupations));
    const jurisdictions = new Set(all.map((m) => m.jurisdiction));
    assert.equal(occupations.size, 11);
    assert.equal(jurisdictions.size, 8);
  });

  it('is idempotent: seeding again keeps the same mentors and contacts', async () => {
    const again = await seedMentors(db, ORG);
    assert.deepEqual(again.mentorIds, mentorIds);
    const counts = await db.query<{ mentors: number; contacts: number; users: number }>(
      `SELECT (SELECT count(*)::int FROM mentors WHERE organisation_id = $1) AS mentors,
              (SELECT count(*)::int FROM mentor_contacts WHERE organisation_id = $1) AS contacts,
              (SELECT count(*)::int FROM users WHERE organisation_id = $1 AND role = 'mentor') AS users`,
      [ORG],
    );
    assert.deepEqual(counts.rows[0], { mentors: mentorIds.length, contacts: mentorIds.length, users: 1 });
  });
});

describe('searchMentors', () => {
  const queries: MentorSearchQuery[] = [
    {},
    { occupation: 'registered-nurse', jurisdiction: 'ca-on', credentialSteps: ['nnas', 'nclex-rn'], languages: ['tl'], originCountry: 'PH' },
    { occupation: 'professional-engineer', require: ['occupation'], format: 'in-person' },
    { jurisdiction: 'gb-eng', require: ['licensed'], languages: ['fr-CA', 'ar'] },
    { occupation: 'accountant', jurisdiction: 'ca-qc', offers: ['narrative-review'], require: ['jurisdiction', 'language'], languages: ['fr'] },
    { credentialSteps: ['wes-ece', 'uk-enic'], require: ['credential-path'], format: 'online' },
  ];

  it('scores and orders exactly as the core reference does', async () => {
    for (const [index, query] of queries.entries()) {
      const seed = rotationSeed(`mentee-${index}`, '2025-06-01');
      const sql = await searchAll({ ...query, limit: 7 }, seed);
      const core = rankMentors(all, { ...query, limit: 100 }, { seed });
      assert.deepEqual(
        sql.map((m) => [m.mentor.id, m.score]),
        core.items.map((m) => [m.mentor.id, m.score]),
        `query ${index}`,
      );
      assert.deepEqual(sql.map((m) => m.factors), core.items.map((m) => m.factors), `factors of query ${index}`);
    }
  });

  it('agrees with the core on a generated pool of 3,000, on the pruned first stage and on the full scan, page after page', async () => {
    await db.query(`INSERT INTO organisations (id, name) VALUES ('pool', 'Pool')`);
    const pool = generateMentorPool(3_000, 11);
    await loadMentorPool(db, 'pool', pool);
    const profiles = poolProfiles(pool);
    const poolQueries: MentorSearchQuery[] = [
      { occupation: 'registered-nurse', jurisdiction: 'ca-on' },
      { occupation: 'teacher', jurisdiction: 'de-by', languages: ['de'], format: 'in-person' },
      { occupation: 'pharmacist', require: ['occupation'], jurisdiction: 'au-nsw', credentialSteps: ['kaps', 'apc-assessment'] },
      { languages: ['ar'], originCountry: 'SY' },
      { occupation: 'dentist', jurisdiction: 'gb-eng', require: ['jurisdiction'], offers: ['plan-review'] },
      // Broad searches: no occupation, no preference, only weak ones, required ones.
      {},
      { format: 'online' },
      { jurisdiction: 'ca-qc', languages: ['fr'], format: 'online', offers: ['referral'] },
      { jurisdiction: 'ca-bc', require: ['licensed'], credentialSteps: ['nnas', 'nclex-rn', 'wes-ece'] },
      { originCountry: 'PH', require: ['origin'], languages: ['tl'], format: 'in-person' },
      { occupation: 'accountant', jurisdiction: 'ca-on', credentialSteps: ['wes-ece'], originCountry: 'IN', languages: ['hi', 'ta'], format: 'online' },
      { credentialSteps: ['wes-ece', 'uk-enic'], require: ['credential-path'], format: 'online', languages: ['es'] },
      { occupation: 'electrician', require: ['occupation', 'format'], format: 'in-person', jurisdiction: 'au-vic' },
    ];
    for (const query of poolQueries.slice(0, 5)) assert.ok(pruningSubset(normaliseQuery(query)), JSON.stringify(query));
    for (const [index, query] of poolQueries.entries()) {
      for (const seed of [1, 2, 3]) {
        let cursor: string | undefined;
        let coreCursor: string | undefined;
        for (let pageNumber = 0; pageNumber < 3; pageNumber++) {
          const sql = await searchMentors(db, 'pool', { ...query, limit: 10, cursor }, { seed });
          const core = rankMentors(profiles, { ...query, limit: 10, cursor: coreCursor }, { seed });
          const label = `query ${index} seed ${seed} page ${pageNumber}`;
          assert.deepEqual(sql.items.map((m) => [m.mentor.id, m.score]), core.items.map((m) => [m.mentor.id, m.score]), label);
          assert.deepEqual(sql.items.map((m) => m.factors), core.items.map((m) => m.factors), label);
          assert.equal(sql.nextCursor, core.nextCursor, label);
          cursor = sql.nextCursor ?? undefined;
          coreCursor = core.nextCursor ?? undefined;
        }
      }
    }
  });

  it('stores base points equal to the core\'s availability and responsiveness points, also after load and history change', async () => {
    const check = async (organisationId: string) => {
      const { rows } = await db.query<Parameters<typeof mentorFromRow>[0] & { base_points: number }>(
        `SELECT m.*, s.base_points FROM mentor_search s JOIN mentors m ON m.id = s.id WHERE s.organisation_id = $1`,
        [organisationId],
      );
      const query = normaliseQuery({});
      for (const row of rows) {
        const { factors } = scoreMentor(mentorFromRow(row), query);
        assert.equal(row.base_points, factors.reduce((sum, item) => sum + item.points, 0), row.id);
      }
      return rows.length;
    };
    assert.ok((await check('pool')) > 1_000);
    await db.query(
      `UPDATE mentors SET current_load = GREATEST(capacity - 1 - (rotation_key % 3)::integer, 0),
         response_sample = (rotation_key % 7)::integer, response_rate_pct = (rotation_key % 101)::integer,
         median_response_hours = CASE WHEN rotation_key % 5 = 0 THEN NULL ELSE (rotation_key % 300)::integer END
       WHERE organisation_id = 'pool' AND rotation_key % 4 = 0`,
    );
    assert.ok((await check('pool')) > 1_000);
  });

  it('keeps the integer-coded search table equal to a rebuild from scratch and to the mentors it codes, through 60 random writes', async () => {
    const ORG_CHURN = 'churn';
    await db.query(`INSERT INTO organisations (id, name) VALUES ($1, 'Churn')`, [ORG_CHURN]);
    const random = seededRandom(15);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
    // Mentors with external ids, so that importing one again updates it; a few values no mentor had before.
    const generated = generateMentorPool(260, 23).map((m, i) => ({ ...m, id: `churn-${i}`, externalId: `churn-${i}` }));
    await loadMentorPool(db, ORG_CHURN, generated.slice(0, 60));
    let next = 60;
    const ids = async () => (await db.query<{ id: string }>(`SELECT id FROM mentors WHERE organisation_id = $1 ORDER BY id`, [ORG_CHURN])).rows.map((r) => r.id);
    // Imported again with other occupations, places, languages, formats, offers and path (with `fresh`, never-seen values).
    const reimport = (id: string, fresh: string | null) => {
      const index = Number(id.slice('churn-'.length));
      const other = generated[200 + Math.floor(random() * 60)];
      return upsertMentors(db, ORG_CHURN, [{
        ...other, id, externalId: `churn-${index}`,
        occupations: fresh ? [...other.occupations, `occupation-${fresh}`] : other.occupations,
        languages: fresh ? [...other.languages, `x${fresh.length}${Math.floor(random() * 9)}`] : other.languages,
        licensedIn: random() < 0.5 ? [] : other.licensedIn,
        credentialPath: random() < 0.3 ? null : other.credentialPath,
      }]);
    };
    const writes: Array<(id: string) => Promise<unknown>> = [
      () => upsertMentors(db, ORG_CHURN, [generated[next++]]),
      (id) => reimport(id, random() < 0.3 ? `new-${Math.floor(random() * 1000)}` : null),
      (id) => db.query(`UPDATE mentors SET current_load = $2 WHERE id = $1`, [id, Math.floor(random() * 6)]),
      (id) => db.query(`UPDATE mentors SET capacity = $2 WHERE id = $1`, [id, Math.floor(random() * 5)]),
      (id) => db.query(`UPDATE mentors SET status = CASE status WHEN 'active' THEN 'paused' ELSE 'active' END WHERE id = $1`, [id]),
      (id) => db.query(`UPDATE mentors SET response_sample = $2, response_rate_pct = $3, median_response_hours = $4 WHERE id = $1`, [id, Math.floor(random() * 9), Math.floor(random() * 101), random() < 0.2 ? null : Math.floor(random() * 300)]),
      (id) => db.query(`UPDATE mentors SET last_active_at = now() WHERE id = $1`, [id]),
      (id) => db.query(`UPDATE mentors SET approval = $2 WHERE id = $1`, [id, pick(['pending', 'approved', 'approved', 'rejected'])]),
      (id) => db.query(`UPDATE mentors SET training_complete = NOT training_complete WHERE id = $1`, [id]),
      (id) => db.query(`DELETE FROM mentors WHERE id = $1`, [id]),
    ];
    const maintained = async () => (await db.query<{ id: string }>(`SELECT * FROM mentor_search WHERE organisation_id = $1 ORDER BY id`, [ORG_CHURN])).rows;
    // The search rows read back as text, and what the mentors' own columns say they must be (offered mentors only).
    const decoded = `SELECT s.id, ${['occupations', 'licensed_in', 'credential_steps', 'language_codes']
      .map((column) => `ARRAY(SELECT value FROM mentor_search_codes WHERE code = ANY(s.${column}) ORDER BY value) AS ${column}`).join(', ')},
        (SELECT value FROM mentor_search_codes WHERE code = s.jurisdiction) AS jurisdiction,
        (SELECT value FROM mentor_search_codes WHERE code = s.origin_country) AS origin_country,
        ARRAY(SELECT f FROM unnest(ARRAY['in-person', 'online']) f WHERE s.formats & bw_format_mask(ARRAY[f]) <> 0) AS formats,
        ARRAY(SELECT o FROM unnest(ARRAY['informational-interview', 'narrative-review', 'plan-review', 'referral']) o WHERE s.offers & bw_offer_mask(ARRAY[o]) <> 0) AS offers,
        s.base_points, s.rotation_key
      FROM mentor_search s WHERE s.organisation_id = $1 ORDER BY s.id`;
    const expected = `SELECT m.id, ${['occupations', 'licensed_in', 'credential_steps', 'language_codes']
      .map((column) => `ARRAY(SELECT DISTINCT v FROM unnest(m.${column}) v ORDER BY v) AS ${column}`).join(', ')},
        m.jurisdiction, m.origin_country, ARRAY(SELECT DISTINCT v FROM unnest(m.formats) v ORDER BY v) AS formats,
        ARRAY(SELECT DISTINCT v FROM unnest(m.offers) v ORDER BY v) AS offers, 0 AS base_points, m.rotation_key
      FROM mentors m WHERE m.organisation_id = $1 AND m.status = 'active' AND m.current_load < m.capacity
        AND m.approval = 'approved' AND m.training_complete ORDER BY m.id`;
    const check = async (label: string) => {
      const rows = await maintained();
      await db.exec('BEGIN');
      await db.query(`DELETE FROM mentor_search WHERE organisation_id = $1`, [ORG_CHURN]);
      await db.query(`SELECT bw_mentor_search_put(m) FROM mentors m WHERE m.organisation_id = $1 AND bw_mentor_offered(m)`, [ORG_CHURN]);
      const rebuilt = await maintained();
      await db.exec('ROLLBACK');
      assert.deepEqual(rows, rebuilt, `${label}: the maintained table is a rebuild's`);
      const actual = (await db.query<{ base_points: number }>(decoded, [ORG_CHURN])).rows;
      const wanted = (await db.query<{ id: string }>(expected, [ORG_CHURN])).rows;
      // Base points are compared with the core by the test above; here they only ride along.
      assert.deepEqual(actual.map((row) => ({ ...row, base_points: 0 })), wanted, `${label}: the codes say what the mentors say`);
    };
    await check('loaded');
    for (let step = 0; step < 60; step++) {
      const current = await ids();
      if (step % 10 === 5) {
        // An offered mentor takes values no mentor had: they get new codes.
        const offered = (await maintained()).map((row) => row.id);
        await reimport(pick(offered), `new-${step}`);
      } else await (step % 10 === 0 ? writes[0] : pick(writes))(pick(current));
      await check(`write ${step}`);
    }
    assert.ok((await maintained()).length > 20);
    const newCodes = await db.query(`SELECT 1 FROM mentor_search_codes WHERE kind = 'occupation' AND value LIKE 'occupation-new-%'`);
    // Not all six: an import also changes capacity, and a mentor it leaves without a free place is not coded.
    assert.ok(newCodes.rows.length > 0, 'values never seen before got codes');
  });

  it('applies hard filters only for required criteria', async () => {
    const preferring = await searchAll({ languages: ['fr'] }, 1);
    assert.ok(preferring.some((m) => !m.mentor.languages.some((l) => l.startsWith('fr'))));
    const requiring = await searchAll({ languages: ['fr'], require: ['language'] }, 1);
    assert.ok(requiring.length > 0);
    assert.ok(requiring.every((m) => m.mentor.languages.some((l) => l.startsWith('fr'))));
    const nurses = await searchAll({ occupation: 'registered-nurse', require: ['occupation'], offers: ['referral'] }, 1);
    assert.ok(nurses.length > 0);
    assert.ok(nurses.every((m) => m.mentor.occupations.includes('registered-nurse') && m.mentor.offers.includes('referral')));
  });

  it('walks every page without duplicates or gaps and offers only available mentors', async () => {
    const items = await searchAll({ occupation: 'registered-nurse', limit: 3 }, 99);
    const ids = items.map((m) => m.mentor.id);
    assert.equal(new Set(ids).size, ids.length);
    const offered = all.filter((m) => m.status === 'active' && m.currentLoad < m.capacity);
    assert.deepEqual([...ids].sort(), offered.map((m) => m.id).sort());
    assert.ok(all.some((m) => m.status === 'paused') && all.some((m) => m.currentLoad >= m.capacity));
    assert.ok(items.every((m) => m.mentor.available));
  });

  it('refuses a cursor of another search', async () => {
    const page = await searchMentors(db, ORG, { limit: 2 }, { seed: 1 });
    await rejects(searchMentors(db, ORG, { limit: 2, occupation: 'teacher', cursor: page.nextCursor! }, { seed: 1 }), 'invalid-cursor');
  });

  it('never puts contact details in a search result', async () => {
    const page = await searchMentors(db, ORG, { limit: 100 }, { seed: 3 });
    assert.equal(MentorMatchPage.safeParse(page).success, true);
    const text = JSON.stringify(page);
    assert.equal(text.includes('@'), false);
    assert.equal(text.includes('booking.example.org'), false);
  });
});

describe('introductions', () => {
  it('shares contact details only after the mentor accepts', async () => {
    const menteeId = await mentee('mentee-contact');
    const mentorId = await freshMentor();
    const request = await createIntroduction(db, ORG, menteeId, { mentorId, message: 'Hello', hopes: ['plan-review'] });
    assert.equal(request.status, 'pending');
    assert.equal(await getMentorContact(db, ORG, mentorId, menteeId), null);
    assert.equal((await listIntroductionsForMentee(db, ORG, menteeId))[0].contact, null);

    const asked = await respondToIntroduction(db, ORG, mentorId, request.id, { action: 'ask', version: 1, question: 'Which province?' });
    assert.equal(asked.status, 'question');
    assert.equal(await getMentorContact(db, ORG, mentorId, menteeId), null);
    const answered = await followUpIntroduction(db, ORG, menteeId, request.id, { action: 'answer', version: 2, answer: 'Ontario' });
    assert.equal(answered.status, 'pending');

    const accepted = await respondToIntroduction(db, ORG, mentorId, request.id, { action: 'accept', version: 3 });
    assert.equal(accepted.status, 'accepted');
    const contact = await getMentorContact(db, ORG, mentorId, menteeId);
    assert.equal(contact?.email, 'test.mentor@mentors.example.org');
    const [view] = await listIntroductionsForMentee(db, ORG, menteeId);
    assert.equal(view.contact?.email, 'test.mentor@mentors.example.org');
    assert.equal(view.mentor.currentLoad, 1);
    // Another mentee of the same mentor still sees nothing.
    assert.equal(await getMentorContact(db, ORG, mentorId, await mentee('mentee-stranger')), null);
  });

  it('limits a mentee to three open requests and frees them when a request expires', async () => {
    const menteeId = await mentee('mentee-limit');
    const mentors = [await freshMentor(), await freshMentor(), await freshMentor(), await freshMentor()];
    const sent = new Date('2025-06-01T09:00:00Z');
    for (const mentorId of mentors.slice(0, 3)) await createIntroduction(db, ORG, menteeId, { mentorId, message: 'Hi', hopes: ['plan-review'] }, sent);
    await rejects(createIntroduction(db, ORG, menteeId, { mentorId: mentors[3], message: 'Hi', hopes: ['plan-review'] }, sent), 'open-request-limit');
    await rejects(createIntroduction(db, ORG, menteeId, { mentorId: mentors[0], message: 'Again', hopes: ['plan-review'] }, sent), 'already-requested');

    const { expired } = await expireAndRemind(db, ORG, respondByFrom(sent));
    assert.ok(expired.filter((r) => r.menteeId === menteeId).length === 3);
    const fresh = await createIntroduction(db, ORG, menteeId, { mentorId: mentors[3], message: 'Hi', hopes: ['plan-review'] }, respondByFrom(sent));
    assert.equal(fresh.status, 'pending');
    // Expired requests count against the mentors' response rate.
    assert.equal((await getMentor(db, ORG, mentors[0]))!.responsiveness.responseRate, 0);
  });

  it('reminds the mentor once after the reminder delay and expires at the deadline', async () => {
    const menteeId = await mentee('mentee-remind');
    const mentorId = await freshMentor();
    const sent = new Date('2030-01-01T00:00:00Z');
    const request = await createIntroduction(db, ORG, menteeId, { mentorId, message: 'Hi', hopes: ['plan-review'] }, sent);
    const mine = (list: { id: string }[]) => list.filter((r) => r.id === request.id).length;
    assert.equal(mine((await expireAndRemind(db, ORG, new Date(sent.getTime() + 6 * DAY))).reminded), 0);
    assert.equal(mine((await expireAndRemind(db, ORG, new Date(sent.getTime() + 7 * DAY))).reminded), 1);
    assert.equal(mine((await expireAndRemind(db, ORG, new Date(sent.getTime() + 8 * DAY))).reminded), 0);
    const sweep = await expireAndRemind(db, ORG, new Date(sent.getTime() + 14 * DAY));
    assert.equal(mine(sweep.expired), 1);
    assert.equal(sweep.expired.find((r) => r.id === request.id)!.status, 'expired');
  });

  it('refuses a reply based on a stale version and returns the current request', async () => {
    const menteeId = await mentee('mentee-version');
    const mentorId = await freshMentor();
    const request = await createIntroduction(db, ORG, menteeId, { mentorId, message: 'Hi', hopes: ['plan-review'] });
    await followUpIntroduction(db, ORG, menteeId, request.id, { action: 'withdraw', version: 1 });
    await assert.rejects(
      respondToIntroduction(db, ORG, mentorId, request.id, { action: 'accept', version: 1 }),
      refused('conflict', 'stale-version', (refusal) => assert.equal((refusal.extras.current as { status: string }).status, 'withdrawn')),
    );
    await rejects(respondToIntroduction(db, ORG, mentorId, request.id, { action: 'accept', version: 2 }), 'invalid-transition');
  });

  it('counts open requests against capacity, refuses requests to paused mentors and mentors at capacity, and lists open requests for the mentor', async () => {
    const menteeA = await mentee('mentee-cap-a');
    const menteeB = await mentee('mentee-cap-b');
    const mentorId = await freshMentor({ capacity: 2 });
    const first = await createIntroduction(db, ORG, menteeA, { mentorId, message: 'Hi', hopes: ['plan-review'] });
    const second = await createIntroduction(db, ORG, menteeB, { mentorId, message: 'Hi', hopes: ['plan-review'] });
    assert.deepEqual((await listIntroductionsForMentor(db, ORG, mentorId)).map((r) => r.id).sort(), [first.id, second.id].sort());
    // Both places are held by the open requests, before the mentor answers either.
    assert.equal((await getMentor(db, ORG, mentorId))!.currentLoad, 2);
    await rejects(createIntroduction(db, ORG, await mentee('mentee-cap-c'), { mentorId, message: 'Hi', hopes: ['plan-review'] }), 'mentor-at-capacity');
    await respondToIntroduction(db, ORG, mentorId, first.id, { action: 'accept', version: 1 });
    const declined = await respondToIntroduction(db, ORG, mentorId, second.id, { action: 'decline', version: 1, reason: 'at-capacity' });
    assert.equal(declined.declineReason, 'at-capacity');
    // Declining gave the place back: one more mentee may ask, then the mentor is full again.
    assert.equal((await createIntroduction(db, ORG, await mentee('mentee-cap-d'), { mentorId, message: 'Hi', hopes: ['plan-review'] })).status, 'pending');
    await rejects(createIntroduction(db, ORG, await mentee('mentee-cap-e'), { mentorId, message: 'Hi', hopes: ['plan-review'] }), 'mentor-at-capacity');

    const other = await freshMentor();
    const paused = await pauseMentor(db, ORG, other, true);
    assert.equal(paused.available, false);
    await rejects(createIntroduction(db, ORG, menteeA, { mentorId: other, message: 'Hi', hopes: ['plan-review'] }), 'mentor-paused');
    const found = await searchAll({ occupation: 'pharmacist', require: ['occupation'] }, 5);
    assert.ok(!found.some((m) => m.mentor.id === other || m.mentor.id === mentorId));
  });
});

describe('organisation isolation', () => {
  it("never shows, reveals or accepts requests for another organisation's mentors", async () => {
    const foreign = await freshMentor({ organisationId: OTHER_ORG });
    const found = await searchAll({ occupation: 'pharmacist' }, 1);
    assert.ok(!found.some((m) => m.mentor.id === foreign));
    await assert.rejects(getMentor(db, ORG, foreign), refused('not-found'));
    const menteeId = await mentee('mentee-isolated');
    await rejects(createIntroduction(db, ORG, menteeId, { mentorId: foreign, message: 'Hi', hopes: ['plan-review'] }), 'mentor-not-found');
    await rejects(addFavourite(db, ORG, menteeId, foreign), 'mentor-not-found');
    await rejects(pauseMentor(db, ORG, foreign, true), 'mentor-not-found');
    const otherSide = await searchAll({}, 1, OTHER_ORG);
    assert.deepEqual(otherSide.map((m) => m.mentor.id), [foreign]);
  });
});

describe('favourites', () => {
  it('saves a mentor once, lists and removes it', async () => {
    const menteeId = await mentee('mentee-fav');
    const first = await addFavourite(db, ORG, menteeId, mentorIds[0]);
    const again = await addFavourite(db, ORG, menteeId, mentorIds[0]);
    assert.deepEqual(again, first);
    await addFavourite(db, ORG, menteeId, mentorIds[1]);
    assert.equal((await listFavourites(db, ORG, menteeId)).length, 2);
    assert.equal(await removeFavourite(db, ORG, menteeId, mentorIds[0]), true);
    assert.deepEqual((await listFavourites(db, ORG, menteeId)).map((f) => f.mentorId), [mentorIds[1]]);
  });
});
