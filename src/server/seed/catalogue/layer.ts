/**
 * Checks a change to an organisation's own catalogue layer against the shared catalogue and
 * the layer as it is: the same checks as the data files (every reference resolves, ids belong
 * to one set, every requirement says how it was verified), plus what only a layer has (hidden
 * and withdrawn ids must name entries). Each problem names the entry and the field.
 */
import type { CatalogueLayerChange, CatalogueLayerFile } from '../../../api/catalogue-files.js';
import { hasSafeCharacters } from '../../../api/common.js';
import { catalogue } from './index.js';
import { type CatalogueIssue, checkCatalogue, formatIssue, mergeCatalogueFiles, type NamedFile, unknownHiddenIssues } from './validate.js';

export const LAYER_FILE = 'layer';
export const CHANGE_FILE = 'change';

const shared: NamedFile = {
  name: 'shared catalogue',
  data: { jurisdictions: catalogue.jurisdictions, occupations: catalogue.occupations, requirementSets: catalogue.requirementSets },
};

/** Text a database cannot hold (NUL, half a surrogate pair), anywhere in a change. */
function unsafeText(value: unknown, path: string[], found: string[][]): void {
  if (typeof value === 'string') {
    if (!hasSafeCharacters(value)) found.push(path);
  } else if (Array.isArray(value)) value.forEach((item, i) => unsafeText(item, [...path, String(i)], found));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (!hasSafeCharacters(key)) found.push(path);
      else unsafeText(item, [...path, key], found);
    }
  }
}

/** The ids a change names as entries, for messages: `id` of the entry the path points into. */
function entryAt(change: CatalogueLayerChange, path: string[]): { entry?: string; field: string } {
  let node: unknown = change;
  let entry: string | undefined;
  let start = 0;
  path.forEach((key, i) => {
    node = (node as Record<string, unknown> | undefined)?.[key];
    const id = (node as { id?: unknown } | undefined)?.id;
    if (/^\d+$/.test(key) && typeof id === 'string' && ['jurisdictions', 'occupations', 'requirements', 'pathways'].includes(path[i - 1])) {
      entry = id;
      start = i + 1;
    }
  });
  return { entry, field: path.slice(start).join('.') };
}

/** The layer with withdrawn entries and hidden marks taken out. */
export function withoutWithdrawn(layer: CatalogueLayerFile, withdraw: readonly string[]): CatalogueLayerFile {
  const gone = new Set(withdraw);
  return {
    jurisdictions: (layer.jurisdictions ?? []).filter((j) => !gone.has(j.id)),
    occupations: (layer.occupations ?? []).filter((o) => !gone.has(o.id)),
    requirementSets: (layer.requirementSets ?? []).map((set) => ({
      ...set,
      requirements: set.requirements.filter((r) => !gone.has(r.id)),
      pathways: set.pathways.filter((p) => !gone.has(p.id)),
    })),
    hidden: (layer.hidden ?? []).filter((id) => !gone.has(id)),
  };
}

function idsOf(layer: CatalogueLayerFile): string[] {
  return [
    ...(layer.jurisdictions ?? []).map((j) => j.id),
    ...(layer.occupations ?? []).map((o) => o.id),
    ...(layer.requirementSets ?? []).flatMap((set) => [...set.requirements.map((r) => r.id), ...set.pathways.map((p) => p.id)]),
    ...(layer.hidden ?? []),
  ];
}

/** The problems of `change` over `current` (an organisation's layer now); empty when it can be applied. */
export function checkLayerChange(current: CatalogueLayerFile, change: CatalogueLayerChange): CatalogueIssue[] {
  const issues: CatalogueIssue[] = [];
  const unsafe: string[][] = [];
  unsafeText(change, [], unsafe);
  for (const path of unsafe) issues.push({ file: CHANGE_FILE, ...entryAt(change, path), message: 'must not contain a NUL character or half of a surrogate pair' });
  if (issues.length > 0) return issues;

  const withdraw = change.withdraw ?? [];
  if (idsOf(change).length === 0 && withdraw.length === 0) {
    return [{ file: CHANGE_FILE, field: '', message: 'changes nothing: add entries (jurisdictions, occupations, requirementSets), hide shared ones (hidden) or withdraw your own (withdraw)' }];
  }
  const own = new Set(idsOf(current));
  withdraw.forEach((id, i) => {
    if (!own.has(id)) issues.push({ file: CHANGE_FILE, entry: id, field: `withdraw.${i}`, message: `"${id}" is neither an entry of this organisation's layer nor hidden by it` });
  });
  const remaining = withoutWithdrawn(current, withdraw);
  const entries = { jurisdictions: change.jurisdictions, occupations: change.occupations, requirementSets: change.requirementSets };
  const files: NamedFile[] = [shared, { name: LAYER_FILE, data: remaining }, { name: CHANGE_FILE, data: entries }];
  // Problems the layer already had (a shared release may have moved under it) do not block a change; new ones do.
  const before = new Set(checkCatalogue([shared, { name: LAYER_FILE, data: current }]).map(formatIssue));
  issues.push(...checkCatalogue(files).filter((issue) => issue.file === CHANGE_FILE || (issue.file === LAYER_FILE && !before.has(formatIssue(issue)))));

  const merged = mergeCatalogueFiles(files);
  const known = new Set([...merged.sets.values()].flatMap((set) => [...set.requirements.keys(), ...set.pathways.keys()]));
  issues.push(...unknownHiddenIssues(CHANGE_FILE, change.hidden ?? [], known));
  return issues;
}
