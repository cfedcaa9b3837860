/**
 * Data access for the catalogue and saved gap analyses. Every function takes the
 * organisation it acts for: it sees the shared catalogue (organisation_id NULL) plus
 * its own rows, where its own row overrides a shared row with the same id. Plain
 * PostgreSQL with `$n` parameters, so it runs on PGlite and PostgreSQL alike.
 */
import type { Page } from '../../api/common.js';
import type {
  Jurisdiction,
  Occupation,
  OccupationSummary,
  Pathway,
  Provenance,
  RegulationInfo,
  Requirement,
  RequirementSet,
} from '../../api/catalogue.js';
import type { GapAnalysis, GapAnalysisRequest } from '../../api/gap.js';
import type { Queryable } from '../db/types.js';
import { foldText } from '../../core/text.js';
import { Refusal } from '../refusal.js';
import { layerSummary, withoutHidden } from './catalogue-hidden.js';
import { ILLUSTRATIVE_NOTE } from './catalogue-provenance.js';
import { encodeCursor, isoTime, newId, readListCursor } from '../wire.js';


/** Rows visible to an organisation: the shared ones and its own. `$1` is the organisation. */
const VISIBLE = '(organisation_id IS NULL OR organisation_id = $1)';

function conflictTarget(organisationId: string | null, columns: string): string {
  return organisationId === null
    ? `ON CONFLICT (${columns}) WHERE organisation_id IS NULL`
    : `ON CONFLICT (organisation_id, ${columns}) WHERE organisation_id IS NOT NULL`;
}

// ---- Writes (the seeder, and organisations adding their own entries) -------------

export async function upsertJurisdiction(db: Queryable, organisationId: string | null, j: Jurisdiction): Promise<void> {
  await db.query(
    `INSERT INTO jurisdictions (organisation_id, id, country, region, name, protected_titles) VALUES ($1, $2, $3, $4, $5, $6)
     ${conflictTarget(organisationId, 'id')}
     DO UPDATE SET country = EXCLUDED.country, region = EXCLUDED.region, name = EXCLUDED.name, protected_titles = EXCLUDED.protected_titles, updated_at = now()`,
    [organisationId, j.id, j.country, j.region ?? null, JSON.stringify(j.name), j.protectedTitles ? JSON.stringify(j.protectedTitles) : null],
  );
}

export async function upsertOccupation(db: Queryable, organisationId: string | null, o: Occupation, illustrative = false): Promise<void> {
  const { regulation, ...doc } = o;
  await db.query(
    `INSERT INTO occupations (organisation_id, id, field_family, doc, illustrative) VALUES ($1, $2, $3, $4, $5)
     ${conflictTarget(organisationId, 'id')}
     DO UPDATE SET field_family = EXCLUDED.field_family, doc = EXCLUDED.doc, illustrative = EXCLUDED.illustrative, updated_at = now()`,
    [organisationId, o.id, o.fieldFamily, JSON.stringify(doc), illustrative],
  );
  await db.query('DELETE FROM occupation_terms WHERE occupation_id = $2 AND organisation_id IS NOT DISTINCT FROM $1::text', [organisationId, o.id]);
  const terms: Array<[string, string, boolean]> = [];
  for (const [locale, name] of Object.entries(o.name)) terms.push([locale, name, true]);
  for (const [locale, synonyms] of Object.entries(o.synonyms)) for (const s of synonyms) terms.push([locale, s, false]);
  for (const [locale, term, isName] of terms) {
    await db.query(
      'INSERT INTO occupation_terms (organisation_id, occupation_id, locale, term, term_norm, is_name) VALUES ($1, $2, $3, $4, $5, $6)',
      [organisationId, o.id, locale, term, foldText(term), isName],
    );
  }
  for (const r of regulation) await upsertRegulation(db, organisationId, o.id, r);
}

