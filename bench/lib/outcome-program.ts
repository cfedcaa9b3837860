/**
 * The program the metrics benchmark measures, generated in SQL with a fixed seed: an organisation
 * of `mentees` mentees entered over three years, with intakes, follow-ups at 3, 6 and 12 months
 * (some missed), first roles, people who left, registrations done in their plans, and matches with
 * `mentors` mentors. Loaded as one bulk load (facts maintenance paused, rebuilt once at commit).
 * Also measures what keeping `outcome_facts` current costs a bulk write while the triggers run.
 *
 * Generating takes minutes, so `openProgram()` keeps the generated database as a data folder in
 * .tmp/, keyed by the generator's version (the source of `generateProgram` and the sizes), with the
 * migrations it was made under. A later run copies that folder (a second or two), opens the copy
 * and applies only the migrations added since; when a migration it was made under changed or went
 * away, it generates again.
 */
import { createHash } from 'node:crypto';
import { cp, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { PgliteDatabase } from '../../src/server/db/pglite.js';
import { loadMigrations, migrate } from '../../src/server/db/migrate.js';
import type { Database, Queryable } from '../../src/server/db/types.js';
import { runSeed } from '../../src/server/seed/index.js';
import { pauseOutcomeFactsUntilCommit } from '../../src/server/store/outcomes/facts.js';

const CACHE = new URL('../../.tmp/bench-program/', import.meta.url);

export interface OpenedProgram {
  db: PgliteDatabase;
  /** Milliseconds generating took, when this run generated (null when it used the cached copy). */
  generatedMs: number | null;
  /** Milliseconds copying and opening the cached copy and applying newer migrations took (null when generated). */
  loadedMs: number | null;
  /** What happened, for the bench's output. */
  note: string;
}

const sha = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/** Opens `dir` on disk (migrated and seeded), timing it. */
async function openMigrated(dir: URL): Promise<{ db: PgliteDatabase; applied: number[]; ms: number }> {
  const started = performance.now();
  const db = await PgliteDatabase.open({ dataDir: fileURLToPath(dir) });
  const applied = await migrate(db, await loadMigrations());
  await runSeed(db, { demo: false });
  return { db, applied, ms: Math.round(performance.now() - started) };
}

/** Closes `db` (open on `from`) cleanly and makes `from` the cached copy, made under the `migrations` listed. */
async function keep(db: PgliteDatabase, from: URL, cached: URL, base: URL, migrations: Map<string, string>): Promise<void> {
  // A clean close after a checkpoint: the copy opens in seconds, with no log to replay.
  await db.query('CHECKPOINT');
  await db.close();
  await rm(new URL('migrations.json', base), { force: true });
  await rm(cached, { recursive: true, force: true });
  await cp(from, cached, { recursive: true });
  await writeFile(new URL('migrations.json', base), `${JSON.stringify(Object.fromEntries(migrations), null, 1)}\n`);
}

/**
 * The program in a working copy on disk: copied from the cached copy of this generator version
 * when there is one whose migrations are all still there unchanged, else generated (and cached).
 */
export async function openProgram(org: string, mentees: number, mentors: number): Promise<OpenedProgram> {
  const version = sha(`${generateProgram.toString()}|${org}|${mentees}|${mentors}`);
  const base = new URL(`${version}/`, CACHE);
  const generated = new URL('generated/', base);
  const working = new URL('working/', base);
  const current = new Map((await loadMigrations()).map((m) => [m.name, sha(m.sql)]));
  const manifest = await readFile(new URL('migrations.json', base), 'utf8').then((text) => JSON.parse(text) as Record<string, string>).catch(() => null);
  if (manifest && Object.entries(manifest).every(([name, hash]) => current.get(name) === hash)) {
    await rm(working, { recursive: true, force: true });
    const started = performance.now();
    await cp(generated, working, { recursive: true });
    const { db: opened, applied, ms } = await openMigrated(working);
    let db = opened;
    if (applied.length) {
      // The cached copy takes the newer migrations too, so the next run does not apply them again.
      await keep(db, working, generated, base, current);
      db = await PgliteDatabase.open({ dataDir: fileURLToPath(working) });
    }
    const loadedMs = Math.round(performance.now() - started);
    const newer = applied.length ? `, applied migration(s) ${applied.join(', ')} (${ms} ms with opening) and kept the result for later runs` : '';
    return { db, generatedMs: null, loadedMs, note: `Reused the program generated earlier (.tmp/bench-program/${version}/, generator version ${version}): copied and opened${newer}, in ${loadedMs} ms.` };
  }
  // Other versions' copies go.
  await rm(CACHE, { recursive: true, force: true });
  const building = new URL('building/', base);
  const { db: fresh } = await openMigrated(building);
  const generatedMs = await generateProgram(fresh, org, mentees, mentors);
  await keep(fresh, building, generated, base, current);
  await cp(generated, working, { recursive: true });
  const { db } = await openMigrated(working);
  return { db, generatedMs, loadedMs: null, note: `Generated the program (one bulk load, facts rebuilt once at commit) in ${generatedMs} ms; kept in .tmp/bench-program/${version}/ for later runs.` };
}

/** Generates the program; milliseconds taken, rebuild of the facts at commit included. */
export async function generateProgram(db: Database, org: string, mentees: number, mentors: number): Promise<number> {
  const started = performance.now();
  await db.transaction(async (tx) => {
    await pauseOutcomeFactsUntilCommit(tx);
    await tx.exec(`
  SELECT setseed(0.20261205);
  INSERT INTO organisations (id, name) VALUES ('${org}', 'Benchmark program');
  INSERT INTO mentors (id, organisation_id, display_name, occupations, jurisdiction, languages, language_codes, formats, capacity, current_load, rotation_key)
    SELECT 'mnt_b' || n, '${org}', 'Mentor ' || n, ARRAY[(ARRAY['registered-nurse','professional-engineer','pharmacist','teacher','accountant'])[1 + n % 5]],
           'ca-on', '{en}', '{en}', '{online}', 1 + n % 4, n % 5, n
      FROM generate_series(1, ${mentors}) AS n;
  INSERT INTO users (id, organisation_id, role, display_name, external_id)
    SELECT 'usr_b' || n, '${org}', 'mentee', 'Mentee ' || n, 'bench-' || n FROM generate_series(1, ${mentees}) AS n;
  CREATE TEMP TABLE generated AS
    SELECT n, 'usr_b' || n AS mentee_id, 30 + floor(random() * 1065)::int AS entered_ago,
           (ARRAY['registered-nurse','professional-engineer','pharmacist','teacher','accountant'])[1 + floor(random() * 5)::int] AS occupation,
           (ARRAY['ca-on','ca-bc','ca-ab'])[1 + floor(random() * 3)::int] AS jurisdiction,
           (ARRAY['africa','americas','asia','europe','middle-east','oceania'])[1 + floor(random() * 6)::int] AS origin,
           CASE WHEN random() < 0.7 THEN (ARRAY['woman','man','non-binary'])[1 + floor(random() * 3)::int] END AS gender,
           90 + floor(random() * random() * 900)::int AS wait, random() AS r1, random() AS r2, floor(random() * random() * 120)::int AS match_after
      FROM generate_series(1, ${mentees}) AS n;
  INSERT INTO program_enrolments (organisation_id, mentee_id, entered_on, occupation_id, jurisdiction_id, origin_region, gender, follow_up_months,
      first_role_on, left_on, consent_figures, consent_gender)
    SELECT '${org}', mentee_id, current_date - entered_ago, occupation, jurisdiction, origin, gender, '{3,6,12}',
           CASE WHEN wait < entered_ago AND r1 < 0.8 THEN current_date - entered_ago + wait END,
           CASE WHEN r2 < 0.12 THEN current_date - entered_ago + least(entered_ago, 30 + floor(r2 * 3000)::int) END,
           r1 < 0.95 OR r2 > 0.05, gender IS NOT NULL
      FROM generated;
  INSERT INTO outcome_responses (organisation_id, mentee_id, month, answered_on, employment, in_field, pay_amount, pay_currency, pay_period, satisfaction)
    SELECT '${org}', g.mentee_id, m.month, current_date - g.entered_ago + m.month * 30, 'employed', m.month >= 6 AND g.r1 < 0.8,
           (CASE WHEN m.month >= 6 AND g.r1 < 0.8 THEN 75000 ELSE 38000 END * (0.85 + random() * 0.3))::int, 'CAD', 'year', 1 + floor(random() * 5)::int
      FROM generated g CROSS JOIN (VALUES (0), (3), (6), (12)) AS m(month)
     WHERE m.month * 30 <= g.entered_ago AND (m.month = 0 OR random() < 0.75);
  INSERT INTO plans (id, organisation_id, mentee_id, occupation_id, jurisdiction_id, target_date)
    SELECT 'plan_b' || n, '${org}', mentee_id, occupation, 'ca-on', current_date FROM generated WHERE r1 < 0.3;
  INSERT INTO milestones (id, organisation_id, plan_id, title, kind, source_requirement_id, status, position, completed_on)
    SELECT 'ms_b' || n, '${org}', 'plan_b' || n, 'Registration', 'regulator-application',
           CASE occupation WHEN 'registered-nurse' THEN 'ca-on-rn-registration' WHEN 'professional-engineer' THEN 'ca-on-peng-registration'
             WHEN 'pharmacist' THEN 'ca-on-pharm-registration' WHEN 'teacher' THEN 'ca-on-oct-certification' ELSE 'ca-on-cpa-membership' END,
           'done', 0, current_date - entered_ago + wait
      FROM generated WHERE r1 < 0.3;
  INSERT INTO introduction_requests (id, organisation_id, mentee_id, mentor_id, message, hopes, status, created_at, updated_at, respond_by, responded_at)
    SELECT 'intro_b' || n, '${org}', mentee_id, 'mnt_b' || (1 + n % ${mentors}), 'Benchmark.', '{informational-interview}', 'accepted',
           now() - make_interval(days => entered_ago - match_after), now(), now(), now() - make_interval(days => entered_ago - match_after)
      FROM generated WHERE r2 < 0.85 AND match_after < entered_ago;
  ANALYZE;
`);
  });
  return Math.round(performance.now() - started);
}

class RolledBack extends Error {}

/** Runs `work` in a transaction that is rolled back afterwards, so the program stays as generated. */
async function thenRollBack(db: Database, work: (tx: Queryable) => Promise<void>): Promise<void> {
  try {
    await db.transaction(async (tx) => {
      await work(tx);
      throw new RolledBack();
    });
  } catch (error) {
    if (!(error instanceof RolledBack)) throw error;
  }
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return Math.round(performance.now() - started);
}

export interface MaintenanceTiming {
  mentees: number;
  /** One statement inserting an accepted introduction for each mentee, facts refreshed by its trigger. */
  introductionsMs: number;
  /** One statement inserting a plan for each mentee, and one inserting a done registration milestone in each. */
  plansAndMilestonesMs: number;
  /** The same writes with upkeep paused (and rolled back, so never rebuilt): what the writes cost on their own. */
  pausedIntroductionsMs: number;
  pausedPlansAndMilestonesMs: number;
}

/** Times `work` in a transaction that is then rolled back; with `pause`, facts upkeep is paused first. */
async function timedThenRolledBack(db: Database, pause: boolean, work: (tx: Queryable) => Promise<unknown>): Promise<number> {
  let ms = 0;
  await thenRollBack(db, async (tx) => {
    if (pause) await pauseOutcomeFactsUntilCommit(tx);
    ms = await timed(() => work(tx));
  });
  return ms;
}

/** Times bulk writes touching the first `n` mentees, for each n, with the triggers running and paused (each rolled back). */
export async function measureMaintenance(db: Database, org: string, mentors: number, sizes: number[]): Promise<MaintenanceTiming[]> {
  const introductions = (n: number) => (tx: Queryable) => tx.query(
    `INSERT INTO introduction_requests (id, organisation_id, mentee_id, mentor_id, message, hopes, status, created_at, updated_at, respond_by, responded_at)
     SELECT 'intro_m' || n, $1, 'usr_b' || n, 'mnt_b' || (1 + (n + 7) % $3), 'Benchmark.', '{informational-interview}', 'accepted', now(), now(), now(), now() - interval '10 days'
       FROM generate_series(1, $2::int) AS n`, [org, n, mentors]);
  const plansAndMilestones = (n: number) => async (tx: Queryable) => {
    await tx.query(`INSERT INTO plans (id, organisation_id, mentee_id, occupation_id, jurisdiction_id, target_date)
      SELECT 'plan_m' || n, $1, 'usr_b' || n, 'registered-nurse', 'ca-on', current_date FROM generate_series(1, $2::int) AS n`, [org, n]);
    await tx.query(`INSERT INTO milestones (id, organisation_id, plan_id, title, kind, source_requirement_id, status, position, completed_on)
      SELECT 'ms_m' || n, $1, 'plan_m' || n, 'Registration', 'regulator-application', 'ca-on-rn-registration', 'done', 0, current_date - 5
        FROM generate_series(1, $2::int) AS n`, [org, n]);
  };
  const timings: MaintenanceTiming[] = [];
  for (const n of sizes) {
    timings.push({
      mentees: n,
      introductionsMs: await timedThenRolledBack(db, false, introductions(n)),
      pausedIntroductionsMs: await timedThenRolledBack(db, true, introductions(n)),
      plansAndMilestonesMs: await timedThenRolledBack(db, false, plansAndMilestones(n)),
      pausedPlansAndMilestonesMs: await timedThenRolledBack(db, true, plansAndMilestones(n)),
    });
  }
  return timings;
}
