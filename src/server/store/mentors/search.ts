/**
 * Mentors store: search. It ranks in SQL with an expression generated from the core's weights
 * (src/core/mentor/scoring.ts), so the database never returns more than a page; the
 * explanations of a page's matches come from the core itself. A test proves that SQL and
 * core agree on scores and order. Outside a transaction the server's in-memory index
 * (search-indexes.ts) ranks instead, with SQL as its reference and fallback.
 */
import type { Page } from '../../../api/common.js';
import type { MentorCriterion, MentorMatch, MentorSearchQuery } from '../../../api/mentor.js';
import {
  DEFAULT_PAGE_SIZE,
  SCORE_BAND,
  WEIGHTS,
  WORKS_IN_TARGET_POINTS,
  applicableFactors,
  normaliseQuery,
  totalWeight,
  type NormalisedQuery,
} from '../../../core/mentor/index.js';
import type { Queryable } from '../../db/types.js';
import { MENTOR_COLUMNS, type MentorRow } from './rows.js';
import { pruneSearchChangesWhenDue, searchByIndex, searchIndexesOf } from './search-indexes.js';
import { decodeSearchCursor, pageOf } from './search-page.js';

/** Collects positional parameters while a statement is built. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** The kinds of coded values in the search table (migration 037). */
type CodeKind = 'occupation' | 'jurisdiction' | 'language' | 'country' | 'step';

/**
 * The search table holds integers: a query's own values become codes inside the statement, each a
 * scalar subquery the database runs once (`value` is a parameter's placeholder). A value no mentor
 * ever had has no code: null, which matches no row, as the text it stands for would.
 */
const coded = (kind: CodeKind, value: string) => `(SELECT code FROM mentor_search_codes WHERE kind = '${kind}' AND value = ${value})`;
/** The same as a one-element array for containment, built once per statement rather than once per row. */
const codedArray = (kind: CodeKind, value: string) => `(SELECT ARRAY[code] FROM mentor_search_codes WHERE kind = '${kind}' AND value = ${value})`;
const code = (kind: CodeKind, value: string | undefined, p: Params) => coded(kind, p.add(value));
const codeArray = (kind: CodeKind, value: string | undefined, p: Params) => codedArray(kind, p.add(value));
const codes = (kind: CodeKind, values: readonly string[], p: Params) =>
  `ARRAY(SELECT code FROM mentor_search_codes WHERE kind = '${kind}' AND value = ANY(${p.add(values)}::text[]))`;

/**
 * Whether a mentor row meets one of the query's criteria, in SQL: the one text the points, the
 * hard filters and the pruning share (each call adds its own parameter).
 */
const matches = {
  occupation: (q: NormalisedQuery, p: Params) => `m.occupations @> ${codeArray('occupation', q.occupation, p)}`,
  licensed: (q: NormalisedQuery, p: Params) => `m.licensed_in @> ${codeArray('jurisdiction', q.jurisdiction, p)}`,
  worksInTarget: (q: NormalisedQuery, p: Params) => `m.jurisdiction = ${code('jurisdiction', q.jurisdiction, p)}`,
  /** Works or is licensed in the target jurisdiction. */
  jurisdiction: (q: NormalisedQuery, p: Params) => {
    const target = p.add(q.jurisdiction);
    return `(m.jurisdiction = ${coded('jurisdiction', target)} OR m.licensed_in @> ${codedArray('jurisdiction', target)})`;
  },
  language: (q: NormalisedQuery, p: Params) => `m.language_codes && ${codes('language', q.languages, p)}`,
  origin: (q: NormalisedQuery, p: Params) => `m.origin_country = ${code('country', q.originCountry, p)}`,
  /** Formats and offers are bits (bw_format_mask, bw_offer_mask). */
  format: (q: NormalisedQuery, p: Params) => `(m.formats & (SELECT bw_format_mask(ARRAY[${p.add(q.format)}]::text[]))) <> 0`,
  /** Shares at least one step of the credential path. */
  credentialPath: (q: NormalisedQuery, p: Params) => `m.credential_steps && ${codes('step', q.credentialSteps, p)}`,
  /** Offers every one of the query's offers. */
  offers: (q: NormalisedQuery, p: Params) => {
    const wanted = `(SELECT bw_offer_mask(${p.add(q.offers)}::text[]))`;
    return `(m.offers & ${wanted}) = ${wanted}`;
  },
};

