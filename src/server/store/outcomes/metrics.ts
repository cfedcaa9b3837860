/**
 * Outcomes store: the program's figures, computed in SQL (the same on PGlite and PostgreSQL),
 * from the mentees who consent to count in them, then protected by src/core/outcomes/suppression.ts:
 * no figure describes fewer than the organisation's minimum cell size, and none can be worked
 * out from others.
 *
 * Mentees are filtered by cohort (the quarter they entered), occupation and jurisdiction as given
 * at entry; mentors by their first occupation and their jurisdiction (cohorts do not apply to them).
 */
import type { Breakdown, Figure, GroupFigure, MetricsFilterOptions, MetricsQuery, PayChange, ProgramMetrics, WaitFigure } from '../../../api/outcomes.js';
import { mayShow, population, withheldGroups, type Atom, type Constraints } from '../../../core/outcomes/suppression.js';
import type { Queryable } from '../../db/types.js';
import { inTransaction, type Connection } from '../../db/transaction.js';
import { isoTime } from '../../wire.js';
import { getOutcomeSettings } from './settings.js';

const MENTEE_FILTERS = ['cohort', 'occupation', 'jurisdiction'] as const;
const MENTOR_FILTERS = ['occupation', 'jurisdiction'] as const;

/** Whether a row is in the filter ($2 cohort, $3 occupation, $4 jurisdiction; null for any). */
const IN_FILTER = `($2::text IS NULL OR cohort = $2) AND ($3::text IS NULL OR occupation = $3) AND ($4::text IS NULL OR jurisdiction = $4)`;

/**
 * Kaplan–Meier medians, from the filter's counts in `outcome_waits` (migration 053): for each
 * (measure, dimension, grp), people are counted by t, the days to the event or to censoring (the
 * overall match counts are the sums of the counts by occupation); the median is the first time at
 * which the estimated share still waiting is at most one half. People still waiting are censored
 * today, or on the day they left if that is earlier, so they count as waiting, not as missing.
 */
const KAPLAN_MEIER_SQL = `counted AS (
  SELECT measure, dimension, grp, coalesce(days, greatest(least(coalesce(until, current_date), current_date) - since, 0)) AS t, events, people
    FROM outcome_waits
   WHERE organisation_id = $1 AND cohort = coalesce($2, '') AND occupation = coalesce($3, '') AND jurisdiction = coalesce($4, '')
),
g AS (
  SELECT measure, dimension, grp, t, sum(events)::int AS events, sum(people)::int AS removed FROM counted GROUP BY 1, 2, 3, 4
  UNION ALL
  SELECT 'match', 'all', 'all', t, sum(events)::int, sum(people)::int FROM counted WHERE measure = 'match' AND dimension = 'occupation' GROUP BY t
),
-- At risk at t: everyone in the group but those removed before t (one sort serves every window).
r AS (SELECT *, sum(removed) OVER (PARTITION BY measure, dimension, grp)
                - coalesce(sum(removed) OVER (w ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS at_risk
        FROM g WINDOW w AS (PARTITION BY measure, dimension, grp ORDER BY t)),
s AS (SELECT *, bool_or(events = at_risk) OVER w AS emptied,
             exp(sum(CASE WHEN events < at_risk THEN ln(1 - events::float8 / at_risk) ELSE 0 END) OVER w) AS survival
        FROM r WINDOW w AS (PARTITION BY measure, dimension, grp ORDER BY t)),
waiting AS (
  SELECT measure, dimension, grp, sum(removed)::int AS people, sum(events)::int AS reached,
         min(t) FILTER (WHERE events > 0 AND (emptied OR survival <= 0.5 + 1e-9)) AS median
    FROM s GROUP BY 1, 2, 3
)`;

/**
 * Everything the mentee figures need, in one statement: the counts the small-number protection
 * works on (atoms, for every filter, so broader views can be checked) and the filter's totals
 * come from the organisation's `outcome_cells` (migration 052), read once; the waiting times and
 * pay medians from one pass each over the filter's people. Pay is annualised in `outcome_facts`
 * (hour × 2,080, month × 12).
 */
