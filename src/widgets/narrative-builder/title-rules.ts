/**
 * The protected titles of where the person applies, for the hints: those of the gap analysis's
 * jurisdiction when it carries them, else read once from the catalogue (`GET /v1/jurisdictions`)
 * for the element's `country` (a jurisdiction id such as `ca-on`, or a country such as `CA`:
 * then every jurisdiction of that country). A failed read only leaves these hints out.
 */
import type { Jurisdiction } from '../../api/catalogue.js';
import { pickText } from '../../api/common.js';
import { listJurisdictions } from '../../generated/operations.js';
import type { TitleRules } from '../../core/narrative/protected-titles.js';
import type { NarrativeHost } from './host.js';

export interface TitleRulesHost extends NarrativeHost {
  readonly targetCountry: string;
  /** The gap analysis's jurisdiction, when there is one. */
  readonly gapJurisdiction?: Jurisdiction;
}

function rulesOf(jurisdictions: readonly Jurisdiction[], locale: string): TitleRules[] {
  return jurisdictions
    .filter((j) => j.protectedTitles?.length)
    .map((j) => ({ jurisdictionId: j.id, jurisdictionName: pickText(j.name, locale), titles: j.protectedTitles ?? [] }));
}

export class TitleRulesSource {
  private catalogue?: Jurisdiction[];
  private reading = false;

  constructor(private readonly host: TitleRulesHost) {}

  /** The rules for where the person applies; an empty list until the catalogue has been read. */
  rules(locale: string): TitleRules[] {
    const { gapJurisdiction, targetCountry } = this.host;
    const target = targetCountry.toLowerCase();
    if (gapJurisdiction?.protectedTitles && gapJurisdiction.id.toLowerCase() === target) return rulesOf([gapJurisdiction], locale);
    const all = this.read();
    if (!all) return [];
    const exact = all.filter((j) => j.id.toLowerCase() === target);
    return rulesOf(exact.length ? exact : all.filter((j) => j.country.toLowerCase() === target), locale);
  }

  private read(): Jurisdiction[] | undefined {
    if (!this.catalogue && !this.reading) {
      this.reading = true;
      this.host.client.call(listJurisdictions, {}).then(
        (list) => {
          this.catalogue = list.items;
          this.host.requestUpdate();
        },
        () => {
          // Without the catalogue the protected-title hints are left out; the others still show.
          this.catalogue = [];
        },
      );
    }
    return this.catalogue;
  }
}
