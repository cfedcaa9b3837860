/**
 * The profile form: who the mentor is, their work and licences, their own recognition path
 * step by step, and how they mentor. Every field has its label, its hint and, when it needs
 * attention, its message under it (described by it). Ids are never shown: occupations,
 * places, countries and languages appear by name.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { msg, str } from '@lit/localize';
import { SPOKEN_LANGUAGES } from '../../ui/countries.js';
import type { CountryFieldOptions } from '../../ui/country-field.js';
import type { ProfileNamer } from './host.js';
import { fieldLabel, FORMATS, formatLabel, OFFERS, offerLabel, STEP_KINDS, stepKindLabel } from './labels.js';
import type { FieldErrors, ProfileDraft, StepDraft } from './profile-draft.js';

export interface ProfileFormData {
  draft: ProfileDraft;
  errors: FieldErrors;
  namer: ProfileNamer;
  locale: string;
  /** No profile saved yet. */
  creating: boolean;
  sending: boolean;
  /** The searchable country field (names in the mentor's language, never a code). */
  countryField: (field: CountryFieldOptions) => unknown;
}

export interface ProfileFormCallbacks {
  onEdit(change: Partial<ProfileDraft>): void;
  onEditStep(index: number, change: Partial<StepDraft>): void;
  onAddStep(): void;
  onRemoveStep(index: number): void;
  onSubmit(): void;
}

type Described = { describedBy: string | typeof nothing; invalid: 'true' | 'false' };

const idOf = (key: string) => `f-${key.replaceAll('.', '-')}`;

/** A field's error and hint ids, for `aria-describedby`, and whether it needs attention. */
function described(key: string, errors: FieldErrors, hint?: string): Described {
  const ids = [errors[key] ? `${idOf(key)}-error` : '', hint ? `${idOf(key)}-hint` : ''].filter(Boolean).join(' ');
  return { describedBy: ids || nothing, invalid: errors[key] ? 'true' : 'false' };
}

function below(key: string, errors: FieldErrors, hint?: string): TemplateResult {
  return html`${hint ? html`<span class="bw-field__hint" id="${idOf(key)}-hint">${hint}</span>` : nothing}${errors[key]
    ? html`<span class="bw-field__error" part="error" id="${idOf(key)}-error">${errors[key]}</span>`
    : nothing}`;
}

function textField(key: keyof ProfileDraft & string, label: string, data: ProfileFormData, on: ProfileFormCallbacks, options: { type?: string; hint?: string; inputmode?: string; maxlength?: number } = {}): TemplateResult {
  const d = described(key, data.errors, options.hint);
  return html`<div class="bw-field">
    <label class="bw-field__label" for=${idOf(key)}>${label}</label>
    <input id=${idOf(key)} class="bw-field__input" part="input" type=${options.type ?? 'text'} inputmode=${options.inputmode ?? nothing} maxlength=${options.maxlength ?? nothing}
      aria-describedby=${d.describedBy} aria-invalid=${d.invalid} .value=${String(data.draft[key])}
      @input=${(e: Event) => on.onEdit({ [key]: (e.target as HTMLInputElement).value })} />
    ${below(key, data.errors, options.hint)}
  </div>`;
}

/**
 * A group of checkboxes over `[value, name]` choices; the draft holds the ticked values. The group
 * listens for its boxes' changes (one listener, not one per box: a profile shows some sixty boxes).
 */
function checkGroup<V extends string>(key: 'occupations' | 'licensedIn' | 'languages' | 'formats' | 'offers', legend: string, choices: readonly (readonly [V, string])[], ticked: readonly V[], data: ProfileFormData, on: ProfileFormCallbacks, hint?: string): TemplateResult {
  const d = described(key, data.errors, hint);
  const onChange = (e: Event) => {
    const box = e.target as HTMLInputElement;
    if (box.name !== key) return;
    const value = box.value as V;
    on.onEdit({ [key]: box.checked ? [...ticked, value] : ticked.filter((v) => v !== value) });
  };
  return html`<fieldset class="checks" data-field=${key} @change=${onChange}>
    <legend>${legend}</legend>
    <div class="checks__list">
      ${choices.map(([value, name]) => html`<label class="bw-check"><input type="checkbox" name=${key} .value=${value} .checked=${ticked.includes(value)} aria-describedby=${d.describedBy} aria-invalid=${d.invalid} />${name}</label>`)}
    </div>
    ${below(key, data.errors, hint)}
  </fieldset>`;
}

