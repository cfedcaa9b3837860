/**
 * Data access for mentors, introductions and favourites. Every function takes the
 * database and the organisation first, and every query filters by organisation.
 *
 * Search ranks in SQL with an expression generated from the core's weights
 * (src/core/mentor/scoring.ts), so the database never returns more than a page; the
 * explanations of a page's matches come from the core itself. A test proves that SQL
 * and core agree on scores and order.
 *
 * Contact details live in their own table and are read only for an accepted
 * introduction.
 */
import { randomUUID } from 'node:crypto';
import type { Page } from '../../api/common.js';
import type {
  DeclineReason,
  Favourite,
  IntroductionCreate,
  IntroductionFollowUp,
  IntroductionReply,
  IntroductionRequest,
  IntroductionStatus,
  MenteeIntroduction,
  MentorContact,
  MentorMatch,
  MentorOffer,
  MentorProfile,
  MentorSearchQuery,
  CredentialPath,
  MentorFormat,
} from '../../api/mentor.js';
import {
  DEFAULT_PAGE_SIZE,
  EXPIRE_AFTER_DAYS,
  InvalidCursorError,
  OPEN_REQUEST_LIMIT,
  REMIND_AFTER_DAYS,
  SCORE_BAND,
  WEIGHTS,
  WORKS_IN_TARGET_POINTS,
  applicableFactors,
  decodeCursor,
  encodeCursor,
  isOffered,
  nextStatus,
  normaliseQuery,
  primaryLanguage,
  queryFingerprint,
  respondByFrom,
  rotationKey,
  scoreMentor,
  totalWeight,
  type IntroductionAction,
  type IntroductionActor,
  type NormalisedQuery,
} from '../../core/mentor/index.js';
import type { Queryable } from '../db/types.js';

/** A Queryable that can open a transaction (PGlite, the Database wrapper); without one the caller must already be in a transaction. */
export type MaybeTransactional = Queryable & { transaction?<T>(work: (tx: Queryable) => Promise<T>): Promise<T> };

async function inTransaction<T>(db: MaybeTransactional, work: (tx: Queryable) => Promise<T>): Promise<T> {
  return db.transaction ? db.transaction(work) : work(db);
}

export type MentorStoreErrorCode = 'not_found' | 'conflict' | 'unprocessable' | 'invalid_request' | 'forbidden';

/** A refusal the routes turn into problem+json: `code` is the ProblemCode, `reason` says which rule. */
export class MentorStoreError extends Error {
  override readonly name = 'MentorStoreError';
  constructor(
    readonly code: MentorStoreErrorCode,
    readonly reason: string,
    message: string,
    readonly current?: unknown,
  ) {
    super(message);
  }
}

// ---------------------------------------------------------------------------
// Rows and mapping

interface MentorRow {
  id: string;
  display_name: string;
  headline: string;
  occupations: string[];
  jurisdiction: string;
  city: string;
  licensed_in: string[];
  credential_path: CredentialPath | null;
  languages: string[];
  formats: MentorFormat[];
  offers: MentorOffer[];
  capacity: number;
  current_load: number;
  status: 'active' | 'paused';
  last_active_at: Date | string | null;
  median_response_hours: number | null;
  response_rate_pct: number | null;
  response_sample: number;
}

const MENTOR_COLUMNS = `id, display_name, headline, occupations, jurisdiction, city, licensed_in, credential_path,
  languages, formats, offers, capacity, current_load, status, last_active_at, median_response_hours,
  response_rate_pct, response_sample`;

function iso(value: Date | string): string {
  return (value instanceof Date ? value : new Date(value)).toISOString();
}

function isoOrNull(value: Date | string | null): string | null {
  return value === null ? null : iso(value);
}

export function mentorFromRow(row: MentorRow): MentorProfile {
  const spotsLeft = Math.max(row.capacity - row.current_load, 0);
  return {
    id: row.id,
    displayName: row.display_name,
    headline: row.headline,
    occupations: row.occupations,
    jurisdiction: row.jurisdiction,
    city: row.city,
    licensedIn: row.licensed_in,
    credentialPath: row.credential_path,
    languages: row.languages,
    formats: row.formats,
    capacity: row.capacity,
    currentLoad: row.current_load,
    available: isOffered({ status: row.status, capacity: row.capacity, currentLoad: row.current_load }),
    spotsLeft,
    status: row.status,
    offers: row.offers,
    lastActiveAt: isoOrNull(row.last_active_at),
    responsiveness: {
      medianResponseDays: row.median_response_hours === null ? null : row.median_response_hours / 24,
      responseRate: row.response_rate_pct === null ? null : row.response_rate_pct / 100,
      sampleSize: row.response_sample,
    },
  };
}

