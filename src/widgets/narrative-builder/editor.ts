/** The guided form: the template picker, and each section's fields with their guidance, example and counts. */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import { FIELD_TEXT_MAX, LIST_ENTRY_MAX, type DraftValues, type NarrativeTemplate, type TemplateField, type TemplateSection } from '../../api/narrative.js';
import { NarrativeKind } from '../../generated/contract.js';
import type { LimitBreach, RenderedNarrative } from '../../core/narrative/render.js';
import { valueOf } from '../../core/narrative/values.js';
import { isolate, kindLabel } from './messages.js';
import { characterCount } from './plural.js';
import type { BrokenTemplate, TemplateShelf } from './template-shelf.js';

const KINDS: readonly NarrativeKind[] = NarrativeKind.options;

export interface PickerActions {
  onKind: (kind: NarrativeKind) => void;
  onTemplate: (id: string) => void;
  onShowMore: () => void;
}

export interface PickerShelf {
  items: readonly NarrativeTemplate[];
  /** Templates that cannot be used, each shown as its own error. */
  broken: readonly BrokenTemplate[];
  /** More templates wait on the server. */
  more: boolean;
  loadingMore: boolean;
  /** The template the element was asked to open (shown as an error when it is one set aside). */
  asked?: string;
}

/** What the picker shows of a shelf: the templates, those set aside, and whether there are more. */
export function pickerShelf(shelf: TemplateShelf, loadingMore: boolean, asked?: string): PickerShelf {
  return { items: shelf.items, broken: shelf.broken, more: !!shelf.nextCursor, loadingMore, ...(asked ? { asked } : {}) };
}

/** One template the builder cannot use: an error on that template; the others still work. */
function renderBroken(template: BrokenTemplate): TemplateResult {
  const title = isolate(template.title || template.id);
  const problem = isolate(template.problem);
  return html`<p class="bw-field__error broken-template" part="error" data-template=${template.id}>
    ${msg(str`The template "${title}" cannot be used: its data is damaged (${problem}). The other templates still work.`, { id: 'narrative.templateBroken' })}
  </p>`;
}

/** The kind of story, and the template when the kind has more than one; templates set aside; "Show more". */
export function renderPicker(shelf: PickerShelf, kind: NarrativeKind, current: string | undefined, actions: PickerActions): TemplateResult {
  const templates = shelf.items;
  const ofKind = templates.filter((t) => t.kind === kind);
  const broken = shelf.broken.filter((t) => t.kind === kind || t.id === shelf.asked || !t.kind || !KINDS.includes(t.kind as NarrativeKind));
  return html`<div class="picker bw-toolbar" part="picker">
    <div class="bw-field">
      <label class="bw-field__label" for="kind">${msg('What do you want to write?', { id: 'narrative.pickKind' })}</label>
      <select id="kind" class="bw-field__input" part="input" @change=${(e: Event) => actions.onKind((e.target as HTMLSelectElement).value as NarrativeKind)}>
        ${KINDS.map((k) => html`<option value=${k} ?selected=${k === kind}>${kindLabel(k)}</option>`)}
      </select>
    </div>
    ${ofKind.length > 1
      ? html`<div class="bw-field">
          <label class="bw-field__label" for="template">${msg('Template', { id: 'narrative.pickTemplate' })}</label>
          <select id="template" class="bw-field__input" part="input" @change=${(e: Event) => actions.onTemplate((e.target as HTMLSelectElement).value)}>
            ${ofKind.map((t) => html`<option value=${t.id} ?selected=${t.id === current}>${t.title}</option>`)}
          </select>
        </div>`
      : nothing}
    ${broken.map(renderBroken)}
    ${shelf.more
      ? html`<p>
          <button type="button" class="bw-button bw-button--secondary" part="button" aria-disabled=${shelf.loadingMore ? 'true' : 'false'} @click=${() => (shelf.loadingMore ? undefined : actions.onShowMore())}>
            ${shelf.loadingMore ? msg('Loading more templates…', { id: 'narrative.loadingMoreTemplates' }) : msg('Show more templates', { id: 'narrative.showMoreTemplates' })}
          </button>
        </p>`
      : nothing}
  </div>`;
}

export interface FormState {
  /** The values as typed (list fields one entry per line). */
  values: DraftValues;
  rendered: RenderedNarrative;
  /** A mentor reviewing reads the fields without changing them. */
  readonly: boolean;
}

export interface FormActions {
  onInput: (field: TemplateField, value: string) => void;
  /** What shows under a section's fields (mentor review). */
  besideSection: (section: TemplateSection) => unknown;
}

function lines(value: DraftValues[string] | undefined): string {
  return Array.isArray(value) ? value.join('\n') : (value ?? '');
}

/** A counter shows once a field holds this share of the contract's limit. */
const NEAR_LIMIT = 0.9;

/**
 * How much room is left under the contract's limit (`Text(max)`, counted as it counts), once
 * near it: shown as it is, and announced politely in steps so a screen reader is not read every
 * keystroke (what the counter shows, what its live region says); undefined while not near.
 */
function roomLeft(field: TemplateField, value: string): [shown: string, said: string] | undefined {
  const max = field.type === 'list' ? LIST_ENTRY_MAX : FIELD_TEXT_MAX;
  const used = field.type === 'list' ? Math.max(0, ...value.split('\n').map((line) => line.length)) : value.length;
  const left = Math.max(0, max - used);
  const near = used >= max * NEAR_LIMIT;
  const step = left > 100 ? Math.floor(left / 100) * 100 : left > 10 ? Math.floor(left / 10) * 10 : left;
  const say = (count: number) => {
    const room = characterCount(count);
    return msg(str`Left before the limit: ${room}`, { id: 'narrative.roomLeft' });
  };
  return near ? [say(left), say(step)] : undefined;
}

