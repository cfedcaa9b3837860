/**
 * `outcome_waits` (migration 053) counts the waits the Kaplan–Meier medians read. After every write
 * of a random sequence (first roles, leaving, consent withdrawn and given, details changed,
 * matches made and withdrawn, enrolments deleted, facts counted on an earlier day so a leaving day
 * has passed since, a leaving day still to come) the counts equal a recount of the facts, and the
 * medians equal a Kaplan–Meier estimate computed here from scratch, from the source tables.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openTestDatabase } from '../support/server.js';
import { waitingTimes, type Waiting } from '../../src/server/store/outcomes/metrics.js';
import { pauseOutcomeFactsUntilCommit } from '../../src/server/store/outcomes/facts.js';
import type { Database } from '../../src/server/db/types.js';

const ORG = 'waits_org';
const OTHER = 'waits_other';
const MENTEES = 40;
const STEPS = 60;
const OCCUPATIONS = ['registered-nurse', 'pharmacist', null];
const ORIGINS = ['asia', 'africa', 'europe', null];
const JURISDICTIONS = ['ca-on', 'ca-bc'];

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

interface Person {
  cohort: string;
  occupation: string;
  jurisdiction: string;
  origin: string;
  gender: string;
  entered: number;
  firstRole: number | null;
  left: number | null;
  matched: number | null;
}

/** The consenting people of the organisation, straight from the source tables. */
async function people(db: Database): Promise<Person[]> {
  const { rows } = await db.query<{ entered_on: string; first_role_on: string | null; left_on: string | null; matched_on: string | null; occupation_id: string | null; jurisdiction_id: string | null; origin_region: string | null; gender: string | null }>(
    `SELECT e.entered_on::text, e.first_role_on::text, e.left_on::text, e.occupation_id, e.jurisdiction_id, e.origin_region, e.gender,
            (SELECT min(i.responded_at)::date::text FROM introduction_requests i
              WHERE i.organisation_id = e.organisation_id AND i.mentee_id = e.mentee_id AND i.status = 'accepted' AND i.responded_at IS NOT NULL) AS matched_on
       FROM program_enrolments e WHERE e.organisation_id = $1 AND e.consent_figures`,
    [ORG],
  );
  return rows.map((row) => ({
    cohort: `${row.entered_on.slice(0, 4)}-Q${Math.floor((Number(row.entered_on.slice(5, 7)) - 1) / 3) + 1}`,
    occupation: row.occupation_id ?? 'unknown',
    jurisdiction: row.jurisdiction_id ?? 'unknown',
    origin: row.origin_region ?? 'unknown',
    gender: row.gender ?? 'unknown',
    entered: dayNumber(row.entered_on),
    firstRole: row.first_role_on ? dayNumber(row.first_role_on) : null,
    left: row.left_on ? dayNumber(row.left_on) : null,
    matched: row.matched_on ? dayNumber(row.matched_on) : null,
  }));
}

/** Kaplan–Meier, written out: the first time with an event at which the share still waiting is at most one half. */
function kaplanMeier(waits: Array<{ t: number; event: boolean }>): Waiting {
  const byTime = new Map<number, { events: number; removed: number }>();
  for (const { t, event } of waits) {
    const at = byTime.get(t) ?? { events: 0, removed: 0 };
    at.events += event ? 1 : 0;
    at.removed += 1;
    byTime.set(t, at);
  }
  let atRisk = waits.length;
  let logSurvival = 0;
  let emptied = false;
  let median: number | null = null;
  for (const [t, { events, removed }] of [...byTime].sort((a, b) => a[0] - b[0])) {
    if (events === atRisk) emptied = true;
    else logSurvival += Math.log(1 - events / atRisk);
    if (median === null && events > 0 && (emptied || Math.exp(logSurvival) <= 0.5 + 1e-9)) median = t;
    atRisk -= removed;
  }
  return { people: waits.length, reached: waits.filter((wait) => wait.event).length, median };
}

/** Every waiting time of a filter, from scratch. */
function expectedWaiting(everyone: Person[], today: number, filter: { cohort?: string; occupationId?: string; jurisdictionId?: string }): Map<string, Waiting> {
  const inFilter = everyone.filter((person) => (!filter.cohort || person.cohort === filter.cohort) && (!filter.occupationId || person.occupation === filter.occupationId)
    && (!filter.jurisdictionId || person.jurisdiction === filter.jurisdictionId));
  const wait = (person: Person, eventDay: number | null) => ({
    t: Math.max((eventDay ?? Math.min(person.left ?? today, today)) - person.entered, 0),
    event: eventDay !== null,
  });
  const groups = new Map<string, Array<{ t: number; event: boolean }>>();
  const add = (key: string, value: { t: number; event: boolean }) => groups.set(key, [...(groups.get(key) ?? []), value]);
  for (const person of inFilter) {
    add('firstRole/all/all', wait(person, person.firstRole));
    const match = wait(person, person.matched);
    add('match/all/all', match);
    for (const dimension of ['occupation', 'origin', 'gender'] as const) add(`match/${dimension}/${person[dimension]}`, match);
  }
  return new Map([...groups].map(([key, waits]) => [key, kaplanMeier(waits)]));
}