interface IntroductionRow {
  id: string;
  mentee_id: string;
  mentor_id: string;
  message: string;
  hopes: MentorOffer[];
  status: IntroductionStatus;
  decline_reason: DeclineReason | null;
  question: string | null;
  answer: string | null;
  created_at: Date | string;
  updated_at: Date | string;
  respond_by: Date | string;
  reminded_at: Date | string | null;
  responded_at: Date | string | null;
  version: number;
}

const INTRODUCTION_COLUMNS = `id, mentee_id, mentor_id, message, hopes, status, decline_reason, question, answer,
  created_at, updated_at, respond_by, reminded_at, responded_at, version`;

function introductionFromRow(row: IntroductionRow): IntroductionRequest {
  return {
    id: row.id,
    menteeId: row.mentee_id,
    mentorId: row.mentor_id,
    message: row.message,
    hopes: row.hopes,
    status: row.status,
    declineReason: row.decline_reason,
    question: row.question,
    answer: row.answer,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    respondBy: iso(row.respond_by),
    remindedAt: isoOrNull(row.reminded_at),
    respondedAt: isoOrNull(row.responded_at),
    version: row.version,
  };
}

interface ContactRow {
  mentor_id: string;
  email: string;
  phone: string | null;
  booking_url: string | null;
  note: string | null;
}

function contactFromRow(row: ContactRow): MentorContact {
  return { mentorId: row.mentor_id, email: row.email, phone: row.phone, bookingUrl: row.booking_url, note: row.note };
}

export function newId(prefix: string): string {
  return `${prefix}_${randomUUID().replaceAll('-', '')}`;
}

// ---------------------------------------------------------------------------
// Writing mentors

/** A mentor to insert or update (by `externalId`), with their contact details. */
export interface NewMentor {
  /** Generated when absent. */
  id?: string;
  externalId?: string | null;
  userId?: string | null;
  displayName: string;
  headline: string;
  occupations: string[];
  jurisdiction: string;
  city: string;
  licensedIn: string[];
  credentialPath: CredentialPath | null;
  languages: string[];
  formats: MentorFormat[];
  offers: MentorOffer[];
  capacity: number;
  currentLoad?: number;
  status?: 'active' | 'paused';
  lastActiveAt?: string | null;
  /** History of answers, as stored: whole hours and whole percent. */
  responsiveness?: { medianResponseHours: number | null; responseRatePct: number | null; sampleSize: number };
  contact?: Omit<MentorContact, 'mentorId'> | null;
}

const INSERT_BATCH = 2000;

/**
 * Inserts mentors in batches (one statement per batch: the rows travel as one jsonb
 * parameter). A mentor whose `externalId` exists in the organisation is updated in
 * place and keeps its id, so running the same import twice changes nothing.
 * Returns the ids in input order.
 */