/** The SQL of one factor's points; mirrors scoreFactor() in the core. */
function factorPointsSql(name: ReturnType<typeof applicableFactors>[number], query: NormalisedQuery, params: Params): string {
  const w = WEIGHTS[name];
  switch (name) {
    case 'same-occupation':
      return `CASE WHEN ${matches.occupation(query, params)} THEN ${w} ELSE 0 END`;
    case 'licensed-in-target': {
      const target = params.add(query.jurisdiction);
      return `CASE WHEN m.licensed_in @> ${codedArray('jurisdiction', target)} THEN ${w} WHEN m.jurisdiction = ${coded('jurisdiction', target)} THEN ${WORKS_IN_TARGET_POINTS} ELSE 0 END`;
    }
    case 'shared-credential-path': {
      // One containment test per planned step (at most 20): cheaper per row than a subquery.
      const shared = query.credentialSteps.map((step) => `CASE WHEN m.credential_steps @> ${codeArray('step', step, params)} THEN 1 ELSE 0 END`).join(' + ');
      return `((${w} * (${shared})) / ${query.credentialSteps.length})`;
    }
    case 'shared-origin':
      return `CASE WHEN ${matches.origin(query, params)} THEN ${w} ELSE 0 END`;
    case 'shared-language':
      return `CASE WHEN ${matches.language(query, params)} THEN ${w} ELSE 0 END`;
    case 'format':
      return `CASE WHEN ${matches.format(query, params)} THEN ${w} ELSE 0 END`;
    case 'availability':
      // Availability and responsiveness do not depend on the query: mentor_search stores their
      // sum as base_points (migration 032; a test compares it with the core for every mentor).
      return 'm.base_points';
    case 'responsiveness':
      return '0';
  }
}

/** The WHERE conditions of the hard filters; mirrors passesHardFilters() in the core. */
function hardFilterSql(query: NormalisedQuery, params: Params): string[] {
  const conditions: string[] = [];
  const { require } = query;
  if (require.has('occupation')) conditions.push(matches.occupation(query, params));
  if (require.has('jurisdiction')) conditions.push(matches.jurisdiction(query, params));
  if (require.has('licensed')) conditions.push(matches.licensed(query, params));
  if (require.has('language')) conditions.push(matches.language(query, params));
  if (require.has('origin')) conditions.push(matches.origin(query, params));
  if (require.has('format')) conditions.push(matches.format(query, params));
  if (require.has('credential-path')) conditions.push(matches.credentialPath(query, params));
  if (query.offers.length) conditions.push(matches.offers(query, params));
  return conditions;
}

export interface SearchOptions {
  /** The rotation seed for this mentee and day (rotationSeed()); a cursor's own seed wins. */
  seed: number;
  /** `false` ranks by SQL alone (the reference), never by the in-memory index. */
  index?: boolean;
}

/**
 * Exact pruning for searches with strong preferences. The mentors who meet the big
 * preferences (occupation, licence in the target, else language or origin) are ranked
 * first; anyone outside that subset loses at least `minLoss` points, so their band is at
 * most `boundBand`. When the subset's page (plus one) all sits above that band, no
 * outsider can enter the page and the full scan is skipped. Otherwise the band of the
 * subset's last row is a floor every row of the page reaches, and only the outsiders who
 * can still reach it are read (`outsidersReaching`). The result is identical to the full
 * query; only the work differs.
 */
interface PruningSubset {
  /** The factor whose match defines the subset. */
  factor: 'same-occupation' | 'licensed-in-target' | 'shared-language' | 'shared-origin';
  conditions: (params: Params) => string[];
  boundBand: number;
}

export function pruningSubset(query: NormalisedQuery): PruningSubset | null {
  const losses: Array<{ factor: PruningSubset['factor']; loss: number; condition: (params: Params) => string }> = [];
  if (query.occupation && !query.require.has('occupation')) {
    losses.push({ factor: 'same-occupation', loss: WEIGHTS['same-occupation'], condition: (p) => matches.occupation(query, p) });
  }
  // With a preferred occupation, its mentors are one entry of the occupations index, and
  // mentors outside it lose the occupation's whole weight: that subset alone prunes best.
  if (!losses.length && query.jurisdiction && !query.require.has('licensed')) {
    losses.push({ factor: 'licensed-in-target', loss: WEIGHTS['licensed-in-target'] - WORKS_IN_TARGET_POINTS, condition: (p) => matches.licensed(query, p) });
  }
  if (!losses.length && query.languages.length && !query.require.has('language')) {
    losses.push({ factor: 'shared-language', loss: WEIGHTS['shared-language'], condition: (p) => matches.language(query, p) });
  }
  if (!losses.length && query.originCountry && !query.require.has('origin')) {
    losses.push({ factor: 'shared-origin', loss: WEIGHTS['shared-origin'], condition: (p) => matches.origin(query, p) });
  }
  if (!losses.length) return null;
  const total = totalWeight(query);
  const minLoss = Math.min(...losses.map((item) => item.loss));
  const bestOutside = Math.floor((100 * (total - minLoss) + Math.floor(total / 2)) / total);
  return {
    factor: losses[0].factor,
    conditions: (params) => losses.map((item) => item.condition(params)),
    boundBand: Math.floor(bestOutside / SCORE_BAND),
  };
}

