/**
 * The filter form: occupation, jurisdiction, language and format (each a preference, or a
 * filter once "Only show" is ticked), the help wanted, the mentee's origin only when they
 * choose to match on it, and the mentee's saved mentors.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { MentorCriterion, MentorOffer } from '../../api/mentor.js';
import { FORMATS, OFFERS, formatLabel, offerLabel } from './labels.js';
import type { FinderFilters } from './search-controller.js';

/** A select's option: value and label. */
export type Option = readonly [string, string];

/** The filters' options, sorted by name in the locale. */
export interface FilterOptions {
  occupations: Option[];
  jurisdictions: Option[];
  languages: Option[];
}

/** The filters a select sets. */
export type SelectFilter = 'occupation' | 'jurisdiction' | 'language' | 'format' | 'origin';

export interface FiltersData {
  filters: FinderFilters;
  options: FilterOptions;
  /** The mentee chose to match on their country of origin. */
  originWanted: boolean;
  favourites: boolean;
  /** A signed-in mentee (who has saved mentors). */
  isMentee: boolean;
  /** The country field (a searchable list of names), with its label. */
  originCountry: (label: string) => unknown;
}

export interface FiltersCallbacks {
  onSelect(name: SelectFilter, value: string | undefined): void;
  onRequire(criterion: MentorCriterion, on: boolean): void;
  onOffer(offer: MentorOffer, on: boolean): void;
  onOriginWanted(on: boolean): void;
  onFavourites(on: boolean): void;
}

const checked = (event: Event) => (event.target as HTMLInputElement).checked;

function renderRequire(data: FiltersData, on: FiltersCallbacks, criterion: MentorCriterion, enabled: boolean, label = msg('Only show mentors who match', { id: 'mentor.filter.only' })): TemplateResult {
  const id = `req-${criterion}`;
  return html`<label class="check bw-check" for=${id}
    ><input id=${id} type="checkbox" part="input" .checked=${data.filters.require.includes(criterion)} ?disabled=${!enabled} @change=${(e: Event) => on.onRequire(criterion, checked(e))} />
    ${label}</label
  >`;
}

function renderSelect(
  data: FiltersData,
  on: FiltersCallbacks,
  name: Exclude<SelectFilter, 'origin'>,
  label: string,
  any: string,
  options: readonly Option[],
  extra: unknown = nothing,
): TemplateResult {
  const value = data.filters[name] ?? '';
  const criterion: MentorCriterion = name;
  return html`<div class="filter bw-field">
    <label class="bw-field__label" for="f-${criterion}">${label}</label>
    <select id="f-${criterion}" class="bw-field__input" part="input" @change=${(e: Event) => on.onSelect(name, (e.target as HTMLSelectElement).value || undefined)}>
      <option value="" ?selected=${!value}>${any}</option>
      ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
      ${value && !options.some(([v]) => v === value) ? html`<option value=${value} selected>${value}</option>` : nothing}
    </select>
    ${renderRequire(data, on, criterion, !!value)} ${extra}
  </div>`;
}

function renderOrigin(data: FiltersData, on: FiltersCallbacks): TemplateResult {
  const origin = data.filters.origin;
  return html`<div class="filter">
    <label class="check bw-check" for="f-origin-on"
      ><input id="f-origin-on" type="checkbox" part="input" .checked=${data.originWanted} @change=${(e: Event) => on.onOriginWanted(checked(e))} />
      ${msg('Match on my country of origin', { id: 'mentor.filter.originWanted' })}</label
    >
    <span class="bw-field__hint">${msg('Optional. It is used only for this search and never stored.', { id: 'mentor.filter.originHint' })}</span>
    ${data.originWanted
      ? html`${data.originCountry(msg('Country where you trained', { id: 'mentor.filter.origin' }))}
          ${renderRequire(data, on, 'origin', !!origin)}`
      : nothing}
  </div>`;
}

export function renderFilters(data: FiltersData, on: FiltersCallbacks): TemplateResult {
  const { occupations, jurisdictions, languages } = data.options;
  return html`<form class="filters bw-card" part="filters" aria-labelledby="filters-title" @submit=${(e: Event) => e.preventDefault()}>
    <h2 id="filters-title" class="title">${msg('Find a mentor', { id: 'mentor.title' })}</h2>
    <p class="bw-muted full">${msg('Each choice is a preference that moves matching mentors up. Tick "Only show" to turn it into a filter.', { id: 'mentor.filter.help' })}</p>
    ${renderSelect(data, on, 'occupation', msg('Occupation', { id: 'mentor.filter.occupation' }), msg('Any occupation', { id: 'mentor.filter.anyOccupation' }), occupations)}
    ${renderSelect(
      data,
      on,
      'jurisdiction',
      msg('Where you want to work', { id: 'mentor.filter.jurisdiction' }),
      msg('Anywhere', { id: 'mentor.filter.anyJurisdiction' }),
      jurisdictions,
      renderRequire(data, on, 'licensed', !!data.filters.jurisdiction, msg('Only mentors licensed there', { id: 'mentor.filter.licensed' })),
    )}
    ${renderSelect(data, on, 'language', msg('Language', { id: 'mentor.filter.language' }), msg('Any language', { id: 'mentor.filter.anyLanguage' }), languages)}
    ${renderSelect(data, on, 'format', msg('Meeting format', { id: 'mentor.filter.format' }), msg('Online or in person', { id: 'mentor.filter.anyFormat' }), FORMATS.map((f) => [f, formatLabel(f)] as const))}
    <fieldset class="filter">
      <legend class="bw-field__label">${msg('Help you want', { id: 'mentor.filter.offers' })}</legend>
      <span class="bw-field__hint">${msg('Mentors must offer everything you tick.', { id: 'mentor.filter.offersHint' })}</span>
      ${OFFERS.map(
        (o) => html`<label class="check bw-check"
          ><input type="checkbox" part="input" name="offers" value=${o} .checked=${data.filters.offers.includes(o)} @change=${(e: Event) => on.onOffer(o, checked(e))} /> ${offerLabel(o)}</label
        >`,
      )}
    </fieldset>
    ${renderOrigin(data, on)}
    ${data.isMentee
      ? html`<div class="filter">
          <label class="check bw-check" for="f-favourites"
            ><input id="f-favourites" type="checkbox" part="input" .checked=${data.favourites} @change=${(e: Event) => on.onFavourites(checked(e))} />
            ${msg('Only my saved mentors', { id: 'mentor.filter.favourites' })}</label
          >
        </div>`
      : nothing}
  </form>`;
}