export async function upsertMentors(db: Queryable, organisationId: string, mentors: readonly NewMentor[]): Promise<string[]> {
  const ids: string[] = [];
  for (let start = 0; start < mentors.length; start += INSERT_BATCH) {
    const batch = mentors.slice(start, start + INSERT_BATCH).map((mentor) => {
      const id = mentor.id ?? newId('mtr');
      return {
        id,
        external_id: mentor.externalId ?? null,
        user_id: mentor.userId ?? null,
        display_name: mentor.displayName,
        headline: mentor.headline,
        occupations: mentor.occupations,
        jurisdiction: mentor.jurisdiction,
        city: mentor.city,
        licensed_in: mentor.licensedIn,
        credential_path: mentor.credentialPath,
        origin_country: mentor.credentialPath?.originCountry ?? null,
        credential_steps: [...new Set(mentor.credentialPath?.steps.map((step) => step.code) ?? [])],
        languages: mentor.languages,
        language_codes: [...new Set(mentor.languages.map(primaryLanguage))],
        formats: mentor.formats,
        offers: mentor.offers,
        capacity: mentor.capacity,
        current_load: mentor.currentLoad ?? 0,
        status: mentor.status ?? 'active',
        last_active_at: mentor.lastActiveAt ?? null,
        median_response_hours: mentor.responsiveness?.medianResponseHours ?? null,
        response_rate_pct: mentor.responsiveness?.responseRatePct ?? null,
        response_sample: mentor.responsiveness?.sampleSize ?? 0,
        rotation_key: rotationKey(id),
      };
    });
    const { rows } = await db.query<{ id: string; external_id: string | null }>(
      `INSERT INTO mentors (id, organisation_id, external_id, user_id, display_name, headline, occupations, jurisdiction,
         city, licensed_in, credential_path, origin_country, credential_steps, languages, language_codes, formats, offers,
         capacity, current_load, status, last_active_at, median_response_hours, response_rate_pct, response_sample, rotation_key)
       SELECT r.id, $1, r.external_id, r.user_id, r.display_name, r.headline, r.occupations, r.jurisdiction,
         r.city, r.licensed_in, r.credential_path, r.origin_country, r.credential_steps, r.languages, r.language_codes, r.formats, r.offers,
         r.capacity, r.current_load, r.status, r.last_active_at, r.median_response_hours, r.response_rate_pct, r.response_sample, r.rotation_key
       FROM jsonb_to_recordset($2::jsonb) AS r(id text, external_id text, user_id text, display_name text, headline text,
         occupations text[], jurisdiction text, city text, licensed_in text[], credential_path jsonb, origin_country text,
         credential_steps text[], languages text[], language_codes text[], formats text[], offers text[], capacity integer,
         current_load integer, status text, last_active_at timestamptz, median_response_hours integer, response_rate_pct integer,
         response_sample integer, rotation_key bigint)
       ON CONFLICT (organisation_id, external_id) DO UPDATE SET
         user_id = COALESCE(EXCLUDED.user_id, mentors.user_id), display_name = EXCLUDED.display_name, headline = EXCLUDED.headline,
         occupations = EXCLUDED.occupations, jurisdiction = EXCLUDED.jurisdiction, city = EXCLUDED.city,
         licensed_in = EXCLUDED.licensed_in, credential_path = EXCLUDED.credential_path, origin_country = EXCLUDED.origin_country,
         credential_steps = EXCLUDED.credential_steps, languages = EXCLUDED.languages, language_codes = EXCLUDED.language_codes,
         formats = EXCLUDED.formats, offers = EXCLUDED.offers, capacity = EXCLUDED.capacity,
         updated_at = now(), version = mentors.version + 1
         -- Load, status, activity and responsiveness belong to the running program: an import does not reset them.
       RETURNING id, external_id`,
      [organisationId, JSON.stringify(batch)],
    );
    // Rows come back in any order: map them by external id (or by the id we generated).
    const byKey = new Map(rows.map((row) => [row.external_id ?? row.id, row.id]));
    const batchIds = batch.map((row) => byKey.get(row.external_id ?? row.id)!);
    ids.push(...batchIds);

    const contacts = mentors
      .slice(start, start + INSERT_BATCH)
      .map((mentor, index) => (mentor.contact ? { mentor_id: batchIds[index], ...mentor.contact, booking_url: mentor.contact.bookingUrl } : null))
      .filter((row) => row !== null);
    if (contacts.length) {
      await db.query(
        `INSERT INTO mentor_contacts (mentor_id, organisation_id, email, phone, booking_url, note)
         SELECT c.mentor_id, $1, c.email, c.phone, c.booking_url, c.note
         FROM jsonb_to_recordset($2::jsonb) AS c(mentor_id text, email text, phone text, booking_url text, note text)
         ON CONFLICT (mentor_id) DO UPDATE SET email = EXCLUDED.email, phone = EXCLUDED.phone,
           booking_url = EXCLUDED.booking_url, note = EXCLUDED.note`,
        [organisationId, JSON.stringify(contacts)],
      );
    }
  }
  return ids;
}

// ---------------------------------------------------------------------------
// Search

