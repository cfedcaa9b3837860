/**
 * The offer to fill the credential-equivalency statement in from the gap analysis (the view's,
 * with the view's code): reading the person's newest saved analysis when none was given or
 * heard (gap-source.ts), and the pre-fill's code, loaded on demand (gap-prefill.ts), with what
 * follows filling in (prefill-choices.ts).
 */
import type { NarrativeTemplate } from '../../api/narrative.js';
import { LazyPart } from '../../ui/lazy.js';
import type { DraftSession } from './draft-session.js';
import type * as GapPrefill from './gap-prefill.js';
import type { GapAnalysisSource } from './gap-source.js';
import type { NarrativeHost } from './host.js';
import type { PrefillState } from './prefill-view.js';

export interface GapOfferHost extends NarrativeHost {
  readonly gap: GapAnalysisSource;
  readonly session: DraftSession;
}

export class GapOffer {
  /** The pre-fill's code, with its phrasebook. */
  readonly prefiller: LazyPart<typeof GapPrefill>;
  private readNewest = false;
  /** What waited for the pre-fill's code when it did not load. */
  private waiting?: () => Promise<void>;
  /** The question and "Undo" after filling in, which come with the pre-fill's code. */
  private choices?: GapPrefill.PrefillChoices;

  constructor(private readonly host: GapOfferHost) {
    this.prefiller = new LazyPart(host, () => import('./gap-prefill.js'));
  }

  /** Reads the person's newest saved analysis, once, when there is none yet. */
  readNewestSaved(): void {
    const { host } = this;
    if (this.readNewest || host.gap.analysis || !host.hasUser || host.reviewing) return;
    this.readNewest = true;
    void this.withPrefiller(async (part) => {
      const newest = await part.newestSavedAnalysis(host.client);
      if (newest) host.gap.take(newest, true);
    });
  }

  /**
   * Fills the statement in from the analysis; resolves once filled, or once the question is
   * shown (when fields the person wrote in would change), or when the code did not load (then shown).
   */
  async prefill(): Promise<void> {
    if (!this.host.gap.analysis) return;
    await this.withPrefiller((part) => {
      const found = this.host.gap.analysis;
      if (found) this.choicesIn(part).offer(part.prefillMerge(found, this.host.session.values, this.host.resolvedLocale));
    });
  }

  private choicesIn(part: typeof GapPrefill): GapPrefill.PrefillChoices {
    return (this.choices ??= new part.PrefillChoices(this.host));
  }

  /** What the view shows (prefill-view.ts): the offer to fill in, the question before changing the person's text, "Undo", or the error state. */
  offer(template: NarrativeTemplate): PrefillState {
    return { offered: !!this.host.gap.analysis, failed: this.prefiller.status === 'error', ...this.choices?.views(template) };
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