/** What the counter under a field says: one text (no template of its own: the first view draws every field's). */
function countText(field: TemplateField, limit: string, breach: LimitBreach | undefined, missing: boolean): string {
  const list = field.type === 'list' ? `${msg('One entry per line.', { id: 'narrative.onePerLine' })} ` : '';
  const over = breach ? ` — ${breach.limit === 'minWords' ? msg('too short', { id: 'narrative.tooShort' }) : msg('over the limit', { id: 'narrative.overLimit' })}` : '';
  return `${list}${limit}${over}${missing ? ` ${msg('Still to fill in.', { id: 'narrative.missing' })}` : ''}`;
}

function renderField(field: TemplateField, state: FormState, onInput: FormActions['onInput']): TemplateResult {
  const { rendered, readonly } = state;
  const id = `field-${field.id}`;
  const count = rendered.perField.find((c) => c.fieldId === field.id);
  const breach = rendered.overLimits.find((b) => b.fieldId === field.id);
  const missing = rendered.missing.includes(field.id);
  const value = lines(valueOf(state.values, field.id));
  const limit = field.maxWords
    ? msg(str`${count?.words ?? 0} of ${field.maxWords} words`, { id: 'narrative.fieldWords' })
    : field.maxChars
      ? msg(str`${count?.characters ?? 0} of ${field.maxChars} characters`, { id: 'narrative.fieldChars' })
      : '';
  const input = (e: Event) => onInput(field, (e.target as HTMLInputElement).value);
  // The person's text keeps its own direction (dir="auto"); a reviewing mentor reads it, announced as read-only.
  const describedBy = `${readonly ? 'readonly-note ' : ''}${id}-guidance ${id}-count${readonly ? '' : ` ${id}-room`}`;
  const invalid = breach ? 'true' : 'false';
  // The counter and its live region are in the field's own template (no template of their own: the first view draws every field's).
  const room = readonly ? undefined : roomLeft(field, value);
  const control =
    field.type === 'choice' && !readonly
      ? html`<select id=${id} class="bw-field__input" part="input" aria-describedby=${describedBy} @change=${input}>
          <option value="">—</option>
          ${(field.options ?? []).map((option) => html`<option ?selected=${value === option}>${option}</option>`)}
        </select>`
      : field.type === 'text' || field.type === 'choice'
        ? html`<input id=${id} class="bw-field__input" part="input" dir="auto" .value=${live(value)} ?readonly=${readonly} ?required=${field.required && !readonly} aria-invalid=${invalid} aria-describedby=${describedBy} @input=${input} />`
        : html`<textarea id=${id} class="bw-field__input" part="input" dir="auto" rows=${field.type === 'list' ? 3 : 4} .value=${live(value)} ?readonly=${readonly} ?required=${field.required && !readonly} aria-invalid=${invalid} aria-describedby=${describedBy} @input=${input}></textarea>`;
  return html`<div class="field" part="field">
    <div class="bw-field">
      <label class="bw-field__label" for=${id}><bdi>${field.label}</bdi>${field.required && !readonly ? html` <span aria-hidden="true">*</span><span class="bw-visually-hidden">${msg('(required)', { id: 'narrative.required' })}</span>` : nothing}</label>
      ${control}
      <span id=${`${id}-count`} class=${breach ? 'bw-field__error' : 'bw-field__hint'}>${countText(field, limit, breach, missing && !readonly)}</span>
      <span id=${`${id}-room`} class="bw-field__hint room-left" part="counter" ?hidden=${!room}>${room?.[0]}</span>
      <span class="bw-visually-hidden" aria-live="polite">${room?.[1]}</span>
    </div>
    <div class="guidance" part="guidance" id=${`${id}-guidance`}>
      ${field.guidance ? html`<p dir="auto">${field.guidance}</p>` : nothing}
      ${field.example ? html`<p class="example"><strong>${msg('Example:', { id: 'narrative.example' })}</strong> <bdi>${field.example}</bdi></p>` : nothing}
    </div>
  </div>`;
}

/** The template's sections as fieldsets of guided fields; for a reviewing mentor, read-only and saying so. */
export function renderForm(template: NarrativeTemplate, state: FormState, actions: FormActions): TemplateResult {
  return html`<form class="form" part="form" ?data-readonly=${state.readonly} @submit=${(e: Event) => e.preventDefault()}>
    ${state.readonly
      ? html`<p id="readonly-note" class="readonly-note bw-status" data-tone="neutral" part="readonly-note">
          ${msg("You are reviewing: the text is the author's and is read-only here. Comment or suggest new text under each section.", { id: 'narrative.readonlyNote' })}
        </p>`
      : nothing}
    ${template.sections.map(
      (section) => html`<fieldset class="section bw-card" part="section" data-section=${section.id}>
        <legend><bdi>${section.title}</bdi>${section.optional ? html` <span class="bw-field__hint">${msg('(optional)', { id: 'narrative.optional' })}</span>` : nothing}</legend>
        ${section.fields.map((field) => renderField(field, state, actions.onInput))}
        ${actions.besideSection(section)}
      </fieldset>`,
    )}
  </form>`;
}
