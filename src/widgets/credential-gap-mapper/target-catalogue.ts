/**
 * The catalogue lookups behind the target pickers: occupations searched as one types,
 * the jurisdictions (one shared request), and the chosen occupation's details (its
 * competencies for the experience rows, where it is regulated and catalogued).
 */
import { pickText } from '../../api/common.js';
import type { Jurisdiction, Occupation } from '../../api/catalogue.js';
import { getOccupation, listJurisdictions, searchOccupations } from '../../api/operations/catalogue.js';
import type { GapAnalysis } from '../../api/gap.js';
import type { Option } from './combobox.js';
import type { GapMapperHost } from './host.js';

function normalise(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

export class TargetCatalogue {
  /** The chosen occupation's details, once loaded. */
  occupation?: Occupation;
  /** Every jurisdiction, once asked for. */
  jurisdictions?: Jurisdiction[];
  /** The occupation whose details are being loaded, so each update does not ask again. */
  private occupationLoading?: string;
  private jurisdictionsPending?: Promise<Jurisdiction[]>;

  constructor(private readonly host: GapMapperHost) {}

  /** Whether this occupation's details still need asking for. */
  lacks(occupationId: string): boolean {
    return this.occupation?.id !== occupationId && this.occupationLoading !== occupationId;
  }

  /** What the experience rows offer to tick. */
  get competencies(): Occupation['competencies'] {
    return this.occupation?.competencies ?? [];
  }

  /** The jurisdictions to compare an analysis with: the others where the occupation's requirements are catalogued (all others while that is unknown). */
  compareChoices(analysis: GapAnalysis): Jurisdiction[] {
    const covered = new Set(this.occupation?.regulation.filter((r) => r.requirementsCatalogued).map((r) => r.jurisdictionId) ?? []);
    return (this.jurisdictions ?? []).filter((j) => j.id !== analysis.target.jurisdiction.id && (covered.size === 0 || covered.has(j.id)));
  }

  async searchOccupations(q: string, jurisdictionId: string | undefined, signal: AbortSignal): Promise<Option[]> {
    const locale = this.host.resolvedLocale;
    const page = await this.host.client.call(searchOccupations, { query: { q, locale, limit: 8, jurisdiction: jurisdictionId }, signal });
    return page.items.map((o) => {
      const label = pickText(o.name, locale);
      return { id: o.id, label, hint: o.matched && o.matched !== label ? o.matched : undefined };
    });
  }

  async searchJurisdictions(q: string, signal: AbortSignal): Promise<Option[]> {
    const locale = this.host.resolvedLocale;
    const wanted = normalise(q.trim());
    const covered = this.occupation?.regulation.map((r) => r.jurisdictionId);
    return (await this.jurisdictionList(signal))
      .filter((j) => !covered || covered.includes(j.id))
      .map((j) => ({ id: j.id, label: pickText(j.name, locale), hint: j.region ?? j.country }))
      .filter((o) => !wanted || normalise(o.label).includes(wanted) || o.id.includes(wanted));
  }

  /** Every jurisdiction; unsignalled callers (the target names, the compare picker) share one request. */
  async jurisdictionList(signal?: AbortSignal): Promise<Jurisdiction[]> {
    if (this.jurisdictions) return this.jurisdictions;
    if (signal) {
      this.setJurisdictions((await this.host.client.call(listJurisdictions, { signal })).items);
      return this.jurisdictions ?? [];
    }
    return (this.jurisdictionsPending ??= this.host.client.call(listJurisdictions).then(
      (page) => {
        if (!this.jurisdictions) this.setJurisdictions(page.items);
        return this.jurisdictions ?? page.items;
      },
      (error: unknown) => {
        this.jurisdictionsPending = undefined;
        throw error;
      },
    ));
  }

  /**
   * Loads an occupation's details (with the jurisdictions beside it when their names are
   * wanted too). A failure is reported and leaves no details: the form works without them.
   */
  async loadOccupation(id: string, withJurisdictions: boolean): Promise<Occupation | undefined> {
    this.occupationLoading = id;
    const names = withJurisdictions ? this.jurisdictionList() : undefined;
    names?.catch(() => undefined);
    try {
      this.occupation = await this.host.client.call(getOccupation, { params: { id } });
      return this.occupation;
    } catch (error) {
      this.occupation = undefined;
      this.host.reportError(error, 'load');
      return undefined;
    } finally {
      if (this.occupationLoading === id) this.occupationLoading = undefined;
      this.host.requestUpdate();
    }
  }

  private setJurisdictions(items: Jurisdiction[]): void {
    this.jurisdictions = items;
    this.host.requestUpdate();
  }
}
