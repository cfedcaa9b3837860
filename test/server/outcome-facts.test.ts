/**
 * `outcome_facts` (migration 051) follows every kind of write to the tables it is derived from:
 * after each write, the table equals a recomputation from the source tables (written here
 * independently, as grouped joins), `outcome_cells` (migration 052) equals the facts' consenting
 * mentees counted by group, and the program's figures equal those of the same recomputation's
 * consenting mentees.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openTestDatabase } from '../support/server.js';
import { programMetrics } from '../../src/server/store/outcomes/metrics.js';
import { pauseOutcomeFactsUntilCommit } from '../../src/server/store/outcomes/facts.js';
import type { Database } from '../../src/server/db/types.js';

const ORG = 'facts_org';
const OTHER = 'facts_other';
const REGISTRATION = 'ca-on-rn-registration';

/** Every enrolment's facts, computed from the sources the way the figures did before 051. */
const RECOMPUTED = `
WITH credentials AS (
  SELECT p.organisation_id, p.mentee_id, min(m.completed_on) AS credential_on
    FROM plans p JOIN milestones m ON m.organisation_id = p.organisation_id AND m.plan_id = p.id AND m.status = 'done'
   WHERE EXISTS (SELECT 1 FROM requirements r WHERE r.id = m.source_requirement_id AND r.kind = 'registration' AND (r.organisation_id IS NULL OR r.organisation_id = p.organisation_id))
   GROUP BY 1, 2
), matches AS (
  SELECT organisation_id, mentee_id, min(responded_at)::date AS matched_on FROM introduction_requests
   WHERE responded_at IS NOT NULL AND status NOT IN ('pending', 'question', 'declined', 'expired', 'withdrawn') GROUP BY 1, 2
), latest AS (
  SELECT DISTINCT ON (organisation_id, mentee_id) organisation_id, mentee_id, satisfaction FROM outcome_responses
   WHERE satisfaction IS NOT NULL ORDER BY organisation_id, mentee_id, month DESC
), pay AS (
  SELECT a.organisation_id, a.mentee_id, a.pay_currency,
         a.pay_amount::float8 * CASE a.pay_period WHEN 'hour' THEN 2080 WHEN 'month' THEN 12 ELSE 1 END AS pay_intake,
         b.pay_amount::float8 * CASE b.pay_period WHEN 'hour' THEN 2080 WHEN 'month' THEN 12 ELSE 1 END AS pay_later
    FROM outcome_responses a JOIN outcome_responses b USING (organisation_id, mentee_id)
   WHERE a.month = 0 AND b.month = 12 AND a.pay_amount IS NOT NULL AND b.pay_amount IS NOT NULL AND a.pay_currency = b.pay_currency
)
SELECT e.organisation_id, e.mentee_id, e.consent_figures,
       to_char(e.entered_on, 'YYYY') || '-Q' || extract(quarter FROM e.entered_on)::int AS cohort,
       coalesce(e.occupation_id, 'unknown') AS occupation, coalesce(e.jurisdiction_id, 'unknown') AS jurisdiction,
       coalesce(e.origin_region, 'unknown') AS origin, coalesce(e.gender, 'unknown') AS gender,
       e.entered_on::text, e.first_role_on::text, e.left_on::text, c.credential_on::text, m.matched_on::text, l.satisfaction,
       p.pay_currency, p.pay_intake, p.pay_later
  FROM program_enrolments e
  LEFT JOIN credentials c USING (organisation_id, mentee_id) LEFT JOIN matches m USING (organisation_id, mentee_id)
  LEFT JOIN latest l USING (organisation_id, mentee_id) LEFT JOIN pay p USING (organisation_id, mentee_id)`;

const COLUMNS = `organisation_id, mentee_id, consent_figures, cohort, occupation, jurisdiction, origin, gender, entered_on::text, first_role_on::text,
  left_on::text, credential_on::text, matched_on::text, satisfaction, pay_currency, pay_intake, pay_later`;

