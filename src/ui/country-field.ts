/**
 * Country fields: a searchable list of country names in the person's language (the shared
 * combobox over `countrySearch`), never an ISO code on screen. One picker per field id, made
 * the first time the field renders, so a form with rows (education, licences, experience)
 * gets one per row. What the person picks reaches `onPick` as a code ("NG").
 */
import type { ReactiveControllerHost } from 'lit';
import { SearchCombobox } from './combobox.js';
import { countryName, countrySearch } from './countries.js';

export interface CountryFieldOptions {
  /** The input's id (a form's field id, `f-education-0-country`); it prefixes the list's ids too. */
  id: string;
  label: string;
  /** The chosen country's code, or '' for none yet. */
  code: string;
  onPick(code: string | undefined): void;
  hint?: string;
  error?: string;
}

export class CountryFields {
  private readonly pickers = new Map<string, { picker: SearchCombobox; code: string; onPick: (code: string | undefined) => void }>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly locale: () => string,
  ) {}

  render(field: CountryFieldOptions): unknown {
    let entry = this.pickers.get(field.id);
    if (!entry) {
      const made: { picker: SearchCombobox; code: string; onPick: (code: string | undefined) => void } = {
        code: field.code,
        onPick: field.onPick,
        picker: new SearchCombobox(this.host, {
          id: field.id,
          inputId: field.id,
          debounceMs: 0,
          search: (query) => countrySearch(this.locale())(query),
          onPick: (option) => made.onPick(option.id),
          onClear: () => made.onPick(undefined),
        }),
      };
      this.pickers.set(field.id, (entry = made));
    }
    entry.onPick = field.onPick;
    // The value changed from outside (a row removed above, a draft restored): show its name, not old typing.
    if (entry.code !== field.code && !entry.picker.open) entry.picker.query = '';
    entry.code = field.code;
    const selected = field.code ? { id: field.code, label: countryName(field.code, this.locale()) } : undefined;
    return entry.picker.render(field.label, field.hint ?? '', selected, field.error);
  }
}