const MENTEE_FIGURES_SQL = `WITH ${KAPLAN_MEIER_SQL},
cells AS MATERIALIZED (SELECT * FROM outcome_cells WHERE organisation_id = $1)
SELECT
  (SELECT coalesce(json_agg(a), '[]') FROM (
     SELECT cohort, occupation, jurisdiction, origin, gender, sum(mentees)::int AS mentees, sum(satisfied)::int AS satisfaction, grouping(gender) = 1 AS by_origin
       FROM cells GROUP BY GROUPING SETS ((cohort, occupation, jurisdiction, origin), (cohort, occupation, jurisdiction, gender))) a) AS atoms,
  (SELECT coalesce(json_agg(a), '[]') FROM (
     SELECT cohort, occupation, jurisdiction, pay_currency AS currency, sum(mentees)::int AS people
       FROM cells WHERE pay_currency <> '' GROUP BY 1, 2, 3, 4) a) AS pay_atoms,
  (SELECT coalesce(json_agg(w), '[]') FROM waiting w) AS waiting,
  (SELECT json_build_object('attained', coalesce(sum(attained), 0), 'satisfaction', sum(satisfaction_sum)::float8 / nullif(sum(satisfied), 0))
     FROM cells WHERE ${IN_FILTER}) AS totals,
  -- One plain aggregate per currency the cells list (no sort of everyone by currency first).
  (SELECT coalesce(json_agg(p ORDER BY p.currency), '[]') FROM (
     SELECT c.currency, m.* FROM (SELECT DISTINCT pay_currency AS currency FROM cells WHERE pay_currency <> '' AND ${IN_FILTER}) c
      CROSS JOIN LATERAL (
        SELECT count(*)::int AS people,
               percentile_cont(0.5) WITHIN GROUP (ORDER BY pay_intake) AS intake,
               percentile_cont(0.5) WITHIN GROUP (ORDER BY pay_later) AS later,
               percentile_cont(0.5) WITHIN GROUP (ORDER BY (pay_later - pay_intake) / pay_intake * 100) FILTER (WHERE pay_intake > 0) AS change
          FROM outcome_facts WHERE organisation_id = $1 AND consent_figures AND pay_currency = c.currency AND ${IN_FILTER}) m) p) AS pay`;

/** A Kaplan–Meier median of days waited, with the people behind it. */
export interface Waiting {
  people: number;
  reached: number;
  median: number | null;
}

type WaitingRow = { measure: string; dimension: string; grp: string; people: number; reached: number; median: number | null };

/** Waiting times keyed `measure/dimension/group` (`firstRole/all/all`, `match/origin/asia` ...). */
const waitingByKey = (rows: readonly WaitingRow[]) =>
  new Map<string, Waiting>(rows.map((row) => [`${row.measure}/${row.dimension}/${row.grp}`, { people: row.people, reached: row.reached, median: row.median === null ? null : Number(row.median) }]));

/** Every waiting time of the filter, before suppression (for tests that compare it with a recomputation). */
export async function waitingTimes(db: Queryable, organisationId: string, query: MetricsQuery): Promise<Map<string, Waiting>> {
  const { rows } = await db.query<WaitingRow>(`WITH ${KAPLAN_MEIER_SQL} SELECT * FROM waiting`, [organisationId, query.cohort ?? null, query.occupationId ?? null, query.jurisdictionId ?? null]);
  return waitingByKey(rows);
}

type Params = [string, string | null, string | null, string | null];

interface MenteeFigureRows {
  atoms: Array<{ cohort: string; occupation: string; jurisdiction: string; origin: string | null; gender: string | null; mentees: number; satisfaction: number; by_origin: boolean }>;
  pay_atoms: Array<{ cohort: string; occupation: string; jurisdiction: string; currency: string; people: number }>;
  waiting: WaitingRow[];
  totals: { attained: number; satisfaction: number | null };
  pay: Array<{ currency: string; people: number; intake: number; later: number; change: number | null }>;
}

/** JSON columns come back parsed from node-postgres and as text from some drivers. */
const parsed = <T>(value: T | string): T => (typeof value === 'string' ? (JSON.parse(value) as T) : value);

/** Enough memory to count by t in hash tables rather than sorting every person on disk (4 MB by default). */
const FIGURES_WORK_MEM = '32MB';