function selectField(key: string, label: string, value: string, choices: readonly (readonly [string, string])[], data: ProfileFormData, onChange: (value: string) => void): TemplateResult {
  const d = described(key, data.errors);
  return html`<div class="bw-field">
    <label class="bw-field__label" for=${idOf(key)}>${label}</label>
    <select id=${idOf(key)} class="bw-field__input" part="input" aria-describedby=${d.describedBy} aria-invalid=${d.invalid}
      @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>
      <option value="" ?selected=${value === ''}>${msg('Choose…', { id: 'mentorProfile.choose' })}</option>
      ${guard([choices, value], () => choices.map(([v, name]) => html`<option value=${v} ?selected=${v === value}>${name}</option>`))}
    </select>
    ${below(key, data.errors)}
  </div>`;
}

function renderStep(step: StepDraft, index: number, data: ProfileFormData, on: ProfileFormCallbacks): TemplateResult {
  const name = msg(str`Step ${index + 1}`, { id: 'mentorProfile.stepN' });
  const key = (field: string) => `steps.${index}.${field}`;
  const label = described(key('label'), data.errors);
  const year = described(key('year'), data.errors);
  return html`<li><div class="step" role="group" aria-label=${name}>
    <div class="bw-field">
      <label class="bw-field__label" for=${idOf(key('kind'))}>${msg('Kind of step', { id: 'mentorProfile.stepKind' })}</label>
      <select id=${idOf(key('kind'))} class="bw-field__input" part="input" @change=${(e: Event) => on.onEditStep(index, { kind: (e.target as HTMLSelectElement).value as StepDraft['kind'] })}>
        ${STEP_KINDS.map((kind) => html`<option value=${kind} ?selected=${kind === step.kind}>${stepKindLabel(kind)}</option>`)}
      </select>
    </div>
    <div class="bw-field step__label">
      <label class="bw-field__label" for=${idOf(key('label'))}>${msg('What it was', { id: 'mentorProfile.stepLabel' })}</label>
      <input id=${idOf(key('label'))} class="bw-field__input" part="input" maxlength="200" aria-describedby=${label.describedBy} aria-invalid=${label.invalid} .value=${step.label}
        @input=${(e: Event) => on.onEditStep(index, { label: (e.target as HTMLInputElement).value })} />
      ${below(key('label'), data.errors)}
    </div>
    <div class="bw-field step__year">
      <label class="bw-field__label" for=${idOf(key('year'))}>${msg('Year (optional)', { id: 'mentorProfile.stepYear' })}</label>
      <input id=${idOf(key('year'))} class="bw-field__input" part="input" inputmode="numeric" maxlength="4" aria-describedby=${year.describedBy} aria-invalid=${year.invalid} .value=${step.year}
        @input=${(e: Event) => on.onEditStep(index, { year: (e.target as HTMLInputElement).value })} />
      ${below(key('year'), data.errors)}
    </div>
    <button type="button" class="bw-button bw-button--secondary" part="button" @click=${() => on.onRemoveStep(index)}>
      ${msg('Remove', { id: 'mentorProfile.remove' })}<span class="bw-visually-hidden"> ${name}</span>
    </button>
  </div></li>`;
}

function renderPath(data: ProfileFormData, on: ProfileFormCallbacks): TemplateResult {
  const { draft } = data;
  return html`<fieldset class="section" data-section="path">
    <legend>${fieldLabel('path')}</legend>
    <p class="bw-field__hint">${msg('Mentees on the same path find you more easily. Share only what you are comfortable with.', { id: 'mentorProfile.pathHint' })}</p>
    <label class="bw-check"><input type="checkbox" id="f-sharePath" .checked=${draft.sharePath} @change=${(e: Event) => on.onEdit({ sharePath: (e.target as HTMLInputElement).checked })} />
      ${msg('Share the path I went through', { id: 'mentorProfile.sharePath' })}</label>
    ${draft.sharePath
      ? html`${data.countryField({
          id: idOf('originCountry'),
          label: msg('Country where you trained', { id: 'mentorProfile.originCountry' }),
          code: draft.originCountry,
          error: data.errors.originCountry,
          onPick: (originCountry) => on.onEdit({ originCountry: originCountry ?? '' }),
        })}
          <ol class="bw-list steps">${draft.steps.map((step, i) => renderStep(step, i, data, on))}</ol>
          ${below('steps', data.errors)}
          <button type="button" id="add-step" class="bw-button bw-button--secondary" part="button" @click=${on.onAddStep}>${msg('Add a step', { id: 'mentorProfile.addStep' })}</button>`
      : nothing}
  </fieldset>`;
}

