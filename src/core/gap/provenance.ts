/**
 * Provenance on every result: the requirement's source, the day it was last verified,
 * whether that confirmed it, the catalogue release, and a fingerprint of the rule (its
 * criteria and the pathways that close it) so that a saved analysis can tell whether the
 * rules behind it changed since.
 */
import type { FactCheck, FactName, Pathway, Requirement, RequirementSet, Verification } from '../../api/catalogue.js';
import type { GapAnalysis, ResultProvenance, RulesChange } from '../../api/gap.js';

/** JSON with object keys sorted, so equal values give equal text. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

/** cyrb53: a fast 53-bit string hash, as 14 hex digits. Enough to notice a change, not a security measure. */
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** Fingerprints of catalogue objects already seen, per pathway list (catalogue data is not mutated). */
const cache = new WeakMap<Requirement, { pathways: readonly Pathway[]; fingerprint: string }>();

/** The fingerprint of a requirement's rule: what decides its status, time and cost, not its wording or its dates. */
export function ruleFingerprint(requirement: Requirement, pathways: readonly Pathway[]): string {
  const hit = cache.get(requirement);
  if (hit && hit.pathways === pathways) return hit.fingerprint;
  const fingerprint = computeFingerprint(requirement, pathways);
  cache.set(requirement, { pathways, fingerprint });
  return fingerprint;
}

function computeFingerprint(requirement: Requirement, pathways: readonly Pathway[]): string {
  const closing = pathways
    .filter((p) => p.closes.includes(requirement.id))
    .map((p) => ({ id: p.id, kind: p.kind, closes: p.closes, duration: p.duration, cost: p.cost, prerequisites: p.prerequisites, extraCosts: p.extraCosts }))
    .sort((a, b) => a.id.localeCompare(b.id));
  return hash(canonical({ kind: requirement.kind, advisory: requirement.advisory ?? false, criteria: requirement.criteria, pathways: closing }));
}

type FactLine = NonNullable<ResultProvenance['facts']>[number];

/** One fact's line: its own check where recorded, else the entry's whole (where `whole` is given). */
function factLine(fact: FactName, own: FactCheck | undefined, whole?: { verification?: Verification }): FactLine | undefined {
  const check = own ?? (whole ? whole.verification : undefined);
  if (!check) return undefined;
  const line: FactLine = { fact, verified: check.status === 'verified' };
  const checkedOn = check.checkedOn ?? whole?.verification?.checkedOn;
  const source = check.source ?? whole?.verification?.source;
  if (checkedOn) line.checkedOn = checkedOn;
  if (source) line.source = source;
  return line;
}

/**
 * The facts checked one by one: the requirement's threshold and countries where its entry records
 * them apart, and the fee and time of the pathway shown first where its entry records either apart
 * (the other then reads as the entry's whole status, so "fee checked; time an estimate" is said).
 */
function factChecks(requirement: Requirement, first: Pathway | undefined): FactLine[] {
  const lines: (FactLine | undefined)[] = [];
  for (const fact of ['threshold', 'countries'] as const) {
    const own = requirement.verification?.facts?.[fact];
    if (own) lines.push(factLine(fact, { ...own, checkedOn: own.checkedOn ?? requirement.lastVerified }));
  }
  const facts = first?.verification?.facts;
  if (first && (facts?.fee || facts?.duration)) {
    lines.push(factLine('fee', facts.fee, first), factLine('duration', facts.duration, first));
  }
  return lines.filter((line): line is FactLine => line !== undefined);
}

/**
 * A result's provenance. `layer` is the organisation's own layer over the set, if any: when the
 * requirement or one of the `recommended` pathways is its entry, the result says so by name.
 */
export function resultProvenance(
  requirement: Requirement,
  pathways: readonly Pathway[],
  catalogueVersion?: string,
  layer?: RequirementSet['layer'],
  recommended: readonly string[] = [],
): ResultProvenance {
  const provenance: ResultProvenance = {
    source: requirement.source,
    lastVerified: requirement.lastVerified,
    verified: requirement.verification?.status === 'verified',
    fingerprint: ruleFingerprint(requirement, pathways),
  };
  if (requirement.verification?.note) provenance.note = requirement.verification.note;
  const facts = factChecks(requirement, pathways.find((p) => p.id === recommended[0]));
  if (facts.length > 0) provenance.facts = facts;
  if (catalogueVersion) provenance.catalogueVersion = catalogueVersion;
  const own = layer ? [requirement.id, ...recommended].filter((id) => layer.entries.includes(id)) : [];
  if (layer && own.length > 0) provenance.addedBy = { organisationId: layer.organisationId, name: layer.name, entries: own };
  return provenance;
}

/**
 * Whether the rules behind a saved analysis changed since, judged against the current
 * requirement set of the same target: requirements whose rule differs, that were added,
 * or that were removed. A result saved without a fingerprint counts as changed.
 */
export function rulesChangedSince(saved: GapAnalysis, current: RequirementSet): RulesChange {
  const now = new Map(current.requirements.map((r) => [r.id, ruleFingerprint(r, current.pathways)]));
  const then = new Map(saved.results.map((r) => [r.requirementId, r.provenance?.fingerprint]));
  const changedRequirements = [...then].filter(([id, fp]) => now.has(id) && now.get(id) !== fp).map(([id]) => id);
  const addedRequirements = [...now.keys()].filter((id) => !then.has(id));
  const removedRequirements = [...then.keys()].filter((id) => !now.has(id));
  const change: RulesChange = {
    changed: changedRequirements.length + addedRequirements.length + removedRequirements.length > 0,
    changedRequirements,
    addedRequirements,
    removedRequirements,
  };
  if (saved.catalogueVersion) change.from = saved.catalogueVersion;
  if (current.catalogueVersion) change.to = current.catalogueVersion;
  return change;
}
