/**
 * Hiring-convention hints about what the person wrote (the norms of where they apply,
 * protected titles with the lawful wording to use instead, how they describe themselves),
 * and the hints they dismissed. The element loads this module through its own `LazyPart`
 * once the draft has text to advise on, apart from the other tools (review, versions,
 * exports), which most people reach later or never.
 */
import { msg } from '@lit/localize';
import type { NarrativeTemplate } from '../../api/narrative.js';
import { checkNorms, withoutDismissed, type NormsHint } from '../../core/narrative/norms.js';
import { withLawfulWording } from '../../core/narrative/protected-titles.js';
import { valueOf, type RenderedNarrative } from '../../core/narrative/render.js';
import type { DraftSession } from './draft-session.js';
import { moveFocus } from './focus-mover.js';
import { renderHints } from './hints.js';
import { hintStyles } from './parts.styles.js';
import { readDismissed, writeDismissed } from './local-draft.js';
import { TitleRulesSource, type TitleRulesHost } from './title-rules.js';
import { oncePerElement } from './once-per-element.js';

/** Adopted by the element's LazyPart when this part loads. */
export const partStyles = hintStyles;

/** What the hints use of the element. */
export interface HintsHost extends TitleRulesHost {
  readonly session: DraftSession;
}

/** The hints of an element (made once per element). */
export const hintsFor: (host: HintsHost) => WritingHints = oncePerElement((host: HintsHost) => new WritingHints(host));

export class WritingHints {
  /** The protected titles of where the person applies. */
  private readonly titles: TitleRulesSource;
  /** Hints the person dismissed, remembered across visits. */
  private dismissed = readDismissed();

  constructor(private readonly host: HintsHost) {
    this.titles = new TitleRulesSource(host);
  }

  render(template: NarrativeTemplate, rendered: RenderedNarrative, locale: string): unknown {
    const { text, words, spokenSeconds } = rendered;
    const found = checkNorms({
      kind: template.kind,
      country: this.host.targetCountry,
      locale,
      text,
      values: this.host.session.cleanValues(),
      words,
      spokenSeconds,
      spokenTarget: template.limits.spokenSeconds,
      titleRules: this.titles.rules(locale),
    });
    return renderHints(withoutDismissed(found, this.dismissed), { onDismiss: (hint) => this.dismiss(hint), onUseWording: (hint) => this.useWording(hint) });
  }

  /** Rewrites the field with the lawful wording the hint offers. */
  private useWording(hint: NormsHint): void {
    const use = hint.titleUse;
    const session = this.host.session;
    const current = use ? valueOf(session.values, use.fieldId) : undefined;
    if (!use || current === undefined) return;
    session.fill({ ...session.values, [use.fieldId]: withLawfulWording(current, use.title, String(hint.params.lawful)) }, msg('Replaced with the lawful wording.', { id: 'narrative.more.wordingUsed' }));
    moveFocus(this.host, 'status');
  }

  private dismiss(hint: NormsHint): void {
    this.dismissed = [...this.dismissed, hint.id];
    writeDismissed(this.dismissed);
    this.host.session.apply({ notice: msg('Hint dismissed.', { id: 'narrative.more.hintDismissed' }) });
    moveFocus(this.host, 'status');
  }
}
