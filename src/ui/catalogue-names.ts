/**
 * Names of the catalogue's occupations and jurisdictions in a locale, so elements show
 * "Registered nurse · Ontario" instead of the ids `registered-nurse · ca-on`. Kept once loaded,
 * per client (an element's client is bound to its endpoint, credentials and locale).
 */
import type { BridgewayClient } from '../api/client.js';
import { pickText } from '../api/common.js';
import { listJurisdictions, searchOccupations } from '../generated/operations.js';

export interface CatalogueNames {
  /** `[id, name]` pairs in the locale's alphabetical order. */
  occupations: readonly (readonly [string, string])[];
  jurisdictions: readonly (readonly [string, string])[];
  occupation(id: string): string | undefined;
  jurisdiction(id: string): string | undefined;
}

const loaded = new WeakMap<BridgewayClient, CatalogueNames>();

/** The names for the client's locale; `signal` cancels the requests (an element removed). A failed load is not kept. */
export async function catalogueNames(client: BridgewayClient, locale: string, signal?: AbortSignal): Promise<CatalogueNames> {
  const known = loaded.get(client);
  if (known) return known;
  const names = await load(client, locale, signal);
  loaded.set(client, names);
  return names;
}

/** The names for the client, at once when they were loaded already; else undefined. */
export function heldCatalogueNames(client: BridgewayClient): CatalogueNames | undefined {
  return loaded.get(client);
}

async function load(client: BridgewayClient, locale: string, signal?: AbortSignal): Promise<CatalogueNames> {
  const [occupations, jurisdictions] = await Promise.all([allOccupations(client, locale, signal), client.call(listJurisdictions, { signal })]);
  const collator = new Intl.Collator(locale);
  const sorted = (pairs: (readonly [string, string])[]) => pairs.sort((a, b) => collator.compare(a[1], b[1]));
  const occupationNames = sorted(occupations.map((o) => [o.id, pickText(o.name, locale)] as const));
  const jurisdictionNames = sorted(jurisdictions.items.map((j) => [j.id, pickText(j.name, locale)] as const));
  const byOccupation = new Map(occupationNames);
  const byJurisdiction = new Map(jurisdictionNames);
  return {
    occupations: occupationNames,
    jurisdictions: jurisdictionNames,
    occupation: (id) => byOccupation.get(id),
    jurisdiction: (id) => byJurisdiction.get(id),
  };
}

/** Every occupation, page after page (an organisation's own layer can make the catalogue long). */
async function allOccupations(client: BridgewayClient, locale: string, signal?: AbortSignal) {
  const page = await client.call(searchOccupations, { query: { limit: 100, locale }, signal });
  const items = [...page.items];
  for (let cursor = page.nextCursor, pages = 1; cursor && pages < 20; pages++) {
    const next = await client.call(searchOccupations, { query: { limit: 100, locale, cursor }, signal });
    items.push(...next.items);
    cursor = next.nextCursor;
  }
  return items;
}