describe('outcome facts', () => {
  let db: Database;

  before(async () => {
    // Migrated and seeded without the demo: the facts hold only the rows these tests write.
    db = await openTestDatabase('catalogue');
    await db.exec(`
      INSERT INTO organisations (id, name) VALUES ('${ORG}', 'Facts program'), ('${OTHER}', 'Other program');
      INSERT INTO users (id, organisation_id, role, display_name, external_id)
        SELECT 'usr_f' || n, CASE WHEN n <= 14 THEN '${ORG}' ELSE '${OTHER}' END, 'mentee', 'Mentee ' || n, 'facts-' || n FROM generate_series(1, 16) AS n;
      INSERT INTO mentors (id, organisation_id, display_name, occupations, jurisdiction, languages, language_codes, formats, capacity, current_load, rotation_key)
        VALUES ('mnt_f1', '${ORG}', 'Mentor', ARRAY['registered-nurse'], 'ca-on', '{en}', '{en}', '{online}', 3, 0, 1);
      INSERT INTO outcome_settings (organisation_id, min_cell_size) VALUES ('${ORG}', 5);
    `);
  });
  after(() => db.close());

  /** Asserts the facts equal the recomputation, and the figures equal those computed from it. */
  async function expectCurrent(step: string) {
    const order = 'ORDER BY organisation_id, mentee_id';
    const facts = await db.query(`SELECT ${COLUMNS} FROM outcome_facts ${order}`);
    const recomputed = await db.query(`SELECT * FROM (${RECOMPUTED}) r ${order}`);
    assert.deepEqual(facts.rows, recomputed.rows, `after ${step}`);
    const cells = await db.query(`SELECT * FROM outcome_cells ORDER BY 1, 2, 3, 4, 5, 6, 7`);
    const counted = await db.query(`SELECT organisation_id, cohort, occupation, jurisdiction, origin, gender, coalesce(pay_currency, '') AS pay_currency,
        count(*)::int AS mentees, count(satisfaction)::int AS satisfied, coalesce(sum(satisfaction), 0)::int AS satisfaction_sum, count(credential_on)::int AS attained
      FROM outcome_facts WHERE consent_figures GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY 1, 2, 3, 4, 5, 6, 7`);
    assert.deepEqual(cells.rows, counted.rows, `cells after ${step}`);
    const figures = await programMetrics(db, ORG, {});
    await db.exec(`CREATE TEMP TABLE facts_copy AS SELECT * FROM outcome_facts`);
    try {
      await db.exec(`DELETE FROM outcome_facts; INSERT INTO outcome_facts SELECT ${COLUMNS.replace(/::text/g, '::date')} FROM (${RECOMPUTED}) r`);
      const expected = await programMetrics(db, ORG, {});
      assert.deepEqual({ ...figures, generatedAt: null }, { ...expected, generatedAt: null }, `figures after ${step}`);
    } finally {
      await db.exec(`DELETE FROM outcome_facts; INSERT INTO outcome_facts SELECT * FROM facts_copy; DROP TABLE facts_copy`);
    }
    return facts.rows.length;
  }

  it('follows every write to enrolments, follow-ups, plans, milestones, requirements and introductions', async () => {
    const steps: Array<[string, string]> = [
      ['enrolments inserted', `INSERT INTO program_enrolments (organisation_id, mentee_id, entered_on, occupation_id, jurisdiction_id, origin_region, gender, follow_up_months, consent_figures, consent_gender)
        SELECT CASE WHEN n <= 14 THEN '${ORG}' ELSE '${OTHER}' END, 'usr_f' || n, current_date - 300 - n * 20, CASE WHEN n % 3 = 0 THEN NULL ELSE 'registered-nurse' END, 'ca-on',
               (ARRAY['asia', 'africa', 'europe'])[1 + n % 3], CASE WHEN n % 2 = 0 THEN 'woman' END, '{3,6,12}', n <> 13, n % 2 = 0
          FROM generate_series(1, 16) AS n`],
      ['intakes inserted', `INSERT INTO outcome_responses (organisation_id, mentee_id, month, answered_on, employment, pay_amount, pay_currency, pay_period, satisfaction)
        SELECT organisation_id, mentee_id, 0, entered_on, 'employed', 20 + length(mentee_id), 'CAD', 'hour', 2 FROM program_enrolments`],
      ['12-month follow-ups inserted', `INSERT INTO outcome_responses (organisation_id, mentee_id, month, answered_on, employment, pay_amount, pay_currency, pay_period, satisfaction)
        SELECT organisation_id, mentee_id, 12, entered_on + 360, 'employed', 4000, CASE WHEN mentee_id = 'usr_f4' THEN 'USD' ELSE 'CAD' END, 'month', 4 FROM program_enrolments WHERE mentee_id <> 'usr_f5'`],
      ['a follow-up updated', `UPDATE outcome_responses SET satisfaction = 5, pay_amount = 60000, pay_period = 'year' WHERE mentee_id = 'usr_f1' AND month = 12`],
      ['a follow-up without satisfaction', `UPDATE outcome_responses SET satisfaction = NULL WHERE mentee_id = 'usr_f2' AND month = 12`],
      ['a follow-up deleted', `DELETE FROM outcome_responses WHERE mentee_id = 'usr_f3' AND month = 12`],
      ['first roles and leaving', `UPDATE program_enrolments SET first_role_on = entered_on + 40 * (length(mentee_id) - 4) WHERE mentee_id IN ('usr_f1', 'usr_f2', 'usr_f6', 'usr_f7');
        UPDATE program_enrolments SET left_on = entered_on + 50 WHERE mentee_id = 'usr_f8'`],
      ['plans and registrations done', `INSERT INTO plans (id, organisation_id, mentee_id, occupation_id, jurisdiction_id, target_date)
          SELECT 'plan_f' || n, '${ORG}', 'usr_f' || n, 'registered-nurse', 'ca-on', current_date FROM generate_series(1, 6) AS n;
        INSERT INTO milestones (id, organisation_id, plan_id, title, kind, source_requirement_id, status, position, completed_on)
          SELECT 'ms_f' || n, '${ORG}', 'plan_f' || n, 'Registration', 'regulator-application', '${REGISTRATION}', CASE WHEN n <= 4 THEN 'done' ELSE 'planned' END, 0, current_date - 100 - n
            FROM generate_series(1, 6) AS n`],
      ['the registration requirement published', `INSERT INTO requirements (organisation_id, id, occupation_id, jurisdiction_id, kind, doc) VALUES (NULL, '${REGISTRATION}', 'registered-nurse', 'ca-on', 'registration', '{}')`],
      ['a registration done later', `UPDATE milestones SET status = 'done' WHERE id = 'ms_f5'`],
      ['a registration undone', `UPDATE milestones SET status = 'in-progress' WHERE id = 'ms_f1'`],
      ['a completion date changed', `UPDATE milestones SET completed_on = current_date - 7 WHERE id = 'ms_f2'`],
      ['a milestone deleted', `DELETE FROM milestones WHERE id = 'ms_f3'`],
      ['a plan handed to another mentee', `UPDATE plans SET mentee_id = 'usr_f9' WHERE id = 'plan_f4'`],
      ['a plan deleted', `DELETE FROM plans WHERE id = 'plan_f2'`],
      ['a requirement no longer a registration', `UPDATE requirements SET kind = 'application' WHERE id = '${REGISTRATION}' AND organisation_id IS NULL`],
      ['the requirement a registration again', `UPDATE requirements SET kind = 'registration' WHERE id = '${REGISTRATION}' AND organisation_id IS NULL`],
      ['the requirement withdrawn', `DELETE FROM requirements WHERE id = '${REGISTRATION}'`],
      ["the organisation's own requirement", `INSERT INTO requirements (organisation_id, id, occupation_id, jurisdiction_id, kind, doc) VALUES ('${ORG}', '${REGISTRATION}', 'registered-nurse', 'ca-on', 'registration', '{}')`],
      ['introductions sent', `INSERT INTO introduction_requests (id, organisation_id, mentee_id, mentor_id, message, hopes, status, respond_by)
          SELECT 'intro_f' || n, '${ORG}', 'usr_f' || n, 'mnt_f1', 'Hello.', '{informational-interview}', 'pending', now() + interval '7 days' FROM generate_series(1, 8) AS n`],
      ['introductions accepted', `UPDATE introduction_requests SET status = 'accepted', responded_at = now() - make_interval(days => 200 + length(id)) WHERE id IN ('intro_f1', 'intro_f2', 'intro_f3', 'intro_f4')`],
      ['an introduction declined', `UPDATE introduction_requests SET status = 'declined', responded_at = now() WHERE id = 'intro_f5'`],
      ['an accepted introduction withdrawn', `UPDATE introduction_requests SET status = 'withdrawn' WHERE id = 'intro_f2'`],
      ['an answer date changed', `UPDATE introduction_requests SET responded_at = now() - interval '30 days' WHERE id = 'intro_f3'`],
      ['an introduction deleted', `DELETE FROM introduction_requests WHERE id = 'intro_f4'`],
      ['consent withdrawn and details changed', `UPDATE program_enrolments SET consent_figures = false WHERE mentee_id = 'usr_f6';
        UPDATE program_enrolments SET gender = NULL, consent_gender = false, origin_region = NULL, occupation_id = 'pharmacist', entered_on = entered_on - 100 WHERE mentee_id = 'usr_f10'`],
      ['a mentee deleted', `DELETE FROM users WHERE id = 'usr_f7'`],
      ['an enrolment deleted', `DELETE FROM program_enrolments WHERE mentee_id = 'usr_f11'`],
    ];
    for (const [step, sql] of steps) {
      await db.exec(sql).catch((e) => { throw new Error(`${step}: ${e.message}`); });
      await expectCurrent(step);
    }
    assert.equal(await expectCurrent('all steps'), 14, 'the two deleted enrolments leave the facts');
    const figures = await programMetrics(db, ORG, {});
    assert.equal(figures.mentees.people, 10, 'consenting mentees of the organisation only (not 13, 6 withdrawn, 7 and 11 deleted)');
  });

  it('pauses upkeep for a bulk load only inside its transaction, and rebuilds the facts once when it commits', async () => {
    const paused = async () => (await db.query<{ on: boolean }>(`SELECT bw_outcome_facts_paused() AS on`)).rows[0].on;
    const factsOf = async (mentee: string) => (await db.query(`SELECT 1 FROM outcome_facts WHERE mentee_id = $1`, [mentee])).rows.length;
    await db.exec(`INSERT INTO users (id, organisation_id, role, display_name, external_id)
      SELECT 'usr_p' || n, '${ORG}', 'mentee', 'Loaded ' || n, 'loaded-' || n FROM generate_series(1, 3) AS n`);
    const load = `INSERT INTO program_enrolments (organisation_id, mentee_id, entered_on, follow_up_months, consent_figures, consent_gender)
      SELECT '${ORG}', 'usr_p' || n, current_date - 200, '{3,6,12}', true, false FROM generate_series(1, 3) AS n;
      INSERT INTO outcome_responses (organisation_id, mentee_id, month, answered_on, employment, satisfaction)
      SELECT '${ORG}', 'usr_p' || n, 0, current_date - 200, 'not-employed', n FROM generate_series(1, 3) AS n`;

    await assert.rejects(db.transaction(async (tx) => {
      await pauseOutcomeFactsUntilCommit(tx);
      await tx.exec(load);
      throw new Error('the load failed');
    }), /the load failed/);
    assert.equal(await paused(), false, 'a rolled-back load leaves upkeep running');
    assert.equal(await factsOf('usr_p1'), 0);

    await db.transaction(async (tx) => {
      await pauseOutcomeFactsUntilCommit(tx);
      await tx.exec(load);
      const inside = await tx.query(`SELECT bw_outcome_facts_paused() AS on, (SELECT count(*)::int FROM outcome_facts WHERE mentee_id LIKE 'usr_p%') AS facts`);
      assert.deepEqual(inside.rows[0], { on: true, facts: 0 }, 'paused: the load is not refreshed statement by statement');
    });
    assert.equal(await paused(), false, 'the pause ends with its transaction');
    assert.equal((await db.query(`SELECT count(*)::int AS n FROM outcome_facts_pauses`)).rows[0].n, 0);
    assert.equal(await factsOf('usr_p3'), 1, 'rebuilt at commit');
    await expectCurrent('a paused bulk load committed');

    await db.exec(`UPDATE outcome_responses SET satisfaction = 5 WHERE mentee_id = 'usr_p1'`);
    await expectCurrent('a write after the load, kept by the triggers again');
  });
});
