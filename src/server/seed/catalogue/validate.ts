/**
 * Checks catalogue data files: each against the contract's `CatalogueFile` schema, then
 * all of them together (ids unique, every reference resolves inside its set, every set
 * has a regulation entry, every requirement says how it was verified). Each problem names
 * the file, the entry (its id) and the field, so a person can find and fix it.
 */
import { CatalogueFile, CatalogueLayerFile } from '../../../api/catalogue-files.js';
import { droppedFields } from '../../../api/unknown-fields.js';
import { EducationLevel, type DateAnchor, type FactCheck, type FactName, type Jurisdiction, type Occupation, type Pathway, type RegulationInfo, type Requirement, type Verification } from '../../../api/catalogue.js';

export interface CatalogueIssue {
  file: string;
  /** The id of the entry (`ca-on-rn-language`, `registered-nurse@ca-on`), when the problem is inside one. */
  entry?: string;
  /** The path of the field inside the entry (`criteria.language.acceptedTests.0.minScores.reading`). */
  field: string;
  message: string;
}

export function formatIssue(issue: CatalogueIssue): string {
  return `${issue.file}${issue.entry ? ` > ${issue.entry}` : ''}${issue.field ? ` > ${issue.field}` : ''}: ${issue.message}`;
}

export class CatalogueError extends Error {
  override readonly name = 'CatalogueError';
  constructor(readonly issues: readonly CatalogueIssue[]) {
    super(`The catalogue has ${issues.length} problem(s):\n${issues.slice(0, 50).map((i) => `  ${formatIssue(i)}`).join('\n')}${issues.length > 50 ? `\n  ... and ${issues.length - 50} more` : ''}`);
  }
}

export interface NamedFile {
  name: string;
  data: CatalogueFile;
}

/** `registered-nurse@ca-on`: how a requirement set is named in messages. */
export const setName = (set: { occupationId?: unknown; jurisdictionId?: unknown }) => `${String(set.occupationId)}@${String(set.jurisdictionId)}`;

/** Where in a file a schema path points: the entry it is inside (by id) and the field path within it. */
function locate(json: unknown, path: readonly PropertyKey[]): { entry?: string; field: string } {
  let node: unknown = json;
  let entry: string | undefined;
  let fieldStart = 0;
  for (let i = 0; i < path.length; i++) {
    node = (node as Record<PropertyKey, unknown> | undefined)?.[path[i]];
    const parent = path[i - 1];
    if (typeof path[i] === 'number' && typeof parent === 'string' && ['jurisdictions', 'occupations', 'requirements', 'pathways', 'requirementSets'].includes(parent)) {
      const record = node as Record<string, unknown> | undefined;
      entry = parent === 'requirementSets' ? setName(record ?? {}) : typeof record?.id === 'string' ? record.id : `${parent}[${String(path[i])}]`;
      fieldStart = i + 1;
    }
  }
  return { entry, field: path.slice(fieldStart).map(String).join('.') };
}

interface SchemaIssue {
  code?: string;
  path: PropertyKey[];
  message: string;
  errors?: SchemaIssue[][];
}

/** A union's "Invalid input" opened up: the issues of the alternative that got furthest, under the union's path. */
function flatten(issue: SchemaIssue): SchemaIssue[] {
  if (issue.code !== 'invalid_union' || !issue.errors?.length) return [issue];
  // The branch that got furthest; between equals, the one whose discriminating literal matched.
  const depth = (branch: SchemaIssue[]) => Math.max(...branch.map((i) => i.path.length));
  const misses = (branch: SchemaIssue[]) => branch.filter((i) => i.code === 'invalid_value').length;
  const best = [...issue.errors].sort((a, b) => depth(b) - depth(a) || misses(a) - misses(b) || a.length - b.length)[0];
  return best.flatMap((inner) => flatten({ ...inner, path: [...issue.path, ...inner.path] }));
}

/** Parses one file's JSON text against the schema (an organisation's layer file: `CatalogueLayerFile`). */
export function parseCatalogueFile(name: string, text: string, schema: typeof CatalogueFile | typeof CatalogueLayerFile = CatalogueFile): { file?: NamedFile; issues: CatalogueIssue[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { issues: [{ file: name, field: '', message: `not valid JSON: ${(error as Error).message}` }] };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issues = (parsed.error.issues as SchemaIssue[]).flatMap(flatten).map((issue) => ({ file: name, ...locate(json, issue.path), message: issue.message }));
    return { issues };
  }
  // The schemas drop fields they do not know; in a file a person wrote, such a field is a typo whose rule would be lost.
  const unknown = droppedFields(json, parsed.data).map((path) => ({ file: name, ...locate(json, path), message: 'is not a field the catalogue knows (a typo?): remove it or name a known field' }));
  if (unknown.length) return { issues: unknown };
  return { file: { name, data: parsed.data }, issues: [] };
}