export async function upsertRegulation(db: Queryable, organisationId: string | null, occupationId: string, r: RegulationInfo): Promise<void> {
  await db.query(
    `INSERT INTO occupation_regulation (organisation_id, occupation_id, jurisdiction_id, regulated, doc) VALUES ($1, $2, $3, $4, $5)
     ${conflictTarget(organisationId, 'occupation_id, jurisdiction_id')}
     DO UPDATE SET regulated = EXCLUDED.regulated, doc = EXCLUDED.doc, updated_at = now()`,
    [organisationId, occupationId, r.jurisdictionId, r.regulated, JSON.stringify(r)],
  );
}

export async function upsertRequirement(db: Queryable, organisationId: string | null, r: Requirement, illustrative = false): Promise<void> {
  await db.query(
    `INSERT INTO requirements (organisation_id, id, occupation_id, jurisdiction_id, kind, doc, illustrative) VALUES ($1, $2, $3, $4, $5, $6, $7)
     ${conflictTarget(organisationId, 'id')}
     DO UPDATE SET occupation_id = EXCLUDED.occupation_id, jurisdiction_id = EXCLUDED.jurisdiction_id, kind = EXCLUDED.kind,
                   doc = EXCLUDED.doc, illustrative = EXCLUDED.illustrative, updated_at = now()`,
    [organisationId, r.id, r.occupationId, r.jurisdictionId, r.kind, JSON.stringify(r), illustrative],
  );
}

export async function upsertPathway(db: Queryable, organisationId: string | null, p: Pathway): Promise<void> {
  await db.query(
    `INSERT INTO pathways (organisation_id, id, closes, doc) VALUES ($1, $2, $3, $4)
     ${conflictTarget(organisationId, 'id')}
     DO UPDATE SET closes = EXCLUDED.closes, doc = EXCLUDED.doc, updated_at = now()`,
    [organisationId, p.id, p.closes, JSON.stringify(p)],
  );
}

// ---- Reads ------------------------------------------------------------------------

export async function listJurisdictions(db: Queryable, organisationId: string): Promise<Jurisdiction[]> {
  const { rows } = await db.query<{ id: string; country: string; region: string | null; name: Jurisdiction['name']; protected_titles: Jurisdiction['protectedTitles'] | null }>(
    `SELECT DISTINCT ON (id) id, country, region, name, protected_titles FROM jurisdictions WHERE ${VISIBLE}
     ORDER BY id, organisation_id NULLS LAST`,
    [organisationId],
  );
  return rows
    .map((r): Jurisdiction => ({
      id: r.id,
      country: r.country,
      ...(r.region ? { region: r.region } : {}),
      name: r.name,
      ...(r.protected_titles ? { protectedTitles: r.protected_titles } : {}),
    }))
    .sort((a, b) => a.country.localeCompare(b.country) || a.name.en.localeCompare(b.name.en));
}

async function getJurisdiction(db: Queryable, organisationId: string, id: string): Promise<Jurisdiction | null> {
  return (await listJurisdictions(db, organisationId)).find((j) => j.id === id) ?? null;
}

async function regulationsOf(db: Queryable, organisationId: string, occupationId: string): Promise<RegulationInfo[]> {
  const { rows } = await db.query<{ doc: RegulationInfo }>(
    `SELECT DISTINCT ON (jurisdiction_id) doc FROM occupation_regulation WHERE ${VISIBLE} AND occupation_id = $2
     ORDER BY jurisdiction_id, organisation_id NULLS LAST`,
    [organisationId, occupationId],
  );
  // `exams` is the server's to read off the requirements (getOccupation), never a file's.
  return rows.map(({ doc: { exams: _written, ...doc } }) => doc);
}

/**
 * The exams each jurisdiction's visible requirements count a pass of, by jurisdiction: what the
 * profile form offers to record. One a hidden or replaced entry names may be among them; offering
 * it costs nothing, since a pass no requirement counts changes no answer.
 */
