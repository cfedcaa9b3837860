/**
 * The catalogue lookups behind the target pickers (whose searches, target-search.ts, load
 * with the form): the jurisdictions (one shared request), and the chosen occupation's details (its
 * competencies for the experience rows, where it is regulated and catalogued). Removing
 * the element cancels what is on its way; put back, it asks again.
 */
import type { ReactiveController } from 'lit';
import type { AssessmentOutcomes, Jurisdiction, Occupation } from '../../api/catalogue.js';
import { ApiError } from '../../api/errors.js';
import { getOccupation, listJurisdictions } from '../../generated/operations.js';
import type { GapAnalysis } from '../../api/gap.js';
import { awaitedByHost, loadAnswered } from '../../ui/render-slices.js';
import type { Option } from '../../ui/combobox.js';
import type { GapMapperHost } from './host.js';
import { findJurisdictions, findOccupations } from './target-search.js';

export class TargetCatalogue implements ReactiveController {
  /** The chosen occupation's details, once loaded. */
  occupation?: Occupation;
  /** Every jurisdiction, once asked for. */
  jurisdictions?: Jurisdiction[];
  /** The occupation whose details are being loaded, so each update does not ask again. */
  private occupationLoading?: string;
  /** The occupation whose details could not be loaded from this endpoint: not asked again on every update. */
  private occupationFailed?: { id: string; endpoint: string | undefined };
  private jurisdictionsPending?: Promise<Jurisdiction[]>;
  /** Ends the requests that no picker's signal covers (the occupation's details, the shared jurisdiction list). */
  private lifetime = new AbortController();

  constructor(private readonly host: GapMapperHost) {
    host.addController(this);
    // Answers that come within a frame of the analysis render with it, once (src/ui/render-slices.ts).
    awaitedByHost(host, this);
  }

  /** `loading` while the occupation's details or the shared jurisdiction list are on their way. */
  get status(): 'loading' | 'idle' {
    return this.occupationLoading !== undefined || (this.jurisdictionsPending !== undefined && !this.jurisdictions) ? 'loading' : 'idle';
  }

  hostConnected(): void {
    if (!this.lifetime.signal.aborted) return;
    // Back on the page: what was cancelled is asked for again.
    this.lifetime = new AbortController();
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.lifetime.abort();
  }

  /** Whether this occupation's details still need asking for (not while they load, nor again after they failed, nor while off the page). */
  lacks(occupationId: string): boolean {
    if (this.lifetime.signal.aborted) return false;
    const failed = this.occupationFailed;
    if (failed && failed.id === occupationId && failed.endpoint === this.host.config.endpoint) return false;
    return this.occupation?.id !== occupationId && this.occupationLoading !== occupationId;
  }

  /** What the experience rows offer to tick. */
  get competencies(): Occupation['competencies'] {
    return this.occupation?.competencies ?? [];
  }

  /** The decisions of assessing bodies the chosen target's regulation lists, with the outcomes the form offers for each body. */
  assessmentOutcomes(jurisdictionId: string | undefined): readonly AssessmentOutcomes[] {
    return this.occupation?.regulation.find((r) => r.jurisdictionId === jurisdictionId)?.assessmentOutcomes ?? [];
  }

  /** The exams whose pass the chosen target's requirements count: what the form offers to record. */
  exams(jurisdictionId: string | undefined): readonly string[] {
    return this.occupation?.regulation.find((r) => r.jurisdictionId === jurisdictionId)?.exams ?? [];
  }

  /** The jurisdictions to compare an analysis with: the others where the occupation's requirements are catalogued (all others while that is unknown). */
  compareChoices(analysis: GapAnalysis): Jurisdiction[] {
    const covered = new Set(this.occupation?.regulation.filter((r) => r.requirementsCatalogued).map((r) => r.jurisdictionId) ?? []);
    return (this.jurisdictions ?? []).filter((j) => j.id !== analysis.target.jurisdiction.id && (covered.size === 0 || covered.has(j.id)));
  }

  /** The occupation picker's options for what the person typed, in a jurisdiction when one is chosen. */
  searchOccupations(q: string, jurisdictionId: string | undefined, signal: AbortSignal): Promise<Option[]> {
    return findOccupations(this.host, q, jurisdictionId, signal);
  }

  /** The jurisdiction picker's options for what the person typed. */
  searchJurisdictions(q: string, signal: AbortSignal): Promise<Option[]> {
    return findJurisdictions(this.host, this, q, signal);
  }

  /** Every jurisdiction; unsignalled callers (the target names, the compare picker) share one request. */
  async jurisdictionList(signal?: AbortSignal): Promise<Jurisdiction[]> {
    if (this.jurisdictions) return this.jurisdictions;
    if (signal) {
      this.setJurisdictions((await this.host.client.call(listJurisdictions, { signal })).items);
      return this.jurisdictions ?? [];
    }
    return (this.jurisdictionsPending ??= this.host.client.call(listJurisdictions, { signal: this.lifetime.signal }).then(
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
    this.occupationFailed = undefined;
    const names = withJurisdictions ? this.jurisdictionList() : undefined;
    names?.catch(() => undefined);
    try {
      this.occupation = await this.host.client.call(getOccupation, { params: { id }, signal: this.lifetime.signal });
      return this.occupation;
    } catch (error) {
      this.occupation = undefined;
      // Removed meanwhile: asked again once back on the page.
      if (!(error instanceof ApiError && error.kind === 'aborted')) {
        this.occupationFailed = { id, endpoint: this.host.config.endpoint };
        this.host.reportError(error, 'load');
      }
      return undefined;
    } finally {
      if (this.occupationLoading === id) this.occupationLoading = undefined;
      loadAnswered(this.host);
    }
  }

  private setJurisdictions(items: Jurisdiction[]): void {
    this.jurisdictions = items;
    loadAnswered(this.host);
  }
}
