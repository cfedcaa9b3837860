/**
 * The gap analysis the credential-equivalency statement is pre-filled from: the one set on
 * the element, else one heard in a `bw-gap-analysed` event on the document (listened to from
 * connect, so an analysis made while the view's code loads is not missed), else the person's
 * newest saved analysis, which the view's pre-fill offer reads (gap-offer.ts).
 */
import type { ReactiveController } from 'lit';
import type { GapAnalysis, Profile } from '../../api/gap.js';
import type { FoundAnalysis } from './gap-prefill.js';
import type { NarrativeHost } from './host.js';

export interface GapSourceHost extends NarrativeHost {
  readonly gapAnalysis?: GapAnalysis;
  readonly profile?: Profile;
}

export class GapAnalysisSource implements ReactiveController {
  private heard?: FoundAnalysis;

  constructor(private readonly host: GapSourceHost) {
    host.addController(this);
  }

  private readonly onGapAnalysed = (event: Event) => {
    const detail = (event as CustomEvent<{ analysis?: GapAnalysis; profile?: Profile }>).detail;
    if (detail?.analysis) this.take({ analysis: detail.analysis, profile: detail.profile });
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

  /** Takes an analysis heard of or read (`saved`: the newest saved one, which does not replace one heard meanwhile). */
  take(found: FoundAnalysis, saved = false): void {
    if (saved && this.heard) return;
    this.heard = found;
    this.host.requestUpdate();
  }
}