function anchorsOf(requirement: Requirement): Array<[string, DateAnchor | undefined]> {
  const c = requirement.criteria;
  return [
    ['criteria.language.validity.measuredAt', c.language?.validity?.measuredAt],
    ['criteria.exam.validity.measuredAt', c.exam?.validity?.measuredAt],
    ['criteria.experience.countsIfEndedWithin.measuredAt', c.experience?.countsIfEndedWithin?.measuredAt],
    ...(c.language?.otherEvidence ?? []).map((route, i): [string, DateAnchor | undefined] => [`criteria.language.otherEvidence.${i}.recency.measuredAt`, route.recency?.measuredAt]),
  ];
}

/** An entry with the file it came from. */
interface From<T> {
  file: string;
  value: T;
}

export interface MergedSet {
  occupationId: string;
  jurisdictionId: string;
  /** The file that first declared the set. */
  file: string;
  requirements: Map<string, From<Requirement>>;
  pathways: Map<string, From<Pathway>>;
}

export interface MergedCatalogue {
  jurisdictions: Map<string, From<Jurisdiction>>;
  occupations: Map<string, From<Occupation>>;
  sets: Map<string, MergedSet>;
}

/**
 * Files in order, later entries replacing earlier ones with the same id. Requirement sets
 * merge entry by entry, so a file may add one pathway to a set another file defines.
 */
export function mergeCatalogueFiles(files: readonly NamedFile[]): MergedCatalogue {
  const merged: MergedCatalogue = { jurisdictions: new Map(), occupations: new Map(), sets: new Map() };
  for (const { name, data } of files) {
    for (const j of data.jurisdictions ?? []) merged.jurisdictions.set(j.id, { file: name, value: j });
    for (const o of data.occupations ?? []) merged.occupations.set(o.id, { file: name, value: o });
    for (const set of data.requirementSets ?? []) {
      const key = setName(set);
      let target = merged.sets.get(key);
      if (!target) {
        target = { occupationId: set.occupationId, jurisdictionId: set.jurisdictionId, file: name, requirements: new Map(), pathways: new Map() };
        merged.sets.set(key, target);
      }
      for (const r of set.requirements) target.requirements.set(r.id, { file: name, value: r });
      for (const p of set.pathways) target.pathways.set(p.id, { file: name, value: p });
    }
  }
  return merged;
}

/**
 * Facts checked one by one: only the facts the entry states (a requirement's threshold and the
 * countries its routes name, a pathway's fee and duration), an entry verified only when each of them is, and every fact not
 * confirmed saying why (its own note or the entry's).
 */
function checkFacts(verification: Verification | undefined, allowed: readonly FactName[], issue: (field: string, message: string) => void): void {
  for (const [name, fact] of Object.entries(verification?.facts ?? {}) as [FactName, FactCheck | undefined][]) {
    if (!fact) continue;
    const field = `verification.facts.${name}`;
    if (!allowed.includes(name)) issue(field, `this entry states no ${name}: use ${allowed.map((a) => `"${a}"`).join(' or ')}`);
    if (fact.status === 'unverified' && verification?.status === 'verified') issue('verification.status', `is "verified" but ${field} is not: the entry is verified only when every fact is`);
    if (fact.status === 'unverified' && !fact.note && !verification?.note) issue(`${field}.note`, 'say why this fact is unverified and where to check');
  }
}

/** An employer reference's own fields stay on that route, a length of work only on routes of work, and a near-missed test is one the requirement accepts (its minimums are what was missed). */
function checkEvidenceRoutes(r: Requirement, issue: (field: string, message: string) => void): void {
  const language = r.criteria.language;
  (language?.otherEvidence ?? []).forEach((route, i) => {
    const field = `criteria.language.otherEvidence.${i}`;
    if (route.kind !== 'employer-reference') {
      for (const own of ['ongoing', 'alongside'] as const) if (route[own] !== undefined) issue(`${field}.${own}`, `applies only to an "employer-reference" route, not "${route.kind}"`);
    }
    if (route.minMonths !== undefined && route.kind !== 'practice' && route.kind !== 'employer-reference') {
      issue(`${field}.minMonths`, `applies only to a "practice" or "employer-reference" route, not "${route.kind}"`);
    }
    (route.alongside?.nearMissTests ?? []).forEach((near, j) => {
      if (!language?.acceptedTests.some((t) => t.test === near.test)) issue(`${field}.alongside.nearMissTests.${j}.test`, `"${near.test}" is not a test this requirement accepts`);
    });
  });
}