type Choices = readonly (readonly [string, string])[];

/** The languages offered, by name in the locale's order, per locale and languages beyond the usual ones: made once, not at every render (a collator and thirty names). */
const languageChoices = new Map<string, Choices>();

function languagesOffered(data: ProfileFormData): Choices {
  const extra = data.draft.languages.filter((tag) => !SPOKEN_LANGUAGES.includes(tag));
  const key = `${data.locale}|${extra.join(' ')}`;
  let choices = languageChoices.get(key);
  if (!choices) {
    const collator = new Intl.Collator(data.locale);
    choices = [...SPOKEN_LANGUAGES, ...new Set(extra)].map((tag) => [tag, data.namer.language(tag)] as const).sort((a, b) => collator.compare(a[1], b[1]));
    languageChoices.set(key, choices);
  }
  return choices;
}

export function renderProfileForm(data: ProfileFormData, on: ProfileFormCallbacks): TemplateResult {
  const { draft, namer } = data;
  const languages = languagesOffered(data);
  return html`<form class="profile-form" part="form" novalidate aria-labelledby="form-title" @submit=${(e: Event) => (e.preventDefault(), on.onSubmit())}>
    <h3 id="form-title">${data.creating ? msg('Create your mentor profile', { id: 'mentorProfile.createTitle' }) : msg('Your profile', { id: 'mentorProfile.editTitle' })}</h3>
    <fieldset class="section" data-section="about">
      <legend>${msg('About you', { id: 'mentorProfile.about' })}</legend>
      ${textField('displayName', fieldLabel('displayName'), data, on, { maxlength: 200 })}
      ${textField('headline', fieldLabel('headline'), data, on, { maxlength: 300, hint: msg('One line about you, e.g. "Nurse trained in the Philippines, registered in Ontario since 2019".', { id: 'mentorProfile.headlineHint' }) })}
      ${textField('city', fieldLabel('city'), data, on, { maxlength: 120 })}
      ${textField('contactEmail', fieldLabel('contactEmail'), data, on, { type: 'email', hint: msg('Only mentees whose request you accept see it; it never appears in search.', { id: 'mentorProfile.contactEmailHint' }) })}
    </fieldset>
    <fieldset class="section" data-section="work">
      <legend>${msg('Your work', { id: 'mentorProfile.work' })}</legend>
      ${checkGroup('occupations', fieldLabel('occupations'), namer.catalogue.occupations, draft.occupations, data, on)}
      ${selectField('jurisdiction', fieldLabel('jurisdiction'), draft.jurisdiction, namer.catalogue.jurisdictions, data, (jurisdiction) => on.onEdit({ jurisdiction }))}
      ${checkGroup('licensedIn', fieldLabel('licensedIn'), namer.catalogue.jurisdictions, draft.licensedIn, data, on)}
    </fieldset>
    ${renderPath(data, on)}
    <fieldset class="section" data-section="mentoring">
      <legend>${msg('How you mentor', { id: 'mentorProfile.mentoring' })}</legend>
      ${checkGroup('languages', fieldLabel('languages'), languages, draft.languages, data, on)}
      ${checkGroup('formats', fieldLabel('formats'), FORMATS.map((f) => [f, formatLabel(f)] as const), draft.formats, data, on)}
      ${checkGroup('offers', fieldLabel('offers'), OFFERS.map((o) => [o, offerLabel(o)] as const), draft.offers, data, on)}
      ${textField('capacity', fieldLabel('capacity'), data, on, { inputmode: 'numeric', maxlength: 2 })}
      ${textField('hoursPerMonth', fieldLabel('hoursPerMonth'), data, on, { inputmode: 'numeric', maxlength: 2, hint: msg('Be realistic: your mentorships will count on this time.', { id: 'mentorProfile.hoursHint' }) })}
      ${textField('pausedUntil', fieldLabel('pausedUntil'), data, on, { type: 'date', hint: msg('Leave it empty to take requests. Mentorships you have go on as before.', { id: 'mentorProfile.pausedUntilHint' }) })}
    </fieldset>
    <div class="bw-toolbar">
      <button type="submit" class="bw-button" part="button save" ?disabled=${data.sending}>
        ${data.sending ? msg('Saving…', { id: 'mentorProfile.saving' }) : data.creating ? msg('Create my profile', { id: 'mentorProfile.create' }) : msg('Save changes', { id: 'mentorProfile.save' })}
      </button>
    </div>
  </form>`;
}
