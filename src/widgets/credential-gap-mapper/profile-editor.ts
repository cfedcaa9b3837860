/**
 * The profile form's editing code, loaded through `LazyPart` the first time the form shows:
 * its view, its edits (fields, rows added and removed, targets picked), the occupation and
 * jurisdiction pickers with their searches, the country fields and the form's own styles. A host that hands over the profile and the target opens on the map and loads none
 * of it until the person chooses "Edit my profile". The draft, its checks and the request it
 * makes stay in the element (profile-form.ts): the map needs them before the form shows.
 */
import { css } from 'lit';
import { checkStyles, joinStyles } from '../../ui/blocks.js';
import { comboboxStyles, SearchCombobox, type Option } from '../../ui/combobox.js';
import { CountryFields } from '../../ui/country-field.js';
import { nameSoon } from '../../ui/countries.js';
import type { GapMapperHost } from './host.js';
import type { FieldSection, Section } from './profile-draft.js';
import type { ProfileForm } from './profile-form.js';
import { renderProfileForm, type ProfileFormCallbacks } from './profile-form-view.js';
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

/** With the checkbox, the one block only the form shows (those the map shows too come from blocks.styles.ts), one sheet. */
export const partStyles = joinStyles(checkStyles, comboboxStyles, profileFormStyles);

/** The form of one element: its pickers and country fields live as long as the element. */
export interface ProfileEditor {
  render(onSubmit: (event: Event) => void): unknown;
}

/** The form's edits: each replaces the draft (kept for a reload) and moves focus where the person expects it. */
function formEdits(host: GapMapperHost, form: ProfileForm): Omit<ProfileFormCallbacks, 'onSubmit'> & { pickTarget(which: 'occupation' | 'jurisdiction', option: Option): void } {
  // The draft's code came with the form's (the element loads both together): not imported here, so it stays one chunk the element can load alone.
  const { emptyRow, withoutEducation } = form.drafting!;
  const rowsOf = (section: Section) => form.draft.profile[section] ?? [];
  return {
    pickTarget(which, option) {
      form.forgetErrors(which);
      form.store({ ...form.draft, [which]: { id: option.id, label: option.label } });
    },
    onField(section: FieldSection, index: number, key: string, value: string | string[]) {
      const draft = form.draft;
      if (section === 'about') {
        form.store({ ...draft, profile: { ...draft.profile, [key]: value } });
        return;
      }
      // Choosing the credential an assessment assessed settles a link that a removal had flagged; another body's outcomes are its own.
      const changed = section === 'assessments' && key === 'educationId' ? { [key]: value, linkRemoved: false } : section === 'assessments' && key === 'body' ? { [key]: value, outcome: '' } : { [key]: value };
      const rows = rowsOf(section).map((row, i) => (i === index ? { ...row, ...changed } : row));
      form.store({ ...draft, profile: { ...draft.profile, [section]: rows } });
    },
    onAddRow(section) {
      const draft = form.draft;
      form.store({ ...draft, profile: { ...draft.profile, [section]: [...rowsOf(section), emptyRow(section)] } });
      void host.updateComplete.then(() => {
        const added = host.renderRoot.querySelectorAll<HTMLElement>(`fieldset[data-section="${section}"] .row`);
        added[added.length - 1]?.querySelector<HTMLElement>('input, select')?.focus();
      });
    },
    onRemoveRow(section, index) {
      form.forgetErrors();
      const draft = form.draft;
      const profile = section === 'education' ? withoutEducation(draft.profile, index) : { ...draft.profile, [section]: rowsOf(section).filter((_, i) => i !== index) };
      form.store({ ...draft, profile });
      void host.updateComplete.then(() => host.renderRoot.querySelector<HTMLElement>(`#add-${section}`)?.focus());
    },
  };
}

export function profileEditorFor(host: GapMapperHost, form: ProfileForm, catalogue: TargetCatalogue): ProfileEditor {
  const { pickTarget, ...edits } = formEdits(host, form);
  const occupation = new SearchCombobox(host, {
    id: 'occupation',
    search: (q, signal) => catalogue.searchOccupations(q, form.draft.jurisdiction?.id, signal),
    onPick: (option) => pickTarget('occupation', option),
  });
  const jurisdiction = new SearchCombobox(host, {
    id: 'jurisdiction',
    debounceMs: 100,
    search: (q, signal) => catalogue.searchJurisdictions(q, signal),
    onPick: (option) => pickTarget('jurisdiction', option),
  });
  const countries = new CountryFields(host, () => host.resolvedLocale);
  return {
    render: (onSubmit) => {
      // The language lists' names come a task later, apart from the form's first render.
      nameSoon(host.resolvedLocale, 'language', () => host.requestUpdate());
      return renderProfileForm(
        {
          draft: form.draft,
          errors: form.errors,
          competencies: catalogue.competencies,
          assessmentOutcomes: catalogue.assessmentOutcomes(form.draft.jurisdiction?.id),
          exams: catalogue.exams(form.draft.jurisdiction?.id),
          locale: host.resolvedLocale,
          countries,
          pickers: { occupation, jurisdiction },
        },
        { ...edits, onSubmit },
      );
    },
  };
}
