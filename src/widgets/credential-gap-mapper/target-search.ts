/**
 * The target pickers' searches, which the form (profile-editor.ts) asks of the catalogue lookups
 * (target-catalogue.ts, in the element's working part, whose answers' validators they share):
 * occupations as one types, and the jurisdictions where the chosen occupation is regulated.
 */
import { pickText } from '../../api/common.js';
import { foldText } from '../../core/text.js';
import { searchOccupations } from '../../generated/operations.js';
import type { Option } from '../../ui/combobox.js';
import type { GapMapperHost } from './host.js';
import type { TargetCatalogue } from './target-catalogue.js';

export async function findOccupations(host: GapMapperHost, q: string, jurisdictionId: string | undefined, signal: AbortSignal): Promise<Option[]> {
  const locale = host.resolvedLocale;
  const page = await host.client.call(searchOccupations, { query: { q, locale, limit: 8, jurisdiction: jurisdictionId }, signal });
  return page.items.map((o) => {
    const label = pickText(o.name, locale);
    return { id: o.id, label, hint: o.matched && o.matched !== label ? o.matched : undefined };
  });
}

export async function findJurisdictions(host: GapMapperHost, catalogue: TargetCatalogue, q: string, signal: AbortSignal): Promise<Option[]> {
  const locale = host.resolvedLocale;
  const wanted = foldText(q.trim());
  const covered = catalogue.occupation?.regulation.map((r) => r.jurisdictionId);
  return (await catalogue.jurisdictionList(signal))
    .filter((j) => !covered || covered.includes(j.id))
    .map((j) => ({ id: j.id, label: pickText(j.name, locale), hint: j.region ?? j.country }))
    .filter((o) => !wanted || foldText(o.label).includes(wanted) || o.id.includes(wanted));
}