async function menteeFigures(db: Connection, params: Params) {
  const { rows } = await inTransaction(db, async (tx) => {
    await tx.query(`SELECT set_config('work_mem', $1, true)`, [FIGURES_WORK_MEM]);
    return tx.query<{ [K in keyof MenteeFigureRows]: MenteeFigureRows[K] | string }>(MENTEE_FIGURES_SQL, params);
  });
  const atoms = parsed(rows[0].atoms);
  const atom = (row: MenteeFigureRows['atoms'][number], dimension: 'origin' | 'gender'): Atom => ({
    dimensions: { cohort: row.cohort, occupation: row.occupation, jurisdiction: row.jurisdiction, [dimension]: row[dimension] },
    people: { mentees: row.mentees, satisfaction: row.satisfaction },
  });
  return {
    byOrigin: atoms.filter((row) => row.by_origin).map((row) => atom(row, 'origin')),
    byGender: atoms.filter((row) => !row.by_origin).map((row) => atom(row, 'gender')),
    payAtoms: parsed(rows[0].pay_atoms).map((row): Atom => ({ dimensions: { cohort: row.cohort, occupation: row.occupation, jurisdiction: row.jurisdiction }, people: { [`pay:${row.currency}`]: row.people } })),
    waiting: waitingByKey(parsed(rows[0].waiting)),
    totals: parsed(rows[0].totals),
    pay: parsed(rows[0].pay),
  };
}

const withheld = (people: number | null = null): Figure => ({ value: null, people, withheld: true });

/** A figure shown when the atoms allow it, or withheld. */
function figure(atoms: readonly Atom[], constraints: Constraints, filters: readonly string[], measure: string, k: number, value: number | null): Figure {
  if (!mayShow(atoms, constraints, filters, measure, k)) return withheld();
  return { value, people: population(atoms, constraints, measure), withheld: false };
}

function waitFigure(shown: Figure, waiting: Waiting | undefined): WaitFigure {
  if (shown.withheld || !waiting) return { ...withheld(), reached: null, stillWaiting: null };
  return { ...shown, value: waiting.median, reached: waiting.reached, stillWaiting: waiting.people - waiting.reached };
}

/** One figure per group of `dimension`, with complementary suppression across the groups. */
function breakdown(atoms: readonly Atom[], constraints: Constraints, filters: readonly string[], dimension: string, measure: string, k: number, valueOf: (group: string) => number | null): GroupFigure[] {
  const groups = [...new Set(atoms.filter((atom) => population([atom], constraints, measure) > 0).map((atom) => atom.dimensions[dimension] ?? 'unknown'))].sort();
  const counts = groups.map((group) => {
    const cell = { ...constraints, [dimension]: group };
    return { group, people: population(atoms, cell, measure), safe: mayShow(atoms, cell, filters, measure, k) };
  });
  const hidden = withheldGroups(counts, k);
  return counts.map(({ group, people }) => (hidden.has(group) ? { group, ...withheld() } : { group, value: valueOf(group), people, withheld: false }));
}

async function mentorFigures(db: Queryable, params: Params, k: number): Promise<{ load: ProgramMetrics['mentorLoad']; satisfaction: Figure }> {
  const { rows } = await db.query<{ occupation: string; jurisdiction: string; mentors: number; load: number | null; rated: number; satisfaction: number | null }>(
    `WITH latest AS (
       SELECT DISTINCT ON (mentor_id) mentor_id, satisfaction FROM mentor_program_feedback WHERE organisation_id = $1 ORDER BY mentor_id, created_at DESC
     )
     SELECT m.occupations[1] AS occupation, m.jurisdiction, count(*)::int AS mentors,
            -- numeric, and the groups in one byte order: a float sum depends on the order rows arrive in,
            -- which differs between PostgreSQL and PGlite (the last digit of a mean differed)
            avg(least(m.current_load, m.capacity)::numeric / m.capacity) AS load,
            count(l.satisfaction)::int AS rated, avg(l.satisfaction)::float8 AS satisfaction
       FROM mentors m LEFT JOIN latest l ON l.mentor_id = m.user_id
      WHERE m.organisation_id = $1 AND m.capacity > 0
      GROUP BY 1, 2
      ORDER BY m.occupations[1] COLLATE "C", m.jurisdiction COLLATE "C"`,
    [params[0]],
  );
  const atoms: Atom[] = rows.map((row) => ({ dimensions: { occupation: row.occupation, jurisdiction: row.jurisdiction }, people: { mentors: row.mentors, rated: row.rated } }));
  const constraints = filterConstraints({ occupation: params[2], jurisdiction: params[3] });
  const mean = (measure: 'mentors' | 'rated', value: 'load' | 'satisfaction', where: Constraints) => {
    let total = 0;
    let weight = 0;
    for (const [index, row] of rows.entries()) {
      if (population([atoms[index]], where, measure) === 0 || row[value] === null) continue;
      total += Number(row[value]) * row[measure];
      weight += row[measure];
    }
    return weight ? total / weight : null;
  };
  return {
    load: {
      overall: figure(atoms, constraints, MENTOR_FILTERS, 'mentors', k, mean('mentors', 'load', constraints)),
      byOccupation: breakdown(atoms, constraints, MENTOR_FILTERS, 'occupation', 'mentors', k, (group) => mean('mentors', 'load', { ...constraints, occupation: group })),
    },
    satisfaction: figure(atoms, constraints, MENTOR_FILTERS, 'rated', k, mean('rated', 'satisfaction', constraints)),
  };
}