/** Collects positional parameters while a statement is built. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** The SQL of one factor's points; mirrors scoreFactor() in the core. */
function factorPointsSql(name: ReturnType<typeof applicableFactors>[number], query: NormalisedQuery, params: Params): string {
  const w = WEIGHTS[name];
  switch (name) {
    case 'same-occupation':
      return `CASE WHEN m.occupations @> ARRAY[${params.add(query.occupation)}::text] THEN ${w} ELSE 0 END`;
    case 'licensed-in-target': {
      const target = params.add(query.jurisdiction);
      return `CASE WHEN m.licensed_in @> ARRAY[${target}::text] THEN ${w} WHEN m.jurisdiction = ${target} THEN ${WORKS_IN_TARGET_POINTS} ELSE 0 END`;
    }
    case 'shared-credential-path': {
      // One containment test per planned step (at most 20): cheaper per row than a subquery.
      const shared = query.credentialSteps.map((code) => `CASE WHEN m.credential_steps @> ARRAY[${params.add(code)}::text] THEN 1 ELSE 0 END`).join(' + ');
      return `((${w} * (${shared})) / ${query.credentialSteps.length})`;
    }
    case 'shared-origin':
      return `CASE WHEN m.origin_country = ${params.add(query.originCountry)} THEN ${w} ELSE 0 END`;
    case 'shared-language':
      return `CASE WHEN m.language_codes && ${params.add(query.languages)}::text[] THEN ${w} ELSE 0 END`;
    case 'format':
      return `CASE WHEN m.formats @> ARRAY[${params.add(query.format)}::text] THEN ${w} ELSE 0 END`;
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
  if (require.has('occupation')) conditions.push(`m.occupations @> ARRAY[${params.add(query.occupation)}::text]`);
  if (require.has('jurisdiction')) {
    const target = params.add(query.jurisdiction);
    conditions.push(`(m.jurisdiction = ${target} OR m.licensed_in @> ARRAY[${target}::text])`);
  }
  if (require.has('licensed')) conditions.push(`m.licensed_in @> ARRAY[${params.add(query.jurisdiction)}::text]`);
  if (require.has('language')) conditions.push(`m.language_codes && ${params.add(query.languages)}::text[]`);
  if (require.has('origin')) conditions.push(`m.origin_country = ${params.add(query.originCountry)}`);
  if (require.has('format')) conditions.push(`m.formats @> ARRAY[${params.add(query.format)}::text]`);
  if (require.has('credential-path')) conditions.push(`m.credential_steps && ${params.add(query.credentialSteps)}::text[]`);
  if (query.offers.length) conditions.push(`m.offers @> ${params.add(query.offers)}::text[]`);
  return conditions;
}

export interface SearchOptions {
  /** The rotation seed for this mentee and day (rotationSeed()); a cursor's own seed wins. */
  seed: number;
}

/**
 * Exact pruning for searches with strong preferences. The mentors who meet the big
 * preferences (occupation, licence in the target, else language or origin) are ranked
 * first; anyone outside that subset loses at least `minLoss` points, so their band is at
 * most `boundBand`. When the subset's page (plus one) all sits above that band, no
 * outsider can enter the page and the full scan is skipped. The result is identical to
 * the full query; only the work differs.
 */
interface PruningSubset {
  conditions: (params: Params) => string[];
  boundBand: number;
  /** The subset holds only mentors of the query's occupation: scan that occupation's rows of the search table. */
  byOccupation: boolean;
}

export function pruningSubset(query: NormalisedQuery): PruningSubset | null {
  const losses: Array<{ loss: number; condition: (params: Params) => string }> = [];
  if (query.occupation && !query.require.has('occupation')) {
    losses.push({ loss: WEIGHTS['same-occupation'], condition: (p) => `m.occupations @> ARRAY[${p.add(query.occupation)}::text]` });
  }
  // With a preferred occupation, its rows of the search table are one short index range, and
  // mentors outside it lose the occupation's whole weight: that subset alone prunes best.
  if (!losses.length && query.jurisdiction && !query.require.has('licensed')) {
    losses.push({ loss: WEIGHTS['licensed-in-target'] - WORKS_IN_TARGET_POINTS, condition: (p) => `m.licensed_in @> ARRAY[${p.add(query.jurisdiction)}::text]` });
  }
  if (!losses.length && query.languages.length && !query.require.has('language')) {
    losses.push({ loss: WEIGHTS['shared-language'], condition: (p) => `m.language_codes && ${p.add(query.languages)}::text[]` });
  }
  if (!losses.length && query.originCountry && !query.require.has('origin')) {
    losses.push({ loss: WEIGHTS['shared-origin'], condition: (p) => `m.origin_country = ${p.add(query.originCountry)}` });
  }
  if (!losses.length) return null;
  const total = totalWeight(query);
  const minLoss = Math.min(...losses.map((item) => item.loss));
  const bestOutside = Math.floor((100 * (total - minLoss) + Math.floor(total / 2)) / total);
  return {
    conditions: (params) => losses.map((item) => item.condition(params)),
    boundBand: Math.floor(bestOutside / SCORE_BAND),
    byOccupation: Boolean(query.occupation && !query.require.has('occupation')),
  };
}

function decodeSearchCursor(query: MentorSearchQuery) {
  try {
    return query.cursor ? decodeCursor(query.cursor, query) : undefined;
  } catch (error) {
    if (error instanceof InvalidCursorError) throw new MentorStoreError('invalid_request', 'invalid-cursor', error.message);
    throw error;
  }
}

/** Builds the ranking statement (of the full set, or of a pruning subset); exported for EXPLAIN in the benchmark. */
export function buildSearchSql(
  organisationId: string,
  query: MentorSearchQuery,
  options: SearchOptions,
  subset?: PruningSubset,
): { sql: string; params: unknown[] } {
  const normalised = normaliseQuery(query);
  const cursor = decodeSearchCursor(query);
  const params = new Params();
  const org = params.add(organisationId);
  const points = applicableFactors(normalised)
    .map((name) => factorPointsSql(name, normalised, params))
    .join('\n      + ');
  const total = totalWeight(normalised);
  // mentor_search holds one row per offered mentor and occupation: read the occupation's rows
  // when the search is about one occupation, else one row per mentor.
  const byOccupation = normalised.require.has('occupation') || subset?.byOccupation;
  const where = [
    `m.organisation_id = ${org}`,
    byOccupation ? `m.occupation = ${params.add(normalised.occupation)}` : 'm.primary_row',
    `m.current_load < m.capacity`,
    ...hardFilterSql(normalised, params),
    ...(subset ? subset.conditions(params) : []),
  ];
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
        SELECT m.id, (100 * (${points}) + ${Math.floor(total / 2)}) / ${total} AS score, m.rotation_key
        FROM mentor_search m
        WHERE ${where.join('\n          AND ')}
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
 * contact details never do.
 */
export async function searchMentors(
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
  if (subset) {
    const first = buildSearchSql(organisationId, query, options, subset);
    const candidates = (await db.query<SearchRow>(first.sql, first.params)).rows;
    // Exact only when a full page plus one came back and the last of them outranks every outsider.
    if (candidates.length > limit && Number(candidates[limit].band) > subset.boundBand) rows = candidates;
  }
  if (!rows) {
    const full = buildSearchSql(organisationId, query, options);
    rows = (await db.query<SearchRow>(full.sql, full.params)).rows;
  }
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => {
      const mentor = mentorFromRow(row);
      // The explanation comes from the reference implementation; the score is the database's, which the tests prove equal.
      return { mentor, score: Number(row.score), factors: scoreMentor(mentor, normalised).factors };
    }),
    nextCursor:
      rows.length > limit && last
        ? encodeCursor({ band: Number(last.band), tieBreak: Number(last.tie_break), id: last.id, seed, query: queryFingerprint(query) })
        : null,
  };
}

