/**
 * What follows "Fill in from my gap analysis" (its code loads with the pre-fill's, gap-prefill.ts):
 * fields the person wrote in are not changed before they answer the question (replace them, fill
 * only the empty ones, or neither), and "Undo" puts the values back until they edit again.
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { DraftValues, NarrativeTemplate } from '../../api/narrative.js';
import type { PrefillMerge } from '../../core/narrative/prefill.js';
import { valueOf } from '../../core/narrative/values.js';
import type { DraftSession } from './draft-session.js';
import { moveFocus, type FocusHost } from './focus-mover.js';

type Choice = 'replace' | 'empty-only' | 'cancel';

function labelOf(template: NarrativeTemplate, fieldId: string): string {
  for (const section of template.sections) for (const field of section.fields) if (field.id === fieldId) return field.label;
  return fieldId;
}

function shown(value: DraftValues[string] | undefined): string {
  return Array.isArray(value) ? value.join('; ') : (value ?? '');
}

/** The question: what each field the person wrote in would become, and the three answers. */
export function renderPrefillQuestion(template: NarrativeTemplate, question: Pick<PrefillMerge, 'changed' | 'replaced'>, onAnswer: (choice: Choice) => void): TemplateResult {
  return html`<div role="group" aria-labelledby="prefill-question">
    <p id="prefill-question">${msg('Filling in from your gap analysis would change what you wrote in these fields:', { id: 'narrative.prefillAsk' })}</p>
    <ul class="prefill-changes">
      ${question.changed.map((id) => html`<li><strong><bdi>${labelOf(template, id)}</bdi></strong>: <bdi dir="auto">${shown(valueOf(question.replaced, id))}</bdi></li>`)}
    </ul>
    <p class="prefill-choices">
      <button type="button" class="bw-button" part="button" @click=${() => onAnswer('replace')}>${msg('Replace them', { id: 'narrative.prefillReplace' })}</button>
      <button type="button" class="bw-button bw-button--secondary" part="button" @click=${() => onAnswer('empty-only')}>${msg('Fill only the empty fields', { id: 'narrative.prefillEmptyOnly' })}</button>
      <button type="button" class="bw-button bw-button--secondary" part="button" @click=${() => onAnswer('cancel')}>${msg('Cancel', { id: 'narrative.prefillCancel' })}</button>
    </p>
  </div>`;
}

/** What the choices use of the element: its draft's values and the focus. */
export interface PrefillChoicesHost extends FocusHost {
  readonly session: Pick<DraftSession, 'fill' | 'values'>;
}

export class PrefillChoices {
  /** Filling in would change fields the person wrote in: asked before anything changes. */
  private question?: PrefillMerge;
  /** The values before and after the last filling in: "Undo" is offered until the person edits again. */
  private filling?: { before: DraftValues; after: DraftValues };

  constructor(private readonly host: PrefillChoicesHost) {}

  /** Fills in what `merge` proposes: at once when only empty fields change, else after the question. */
  offer(merge: PrefillMerge): void {
    if (merge.changed.length) {
      this.question = merge;
      this.host.requestUpdate();
      moveFocus(this.host, 'prefill');
    } else this.apply(merge.emptyOnly);
  }

  /** The person's answer to "these fields would change": replace them, fill only the empty ones, or neither. */
  readonly answer = (choice: Choice): void => {
    const merge = this.question;
    this.question = undefined;
    if (merge && choice !== 'cancel') this.apply(choice === 'replace' ? merge.replaced : merge.emptyOnly);
    else {
      this.host.requestUpdate();
      moveFocus(this.host, 'prefill');
    }
  };

  /** Puts back the values as they were before the last filling in. */
  readonly undo = (): void => {
    const filling = this.filling;
    if (!filling || !this.canUndo) return;
    this.filling = undefined;
    this.host.session.fill(filling.before, msg('The fields are back as they were before filling in.', { id: 'narrative.prefillUndone' }));
    moveFocus(this.host, 'status');
  };

  /** True right after filling in, before any other edit. */
  get canUndo(): boolean {
    return !!this.filling && this.filling.after === this.host.session.values;
  }

  private apply(values: DraftValues): void {
    const { session } = this.host;
    const before = session.values;
    session.fill(values, msg('Filled in from your gap analysis. Check every line before you use it.', { id: 'narrative.prefilled' }));
    this.filling = { before, after: session.values };
    moveFocus(this.host, 'prefill');
  }

  /** The question while it is asked, and "Undo" while it can be. */
  views(template: NarrativeTemplate): { question?: TemplateResult; undo?: TemplateResult } {
    return {
      ...(this.question ? { question: renderPrefillQuestion(template, this.question, this.answer) } : {}),
      ...(this.canUndo
        ? { undo: html`<button type="button" class="bw-button bw-button--secondary" part="button" @click=${this.undo}>${msg('Undo filling in', { id: 'narrative.prefillUndo' })}</button>` }
        : {}),
    };
  }
}
