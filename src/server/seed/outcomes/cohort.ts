/**
 * DEMO ONLY: a synthetic cohort for the demo organisation, so the coordinator's metrics page
 * shows what a real program's would: 360 invented mentees who entered over the last three years,
 * with intakes and follow-ups (some missed), first roles in the field after realistic waits,
 * people who left and people still waiting, credentials gained through their plans, and matches
 * with mentors. There is no mentor feedback: the demo's mentors have no accounts to give it, so
 * that figure stays withheld. The numbers come from a fixed pseudo-random sequence, so every seed
 * gives the same cohort, and dates are relative to the day of seeding so the figures stay current.
 */
import type { Queryable } from '../../db/types.js';
import { seededRandom } from '../../../core/random.js';
import { DEMO_ORGANISATION_ID } from '../foundation.js';
import { pauseOutcomeFactsUntilCommit } from '../../store/outcomes/facts.js';

const COHORT_SIZE = 360;

/** Occupations of the cohort with the registration requirement that gains the credential, and typical annual pay (CAD) before and in the field. */
const TRACKS = [
  { occupation: 'registered-nurse', jurisdiction: 'ca-on', registration: 'ca-on-rn-registration', weight: 4, before: 36_000, inField: 78_000 },
  { occupation: 'professional-engineer', jurisdiction: 'ca-on', registration: 'ca-on-peng-registration', weight: 3, before: 42_000, inField: 85_000 },
  { occupation: 'pharmacist', jurisdiction: 'ca-on', registration: 'ca-on-pharm-registration', weight: 1, before: 38_000, inField: 98_000 },
  { occupation: 'teacher', jurisdiction: 'ca-on', registration: 'ca-on-oct-certification', weight: 2, before: 33_000, inField: 70_000 },
  { occupation: 'accountant', jurisdiction: 'ca-on', registration: 'ca-on-cpa-membership', weight: 2, before: 40_000, inField: 72_000 },
] as const;
const REGIONS = [['asia', 5], ['africa', 3], ['americas', 2], ['middle-east', 2], ['europe', 1]] as const;
const GENDERS = [['woman', 6], ['man', 5], ['non-binary', 1]] as const;

function weighted<T>(random: () => number, choices: ReadonlyArray<readonly [T, number]>): T {
  const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
  let pick = random() * total;
  for (const [value, weight] of choices) if ((pick -= weight) < 0) return value;
  return choices[choices.length - 1][0];
}

const DAY_MS = 86_400_000;
const day = (offset: number) => new Date(Date.now() + offset * DAY_MS).toISOString().slice(0, 10);