const sorted = (map: Map<string, Waiting>) => [...map].sort((a, b) => a[0].localeCompare(b[0]));

describe('outcome waits', () => {
  let db: Database;
  const next = random(20261205);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)];
  const mentee = () => `usr_w${1 + Math.floor(next() * MENTEES)}`;

  before(async () => {
    db = await openTestDatabase();
    await db.exec(`
      INSERT INTO organisations (id, name) VALUES ('${ORG}', 'Waits program'), ('${OTHER}', 'Other program');
      INSERT INTO users (id, organisation_id, role, display_name, external_id)
        SELECT 'usr_w' || n, CASE WHEN n <= ${MENTEES} THEN '${ORG}' ELSE '${OTHER}' END, 'mentee', 'Mentee ' || n, 'waits-' || n FROM generate_series(1, ${MENTEES + 5}) AS n;
      INSERT INTO mentors (id, organisation_id, display_name, occupations, jurisdiction, languages, language_codes, formats, capacity, current_load, rotation_key)
        VALUES ('mnt_w1', '${ORG}', 'Mentor', ARRAY['registered-nurse'], 'ca-on', '{en}', '{en}', '{online}', 3, 0, 1),
               ('mnt_w2', '${OTHER}', 'Mentor', ARRAY['registered-nurse'], 'ca-on', '{en}', '{en}', '{online}', 3, 0, 2);
    `);
    for (let n = 1; n <= MENTEES + 5; n++) await enrol(`usr_w${n}`);
  });
  after(() => db.close());

  async function enrol(menteeId: string) {
    const gender = pick(['woman', 'man', null]);
    await db.query(
      `INSERT INTO program_enrolments (organisation_id, mentee_id, entered_on, occupation_id, jurisdiction_id, origin_region, gender, follow_up_months, consent_figures, consent_gender)
       SELECT organisation_id, id, current_date - $2::int, $3::text, $4::text, $5::text, $6::text, '{3,6,12}', $7::boolean, $6::text IS NOT NULL FROM users WHERE id = $1`,
      [menteeId, Math.floor(next() * 700), pick(OCCUPATIONS), pick(JURISDICTIONS), pick(ORIGINS), gender, next() < 0.9],
    );
  }

  /** One random write, through the tables the facts are derived from (or, for a date passing, the facts' own count day). */
  async function randomWrite(step: number): Promise<string> {
    const who = mentee();
    const days = Math.floor(next() * 400);
    const writes: Array<[string, string, unknown[]]> = [
      ['a first role', `UPDATE program_enrolments SET first_role_on = entered_on + $2::int WHERE mentee_id = $1`, [who, days]],
      ['a first role cleared', `UPDATE program_enrolments SET first_role_on = NULL WHERE mentee_id = $1`, [who]],
      ['leaving', `UPDATE program_enrolments SET left_on = least(entered_on + $2::int, current_date) WHERE mentee_id = $1`, [who, days]],
      ['a leaving day still to come', `UPDATE program_enrolments SET left_on = current_date + $2::int WHERE mentee_id = $1`, [who, 1 + (days % 20)]],
      ['leaving undone', `UPDATE program_enrolments SET left_on = NULL WHERE mentee_id = $1`, [who]],
      ['consent withdrawn', `UPDATE program_enrolments SET consent_figures = false WHERE mentee_id = $1`, [who]],
      ['consent given', `UPDATE program_enrolments SET consent_figures = true WHERE mentee_id = $1`, [who]],
      ['details changed', `UPDATE program_enrolments SET occupation_id = $2, origin_region = $3, entered_on = least(entered_on + $4::int - 200, coalesce(least(first_role_on, left_on), current_date))
         WHERE mentee_id = $1`, [who, pick(OCCUPATIONS), pick(ORIGINS), days]],
      ['a match', `INSERT INTO introduction_requests (id, organisation_id, mentee_id, mentor_id, message, hopes, status, respond_by, responded_at)
         SELECT 'intro_w' || $2::int, organisation_id, mentee_id, CASE organisation_id WHEN '${ORG}' THEN 'mnt_w1' ELSE 'mnt_w2' END, 'Hello.', '{informational-interview}', 'accepted', now(), now() - make_interval(days => $3::int)
           FROM program_enrolments WHERE mentee_id = $1`, [who, step, days % 200]],
      ['a match withdrawn', `UPDATE introduction_requests SET status = 'withdrawn' WHERE mentee_id = $1`, [who]],
      ['an enrolment deleted and made again', `DELETE FROM program_enrolments WHERE mentee_id = $1`, [who]],
      // What today looks like to facts counted earlier: a leaving day that was still to come then has passed now.
      ['a date passing', `UPDATE outcome_facts SET counted_on = least(counted_on, coalesce(left_on, counted_on)) - $2::int WHERE mentee_id = $1`, [who, 1 + (days % 30)]],
    ];
    const [name, sql, params] = pick(writes);
    await db.query(sql, params);
    if (name === 'an enrolment deleted and made again') await enrol(who);
    return `${step}: ${name} (${who})`;
  }

  /** The two organisations written to here; the snapshot's demo program is the rest, which no write here touches. */
  const written = `organisation_id IN ('${ORG}', '${OTHER}')`;
  /** The rest's facts and kept waits, as fingerprints: while both stay the same, its waits still equal their recount. */
  const restOf = async () => (await db.query(`SELECT
      (SELECT md5(coalesce(string_agg(f::text, ',' ORDER BY f::text), '')) FROM outcome_facts f WHERE NOT ${written}) AS facts,
      (SELECT md5(coalesce(string_agg(w::text, ',' ORDER BY w::text), '')) FROM outcome_waits w WHERE NOT ${written}) AS waits`)).rows[0];
  let restWhenRecounted: unknown;

  /**
   * The kept waits equal a recount of the facts, and the medians a Kaplan–Meier estimate. Every
   * organisation is recounted where `everyOrganisation` says so; otherwise the two written to are
   * (recounting the demo program's 9,000 waits after each write took most of this file's time),
   * and the rest must be unchanged since it was last recounted, facts and waits alike: the recount
   * groups by organisation, so that rest still equals its recount.
   */
  async function expectCurrent(step: string, filters: Array<{ cohort?: string; occupationId?: string; jurisdictionId?: string }>, { everyOrganisation = false } = {}) {
    const columns = 'organisation_id, cohort, occupation, jurisdiction, measure, dimension, grp, days, since::text, until::text, events, people';
    const order = 'ORDER BY 1, 2, 3, 4, 5, 6, 7, 8 NULLS FIRST, 9 NULLS FIRST, 10 NULLS FIRST';
    const which = everyOrganisation ? 'true' : written;
    const kept = await db.query(`SELECT ${columns} FROM outcome_waits WHERE ${which} ${order}`);
    const recount = (await db.query<{ sql: string }>(`SELECT bw_outcome_waits_query($1) AS sql`, [`SELECT *, 1 AS sign FROM outcome_facts WHERE ${which}`])).rows[0].sql;
    const recounted = await db.query(`SELECT ${columns} FROM (${recount}) r WHERE people <> 0 ${order}`);
    assert.deepEqual(kept.rows, recounted.rows, `waits after ${step}`);
    if (everyOrganisation) restWhenRecounted = await restOf();
    else assert.deepEqual(await restOf(), restWhenRecounted, `the other organisations' facts and waits are untouched after ${step}`);
    const today = dayNumber((await db.query<{ today: string }>(`SELECT current_date::text AS today`)).rows[0].today);
    const everyone = await people(db);
    for (const filter of filters) {
      assert.deepEqual(sorted(await waitingTimes(db, ORG, filter)), sorted(expectedWaiting(everyone, today, filter)), `medians for ${JSON.stringify(filter)} after ${step}`);
    }
  }

  it('equal a recount and a Kaplan–Meier estimate from scratch after every write of a random sequence', async () => {
    const cohorts = (await db.query<{ cohort: string }>(`SELECT DISTINCT cohort FROM outcome_facts WHERE organisation_id = $1 ORDER BY 1 LIMIT 2`, [ORG])).rows.map((row) => row.cohort);
    const filters = [{}, { cohort: cohorts[0] }, { occupationId: 'registered-nurse' }, { jurisdictionId: 'ca-bc' }, { cohort: cohorts[1], occupationId: 'pharmacist', jurisdictionId: 'ca-on' }];
    await expectCurrent('enrolling', filters, { everyOrganisation: true });
    const seen = new Set<string>();
    for (let step = 1; step <= STEPS; step++) {
      const done = await randomWrite(step);
      seen.add(done.replace(/^\d+: | \(.*$/g, ''));
      await expectCurrent(done, filters);
    }
    await expectCurrent('the whole sequence', filters, { everyOrganisation: true });
    assert.equal(seen.size, 12, `the sequence tried every kind of write (${[...seen].join(', ')})`);
  });

  it('are counted once again, the same, when a bulk load rebuilds the facts', async () => {
    await db.transaction(async (tx) => {
      await pauseOutcomeFactsUntilCommit(tx);
      await tx.query(`UPDATE program_enrolments SET version = version + 1 WHERE organisation_id = $1`, [ORG]);
    });
    // A rebuild counts every fact today: waits whose leaving day has passed since are counted by their days, and the medians stay the same.
    await expectCurrent('a rebuild', [{}, { occupationId: 'pharmacist' }], { everyOrganisation: true });
  });
});