function filterConstraints(values: Record<string, string | null | undefined>): Constraints {
  return Object.fromEntries(Object.entries(values).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

/** The program's figures for the filter, small numbers withheld. */
export async function programMetrics(db: Connection, organisationId: string, query: MetricsQuery): Promise<ProgramMetrics> {
  const { minCellSize: k } = await getOutcomeSettings(db, organisationId);
  const params: Params = [organisationId, query.cohort ?? null, query.occupationId ?? null, query.jurisdictionId ?? null];
  const constraints = filterConstraints({ cohort: params[1], occupation: params[2], jurisdiction: params[3] });
  const [figures, mentors] = await Promise.all([menteeFigures(db, params), mentorFigures(db, params, k)]);
  // Atoms by origin and by gender each count every mentee once; pay atoms count those with pay at both ends.
  const { byOrigin, byGender, payAtoms, waiting, totals, pay } = figures;
  const mentees = figure(byOrigin, constraints, MENTEE_FILTERS, 'mentees', k, null);
  const menteeCount = mentees.withheld ? null : mentees.people!;
  const attained = totals.attained;
  const matchIn = (dimension: string) => (group: string) => waiting.get(`match/${dimension}/${group}`)?.median ?? null;
  const waitBreakdown: Breakdown = {
    byOccupation: breakdown(byOrigin, constraints, MENTEE_FILTERS, 'occupation', 'mentees', k, matchIn('occupation')),
    byOriginRegion: breakdown(byOrigin, constraints, MENTEE_FILTERS, 'origin', 'mentees', k, matchIn('origin')),
    byGender: breakdown(byGender, constraints, MENTEE_FILTERS, 'gender', 'mentees', k, matchIn('gender')),
  };
  const payChange: PayChange[] = pay
    .filter((row) => row.people >= k)
    .map((row) => {
      const shown = mayShow(payAtoms, constraints, MENTEE_FILTERS, `pay:${row.currency}`, k);
      return shown
        ? { currency: row.currency, intakeMedian: Number(row.intake), twelveMonthMedian: Number(row.later), medianChangePercent: row.change === null ? null : Number(row.change), people: row.people, withheld: false }
        : { currency: row.currency, intakeMedian: null, twelveMonthMedian: null, medianChangePercent: null, people: null, withheld: true };
    });
  return {
    filters: { ...(query.cohort ? { cohort: query.cohort } : {}), ...(query.occupationId ? { occupationId: query.occupationId } : {}), ...(query.jurisdictionId ? { jurisdictionId: query.jurisdictionId } : {}) },
    minCellSize: k,
    mentees,
    credentialAttainment: menteeCount ? { value: attained / menteeCount, people: menteeCount, withheld: false } : withheld(),
    timeToFirstRole: waitFigure(mentees, waiting.get('firstRole/all/all')),
    payChange,
    menteeSatisfaction: figure(byOrigin, constraints, MENTEE_FILTERS, 'satisfaction', k, totals.satisfaction),
    mentorSatisfaction: mentors.satisfaction,
    waitForFirstMatch: { overall: waitFigure(mentees, waiting.get('match/all/all')), ...waitBreakdown },
    mentorLoad: mentors.load,
    annualised: 'hour×2080,month×12',
    generatedAt: isoTime(new Date()),
  };
}

/** The cohorts (newest first), occupations and jurisdictions among the organisation's consenting mentees (from their counts in `outcome_cells`). */
export async function metricsFilterOptions(db: Queryable, organisationId: string): Promise<MetricsFilterOptions> {
  const { rows } = await db.query<{ cohort: string | null; occupation: string | null; jurisdiction: string | null }>(
    `SELECT cohort, occupation, jurisdiction FROM outcome_cells WHERE organisation_id = $1 GROUP BY GROUPING SETS ((cohort), (occupation), (jurisdiction))`,
    [organisationId],
  );
  const values = (column: 'cohort' | 'occupation' | 'jurisdiction') =>
    rows.map((row) => row[column]).filter((value): value is string => value !== null && value !== 'unknown').sort();
  return { cohorts: values('cohort').reverse(), occupationIds: values('occupation'), jurisdictionIds: values('jurisdiction') };
}