// ---------------------------------------------------------------------------
// Reading and pausing mentors

export async function getMentor(db: Queryable, organisationId: string, mentorId: string): Promise<MentorProfile | null> {
  const { rows } = await db.query<MentorRow>(`SELECT ${MENTOR_COLUMNS} FROM mentors WHERE organisation_id = $1 AND id = $2`, [organisationId, mentorId]);
  return rows[0] ? mentorFromRow(rows[0]) : null;
}

/** The mentor record that belongs to a user account, if any. */
export async function getMentorByUser(db: Queryable, organisationId: string, userId: string): Promise<MentorProfile | null> {
  const { rows } = await db.query<MentorRow>(`SELECT ${MENTOR_COLUMNS} FROM mentors WHERE organisation_id = $1 AND user_id = $2`, [organisationId, userId]);
  return rows[0] ? mentorFromRow(rows[0]) : null;
}

/** Pauses (no new requests, not offered in search) or resumes a mentor. Open requests stay open. */
export async function pauseMentor(db: Queryable, organisationId: string, mentorId: string, paused: boolean): Promise<MentorProfile> {
  const { rows } = await db.query<MentorRow>(
    `UPDATE mentors SET status = $3, updated_at = now(), version = version + 1
     WHERE organisation_id = $1 AND id = $2 RETURNING ${MENTOR_COLUMNS}`,
    [organisationId, mentorId, paused ? 'paused' : 'active'],
  );
  if (!rows[0]) throw new MentorStoreError('not_found', 'mentor-not-found', `No mentor ${mentorId} in this organisation.`);
  return mentorFromRow(rows[0]);
}

/** A mentor's contact details, only for a mentee whose introduction they accepted; null otherwise. */
export async function getMentorContact(db: Queryable, organisationId: string, mentorId: string, menteeId: string): Promise<MentorContact | null> {
  const { rows } = await db.query<ContactRow>(
    `SELECT c.mentor_id, c.email, c.phone, c.booking_url, c.note
     FROM mentor_contacts c
     WHERE c.organisation_id = $1 AND c.mentor_id = $2
       AND EXISTS (SELECT 1 FROM introduction_requests r
                   WHERE r.organisation_id = $1 AND r.mentor_id = $2 AND r.mentee_id = $3 AND r.status = 'accepted')`,
    [organisationId, mentorId, menteeId],
  );
  return rows[0] ? contactFromRow(rows[0]) : null;
}

// ---------------------------------------------------------------------------
// Introductions

function ts(date: Date): string {
  return date.toISOString();
}

/**
 * A mentee asks a mentor for an introduction. In one transaction: the mentee exists,
 * the mentor is offered (active, below capacity), the mentee has fewer than
 * OPEN_REQUEST_LIMIT open requests and none open with this mentor.
 */