function checkSet(set: MergedSet, issues: CatalogueIssue[]): void {
  const key = setName(set);
  for (const { file, value: r } of set.requirements.values()) {
    const issue = (field: string, message: string) => issues.push({ file, entry: r.id, field, message });
    if (r.occupationId !== set.occupationId) issue('occupationId', `is "${r.occupationId}" but the set is for "${set.occupationId}"`);
    if (r.jurisdictionId !== set.jurisdictionId) issue('jurisdictionId', `is "${r.jurisdictionId}" but the set is for "${set.jurisdictionId}"`);
    (r.criteria.requiresPrior ?? []).forEach((id, i) => {
      if (!set.requirements.has(id)) issue(`criteria.requiresPrior.${i}`, `"${id}" is not a requirement of ${key}`);
    });
    for (const [field, anchor] of anchorsOf(r)) {
      if (anchor && anchor.at !== 'analysis' && !set.requirements.has(anchor.of)) issue(`${field}.of`, `"${anchor.of}" is not a requirement of ${key}`);
    }
    checkEvidenceRoutes(r, issue);
    if (!r.verification) issue('verification', 'say whether the entry was verified on its source ({ "status": "verified" } or "unverified" with a note)');
    else if (r.verification.status === 'unverified' && !r.verification.note) issue('verification.note', 'say why the entry is unverified and where to check');
    // Countries are a fact only of an entry whose evidence routes name some.
    const namesCountries = (r.criteria.language?.otherEvidence ?? []).some((route) => route.inCountries || route.inCountry);
    checkFacts(r.verification, namesCountries ? ['threshold', 'countries'] : ['threshold'], issue);
  }
  for (const { file, value: p } of set.pathways.values()) {
    const issue = (field: string, message: string) => issues.push({ file, entry: p.id, field, message });
    p.closes.forEach((id, i) => {
      if (!set.requirements.has(id)) issue(`closes.${i}`, `"${id}" is not a requirement of ${key}`);
    });
    (p.prerequisites ?? []).forEach((id, i) => {
      if (!set.requirements.has(id) && !set.pathways.has(id)) issue(`prerequisites.${i}`, `"${id}" is neither a requirement nor a pathway of ${key}`);
    });
    checkFacts(p.verification, ['fee', 'duration'], issue);
    if (p.duration.minDays > p.duration.maxDays) issue('duration', 'minDays is more than maxDays');
    p.cost.forEach((c, i) => {
      if (c.minMinor > c.maxMinor) issue(`cost.${i}`, 'minMinor is more than maxMinor');
    });
  }
}

/**
 * The rules that read a body's decision name a decision and outcomes the set's regulation lists
 * (`assessmentOutcomes`), so the form can offer them; a length rule opens a level below the minimum.
 */
function checkDecisions(set: MergedSet, regulation: RegulationInfo | undefined, issues: CatalogueIssue[]): void {
  for (const { file, value: r } of set.requirements.values()) {
    (r.criteria.notAskedWhen ?? []).forEach((rule, i) => {
      const listed = regulation?.assessmentOutcomes?.find((o) => o.body === rule.body);
      if (!listed) {
        issues.push({ file, entry: r.id, field: `criteria.notAskedWhen.${i}.body`, message: `"${rule.body}" has no "assessmentOutcomes" entry in the regulation of ${setName(set)}: list its outcomes there` });
        return;
      }
      rule.outcomes.forEach((id, k) => {
        if (!listed.outcomes.some((o) => o.id === id)) issues.push({ file, entry: r.id, field: `criteria.notAskedWhen.${i}.outcomes.${k}`, message: `"${id}" is not an outcome of "${rule.body}" (${listed.outcomes.map((o) => o.id).join(', ')})` });
      });
    });
    const education = r.criteria.education;
    const from = education?.minLength?.orFromLevel;
    const levels = EducationLevel.options;
    if (education && from && levels.indexOf(from) >= levels.indexOf(education.minLevel)) {
      issues.push({ file, entry: r.id, field: 'criteria.education.minLength.orFromLevel', message: `"${from}" is not below the minimum level "${education.minLevel}"` });
    }
  }
}

/**
 * A cycle among the set's steps, or null: a requirement waits for its `requiresPrior`, and
 * for the prerequisites of every pathway that closes it (a pathway's requirements).
 */
