/**
 * Compact builders for the seed catalogue: a requirement set is written with short
 * slugs, and `defineSet` turns them into catalogue ids (`ca-on-rn-nclex`) and checks
 * that every reference resolves inside the set.
 */
import type { Link, LocalizedText, MoneyRange } from '../../../api/common.js';
import type { DeliveryFormat, Pathway, PathwayKind, Requirement, RequirementCriteria, RequirementKind } from '../../../api/catalogue.js';

/** Text in English, French and optionally more locales. */
export function t(en: string, fr?: string, more: Record<string, string> = {}): LocalizedText {
  return fr ? { en, fr, ...more } : { en, ...more };
}

export function link(url: string, title?: string): Link {
  return title ? { url, title } : { url };
}

/** Whole units (dollars, pounds) to a range in minor units. */
export function money(currency: string, min: number, max = min): MoneyRange {
  return { minMinor: Math.round(min * 100), maxMinor: Math.round(max * 100), currency };
}

/** The date these entries were last compared with their sources. */
export const LAST_VERIFIED = '2024-06-01';

export interface RequirementSpec {
  slug: string;
  kind: RequirementKind;
  title: LocalizedText;
  description: LocalizedText;
  /** `requiresPrior` holds slugs of this set. */
  criteria?: RequirementCriteria;
  advisory?: boolean;
  source?: Link;
}

export interface PathwaySpec {
  slug: string;
  /** Slugs of requirements in this set. */
  closes: string[];
  kind: PathwayKind;
  title: LocalizedText;
  provider: string;
  link: Link;
  days: [number, number];
  cost: MoneyRange[];
  delivery: DeliveryFormat;
  languages?: string[];
  /** Slugs of requirements or pathways in this set. */
  prerequisites?: string[];
}

export interface SetSpec {
  occupationId: string;
  jurisdictionId: string;
  /** Prefix of every id in the set, e.g. `ca-on-rn`. */
  prefix: string;
  /** The regulator's page the requirements come from. */
  source: Link;
  requirements: RequirementSpec[];
  pathways: PathwaySpec[];
}

export interface DefinedSet {
  occupationId: string;
  jurisdictionId: string;
  requirements: Requirement[];
  pathways: Pathway[];
}

export function defineSet(spec: SetSpec): DefinedSet {
  const id = (slug: string) => `${spec.prefix}-${slug}`;
  const requirementSlugs = new Set(spec.requirements.map((r) => r.slug));
  const pathwaySlugs = new Set(spec.pathways.map((p) => p.slug));
  const resolve = (slug: string, where: string, allowPathways: boolean) => {
    if (requirementSlugs.has(slug) || (allowPathways && pathwaySlugs.has(slug))) return id(slug);
    throw new Error(`${spec.prefix}: ${where} refers to unknown "${slug}"`);
  };
  const requirements = spec.requirements.map((r): Requirement => {
    const criteria: RequirementCriteria = { ...(r.criteria ?? {}) };
    if (criteria.requiresPrior) criteria.requiresPrior = criteria.requiresPrior.map((s) => resolve(s, `requirement ${r.slug}`, false));
    const out: Requirement = {
      id: id(r.slug),
      occupationId: spec.occupationId,
      jurisdictionId: spec.jurisdictionId,
      kind: r.kind,
      title: r.title,
      description: r.description,
      criteria,
      source: r.source ?? spec.source,
      lastVerified: LAST_VERIFIED,
    };
    if (r.advisory) out.advisory = true;
    return out;
  });
  const pathways = spec.pathways.map((p): Pathway => {
    const out: Pathway = {
      id: id(p.slug),
      closes: p.closes.map((s) => resolve(s, `pathway ${p.slug}`, false)),
      kind: p.kind,
      title: p.title,
      provider: p.provider,
      link: p.link,
      duration: { minDays: p.days[0], maxDays: p.days[1] },
      cost: p.cost,
      delivery: p.delivery,
      languages: p.languages ?? ['en'],
    };
    if (p.prerequisites) out.prerequisites = p.prerequisites.map((s) => resolve(s, `pathway ${p.slug}`, true));
    return out;
  });
  return { occupationId: spec.occupationId, jurisdictionId: spec.jurisdictionId, requirements, pathways };
}