export async function createIntroduction(
  db: MaybeTransactional,
  organisationId: string,
  menteeId: string,
  body: IntroductionCreate,
  now: Date = new Date(),
): Promise<IntroductionRequest> {
  return inTransaction(db, async (tx) => {
    // Locking the mentee serialises their concurrent requests, so the limit holds on PostgreSQL too.
    const mentee = await tx.query(`SELECT id FROM users WHERE organisation_id = $1 AND id = $2 AND role = 'mentee' FOR UPDATE`, [organisationId, menteeId]);
    if (!mentee.rows[0]) throw new MentorStoreError('not_found', 'mentee-not-found', `No mentee ${menteeId} in this organisation.`);
    const mentor = await tx.query<{ status: 'active' | 'paused'; capacity: number; current_load: number }>(
      `SELECT status, capacity, current_load FROM mentors WHERE organisation_id = $1 AND id = $2 FOR UPDATE`,
      [organisationId, body.mentorId],
    );
    const row = mentor.rows[0];
    if (!row) throw new MentorStoreError('not_found', 'mentor-not-found', `No mentor ${body.mentorId} in this organisation.`);
    if (!isOffered({ status: row.status, capacity: row.capacity, currentLoad: row.current_load })) {
      throw new MentorStoreError(
        'unprocessable',
        row.status === 'paused' ? 'mentor-paused' : 'mentor-at-capacity',
        row.status === 'paused' ? 'This mentor has paused new introductions; choose another mentor.' : 'This mentor has no free places at the moment; choose another mentor.',
      );
    }
    const open = await tx.query<{ mentor_id: string }>(
      `SELECT mentor_id FROM introduction_requests WHERE organisation_id = $1 AND mentee_id = $2 AND status IN ('pending', 'question')`,
      [organisationId, menteeId],
    );
    if (open.rows.some((item) => item.mentor_id === body.mentorId)) {
      throw new MentorStoreError('conflict', 'already-requested', 'You already have an open request with this mentor.');
    }
    if (open.rows.length >= OPEN_REQUEST_LIMIT) {
      throw new MentorStoreError(
        'unprocessable',
        'open-request-limit',
        `You have ${open.rows.length} open requests, the most allowed at once; wait for an answer or withdraw one first.`,
      );
    }
    const inserted = await tx.query<IntroductionRow>(
      `INSERT INTO introduction_requests (id, organisation_id, mentee_id, mentor_id, message, hopes, created_at, updated_at, respond_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7::timestamptz, $7::timestamptz, $8::timestamptz)
       RETURNING ${INTRODUCTION_COLUMNS}`,
      [newId('int'), organisationId, menteeId, body.mentorId, body.message, [...new Set(body.hopes)], ts(now), ts(respondByFrom(now))],
    );
    return introductionFromRow(inserted.rows[0]);
  });
}

async function loadForUpdate(tx: Queryable, organisationId: string, introductionId: string, owner: { column: 'mentor_id' | 'mentee_id'; id: string }): Promise<IntroductionRow> {
  const { rows } = await tx.query<IntroductionRow>(
    `SELECT ${INTRODUCTION_COLUMNS} FROM introduction_requests WHERE organisation_id = $1 AND id = $2 AND ${owner.column} = $3 FOR UPDATE`,
    [organisationId, introductionId, owner.id],
  );
  if (!rows[0]) throw new MentorStoreError('not_found', 'introduction-not-found', `No introduction ${introductionId} for you in this organisation.`);
  return rows[0];
}

function checkTransition(row: IntroductionRow, version: number, action: IntroductionAction, actor: IntroductionActor) {
  if (row.version !== version) {
    throw new MentorStoreError('conflict', 'stale-version', `The request changed since version ${version}; reload it and try again.`, introductionFromRow(row));
  }
  const result = nextStatus(row.status, action, actor);
  if (!result.ok) {
    throw new MentorStoreError('conflict', 'invalid-transition', `A request that is ${row.status} cannot be answered with "${action}".`, introductionFromRow(row));
  }
  return result.status;
}

/** Recomputes a mentor's median response time and response rate from their requests. */
async function refreshResponsiveness(tx: Queryable, organisationId: string, mentorIds: readonly string[]): Promise<void> {
  if (!mentorIds.length) return;
  await tx.query(
    `UPDATE mentors m SET median_response_hours = s.median_hours, response_rate_pct = s.rate_pct, response_sample = s.sample
     FROM (
       SELECT mentor_id,
         round(percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM responded_at - created_at) / 3600))::integer AS median_hours,
         round(100.0 * count(*) FILTER (WHERE responded_at IS NOT NULL) / NULLIF(count(*), 0))::integer AS rate_pct,
         count(*)::integer AS sample
       FROM introduction_requests
       WHERE organisation_id = $1 AND mentor_id = ANY ($2::text[]) AND (responded_at IS NOT NULL OR status = 'expired')
       GROUP BY mentor_id
     ) s
     WHERE m.organisation_id = $1 AND m.id = s.mentor_id`,
    [organisationId, [...new Set(mentorIds)]],
  );
}

