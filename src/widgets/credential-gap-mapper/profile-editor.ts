/**
 * The profile form's editing code, loaded through `LazyPart` the first time the form shows:
 * its view, the occupation and jurisdiction pickers, the country fields and the form's own
 * styles. A host that hands over the profile and the target opens on the map and loads none
 * of it until the person chooses "Edit my profile". The draft, its checks and the request it
 * makes stay in the element (profile-form.ts): the map needs them before the form shows.
 */
import { css } from 'lit';
import { comboboxStyles, SearchCombobox } from '../../ui/combobox.js';
import { CountryFields } from '../../ui/country-field.js';
import type { GapMapperHost } from './host.js';
import type { ProfileForm } from './profile-form.js';
import { renderProfileForm } from './profile-form-view.js';
import type { TargetCatalogue } from './target-catalogue.js';

/** The styles only the form uses (the element's own layer, adopted when the part loads). */
const profileFormStyles = css`
  @layer bw.component {
    form,
    .section,
    .row {
      display: grid;
      gap: var(--_bw-space-3);
    }
    fieldset {
      margin: 0;
      min-width: 0;
    }
    fieldset.checks {
      border: 0;
      padding: 0;
    }
    legend {
      font-weight: var(--_bw-font-weight-heading);
      padding: 0 var(--_bw-space-1);
    }
    .row {
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 11rem), 1fr));
      align-items: end;
    }
    .row > .row__actions {
      grid-column: 1 / -1;
    }
    .targets {
      display: grid;
      gap: var(--_bw-space-4);
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    }
    .checks {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_bw-space-2) var(--_bw-space-4);
      grid-column: 1 / -1;
    }
    .checks label {
      display: inline-flex;
      align-items: center;
      gap: var(--_bw-space-2);
    }
    .summary {
      border-inline-start: 4px solid var(--_bw-danger);
      padding-inline-start: var(--_bw-space-3);
    }
  }
`;

export const partStyles = [comboboxStyles, profileFormStyles];

/** The form of one element: its pickers and country fields live as long as the element. */
export interface ProfileEditor {
  render(onSubmit: (event: Event) => void): unknown;
}

export function profileEditorFor(host: GapMapperHost, form: ProfileForm, catalogue: TargetCatalogue): ProfileEditor {
  const occupation = new SearchCombobox(host, {
    id: 'occupation',
    search: (q, signal) => catalogue.searchOccupations(q, form.draft.jurisdiction?.id, signal),
    onPick: (option) => form.pickTarget('occupation', option),
  });
  const jurisdiction = new SearchCombobox(host, {
    id: 'jurisdiction',
    debounceMs: 100,
    search: (q, signal) => catalogue.searchJurisdictions(q, signal),
    onPick: (option) => form.pickTarget('jurisdiction', option),
  });
  const countries = new CountryFields(host, () => host.resolvedLocale);
  return {
    render: (onSubmit) =>
      renderProfileForm(
        {
          draft: form.draft,
          errors: form.errors,
          competencies: catalogue.competencies,
          assessmentOutcomes: catalogue.assessmentOutcomes(form.draft.jurisdiction?.id),
          locale: host.resolvedLocale,
          countries,
          pickers: { occupation, jurisdiction },
        },
        { onField: form.setField, onAddRow: form.addRow, onRemoveRow: form.removeRow, onSubmit },
      ),
  };
}
