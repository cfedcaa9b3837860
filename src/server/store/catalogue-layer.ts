/**
 * An organisation's own catalogue layer: its rows in the catalogue tables (which replace shared
 * rows with the same id for it alone), the shared entries it hides, and a version that each
 * change adds one to. The API and `bridgeway catalogue import` both change it here.
 */
import type { CatalogueLayer, CatalogueLayerChange, CatalogueLayerFile, CatalogueRequirementSet } from '../../api/catalogue-files.js';
import type { Jurisdiction, Occupation, Pathway, RegulationInfo, Requirement } from '../../api/catalogue.js';
import { inTransaction, type Connection } from '../db/transaction.js';
import type { Queryable } from '../db/types.js';
import { Refusal } from '../refusal.js';
import { checkLayerChange } from '../seed/catalogue/layer.js';
import { recordCatalogueVersion } from '../seed/catalogue/versions.js';
import { isoTimeOrNull } from '../wire.js';
import { upsertJurisdiction, upsertOccupation, upsertPathway, upsertRequirement } from './catalogue.js';

/** The layer in the data files' format, as it is now. */
export async function readLayer(db: Queryable, organisationId: string): Promise<CatalogueLayer> {
  const org = await db.query<{ name: string; version: number | null; updated_at: Date | string | null }>(
    `SELECT o.name, v.version, v.created_at AS updated_at FROM organisations o
       LEFT JOIN LATERAL (SELECT version, created_at FROM catalogue_layer_versions WHERE organisation_id = o.id ORDER BY version DESC LIMIT 1) v ON true
      WHERE o.id = $1`,
    [organisationId],
  );
  if (org.rows.length === 0) throw Refusal.notFound(`No organisation "${organisationId}".`);
  const jurisdictions = await db.query<{ id: string; country: string; region: string | null; name: Jurisdiction['name'] }>(
    'SELECT id, country, region, name FROM jurisdictions WHERE organisation_id = $1 ORDER BY row_id',
    [organisationId],
  );
  const occupations = await db.query<{ doc: Omit<Occupation, 'regulation'> }>('SELECT doc FROM occupations WHERE organisation_id = $1 ORDER BY row_id', [organisationId]);
  const regulation = await db.query<{ occupation_id: string; doc: RegulationInfo }>(
    'SELECT occupation_id, doc FROM occupation_regulation WHERE organisation_id = $1 ORDER BY row_id',
    [organisationId],
  );
  const requirements = await db.query<{ doc: Requirement }>('SELECT doc FROM requirements WHERE organisation_id = $1 ORDER BY row_id', [organisationId]);
  const pathways = await db.query<{ doc: Pathway }>('SELECT doc FROM pathways WHERE organisation_id = $1 ORDER BY row_id', [organisationId]);
  const hidden = await db.query<{ entry_id: string }>('SELECT entry_id FROM catalogue_hidden WHERE organisation_id = $1 ORDER BY entry_id', [organisationId]);

  // A pathway belongs to the set of the requirements it closes (its own or shared ones).
  const closed = [...new Set(pathways.rows.flatMap((p) => p.doc.closes))];
  const targets = closed.length
    ? await db.query<{ id: string; occupation_id: string; jurisdiction_id: string }>(
        `SELECT DISTINCT ON (id) id, occupation_id, jurisdiction_id FROM requirements
          WHERE (organisation_id IS NULL OR organisation_id = $1) AND id = ANY($2::text[]) ORDER BY id, organisation_id NULLS LAST`,
        [organisationId, closed],
      )
    : { rows: [] };
  const setOf = new Map(targets.rows.map((t) => [t.id, { occupationId: t.occupation_id, jurisdictionId: t.jurisdiction_id }]));
  const sets = new Map<string, CatalogueRequirementSet>();
  const setFor = (target: { occupationId: string; jurisdictionId: string }) => {
    const key = `${target.occupationId}@${target.jurisdictionId}`;
    let set = sets.get(key);
    if (!set) sets.set(key, (set = { ...target, requirements: [], pathways: [] }));
    return set;
  };
  for (const { doc } of requirements.rows) setFor(doc).requirements.push(doc);
  for (const { doc } of pathways.rows) {
    const target = doc.closes.map((id) => setOf.get(id)).find((t) => t !== undefined);
    if (target) setFor(target).pathways.push(doc);
  }

  const layer: CatalogueLayerFile = {};
  if (jurisdictions.rows.length) layer.jurisdictions = jurisdictions.rows.map((j) => (j.region ? { id: j.id, country: j.country, region: j.region, name: j.name } : { id: j.id, country: j.country, name: j.name }));
  if (occupations.rows.length) {
    layer.occupations = occupations.rows.map(({ doc }) => ({ ...doc, regulation: regulation.rows.filter((r) => r.occupation_id === doc.id).map((r) => r.doc) }));
  }
  if (sets.size) layer.requirementSets = [...sets.values()];
  if (hidden.rows.length) layer.hidden = hidden.rows.map((h) => h.entry_id);
  const { name, version, updated_at } = org.rows[0];
  return { organisation: { id: organisationId, name }, version: version ?? 0, updatedAt: isoTimeOrNull(updated_at), layer };
}