/**
 * The mentor accepts, declines with a reason, or asks a question. Version-checked: a
 * stale version is a conflict carrying the current request. Accepting takes one of the
 * mentor's places, so it is refused when they are at capacity.
 */
export async function respondToIntroduction(
  db: MaybeTransactional,
  organisationId: string,
  mentorId: string,
  introductionId: string,
  reply: IntroductionReply,
  now: Date = new Date(),
): Promise<IntroductionRequest> {
  return inTransaction(db, async (tx) => {
    const row = await loadForUpdate(tx, organisationId, introductionId, { column: 'mentor_id', id: mentorId });
    const status = checkTransition(row, reply.version, reply.action, 'mentor');
    if (reply.action === 'accept') {
      const taken = await tx.query(
        `UPDATE mentors SET current_load = current_load + 1, last_active_at = $3::timestamptz, updated_at = now()
         WHERE organisation_id = $1 AND id = $2 AND current_load < capacity RETURNING id`,
        [organisationId, mentorId, ts(now)],
      );
      if (!taken.rows[0]) {
        throw new MentorStoreError('unprocessable', 'mentor-at-capacity', 'All your places are taken; raise your capacity or decline with "at capacity".');
      }
    } else {
      await tx.query(`UPDATE mentors SET last_active_at = $3::timestamptz WHERE organisation_id = $1 AND id = $2`, [organisationId, mentorId, ts(now)]);
    }
    const updated = await tx.query<IntroductionRow>(
      `UPDATE introduction_requests SET
         status = $3,
         decline_reason = $4,
         question = COALESCE($5, question),
         responded_at = COALESCE(responded_at, $6::timestamptz),
         respond_by = COALESCE($7::timestamptz, respond_by),
         updated_at = $6::timestamptz,
         version = version + 1
       WHERE organisation_id = $1 AND id = $2
       RETURNING ${INTRODUCTION_COLUMNS}`,
      [
        organisationId,
        introductionId,
        status,
        reply.action === 'decline' ? reply.reason : null,
        reply.action === 'ask' ? reply.question : null,
        ts(now),
        // A question hands the turn to the mentee, with a fresh deadline.
        reply.action === 'ask' ? ts(respondByFrom(now)) : null,
      ],
    );
    await refreshResponsiveness(tx, organisationId, [mentorId]);
    return introductionFromRow(updated.rows[0]);
  });
}

/** The mentee answers the mentor's question (the turn goes back to the mentor) or withdraws. Version-checked. */
export async function followUpIntroduction(
  db: MaybeTransactional,
  organisationId: string,
  menteeId: string,
  introductionId: string,
  followUp: IntroductionFollowUp,
  now: Date = new Date(),
): Promise<IntroductionRequest> {
  return inTransaction(db, async (tx) => {
    const row = await loadForUpdate(tx, organisationId, introductionId, { column: 'mentee_id', id: menteeId });
    const status = checkTransition(row, followUp.version, followUp.action, 'mentee');
    const answering = followUp.action === 'answer';
    const updated = await tx.query<IntroductionRow>(
      `UPDATE introduction_requests SET
         status = $3,
         answer = COALESCE($4, answer),
         respond_by = COALESCE($5::timestamptz, respond_by),
         reminded_at = CASE WHEN $4::text IS NULL THEN reminded_at ELSE NULL END,
         updated_at = $6::timestamptz,
         version = version + 1
       WHERE organisation_id = $1 AND id = $2
       RETURNING ${INTRODUCTION_COLUMNS}`,
      [organisationId, introductionId, status, answering ? followUp.answer : null, answering ? ts(respondByFrom(now)) : null, ts(now)],
    );
    return introductionFromRow(updated.rows[0]);
  });
}

/** A mentee's requests, newest first, each with the mentor's card and, once accepted, their contact details. */
export async function listIntroductionsForMentee(db: Queryable, organisationId: string, menteeId: string): Promise<MenteeIntroduction[]> {
  const { rows } = await db.query<IntroductionRow & { mentor: MentorRow; contact: ContactRow | null }>(
    `SELECT ${INTRODUCTION_COLUMNS.split(',').map((column) => `r.${column.trim()}`).join(', ')},
       (SELECT to_jsonb(x) FROM (SELECT ${MENTOR_COLUMNS} FROM mentors WHERE id = r.mentor_id) x) AS mentor,
       CASE WHEN r.status = 'accepted' THEN
         (SELECT to_jsonb(c) FROM (SELECT mentor_id, email, phone, booking_url, note FROM mentor_contacts
                                   WHERE organisation_id = r.organisation_id AND mentor_id = r.mentor_id) c)
       END AS contact
     FROM introduction_requests r
     WHERE r.organisation_id = $1 AND r.mentee_id = $2
     ORDER BY r.created_at DESC, r.id`,
    [organisationId, menteeId],
  );
  return rows.map((row) => ({
    request: introductionFromRow(row),
    mentor: mentorFromRow(row.mentor),
    contact: row.status === 'accepted' && row.contact ? contactFromRow(row.contact) : null,
  }));
}