function findStepCycle(set: MergedSet): string[] | null {
  const after = new Map<string, Set<string>>();
  for (const { value: r } of set.requirements.values()) after.set(r.id, new Set(r.criteria.requiresPrior ?? []));
  for (const { value: p } of set.pathways.values()) {
    const waits = (p.prerequisites ?? []).flatMap((id) => (set.requirements.has(id) ? [id] : (set.pathways.get(id)?.value.closes ?? [])));
    for (const closed of p.closes) for (const w of waits) if (w !== closed) after.get(closed)?.add(w);
  }
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (id: string): string[] | null => {
    state.set(id, 'open');
    path.push(id);
    for (const next of after.get(id) ?? []) {
      if (state.get(next) === 'open') return [...path.slice(path.indexOf(next)), next];
      if (!state.has(next) && after.has(next)) {
        const found = visit(next);
        if (found) return found;
      }
    }
    path.pop();
    state.set(id, 'done');
    return null;
  };
  for (const id of after.keys()) if (!state.has(id)) {
    const found = visit(id);
    if (found) return found;
  }
  return null;
}

/**
 * Checks files that together make a catalogue (see {@link mergeCatalogueFiles}): within
 * one file an id appears once; across files a requirement id belongs to one set; every
 * reference resolves; every set has its occupation, jurisdiction and regulation entry.
 */
export function checkCatalogue(files: readonly NamedFile[]): CatalogueIssue[] {
  const issues: CatalogueIssue[] = [];
  for (const { name, data } of files) {
    const seen = new Set<string>();
    const claim = (kind: string, id: string, entry: string) => {
      if (seen.has(`${kind}:${id}`)) issues.push({ file: name, entry, field: kind === 'set' ? '' : 'id', message: `appears twice in this file` });
      seen.add(`${kind}:${id}`);
    };
    for (const j of data.jurisdictions ?? []) claim('jurisdiction', j.id, j.id);
    for (const o of data.occupations ?? []) claim('occupation', o.id, o.id);
    for (const set of data.requirementSets ?? []) {
      claim('set', setName(set), setName(set));
      for (const r of set.requirements) claim('requirement', r.id, r.id);
      for (const p of set.pathways) claim('pathway', p.id, p.id);
    }
  }
  const merged = mergeCatalogueFiles(files);
  const setOfRequirement = new Map<string, string>();
  for (const [key, set] of merged.sets) {
    for (const { file, value: r } of set.requirements.values()) {
      const other = setOfRequirement.get(r.id);
      if (other) issues.push({ file, entry: r.id, field: 'id', message: `is already a requirement of ${other}` });
      setOfRequirement.set(r.id, key);
    }
    const occupation = merged.occupations.get(set.occupationId)?.value;
    if (!occupation) issues.push({ file: set.file, entry: key, field: 'occupationId', message: `no occupation "${set.occupationId}" in the catalogue` });
    if (!merged.jurisdictions.has(set.jurisdictionId)) issues.push({ file: set.file, entry: key, field: 'jurisdictionId', message: `no jurisdiction "${set.jurisdictionId}" in the catalogue` });
    if (occupation && !occupation.regulation.some((r) => r.jurisdictionId === set.jurisdictionId)) {
      issues.push({ file: set.file, entry: key, field: 'jurisdictionId', message: `occupation "${set.occupationId}" has no regulation entry for "${set.jurisdictionId}": add one to its "regulation" list` });
    }
    checkSet(set, issues);
    checkDecisions(set, occupation?.regulation.find((r) => r.jurisdictionId === set.jurisdictionId), issues);
    const cycle = findStepCycle(set);
    if (cycle) {
      const file = set.requirements.get(cycle[0])?.file ?? set.file;
      issues.push({ file, entry: key, field: 'requiresPrior / prerequisites', message: `the steps wait for each other in a cycle: ${cycle.join(' -> ')}` });
    }
  }
  for (const { file, value: o } of merged.occupations.values()) {
    o.regulation.forEach((r, i) => {
      if (!merged.jurisdictions.has(r.jurisdictionId)) issues.push({ file, entry: o.id, field: `regulation.${i}.jurisdictionId`, message: `"${r.jurisdictionId}" is not a jurisdiction of the catalogue` });
      if (r.requirementsCatalogued && !merged.sets.has(`${o.id}@${r.jurisdictionId}`)) {
        issues.push({ file, entry: o.id, field: `regulation.${i}.requirementsCatalogued`, message: `is true, but there is no requirement set ${o.id}@${r.jurisdictionId}` });
      }
    });
  }
  return issues;
}

/** A problem for each id in `hidden` (a layer's `hidden` list) that names no requirement or pathway in `known`. */
export function unknownHiddenIssues(file: string, hidden: readonly string[], known: ReadonlySet<string>): CatalogueIssue[] {
  return hidden.flatMap((id, i) => (known.has(id) ? [] : [{ file, entry: id, field: `hidden.${i}`, message: `"${id}" is not a requirement or pathway of the catalogue` }]));
}