/** The most points an outsider of the subset can get from one preference, and the condition of getting any. */
interface OutsiderFactor {
  max: number;
  /** Absent when a hard filter already demands it. */
  condition?: (params: Params) => string;
}

/** What an outsider of `subset` can still get from each preference of the query. */
function outsiderFactors(query: NormalisedQuery, subset: PruningSubset): OutsiderFactor[] {
  const { require } = query;
  const factors: OutsiderFactor[] = [];
  const unless = (criterion: MentorCriterion, condition: (params: Params) => string) => (require.has(criterion) ? undefined : condition);
  if (query.occupation && subset.factor !== 'same-occupation') {
    factors.push({ max: WEIGHTS['same-occupation'], condition: unless('occupation', (p) => matches.occupation(query, p)) });
  }
  if (query.jurisdiction) {
    factors.push(
      subset.factor === 'licensed-in-target'
        ? { max: WORKS_IN_TARGET_POINTS, condition: unless('jurisdiction', (p) => matches.worksInTarget(query, p)) }
        : { max: WEIGHTS['licensed-in-target'], condition: require.has('licensed') || require.has('jurisdiction') ? undefined : (p) => matches.jurisdiction(query, p) },
    );
  }
  if (query.credentialSteps.length) {
    factors.push({ max: WEIGHTS['shared-credential-path'], condition: unless('credential-path', (p) => matches.credentialPath(query, p)) });
  }
  if (query.originCountry && subset.factor !== 'shared-origin') {
    factors.push({ max: WEIGHTS['shared-origin'], condition: unless('origin', (p) => matches.origin(query, p)) });
  }
  if (query.languages.length && subset.factor !== 'shared-language') {
    factors.push({ max: WEIGHTS['shared-language'], condition: unless('language', (p) => matches.language(query, p)) });
  }
  if (query.format) {
    factors.push({ max: WEIGHTS.format, condition: unless('format', (p) => matches.format(query, p)) });
  }
  return factors;
}

/**
 * The conditions an outsider of `subset` must meet to reach `floorBand`; 'nobody' when no
 * outsider can; null when most outsiders could (then the full scan is cheaper). Each condition
 * is necessary, never sufficient: the rows they keep are scored like every other row.
 */
export function outsidersReaching(query: NormalisedQuery, subset: PruningSubset, floorBand: number): ((params: Params) => string[]) | 'nobody' | null {
  const total = totalWeight(query);
  // The fewest points whose rounded score reaches the floor band.
  const floorPoints = Math.ceil((SCORE_BAND * floorBand * total - Math.floor(total / 2)) / 100);
  const factors = outsiderFactors(query, subset);
  const maxBase = WEIGHTS.availability + WEIGHTS.responsiveness;
  const best = factors.reduce((sum, item) => sum + item.max, 0) + maxBase;
  if (best < floorPoints) return 'nobody';
  const minBase = floorPoints - (best - maxBase);
  const needed = factors.filter((item) => item.condition && best - item.max < floorPoints);
  // Base points alone keep most rows until they are high; without a needed preference, scan it all.
  if (!needed.length && minBase < maxBase / 2) return null;
  return (params) => [...(minBase > 0 ? [`m.base_points >= ${minBase}`] : []), ...needed.map((item) => item.condition!(params))];
}

/**
 * Which rows a statement ranks: all (no plan), a pruning subset, or a subset and the outsiders
 * who meet `outsiders` (conditions that every outsider able to enter the page meets).
 */
export interface SearchPlan {
  subset: PruningSubset;
  outsiders?: (params: Params) => string[];
}

