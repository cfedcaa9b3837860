/**
 * Program metrics latency (budget: p95 200 ms over 100,000 mentees with their follow-ups on the
 * embedded database, BUDGETS.md). An organisation of 100,000 mentees entered over three years is
 * generated in SQL with a fixed seed: intakes, follow-ups at 3, 6 and 12 months (some missed),
 * first roles, people who left, registrations done in their plans, and matches with 2,000 mentors.
 * `programMetrics()` (what `GET /v1/program-metrics` runs) is timed over a cycle of filters,
 * beside a baseline measured in the same run: one scan counting the organisation's enrolments.
 * Writes bench/results/program-metrics.json and .md.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { PgliteDatabase } from '../src/server/db/pglite.js';
import { migrate } from '../src/server/db/migrate.js';
import { runSeed } from '../src/server/seed/index.js';
import { programMetrics } from '../src/server/store/outcomes/metrics.js';
import { summarise, timeRuns } from './lib/stats.js';

const MENTEES = 100_000;
const MENTORS = 2_000;
const RUNS = 30;
const BUDGET = { p95Ms: 200 };
const ORG = 'bench_org';

const db = await PgliteDatabase.open({ dataDir: 'memory://' });
await migrate(db);
await runSeed(db, { demo: false });
const started = performance.now();
await db.exec(`
  SELECT setseed(0.20261205);
  INSERT INTO organisations (id, name) VALUES ('${ORG}', 'Benchmark program');
  INSERT INTO mentors (id, organisation_id, display_name, occupations, jurisdiction, languages, language_codes, formats, capacity, current_load, rotation_key)
    SELECT 'mnt_b' || n, '${ORG}', 'Mentor ' || n, ARRAY[(ARRAY['registered-nurse','professional-engineer','pharmacist','teacher','accountant'])[1 + n % 5]],
           'ca-on', '{en}', '{en}', '{online}', 1 + n % 4, n % 5, n
      FROM generate_series(1, ${MENTORS}) AS n;
  INSERT INTO users (id, organisation_id, role, display_name, external_id)
    SELECT 'usr_b' || n, '${ORG}', 'mentee', 'Mentee ' || n, 'bench-' || n FROM generate_series(1, ${MENTEES}) AS n;
  CREATE TEMP TABLE generated AS
    SELECT n, 'usr_b' || n AS mentee_id, 30 + floor(random() * 1065)::int AS entered_ago,
           (ARRAY['registered-nurse','professional-engineer','pharmacist','teacher','accountant'])[1 + floor(random() * 5)::int] AS occupation,
           (ARRAY['ca-on','ca-bc','ca-ab'])[1 + floor(random() * 3)::int] AS jurisdiction,
           (ARRAY['africa','americas','asia','europe','middle-east','oceania'])[1 + floor(random() * 6)::int] AS origin,
           CASE WHEN random() < 0.7 THEN (ARRAY['woman','man','non-binary'])[1 + floor(random() * 3)::int] END AS gender,
           90 + floor(random() * random() * 900)::int AS wait, random() AS r1, random() AS r2, floor(random() * random() * 120)::int AS match_after
      FROM generate_series(1, ${MENTEES}) AS n;
  INSERT INTO program_enrolments (organisation_id, mentee_id, entered_on, occupation_id, jurisdiction_id, origin_region, gender, follow_up_months,
      first_role_on, left_on, consent_figures, consent_gender)
    SELECT '${ORG}', mentee_id, current_date - entered_ago, occupation, jurisdiction, origin, gender, '{3,6,12}',
           CASE WHEN wait < entered_ago AND r1 < 0.8 THEN current_date - entered_ago + wait END,
           CASE WHEN r2 < 0.12 THEN current_date - entered_ago + least(entered_ago, 30 + floor(r2 * 3000)::int) END,
           r1 < 0.95 OR r2 > 0.05, gender IS NOT NULL
      FROM generated;
  INSERT INTO outcome_responses (organisation_id, mentee_id, month, answered_on, employment, in_field, pay_amount, pay_currency, pay_period, satisfaction)
    SELECT '${ORG}', g.mentee_id, m.month, current_date - g.entered_ago + m.month * 30, 'employed', m.month >= 6 AND g.r1 < 0.8,
           (CASE WHEN m.month >= 6 AND g.r1 < 0.8 THEN 75000 ELSE 38000 END * (0.85 + random() * 0.3))::int, 'CAD', 'year', 1 + floor(random() * 5)::int
      FROM generated g CROSS JOIN (VALUES (0), (3), (6), (12)) AS m(month)
     WHERE m.month * 30 <= g.entered_ago AND (m.month = 0 OR random() < 0.75);
  INSERT INTO plans (id, organisation_id, mentee_id, occupation_id, jurisdiction_id, target_date)
    SELECT 'plan_b' || n, '${ORG}', mentee_id, occupation, 'ca-on', current_date FROM generated WHERE r1 < 0.3;
  INSERT INTO milestones (id, organisation_id, plan_id, title, kind, source_requirement_id, status, position, completed_on)
    SELECT 'ms_b' || n, '${ORG}', 'plan_b' || n, 'Registration', 'regulator-application',
           CASE occupation WHEN 'registered-nurse' THEN 'ca-on-rn-registration' WHEN 'professional-engineer' THEN 'ca-on-peng-registration'
             WHEN 'pharmacist' THEN 'ca-on-pharm-registration' WHEN 'teacher' THEN 'ca-on-oct-certification' ELSE 'ca-on-cpa-membership' END,
           'done', 0, current_date - entered_ago + wait
      FROM generated WHERE r1 < 0.3;
  INSERT INTO introduction_requests (id, organisation_id, mentee_id, mentor_id, message, hopes, status, created_at, updated_at, respond_by, responded_at)
    SELECT 'intro_b' || n, '${ORG}', mentee_id, 'mnt_b' || (1 + n % ${MENTORS}), 'Benchmark.', '{informational-interview}', 'accepted',
           now() - make_interval(days => entered_ago - match_after), now(), now(), now() - make_interval(days => entered_ago - match_after)
      FROM generated WHERE r2 < 0.85 AND match_after < entered_ago;
  ANALYZE;
`);
const generatedMs = Math.round(performance.now() - started);

const cohort = (await db.query<{ cohort: string }>(`SELECT to_char(current_date - 400, 'YYYY') || '-Q' || extract(quarter FROM current_date - 400)::int AS cohort`)).rows[0].cohort;
const FILTERS = [{}, { cohort }, { occupationId: 'registered-nurse' }, { jurisdictionId: 'ca-bc' }, { cohort, occupationId: 'pharmacist' }];

// Interleaved, so machine noise falls on both alike.
const metricsSamples: number[] = [];
const baselineSamples: number[] = [];
await timeRuns(3, 0, (i) => programMetrics(db, ORG, FILTERS[i % FILTERS.length]));
for (let i = 0; i < RUNS; i++) {
  metricsSamples.push(...(await timeRuns(1, 0, () => programMetrics(db, ORG, FILTERS[i % FILTERS.length]))));
  baselineSamples.push(...(await timeRuns(1, 0, () => db.query(`SELECT count(*) FROM program_enrolments WHERE organisation_id = $1 AND consent_figures`, [ORG]))));
}
const sample = await programMetrics(db, ORG, {});
await db.close();

const metrics = summarise(metricsSamples);
const baseline = summarise(baselineSamples);
const result = {
  measuredAt: new Date().toISOString(),
  mentees: MENTEES,
  mentorsInPool: MENTORS,
  menteesInFigures: sample.mentees.people,
  generatedMs,
  runs: RUNS,
  filters: FILTERS,
  metricsMs: metrics,
  baselineScanMs: baseline,
  ratioP50: Math.round((metrics.p50 / baseline.p50) * 10) / 10,
  budget: BUDGET,
  withinBudget: metrics.p95 <= BUDGET.p95Ms,
};
await mkdir('bench/results', { recursive: true });
await writeFile('bench/results/program-metrics.json', `${JSON.stringify(result, null, 2)}\n`);
const table = [
  '| program metrics (ms) | p50 | p95 | p99 |',
  '| --- | ---: | ---: | ---: |',
  `| programMetrics(), ${MENTEES.toLocaleString('en')} mentees, cycle of ${FILTERS.length} filters | ${metrics.p50} | ${metrics.p95} | ${metrics.p99} |`,
  `| baseline: one scan counting the enrolments | ${baseline.p50} | ${baseline.p95} | ${baseline.p99} |`,
  '',
  `Budget p95 ${BUDGET.p95Ms} ms on PGlite: ${result.withinBudget ? 'within' : '**OVER**'}. ${sample.mentees.people} consenting mentees in the figures; ratio to the baseline scan at p50: ${result.ratioP50}x. ${RUNS} runs, interleaved with the baseline.`,
].join('\n');
await writeFile('bench/results/program-metrics.md', `# Program metrics latency\n\n${table}\n`);
console.log(table);
if (!result.withinBudget) process.exitCode = 1;
