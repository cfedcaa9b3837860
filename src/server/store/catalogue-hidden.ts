/**
 * What a requirement set shows of an organisation's own layer: its name and version, and the
 * shared entries it hides (see `catalogue-layer.ts` for the layer itself).
 */
import type { Pathway, Requirement } from '../../api/catalogue.js';
import type { Queryable } from '../db/types.js';

/** What a requirement set needs of the layer: the organisation's name, version and hidden entries. */
export interface LayerSummary {
  name: string;
  version: number;
  hidden: Set<string>;
}

export async function layerSummary(db: Queryable, organisationId: string): Promise<LayerSummary> {
  const { rows } = await db.query<{ name: string; version: number | null; hidden: string[] }>(
    `SELECT o.name, (SELECT max(version) FROM catalogue_layer_versions v WHERE v.organisation_id = o.id) AS version,
            ARRAY(SELECT entry_id FROM catalogue_hidden h WHERE h.organisation_id = o.id) AS hidden
       FROM organisations o WHERE o.id = $1`,
    [organisationId],
  );
  return { name: rows[0]?.name ?? organisationId, version: rows[0]?.version ?? 0, hidden: new Set(rows[0]?.hidden ?? []) };
}

/**
 * A requirement set's entries without those the organisation hides: hidden requirements and
 * pathways go, and so do references to them (a pathway that closes only hidden requirements,
 * a prerequisite or prior requirement that is hidden), so the analysis never waits for a step
 * it cannot show.
 */
export function withoutHidden(requirements: Requirement[], pathways: Pathway[], hidden: ReadonlySet<string>): { requirements: Requirement[]; pathways: Pathway[] } {
  if (hidden.size === 0) return { requirements, pathways };
  const shown = requirements
    .filter((r) => !hidden.has(r.id))
    .map((r) => (r.criteria.requiresPrior?.some((id) => hidden.has(id)) ? { ...r, criteria: { ...r.criteria, requiresPrior: r.criteria.requiresPrior.filter((id) => !hidden.has(id)) } } : r));
  const open = pathways
    .filter((p) => !hidden.has(p.id))
    .map((p) => ({ ...p, closes: p.closes.filter((id) => !hidden.has(id)) }))
    .filter((p) => p.closes.length > 0);
  const left = new Set([...shown.map((r) => r.id), ...open.map((p) => p.id)]);
  return {
    requirements: shown,
    pathways: open.map((p) => (p.prerequisites?.some((id) => !left.has(id)) ? { ...p, prerequisites: p.prerequisites.filter((id) => left.has(id)) } : p)),
  };
}