/** Seeds the cohort once, inside the seed's transaction: a second run finds it and does nothing. */
export async function seedDemoCohort(db: Queryable): Promise<void> {
  const { rows: seeded } = await db.query(`SELECT 1 FROM users WHERE organisation_id = $1 AND external_id = 'demo-cohort-1'`, [DEMO_ORGANISATION_ID]);
  if (seeded.length) return;
  // One rebuild of the program's facts when the seed's transaction commits, not one refresh per table.
  await pauseOutcomeFactsUntilCommit(db);
  const { rows: mentors } = await db.query<{ id: string }>(`SELECT id FROM mentors WHERE organisation_id = $1 AND user_id IS NULL ORDER BY id LIMIT 40`, [DEMO_ORGANISATION_ID]);
  const random = seededRandom(20261205);
  const rows = { users: [] as unknown[][], enrolments: [] as unknown[][], responses: [] as unknown[][], plans: [] as unknown[][], milestones: [] as unknown[][], introductions: [] as unknown[][] };
  const tracks = TRACKS.map((track) => [track, track.weight] as const);
  for (let index = 1; index <= COHORT_SIZE; index++) {
    const track = weighted(random, tracks);
    const enteredAgo = 30 + Math.floor(random() * 1065);
    const menteeId = `usr_demo_cohort_${index}`;
    const consentGender = random() < 0.7;
    const leftAfter = random() < 0.15 ? 30 + Math.floor(random() * Math.min(enteredAgo - 30, 400)) : null;
    // Waits to a first role in the field: most within 4 to 18 months, some longer, some never yet.
    const wait = 90 + Math.floor(random() * random() * 900);
    const roleAfter = wait < enteredAgo && (leftAfter === null || wait < leftAfter + 200) && random() < 0.85 ? wait : null;
    const matchAfter = mentors.length && random() < 0.88 ? Math.floor(random() * random() * 120) : null;
    rows.users.push([menteeId, `Cohort member ${index}`, `demo-cohort-${index}`]);
    rows.enrolments.push([menteeId, day(-enteredAgo), track.occupation, track.jurisdiction, weighted(random, REGIONS), consentGender ? weighted(random, GENDERS) : null,
        roleAfter === null ? null : day(-enteredAgo + roleAfter), leftAfter === null || leftAfter >= enteredAgo ? null : day(-enteredAgo + leftAfter),
        leftAfter === null || leftAfter >= enteredAgo ? null : weighted(random, [['moved', 2], ['no-time', 3], ['found-work', 2], ['other', 1]] as const),
        random() < 0.93, consentGender]);
    const payAt = (after: number) => (roleAfter !== null && after >= roleAfter ? track.inField : track.before) * (0.85 + random() * 0.3);
    for (const month of [0, 3, 6, 12]) {
      const after = Math.round(month * 30.4);
      if (after > enteredAgo || (month > 0 && random() < 0.2) || (leftAfter !== null && after > leftAfter)) continue;
      const working = month === 0 ? random() < 0.6 : roleAfter !== null && after >= roleAfter ? true : random() < 0.65;
      const hourly = random() < 0.5;
      const annual = payAt(after);
      rows.responses.push([menteeId, month, day(-enteredAgo + after), working ? 'employed' : 'not-employed', working ? roleAfter !== null && after >= roleAfter : null,
          working ? Math.round(hourly ? annual / 2080 : annual / 12) : null, working ? 'CAD' : null, working ? (hourly ? 'hour' : 'month') : null,
          Math.min(5, Math.max(1, Math.round(2.5 + random() * 2 + (roleAfter !== null && after >= roleAfter ? 1 : 0))))]);
    }
    if (roleAfter !== null && random() < 0.8) {
      const planId = `plan_demo_cohort_${index}`;
      rows.plans.push([planId, menteeId, track.occupation, track.jurisdiction, day(-enteredAgo + roleAfter)]);
      rows.milestones.push([`ms_demo_cohort_${index}`, planId, track.registration, day(-enteredAgo + Math.max(0, roleAfter - 30))]);
    }
    if (matchAfter !== null && matchAfter < enteredAgo) {
      const at = new Date(Date.now() - (enteredAgo - matchAfter) * DAY_MS);
      rows.introductions.push([`intro_demo_cohort_${index}`, menteeId, mentors[Math.floor(random() * mentors.length)].id, at.toISOString()]);
    }
  }
  const columns = (table: unknown[][]) => table[0]?.map((_value, column) => table.map((row) => row[column])) ?? [];
  const o = DEMO_ORGANISATION_ID;
  await db.query(`INSERT INTO users (id, organisation_id, role, display_name, external_id) SELECT id, $1, 'mentee', name, ext FROM unnest($2::text[], $3::text[], $4::text[]) AS u(id, name, ext)`, [o, ...columns(rows.users)]);
  await db.query(
    `INSERT INTO program_enrolments (organisation_id, mentee_id, entered_on, occupation_id, jurisdiction_id, origin_region, gender, follow_up_months,
       first_role_on, left_on, leave_reason, consent_figures, consent_quote, consent_gender)
     SELECT $1, m, e, oc, j, r, g, '{3,6,12}', f, l, lr, cf, 'no', cg
       FROM unnest($2::text[], $3::date[], $4::text[], $5::text[], $6::text[], $7::text[], $8::date[], $9::date[], $10::text[], $11::boolean[], $12::boolean[])
         AS x(m, e, oc, j, r, g, f, l, lr, cf, cg)`,
    [o, ...columns(rows.enrolments)],
  );
  await db.query(
    `INSERT INTO outcome_responses (organisation_id, mentee_id, month, answered_on, employment, in_field, pay_amount, pay_currency, pay_period, satisfaction)
     SELECT $1, * FROM unnest($2::text[], $3::smallint[], $4::date[], $5::text[], $6::boolean[], $7::int[], $8::text[], $9::text[], $10::smallint[])`,
    [o, ...columns(rows.responses)],
  );
  await db.query(`INSERT INTO plans (id, organisation_id, mentee_id, occupation_id, jurisdiction_id, target_date) SELECT p, $1, m, oc, j, t FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::date[]) AS x(p, m, oc, j, t)`, [o, ...columns(rows.plans)]);
  await db.query(
    `INSERT INTO milestones (id, organisation_id, plan_id, title, kind, source_requirement_id, status, position, completed_on)
     SELECT id, $1, p, 'Registration', 'regulator-application', r, 'done', 0, c FROM unnest($2::text[], $3::text[], $4::text[], $5::date[]) AS x(id, p, r, c)`,
    [o, ...columns(rows.milestones)],
  );
  if (rows.introductions.length) {
    await db.query(
      `INSERT INTO introduction_requests (id, organisation_id, mentee_id, mentor_id, message, hopes, status, created_at, updated_at, respond_by, responded_at)
       SELECT id, $1, m, t, 'Synthetic demo request.', '{informational-interview}', 'accepted', a, a, a, a FROM unnest($2::text[], $3::text[], $4::text[], $5::timestamptz[]) AS x(id, m, t, a)`,
      [o, ...columns(rows.introductions)],
    );
  }
  // Fresh statistics, so the figures' joins are planned for hundreds of rows, not one (PGlite has no autovacuum).
  await db.query(`ANALYZE users, program_enrolments, outcome_responses, plans, milestones, introduction_requests`);
}