/** Builds the ranking statement (of the full set, or of a plan's rows); exported for EXPLAIN in the benchmark. */
export function buildSearchSql(
  organisationId: string,
  query: MentorSearchQuery,
  options: SearchOptions,
  plan?: SearchPlan,
): { sql: string; params: unknown[] } {
  const normalised = normaliseQuery(query);
  const cursor = decodeSearchCursor(query);
  const params = new Params();
  const org = params.add(organisationId);
  const points = applicableFactors(normalised)
    .map((name) => factorPointsSql(name, normalised, params))
    .join('\n      + ');
  const total = totalWeight(normalised);
  const subset = plan?.subset;
  // mentor_search holds one row per offered mentor (migration 037).
  const common = [`m.organisation_id = ${org}`, ...hardFilterSql(normalised, params)];
  const parts: string[][] = [[...common, ...(subset ? subset.conditions(params) : [])]];
  if (subset && plan.outsiders) {
    // The outsiders (a null comparison counts as outside).
    const inside = subset.conditions(params).map((condition) => `COALESCE(${condition}, false)`).join(' OR ');
    parts.push([...common, `NOT (${inside})`, ...plan.outsiders(params)]);
  }
  const scan = parts
    .map((where) => `SELECT m.id, (100 * (${points}) + ${Math.floor(total / 2)}) / ${total} AS score, m.rotation_key
        FROM mentor_search m
        WHERE ${where.join('\n          AND ')}`)
    .join('\n        UNION ALL\n        ');
  const seed = params.add(cursor?.seed ?? options.seed);
  const after = cursor
    ? `WHERE (-band, tie_break, id COLLATE "C") > (-${params.add(cursor.band)}::integer, ${params.add(cursor.tieBreak)}::bigint, ${params.add(cursor.id)}::text COLLATE "C")`
    : '';
  const limit = params.add((query.limit ?? DEFAULT_PAGE_SIZE) + 1);
  // The rotation tie-break (the costliest part of a row) is computed only for the rows that can
  // reach the page: first the band of the page's last row (plus one) is found from the scores
  // alone; with a cursor, the rows of the cursor's own band are placed by tie-break too.
  const cursorBand = cursor ? params.add(cursor.band) : undefined;
  const sql = `
    WITH scored AS MATERIALIZED (
      SELECT id, score, score / ${SCORE_BAND} AS band, rotation_key FROM (
        ${scan}
      ) s
    ), cut AS (
      SELECT min(band) AS band FROM (
        SELECT band FROM scored ${cursor ? `WHERE band < ${cursorBand}::integer` : ''} ORDER BY band DESC LIMIT ${limit}
      ) top
    ), ranked AS (
      SELECT id, score, band, bw_rotation(rotation_key, ${seed}::bigint) AS tie_break FROM scored
      WHERE band >= (SELECT band FROM cut)${cursor ? ` OR band = ${cursorBand}::integer` : ''}
    ), page AS (
      SELECT * FROM ranked ${after}
      ORDER BY band DESC, tie_break ASC, id COLLATE "C" ASC
      LIMIT ${limit}
    )
    SELECT p.score, p.band, p.tie_break, ${MENTOR_COLUMNS.split(',').map((column) => `m.${column.trim()}`).join(', ')}
    FROM page p JOIN mentors m ON m.id = p.id
    ORDER BY p.band DESC, p.tie_break ASC, p.id COLLATE "C" ASC`;
  return { sql, params: params.values };
}

export interface SearchRow extends MentorRow {
  score: number;
  band: number;
  tie_break: string | number | bigint;
}

/**
 * One page of mentors for a mentee's search, best first, with explained scores.
 * Only offered mentors (active, below capacity) that pass the mentee's hard filters appear;
 * contact details never do. Ranked by the server's in-memory index (search-index.ts) when `db`
 * is a database, by SQL inside a transaction or with `index: false`: the same page either way.
 */
export async function searchMentors(
  db: Queryable,
  organisationId: string,
  query: MentorSearchQuery,
  options: SearchOptions,
): Promise<Page<MentorMatch>> {
  const indexes = options.index === false ? undefined : searchIndexesOf(db);
  const page = (indexes && (await searchByIndex(indexes, db, organisationId, query, options))) || (await searchMentorsSql(db, organisationId, query, options));
  // After the index has looked, so this server never prunes a line its own index has not seen.
  await pruneSearchChangesWhenDue(db);
  return page;
}

/** The same page ranked by SQL alone: the reference the index is tested against, and its fallback. */
export async function searchMentorsSql(
  db: Queryable,
  organisationId: string,
  query: MentorSearchQuery,
  options: SearchOptions,
): Promise<Page<MentorMatch>> {
  const limit = query.limit ?? DEFAULT_PAGE_SIZE;
  const normalised = normaliseQuery(query);
  const seed = decodeSearchCursor(query)?.seed ?? options.seed;
  const subset = pruningSubset(normalised);
  let rows: SearchRow[] | undefined;
  let plan: SearchPlan | undefined;
  if (subset) {
    const first = buildSearchSql(organisationId, query, options, { subset });
    const candidates = (await db.query<SearchRow>(first.sql, first.params)).rows;
    if (candidates.length > limit) {
      // Every row of the page reaches the band of the subset's last row: only outsiders who can reach it matter.
      const floorBand = Number(candidates[limit].band);
      const outsiders = floorBand > subset.boundBand ? 'nobody' : outsidersReaching(normalised, subset, floorBand);
      if (outsiders === 'nobody') rows = candidates;
      else if (outsiders) plan = { subset, outsiders };
    }
  }
  if (!rows) {
    const rest = buildSearchSql(organisationId, query, options, plan);
    rows = (await db.query<SearchRow>(rest.sql, rest.params)).rows;
  }
  return pageOf(
    rows.map((row) => ({ row, score: Number(row.score), band: Number(row.band), tieBreak: Number(row.tie_break) })),
    query,
    normalised,
    seed,
  );
}