export interface LayerChangeMeta {
  /** `api`, or the imported file's name. */
  source: string;
  /** The user or key that made it; null from the command line. */
  changedBy: string | null;
}

/**
 * Applies a change to an organisation's layer as one new version: withdrawn entries and hidden
 * marks go, the change's entries are added or replace the organisation's own, shared entries
 * named in `hidden` are hidden. Refused (422, naming each entry and field) when the layer
 * would not fit the catalogue; nothing is written then.
 */
export async function changeLayer(db: Connection, organisationId: string, change: CatalogueLayerChange, meta: LayerChangeMeta): Promise<CatalogueLayer> {
  return inTransaction(db, async (tx) => {
    // One change at a time per organisation, so versions follow each other.
    const locked = await tx.query('SELECT 1 FROM organisations WHERE id = $1 FOR UPDATE', [organisationId]);
    if (locked.rows.length === 0) throw Refusal.notFound(`No organisation "${organisationId}".`);
    const current = await readLayer(tx, organisationId);
    const issues = checkLayerChange(current.layer, change);
    if (issues.length > 0) {
      const errors = issues.map((i) => ({ path: [i.entry, i.field].filter(Boolean).join(' > ') || '(root)', message: i.message }));
      throw Refusal.unprocessable(
        `The change does not fit the catalogue: ${errors.slice(0, 3).map((e) => `${e.path}: ${e.message}`).join('; ')}${errors.length > 3 ? ` (and ${errors.length - 3} more)` : ''}.`,
        { errors },
      );
    }
    const withdraw = change.withdraw ?? [];
    if (withdraw.length) {
      for (const table of ['requirements', 'pathways', 'jurisdictions', 'occupations', 'catalogue_hidden']) {
        const column = table === 'catalogue_hidden' ? 'entry_id' : 'id';
        await tx.query(`DELETE FROM ${table} WHERE organisation_id = $1 AND ${column} = ANY($2::text[])`, [organisationId, withdraw]);
      }
      await tx.query('DELETE FROM occupation_terms WHERE organisation_id = $1 AND occupation_id = ANY($2::text[])', [organisationId, withdraw]);
      await tx.query('DELETE FROM occupation_regulation WHERE organisation_id = $1 AND occupation_id = ANY($2::text[])', [organisationId, withdraw]);
    }
    for (const j of change.jurisdictions ?? []) await upsertJurisdiction(tx, organisationId, j);
    for (const o of change.occupations ?? []) await upsertOccupation(tx, organisationId, o);
    for (const set of change.requirementSets ?? []) {
      for (const r of set.requirements) await upsertRequirement(tx, organisationId, r);
      for (const p of set.pathways) await upsertPathway(tx, organisationId, p);
    }
    for (const id of change.hidden ?? []) {
      await tx.query('INSERT INTO catalogue_hidden (organisation_id, entry_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [organisationId, id]);
    }
    const version = current.version + 1;
    await tx.query('INSERT INTO catalogue_layer_versions (organisation_id, version, source, changed_by, change) VALUES ($1, $2, $3, $4, $5)', [
      organisationId,
      version,
      meta.source,
      meta.changedBy,
      JSON.stringify(change),
    ]);
    await recordCatalogueVersion(tx, organisationId, `v${version}`);
    return readLayer(tx, organisationId);
  });
}
