/**
 * The gap analysis the credential-equivalency statement is pre-filled from: the one set on
 * the element, else one heard in a `bw-gap-analysed` event on the document, else (with a
 * user token) the person's newest saved analysis. The pre-fill's code, and the read of a
 * saved analysis, load on demand (gap-prefill.ts), with what follows filling in (prefill-choices.ts).
 */
import type { ReactiveController, TemplateResult } from 'lit';
import type { GapAnalysis, Profile } from '../../api/gap.js';
import type { NarrativeTemplate } from '../../api/narrative.js';
import { LazyPart } from '../../ui/lazy.js';
import type { DraftSession } from './draft-session.js';
import type * as GapPrefill from './gap-prefill.js';
import type { FoundAnalysis } from './gap-prefill.js';
import type { NarrativeHost } from './host.js';
import { renderPrefill } from './prefill-view.js';

export interface GapSourceHost extends NarrativeHost {
  readonly gapAnalysis?: GapAnalysis;
  readonly profile?: Profile;
  readonly session: DraftSession;
}

export class GapAnalysisSource implements ReactiveController {
  /** The pre-fill's code, with its phrasebook. */
  readonly prefiller: LazyPart<typeof GapPrefill>;
  private heard?: FoundAnalysis;
  private readNewest = false;
  /** What waited for the pre-fill's code when it did not load. */
  private waiting?: () => Promise<void>;
  /** The question and "Undo" after filling in, which come with the pre-fill's code. */
  private choices?: GapPrefill.PrefillChoices;

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
    void this.withPrefiller(async (part) => {
      const newest = await part.newestSavedAnalysis(this.host.client);
      if (newest && !this.heard) {
        this.heard = newest;
        this.host.requestUpdate();
      }
    });
  }

  /**
   * Fills the statement in from the analysis; resolves once filled, or once the question is
   * shown (when fields the person wrote in would change), or when the code did not load (then shown).
   */
  async prefill(): Promise<void> {
    if (!this.analysis) return;
    await this.withPrefiller((part) => {
      const found = this.analysis;
      if (found) this.choicesIn(part).offer(part.prefillMerge(found, this.host.session.values, this.host.resolvedLocale));
    });
  }

  private choicesIn(part: typeof GapPrefill): GapPrefill.PrefillChoices {
    return (this.choices ??= new part.PrefillChoices(this.host));
  }

  /** The offer to fill in, the question before changing the person's text, "Undo", or the error state. */
  renderOffer(template: NarrativeTemplate): TemplateResult {
    return renderPrefill(
      { offered: !!this.analysis, failed: this.prefiller.status === 'error', ...this.choices?.views(template) },
      { onPrefill: () => void this.prefill(), onRetry: this.retry },
    );
  }

  /** After the pre-fill's code did not load: loads it again and does what waited for it. */
  readonly retry = (): void => {
    if (this.waiting) void this.waiting();
    else this.prefiller.retry();
  };

  /** Runs `use` with the pre-fill's code, loading it first; when it does not load, `retry` runs it again. */
  private async withPrefiller(use: (part: typeof GapPrefill) => unknown): Promise<void> {
    this.waiting = () => this.withPrefiller(use);
    const part = await this.prefiller.load();
    if (!part) return;
    this.waiting = undefined;
    await use(part);
  }
}