async function examsOf(db: Queryable, organisationId: string, occupationId: string): Promise<Map<string, string[]>> {
  const { rows } = await db.query<{ jurisdiction_id: string; exams: string[] }>(
    `SELECT jurisdiction_id, array_agg(DISTINCT exam ORDER BY exam) AS exams
     FROM requirements,
       LATERAL jsonb_array_elements_text(COALESCE(doc #> '{criteria,exam,examIds}', '[]') || COALESCE(doc #> '{criteria,education,orExamPassed,examIds}', '[]')) AS exam
     WHERE ${VISIBLE} AND occupation_id = $2
     GROUP BY jurisdiction_id`,
    [organisationId, occupationId],
  );
  return new Map(rows.map((r) => [r.jurisdiction_id, r.exams]));
}

async function findOccupation(db: Queryable, organisationId: string, id: string): Promise<Occupation | null> {
  const { rows } = await db.query<{ doc: Omit<Occupation, 'regulation'> }>(
    `SELECT doc FROM occupations WHERE ${VISIBLE} AND id = $2 ORDER BY organisation_id NULLS LAST LIMIT 1`,
    [organisationId, id],
  );
  if (rows.length === 0) return null;
  return { ...rows[0].doc, regulation: await regulationsOf(db, organisationId, id) };
}

const unknownOccupation = (id: string) => `No occupation "${id}" in the catalogue. Search GET /v1/occupations?q= for its id.`;

/** An occupation with, per jurisdiction, the exams the form offers (read here only: an analysis's requirement set does not need them). */
export async function getOccupation(db: Queryable, organisationId: string, id: string): Promise<Occupation> {
  const occupation = await findOccupation(db, organisationId, id);
  if (!occupation) throw Refusal.notFound(unknownOccupation(id));
  const exams = await examsOf(db, organisationId, id);
  return { ...occupation, regulation: occupation.regulation.map((r) => (exams.has(r.jurisdictionId) ? { ...r, exams: exams.get(r.jurisdictionId)! } : r)) };
}

