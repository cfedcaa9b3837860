/**
 * The gap analysis the credential-equivalency statement is pre-filled from: the one set on
 * the element, else one heard in a `bw-gap-analysed` event on the document, else (with a
 * user token) the person's newest saved analysis. The pre-fill's code loads on first use.
 */
import type { ReactiveController } from 'lit';
import * as z from 'zod/mini';
import type { GapAnalysis, Profile } from '../../api/gap.js';
import type { DraftValues } from '../../api/narrative.js';
import { LazyPart } from '../../ui/lazy.js';
import type * as GapPrefill from './gap-prefill.js';
import type { FoundAnalysis } from './gap-prefill.js';
import type { NarrativeHost } from './host.js';

const AnalysisList = z.looseObject({ items: z.array(z.unknown()) });

export interface GapSourceHost extends NarrativeHost {
  readonly gapAnalysis?: GapAnalysis;
  readonly profile?: Profile;
}

export class GapAnalysisSource implements ReactiveController {
  /** What fills the statement in, with its phrasebook. */
  readonly prefiller: LazyPart<typeof GapPrefill>;
  private heard?: FoundAnalysis;
  private readNewest = false;

  constructor(private readonly host: GapSourceHost) {
    this.prefiller = new LazyPart(host, () => import('./gap-prefill.js'));
    host.addController(this);
  }

  private readonly onGapAnalysed = (event: Event) => {
    const detail = (event as CustomEvent<{ analysis?: GapAnalysis; profile?: Profile }>).detail;
    if (detail?.analysis) {
      this.heard = { analysis: detail.analysis, profile: detail.profile };
      this.host.requestUpdate();
    }
  };

  hostConnected(): void {
    document.addEventListener('bw-gap-analysed', this.onGapAnalysed);
  }

  hostDisconnected(): void {
    document.removeEventListener('bw-gap-analysed', this.onGapAnalysed);
  }

  get analysis(): FoundAnalysis | undefined {
    const { gapAnalysis, profile } = this.host;
    return gapAnalysis ? { analysis: gapAnalysis, profile } : this.heard;
  }

  /** Reads the person's newest saved analysis, once, when there is none yet. */
  readNewestSaved(): void {
    if (this.readNewest || this.analysis || !this.host.hasUser || this.host.reviewing) return;
    this.readNewest = true;
    void this.fetchNewest();
  }

  private async fetchNewest(): Promise<void> {
    try {
      const list = await this.host.client.request({ path: '/gap-analyses', query: { limit: 1 }, response: AnalysisList });
      const item = list.items[0] as (GapAnalysis & { profile?: Profile; request?: { profile?: Profile } }) | undefined;
      if (item && typeof item === 'object' && item.target?.occupation && item.target.jurisdiction) {
        this.heard = { analysis: item, profile: item.profile ?? item.request?.profile };
        this.host.requestUpdate();
      }
    } catch {
      // No saved analysis, or a server without the route: the pre-fill is simply not offered.
    }
  }

  /** The values filled in from the analysis; undefined without one, or when the pre-fill's code could not be loaded (then reported). */
  async prefill(values: DraftValues, locale: string): Promise<DraftValues | undefined> {
    const found = this.analysis;
    if (!found) return undefined;
    const part = await this.prefiller.load();
    return part?.prefilledValues(found, values, locale);
  }
}