/** Requests to a mentor, newest first; open ones only unless `status` says otherwise. */
export async function listIntroductionsForMentor(
  db: Queryable,
  organisationId: string,
  mentorId: string,
  options: { statuses?: readonly IntroductionStatus[] } = {},
): Promise<IntroductionRequest[]> {
  const statuses = options.statuses ?? ['pending', 'question'];
  const { rows } = await db.query<IntroductionRow>(
    `SELECT ${INTRODUCTION_COLUMNS} FROM introduction_requests
     WHERE organisation_id = $1 AND mentor_id = $2 AND status = ANY ($3::text[])
     ORDER BY created_at DESC, id`,
    [organisationId, mentorId, statuses],
  );
  return rows.map(introductionFromRow);
}

/**
 * The scheduled sweep: expires open requests past their deadline (freeing the mentee's
 * slot) and reminds mentors once of requests waiting for them. Mirrors dueAction() in the
 * core. Returns what changed, so the caller can notify people.
 */
export async function expireAndRemind(
  db: MaybeTransactional,
  organisationId: string,
  now: Date = new Date(),
): Promise<{ expired: IntroductionRequest[]; reminded: IntroductionRequest[] }> {
  return inTransaction(db, async (tx) => {
    const expired = await tx.query<IntroductionRow>(
      `UPDATE introduction_requests SET status = 'expired', updated_at = $2::timestamptz, version = version + 1
       WHERE organisation_id = $1 AND status IN ('pending', 'question') AND respond_by <= $2::timestamptz
       RETURNING ${INTRODUCTION_COLUMNS}`,
      [organisationId, ts(now)],
    );
    // A reminder does not change what either side decides, so it does not bump the version.
    const reminded = await tx.query<IntroductionRow>(
      `UPDATE introduction_requests SET reminded_at = $2::timestamptz
       WHERE organisation_id = $1 AND status = 'pending' AND reminded_at IS NULL
         AND respond_by - make_interval(days => $3) <= $2::timestamptz
       RETURNING ${INTRODUCTION_COLUMNS}`,
      [organisationId, ts(now), EXPIRE_AFTER_DAYS - REMIND_AFTER_DAYS],
    );
    await refreshResponsiveness(tx, organisationId, expired.rows.map((row) => row.mentor_id));
    return { expired: expired.rows.map(introductionFromRow), reminded: reminded.rows.map(introductionFromRow) };
  });
}

// ---------------------------------------------------------------------------
// Favourites

/** Saves a mentor for later; saving twice is harmless. */
export async function addFavourite(db: Queryable, organisationId: string, menteeId: string, mentorId: string): Promise<Favourite> {
  const { rows } = await db.query<{ mentor_id: string; created_at: Date | string }>(
    `WITH inserted AS (
       INSERT INTO favourites (organisation_id, mentee_id, mentor_id)
       SELECT $1, $2, m.id FROM mentors m WHERE m.organisation_id = $1 AND m.id = $3
       ON CONFLICT DO NOTHING
       RETURNING mentor_id, created_at
     )
     SELECT mentor_id, created_at FROM inserted
     UNION ALL
     SELECT mentor_id, created_at FROM favourites WHERE organisation_id = $1 AND mentee_id = $2 AND mentor_id = $3`,
    [organisationId, menteeId, mentorId],
  );
  if (!rows[0]) throw new MentorStoreError('not_found', 'mentor-not-found', `No mentor ${mentorId} in this organisation.`);
  return { mentorId: rows[0].mentor_id, createdAt: iso(rows[0].created_at) };
}

export async function removeFavourite(db: Queryable, organisationId: string, menteeId: string, mentorId: string): Promise<boolean> {
  const { rows } = await db.query(
    `DELETE FROM favourites WHERE organisation_id = $1 AND mentee_id = $2 AND mentor_id = $3 RETURNING mentor_id`,
    [organisationId, menteeId, mentorId],
  );
  return rows.length > 0;
}

/** A mentee's favourites, newest first. */
export async function listFavourites(db: Queryable, organisationId: string, menteeId: string): Promise<Favourite[]> {
  const { rows } = await db.query<{ mentor_id: string; created_at: Date | string }>(
    `SELECT mentor_id, created_at FROM favourites WHERE organisation_id = $1 AND mentee_id = $2 ORDER BY created_at DESC, mentor_id`,
    [organisationId, menteeId],
  );
  return rows.map((row) => ({ mentorId: row.mentor_id, createdAt: iso(row.created_at) }));
}