export interface OccupationSearch {
  q?: string;
  locale?: string;
  jurisdiction?: string;
  cursor?: string;
  limit?: number;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Searches occupations by name and synonym in `locale` (its language), falling back to
 * English: exact matches first, then prefixes, then matches inside a word; matches in
 * the asked locale before English ones. Without `q` it lists every visible occupation.
 */
export async function searchOccupations(db: Queryable, organisationId: string, search: OccupationSearch = {}): Promise<Page<OccupationSummary>> {
  const limit = Math.min(Math.max(search.limit ?? 20, 1), 100);
  const [offset] = readListCursor(search.cursor, 'occupations', ['count']) ?? [0];
  const language = (search.locale ?? 'en').split('-')[0].toLowerCase();
  const q = foldText(search.q ?? '');
  const params: unknown[] = [organisationId, language, q, `%${escapeLike(q)}%`, `${escapeLike(q)}%`, search.jurisdiction ?? null, limit + 1, offset];
  const { rows } = await db.query<{ id: string; doc: Omit<Occupation, 'regulation'>; matched: string | null; regulated_in: string[] | null }>(
    `WITH visible AS (
       SELECT DISTINCT ON (id) id, doc FROM occupations WHERE ${VISIBLE} ORDER BY id, organisation_id NULLS LAST
     ), hits AS (
       SELECT DISTINCT ON (t.occupation_id) t.occupation_id, t.term,
              (CASE WHEN t.term_norm = $3 THEN 0 WHEN t.term_norm LIKE $5 THEN 2 ELSE 4 END)
              + (CASE WHEN t.locale = $2 THEN 0 ELSE 1 END) + (CASE WHEN t.is_name THEN 0 ELSE 0.5 END) AS rank
       FROM occupation_terms t
       WHERE ${VISIBLE.replaceAll('organisation_id', 't.organisation_id')}
         AND t.locale IN ($2, 'en') AND ($3 = '' OR t.term_norm LIKE $4)
       ORDER BY t.occupation_id, rank, t.term
     )
     SELECT v.id, v.doc, CASE WHEN $3 = '' THEN NULL ELSE h.term END AS matched,
            (SELECT array_agg(DISTINCT r.jurisdiction_id ORDER BY r.jurisdiction_id) FROM occupation_regulation r
              WHERE ${VISIBLE.replaceAll('organisation_id', 'r.organisation_id')} AND r.occupation_id = v.id AND r.regulated) AS regulated_in
     FROM visible v JOIN hits h ON h.occupation_id = v.id
     WHERE $6::text IS NULL OR EXISTS (
       SELECT 1 FROM occupation_regulation r WHERE ${VISIBLE.replaceAll('organisation_id', 'r.organisation_id')}
         AND r.occupation_id = v.id AND r.jurisdiction_id = $6)
     ORDER BY h.rank, COALESCE(v.doc->'name'->>$2, v.doc->'name'->>'en'), v.id
     LIMIT $7 OFFSET $8`,
    params,
  );
  const items = rows.slice(0, limit).map((r): OccupationSummary => {
    const summary: OccupationSummary = { id: r.id, name: r.doc.name, fieldFamily: r.doc.fieldFamily, regulatedIn: r.regulated_in ?? [] };
    if (r.matched) summary.matched = r.matched;
    return summary;
  });
  return { items, nextCursor: rows.length > limit ? encodeCursor('occupations', [offset + limit]) : null };
}

/**
 * The requirements of an occupation in a jurisdiction with the pathways that close
 * them. Refused as not found, naming what the catalogue lacks: the occupation, the
 * jurisdiction, or any word on how the occupation is regulated there.
 */
export async function getRequirementSet(db: Queryable, organisationId: string, occupationId: string, jurisdictionId: string): Promise<RequirementSet> {
  const occupation = await findOccupation(db, organisationId, occupationId);
  if (!occupation) throw Refusal.notFound(unknownOccupation(occupationId), { errors: [{ path: 'occupationId', message: `unknown occupation "${occupationId}"` }] });
  const jurisdiction = await getJurisdiction(db, organisationId, jurisdictionId);
  if (!jurisdiction) {
    throw Refusal.notFound(`No jurisdiction "${jurisdictionId}" in the catalogue. GET /v1/jurisdictions lists them.`, {
      errors: [{ path: 'jurisdictionId', message: `unknown jurisdiction "${jurisdictionId}"` }],
    });
  }
  const regulation = occupation.regulation.find((r) => r.jurisdictionId === jurisdictionId);
  if (!regulation) {
    throw Refusal.notFound(
      `The catalogue has no information on how "${occupationId}" is regulated in "${jurisdictionId}". GET /v1/occupations/${occupationId} lists the jurisdictions it covers.`,
      { errors: [{ path: 'jurisdictionId', message: `"${occupationId}" is not catalogued in "${jurisdictionId}"` }] },
    );
  }

  // Every visible row in the catalogue's own order (which reads as a sequence of steps);
  // an organisation's row replaces the shared row with the same id in its place.
  const requirementRows = await db.query<{ doc: Requirement; illustrative: boolean; organisation_id: string | null }>(
    `SELECT doc, illustrative, organisation_id FROM requirements WHERE ${VISIBLE} AND occupation_id = $2 AND jurisdiction_id = $3 ORDER BY row_id`,
    [organisationId, occupationId, jurisdictionId],
  );
  const byId = new Map<string, { doc: Requirement; illustrative: boolean; own: boolean }>();
  for (const row of requirementRows.rows) {
    const existing = byId.get(row.doc.id);
    const own = row.organisation_id !== null;
    if (!existing || (own && !existing.own)) byId.set(row.doc.id, { doc: row.doc, illustrative: row.illustrative, own });
  }
  const ids = [...byId.keys()];
  const pathwayRows = ids.length
    ? await db.query<{ doc: Pathway; organisation_id: string | null }>(
        `SELECT DISTINCT ON (id) doc, organisation_id FROM pathways WHERE ${VISIBLE} AND closes && $2::text[] ORDER BY id, organisation_id NULLS LAST`,
        [organisationId, ids],
      )
    : { rows: [] };
  const layer = await layerSummary(db, organisationId);
  const { requirements, pathways } = withoutHidden([...byId.values()].map((r) => r.doc), pathwayRows.rows.map((r) => r.doc), layer.hidden);
  const illustrative = [...byId.values()].some((r) => r.illustrative);
  const provenance: Provenance = illustrative ? { illustrative, note: ILLUSTRATIVE_NOTE } : { illustrative };
  const set: RequirementSet = { occupation, jurisdiction, regulation, requirements, pathways, provenance };
  const catalogueVersion = await catalogueVersionOf(db, organisationId);
  if (catalogueVersion) set.catalogueVersion = catalogueVersion;
  // The organisation's own entries in this set, so each result can say who added what it shows.
  const own = new Set([...[...byId.values()].filter((r) => r.own).map((r) => r.doc.id), ...pathwayRows.rows.filter((r) => r.organisation_id !== null).map((r) => r.doc.id)]);
  const entries = [...requirements, ...pathways].map((e) => e.id).filter((id) => own.has(id));
  if (entries.length > 0) set.layer = { organisationId, name: layer.name, version: layer.version, entries };
  return set;
}

/** The shared catalogue's release, followed by the organisation's own layer's where it has one. */
async function catalogueVersionOf(db: Queryable, organisationId: string): Promise<string | undefined> {
  const { rows } = await db.query<{ organisation_id: string | null; version: string }>(
    `SELECT organisation_id, version FROM catalogue_versions WHERE ${VISIBLE} ORDER BY organisation_id NULLS FIRST`,
    [organisationId],
  );
  if (rows.length === 0) return undefined;
  return rows.map((r) => (r.organisation_id ? `${r.organisation_id}:${r.version}` : r.version)).join(';');
}

// ---- Gap analyses -------------------------------------------------------------------

/** Saves an analysis for one user and returns it with its id and creation time. */
export async function saveGapAnalysis(
  db: Queryable,
  organisationId: string,
  userId: string,
  request: GapAnalysisRequest,
  result: GapAnalysis,
): Promise<GapAnalysis> {
  const id = newId('ga');
  const { rows } = await db.query<{ created_at: Date | string }>(
    'INSERT INTO gap_analyses (id, organisation_id, user_id, request, result) VALUES ($1, $2, $3, $4, $5) RETURNING created_at',
    [id, organisationId, userId, JSON.stringify(request), JSON.stringify({ ...result, id: undefined, createdAt: undefined })],
  );
  return { ...result, id, createdAt: isoTime(rows[0].created_at) };
}

/** An analysis the user saved in this organisation (another user's or organisation's is not found). */
export async function getGapAnalysis(db: Queryable, organisationId: string, userId: string, id: string): Promise<GapAnalysis> {
  const { rows } = await db.query<{ result: GapAnalysis; created_at: Date | string }>(
    'SELECT result, created_at FROM gap_analyses WHERE organisation_id = $1 AND user_id = $2 AND id = $3',
    [organisationId, userId, id],
  );
  if (rows.length === 0) throw Refusal.notFound(`No saved gap analysis "${id}" of yours.`);
  return { ...rows[0].result, id, createdAt: isoTime(rows[0].created_at) };
}

/** The analyses a user saved in this organisation, newest first. */
export async function listGapAnalyses(
  db: Queryable,
  organisationId: string,
  userId: string,
  page: { limit?: number; cursor?: string } = {},
): Promise<Page<GapAnalysis>> {
  const limit = Math.min(Math.max(page.limit ?? 20, 1), 100);
  const [offset] = readListCursor(page.cursor, 'gap-analyses', ['count']) ?? [0];
  const { rows } = await db.query<{ id: string; result: GapAnalysis; created_at: Date | string }>(
    `SELECT id, result, created_at FROM gap_analyses WHERE organisation_id = $1 AND user_id = $2
     ORDER BY created_at DESC, id DESC LIMIT $3 OFFSET $4`,
    [organisationId, userId, limit + 1, offset],
  );
  const items = rows.slice(0, limit).map((r) => ({ ...r.result, id: r.id, createdAt: isoTime(r.created_at) }));
  return { items, nextCursor: rows.length > limit ? encodeCursor('gap-analyses', [offset + limit]) : null };
}
