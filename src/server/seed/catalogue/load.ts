/**
 * Reads the catalogue data files: `index.json` (the release and its files, in order) and
 * each file it lists, validated against the contract when loaded. A bad file stops the
 * load with a {@link CatalogueError} that names the file, the entry and the field.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CatalogueFile, CatalogueLayerFile, CatalogueManifest, type CatalogueRequirementSet } from '../../../api/catalogue-files.js';
import {
  type Jurisdiction,
  type Occupation,
  type Pathway,
  type Provenance,
  type Requirement,
} from '../../../api/catalogue.js';
import { catalogueDir } from '../../paths.js';
import { ILLUSTRATIVE_NOTE } from '../../store/catalogue-provenance.js';
import { CatalogueError, type CatalogueIssue, checkCatalogue, mergeCatalogueFiles, type NamedFile, parseCatalogueFile, unknownHiddenIssues } from './validate.js';

export const MANIFEST = 'index.json';

export interface LoadedCatalogue {
  /** The manifest's release and a hash of the files' content: `2026-12-05+1a2b3c4d`. */
  version: string;
  provenance: Provenance;
  jurisdictions: Jurisdiction[];
  occupations: Occupation[];
  requirementSets: CatalogueRequirementSet[];
  requirements: Requirement[];
  pathways: Pathway[];
}

export interface SourceFile {
  name: string;
  text: string;
}

/** The manifest and the files it lists, as text; a missing or unlisted file is an issue. */
export function readCatalogueDir(dir: URL | string = catalogueDir): { manifest?: CatalogueManifest; files: SourceFile[]; issues: CatalogueIssue[] } {
  const path = typeof dir === 'string' ? dir.replace(/\/?$/, '/') : fileURLToPath(dir);
  const issues: CatalogueIssue[] = [];
  let manifestJson: unknown;
  try {
    manifestJson = JSON.parse(readFileSync(`${path}${MANIFEST}`, 'utf8'));
  } catch (error) {
    return { files: [], issues: [{ file: MANIFEST, field: '', message: `cannot be read: ${(error as Error).message}` }] };
  }
  const manifest = CatalogueManifest.safeParse(manifestJson);
  if (!manifest.success) {
    return { files: [], issues: manifest.error.issues.map((i) => ({ file: MANIFEST, field: i.path.map(String).join('.'), message: i.message })) };
  }
  const files: SourceFile[] = [];
  for (const name of manifest.data.files) {
    try {
      files.push({ name, text: readFileSync(`${path}${name}`, 'utf8') });
    } catch (error) {
      issues.push({ file: MANIFEST, field: 'files', message: `lists ${name}, which cannot be read: ${(error as Error).message}` });
    }
  }
  for (const name of readdirSync(path).filter((f) => f.endsWith('.json') && f !== MANIFEST)) {
    if (!manifest.data.files.includes(name)) issues.push({ file: name, field: '', message: `is not listed in ${MANIFEST}, so it would never load: add it to "files"` });
  }
  return { manifest: manifest.data, files, issues };
}

/**
 * Parses and checks files that together make a catalogue, `layers` (organisations' files, which
 * may also say what they hide) after `sources`; `issues` is empty when they are good.
 */
export function checkCatalogueSources(sources: readonly SourceFile[], layers: readonly SourceFile[] = []): { files: NamedFile[]; issues: CatalogueIssue[] } {
  const files: NamedFile[] = [];
  const issues: CatalogueIssue[] = [];
  for (const source of [...sources, ...layers]) {
    const parsed = parseCatalogueFile(source.name, source.text, layers.includes(source) ? CatalogueLayerFile : CatalogueFile);
    issues.push(...parsed.issues);
    if (parsed.file) files.push(parsed.file);
  }
  if (issues.length === 0) issues.push(...checkCatalogue(files));
  return { files, issues };
}

/** The catalogue of a folder, optionally with more files over it; throws {@link CatalogueError} on any problem. */
export function loadCatalogue(dir: URL | string = catalogueDir, extra: readonly SourceFile[] = []): LoadedCatalogue {
  const read = readCatalogueDir(dir);
  const sources = [...read.files, ...extra];
  const checked = checkCatalogueSources(read.files, extra);
  const issues = [...read.issues, ...checked.issues];
  if (issues.length > 0 || !read.manifest) throw new CatalogueError(issues);

  const hash = createHash('sha256');
  for (const source of sources) hash.update(source.name).update('\0').update(source.text).update('\0');
  const merged = mergeCatalogueFiles(checked.files);
  const requirementSets = [...merged.sets.values()].map((set) => ({
    occupationId: set.occupationId,
    jurisdictionId: set.jurisdictionId,
    requirements: [...set.requirements.values()].map((r) => r.value),
    pathways: [...set.pathways.values()].map((p) => p.value),
  }));
  const illustrative = read.manifest.illustrative;
  return {
    version: `${read.manifest.version}+${hash.digest('hex').slice(0, 8)}`,
    provenance: illustrative ? { illustrative, note: read.manifest.note ?? ILLUSTRATIVE_NOTE } : { illustrative },
    jurisdictions: [...merged.jurisdictions.values()].map((j) => j.value),
    occupations: [...merged.occupations.values()].map((o) => o.value),
    requirementSets,
    requirements: requirementSets.flatMap((s) => s.requirements),
    pathways: requirementSets.flatMap((s) => s.pathways),
  };
}

/** An organisation's file read as a layer: its entries and the shared ids it hides. */
export interface LayerSource {
  name: string;
  data: CatalogueLayerFile;
}

/**
 * Organisation files over the shipped catalogue, read the one way `catalogue validate` and
 * `catalogue import` share: each parsed as a layer (entries and `hidden`), the entries checked
 * together over the shipped files, and every hidden id checked against the result. Throws
 * {@link CatalogueError} naming the file, entry and field of each problem.
 */
export function loadLayers(sources: readonly SourceFile[], dir: URL | string = catalogueDir): { catalogue: LoadedCatalogue; layers: LayerSource[] } {
  const layers: LayerSource[] = [];
  const issues: CatalogueIssue[] = [];
  for (const source of sources) {
    const parsed = parseCatalogueFile(source.name, source.text, CatalogueLayerFile);
    issues.push(...parsed.issues);
    if (parsed.file) layers.push({ name: source.name, data: parsed.file.data as CatalogueLayerFile });
  }
  if (issues.length > 0) throw new CatalogueError(issues);
  const catalogue = loadCatalogue(dir, sources);
  const known = new Set([...catalogue.requirements, ...catalogue.pathways].map((entry) => entry.id));
  issues.push(...layers.flatMap((layer) => unknownHiddenIssues(layer.name, layer.data.hidden ?? [], known)));
  if (issues.length > 0) throw new CatalogueError(issues);
  return { catalogue, layers };
}
