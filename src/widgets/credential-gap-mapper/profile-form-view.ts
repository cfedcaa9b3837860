/**
 * The profile form: the target pickers, then education, licences, work experience and
 * language tests as rows that can be added and removed, each field with its label, its
 * error (described by it) and an error summary announced on submit.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { msg, str } from '@lit/localize';
import type { AssessmentOutcomes, Occupation } from '../../api/catalogue.js';
import { pickText } from '../../api/common.js';
import { EDUCATION_LEVELS, FIELD_FAMILIES, fieldLabel, idName, LANGUAGE_TESTS, levelLabel, skillLabel } from './labels.js';
import { plural } from '../../ui/plural.js';
import { countryCode, EVIDENCE_LANGUAGES, languageName, namesAtHand } from '../../ui/countries.js';
import type { CountryFields } from '../../ui/country-field.js';
import { SKILLS } from './score-fields.js';
import type { AssessmentRow, Choice, Draft, EducationRow, ExamRow, ExperienceRow, FieldErrors, LanguageRow, FieldSection, LicenceRow, Section } from './profile-draft.js';

/** A target picker (the search combobox), rendered with its words. */
export interface TargetPicker {
  render(label: string, hint: string, selected?: Choice, error?: string): unknown;
}

export interface ProfileFormData {
  draft: Draft;
  errors: FieldErrors;
  /** What the experience rows offer to tick (the target occupation's). */
  competencies: Occupation['competencies'];
  /** The decisions of assessing bodies the target's regulation lists: their bodies are offered, with their outcomes. */
  assessmentOutcomes: readonly AssessmentOutcomes[];
  /** The exams whose pass the target's requirements count: the exams offered. */
  exams: readonly string[];
  locale: string;
  pickers: { occupation: TargetPicker; jurisdiction: TargetPicker };
  /** Every country field: a searchable list of names in the person's language. */
  countries: CountryFields;
}

export interface ProfileFormCallbacks {
  onField(section: FieldSection, index: number, key: string, value: string | string[]): void;
  onAddRow(section: Section): void;
  onRemoveRow(section: Section, index: number): void;
  onSubmit(event: Event): void;
}

interface InputOptions {
  type?: string;
  value: string;
  inputmode?: string;
  optional?: boolean;
  placeholder?: string;
}

/** Renders the fields of one form, bound to its errors and callbacks. */
class Fields {
  constructor(
    private readonly errors: FieldErrors,
    private readonly on: ProfileFormCallbacks,
    private readonly countries: CountryFields,
    private readonly locale: string,
  ) {}

  /** A country, searched by its name in the person's language; `value` may be a code or a name typed earlier. */
  country(section: FieldSection, index: number, key: string, label: string, value: string, optional = false): TemplateResult {
    const path = `${section}.${index}.${key}`;
    return html`${this.countries.render({
      id: `f-${path.replaceAll('.', '-')}`,
      label: optional ? msg(str`${label} (optional)`, { id: 'gap.optional' }) : label,
      code: countryCode(value, this.locale) ?? '',
      error: this.errors[path],
      onPick: (code) => this.on.onField(section, index, key, code ?? ''),
    })}`;
  }

  private field(path: string, label: string, control: (id: string, describedBy: string | typeof nothing, invalid: boolean) => TemplateResult): TemplateResult {
    const id = `f-${path.replaceAll('.', '-')}`;
    const error = this.errors[path];
    return html`<div class="bw-field">
      <label class="bw-field__label" for=${id}>${label}</label>
      ${control(id, error ? `${id}-error` : nothing, Boolean(error))}
      ${error ? html`<span class="bw-field__error" id="${id}-error">${error}</span>` : nothing}
    </div>`;
  }

  input(section: Section, index: number, key: string, label: string, options: InputOptions): TemplateResult {
    return this.field(`${section}.${index}.${key}`, options.optional ? msg(str`${label} (optional)`, { id: 'gap.optional' }) : label, (id, describedBy, invalid) =>
      html`<input
        id=${id}
        class="bw-field__input"
        part="input"
        type=${options.type ?? 'text'}
        inputmode=${options.inputmode ?? nothing}
        placeholder=${options.placeholder ?? nothing}
        aria-describedby=${describedBy}
        aria-invalid=${invalid ? 'true' : 'false'}
        ?required=${!options.optional}
        .value=${options.value}
        @input=${(event: Event) => this.on.onField(section, index, key, (event.target as HTMLInputElement).value)}
      />`,
    );
  }

  select(section: FieldSection, index: number, key: string, label: string, value: string, choices: Array<[string, string]>, optional = false): TemplateResult {
    const path = `${section}.${index}.${key}`;
    return this.field(path, optional ? msg(str`${label} (optional)`, { id: 'gap.optional' }) : label, (id, describedBy, invalid) =>
      html`<select
        id=${id}
        class="bw-field__input"
        part="input"
        aria-describedby=${describedBy}
        aria-invalid=${invalid ? 'true' : 'false'}
        ?required=${!optional}
        @change=${(event: Event) => this.on.onField(section, index, key, (event.target as HTMLSelectElement).value)}
      >
        <option value="" ?selected=${value === ''}>${msg('Choose…', { id: 'gap.choose' })}</option>
        ${guard([choices, value], () => choices.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`))}
      </select>`,
    );
  }

  /** One yes-or-no choice, stored as `yes` or empty. */
  checkbox(section: Section, index: number, key: string, label: string, checked: boolean): TemplateResult {
    const id = `f-${section}-${index}-${key}`;
    return html`<label class="bw-check" for=${id}
      ><input type="checkbox" id=${id} part="input" .checked=${checked} @change=${(event: Event) => this.on.onField(section, index, key, (event.target as HTMLInputElement).checked ? 'yes' : '')} />${label}</label
    >`;
  }

  section<R>(section: Section, rows: readonly R[], legend: string, addLabel: string, rowLabel: (n: number) => string, renderRow: (row: R, index: number) => TemplateResult, hint?: string): TemplateResult {
    return html`<fieldset class="section bw-card" data-section=${section}>
      <legend>${legend}</legend>
      ${hint ? html`<p class="bw-muted">${hint}</p>` : nothing}
      ${rows.map(
        (row, index) => html`<div class="row" role="group" aria-label=${rowLabel(index + 1)}>
          ${renderRow(row, index)}
          <div class="row__actions">
            <button type="button" class="bw-button bw-button--secondary" part="button" @click=${() => this.on.onRemoveRow(section, index)}>
              ${msg('Remove', { id: 'gap.remove' })}<span class="bw-visually-hidden"> ${rowLabel(index + 1)}</span>
            </button>
          </div>
        </div>`,
      )}
      <div>
        <button type="button" id="add-${section}" class="bw-button bw-button--secondary" part="button" @click=${() => this.on.onAddRow(section)}>${addLabel}</button>
      </div>
    </fieldset>`;
  }
}

/** Services that assess foreign credentials, offered in the form; a host's profile may name others. */
const ASSESSMENT_BODIES = ['wes', 'ices', 'icas', 'ces', 'iqas', 'nnas', 'uk-enic', 'epic'];

/** `uk-enic` -> UK ENIC, `engineers-australia` -> Engineers Australia: the names people know. */
function bodyName(id: string): string {
  return id
    .split('-')
    .map((part) => (part.length <= 5 ? part.toUpperCase() : part[0].toUpperCase() + part.slice(1)))
    .join(' ');
}

/** An education row as the person knows it: the qualification's name, else its level and field, with the year. */
function credentialLabel(row: EducationRow, n: number): string {
  const name = row.title.trim() || [row.level && levelLabel(row.level), row.fieldFamily && fieldLabel(row.fieldFamily)].filter(Boolean).join(' · ');
  if (!name) return msg(str`Education ${n}`, { id: 'gap.form.educationN' });
  return row.year.trim() ? `${name} (${row.year.trim()})` : name;
}

/** The outcome a body decided (a Self-check's stream), offered only for a body whose outcomes the target's regulation lists. */
function renderOutcome(f: Fields, row: AssessmentRow, i: number, decisions: readonly AssessmentOutcomes[], locale: string): TemplateResult | typeof nothing {
  const decision = decisions.find((d) => d.body === row.body);
  if (!decision) return nothing;
  const name = pickText(decision.decision, locale);
  const outcomes: Array<[string, string]> = decision.outcomes.map((o) => [o.id, pickText(o.label, locale)]);
  return f.select('assessments', i, 'outcome', msg(str`Outcome of the ${name}`, { id: 'gap.form.outcome' }), row.outcome ?? '', outcomes, true);
}

function renderAssessment(f: Fields, row: AssessmentRow, i: number, education: readonly EducationRow[], levels: Array<[string, string]>, decisions: readonly AssessmentOutcomes[], locale: string): TemplateResult {
  // The bodies whose decisions the target's regulation lists are offered too (the NMBA for a nurse in Australia).
  const offered = [...ASSESSMENT_BODIES, ...decisions.map((d) => d.body).filter((b) => !ASSESSMENT_BODIES.includes(b))];
  const bodies = offered.includes(row.body) || !row.body ? offered : [...offered, row.body];
  const credentials: Array<[string, string]> = education.flatMap((e, n) => (e.id ? [[e.id, credentialLabel(e, n + 1)] as [string, string]] : []));
  return html`
    ${f.select('assessments', i, 'body', msg('Assessed by', { id: 'gap.form.assessedBy' }), row.body, bodies.map((b) => [b, bodyName(b)]))}
    ${f.select('assessments', i, 'status', msg('Status', { id: 'gap.form.status' }), row.status, [
      ['completed', msg('Completed', { id: 'gap.form.assessmentCompleted' })],
      ['in-progress', msg('In progress', { id: 'gap.form.assessmentInProgress' })],
    ])}
    ${row.linkRemoved ? html`<p class="bw-status" data-tone="warning" part="notice">${msg('The credential this assessment was linked to was removed. Choose the one it assessed.', { id: 'gap.form.linkRemoved' })}</p>` : nothing}
    ${f.select('assessments', i, 'educationId', msg('Credential it assessed', { id: 'gap.form.assessedCredential' }), row.educationId, credentials, true)}
    ${f.select('assessments', i, 'equivalentLevel', msg('Equivalent level in the report', { id: 'gap.form.equivalentLevel' }), row.equivalentLevel, levels, true)}
    ${f.input('assessments', i, 'completedOn', msg('Day completed', { id: 'gap.form.completedOn' }), { type: 'date', value: row.completedOn, optional: true })}
    ${renderOutcome(f, row, i, decisions, locale)}
  `;
}

/** An exam passed: the target's exams are offered (and the row's own, when another target named it). */
function renderExam(f: Fields, row: ExamRow, i: number, offered: readonly string[]): TemplateResult {
  const exams = offered.includes(row.examId) || !row.examId ? offered : [...offered, row.examId];
  return html`
    ${f.select('exams', i, 'examId', msg('Exam', { id: 'gap.form.exam' }), row.examId, exams.map((id) => [id, idName(id)]))}
    ${f.input('exams', i, 'passedOn', msg('Day you passed it', { id: 'gap.form.passedOn' }), { type: 'date', value: row.passedOn })}
  `;
}

function renderCompetencies(data: ProfileFormData, on: ProfileFormCallbacks, row: ExperienceRow, i: number): TemplateResult | typeof nothing {
  if (!data.competencies.length) return nothing;
  return html`<fieldset class="checks">
    <legend>${msg('What this work included', { id: 'gap.form.competencies' })}</legend>
    ${data.competencies.map((c) => {
      const id = `f-experience-${i}-c-${c.id}`;
      return html`<label for=${id}
        ><input
          type="checkbox"
          id=${id}
          .checked=${row.competencies.includes(c.id)}
          @change=${(event: Event) => on.onField('experience', i, 'competencies', (event.target as HTMLInputElement).checked ? [...row.competencies, c.id] : row.competencies.filter((x) => x !== c.id))}
        />${pickText(c.label, data.locale)}</label
      >`;
    })}
  </fieldset>`;
}

export function renderProfileForm(data: ProfileFormData, on: ProfileFormCallbacks): TemplateResult {
  const p = data.draft.profile;
  const f = new Fields(data.errors, on, data.countries, data.locale);
  const fields: Array<[string, string]> = FIELD_FAMILIES.map((family) => [family, fieldLabel(family)]);
  const levels: Array<[string, string]> = EDUCATION_LEVELS.map((l) => [l, levelLabel(l)]);
  const country = msg('Country', { id: 'gap.form.countryName' });
  // Names in the person's language, searched as they type ("Ind" finds India).
  const countryInput = (section: Section, i: number, value: string) => f.country(section, i, 'country', country, value);
  // The names arrive a task after the form's first render (nameSoon, src/ui/countries.ts): until then a list offers only its choice.
  const named = namesAtHand(data.locale, 'language');
  const languages = (chosen: string): Array<[string, string]> =>
    named ? EVIDENCE_LANGUAGES.map((code) => [code, languageName(code, data.locale)]) : chosen ? [[chosen, languageName(chosen, data.locale)]] : [];
  const errorCount = Object.keys(data.errors).length;
  return html`<form part="form" novalidate @submit=${on.onSubmit}>
    <h2>${msg('Map your credential gaps', { id: 'gap.form.title' })}</h2>
    <p class="bw-muted">${msg('Tell us about your education, licences, experience and language tests. Your answers stay in this browser until you ask for the map.', { id: 'gap.form.intro' })}</p>
    <div role="alert" class="summary" ?hidden=${errorCount === 0}>
      ${errorCount
        ? plural(msg('{count, plural, one {# field needs your attention. It is marked below.} other {# fields need your attention. They are marked below.}}', { id: 'gap.form.errorCount' }), errorCount, data.locale)
        : nothing}
    </div>
    <div class="targets">
      ${data.pickers.occupation.render(msg('Occupation', { id: 'gap.form.occupation' }), msg('Type a job title, such as nurse or engineer.', { id: 'gap.form.occupationHint' }), data.draft.occupation, data.errors.occupation)}
      ${data.pickers.jurisdiction.render(msg('Where you want to work', { id: 'gap.form.jurisdiction' }), msg('Type a province, state or country.', { id: 'gap.form.jurisdictionHint' }), data.draft.jurisdiction, data.errors.jurisdiction)}
    </div>
    ${f.section(
      'education',
      p.education,
      msg('Education', { id: 'gap.form.education' }),
      msg('Add education', { id: 'gap.form.addEducation' }),
      (n) => msg(str`Education ${n}`, { id: 'gap.form.educationN' }),
      (row: EducationRow, i) => html`
        ${f.select('education', i, 'level', msg('Level', { id: 'gap.form.level' }), row.level, levels)}
        ${f.select('education', i, 'fieldFamily', msg('Field of study', { id: 'gap.form.field' }), row.fieldFamily, fields)}
        ${countryInput('education', i, row.country)}
        ${f.input('education', i, 'year', msg('Year completed', { id: 'gap.form.year' }), { value: row.year, inputmode: 'numeric' })}
        ${f.input('education', i, 'fullTimeYears', msg('Years of full-time study', { id: 'gap.form.fullTimeYears' }), { value: row.fullTimeYears ?? '', inputmode: 'decimal', optional: true })}
        ${f.input('education', i, 'title', msg('Name of the qualification', { id: 'gap.form.qualification' }), { value: row.title, optional: true })}
        ${f.input('education', i, 'completedOn', msg('Day completed', { id: 'gap.form.completedOn' }), { type: 'date', value: row.completedOn ?? '', optional: true })}
        ${f.select('education', i, 'languageOfInstruction', msg('Language it was taught in', { id: 'gap.form.languageOfInstruction' }), row.languageOfInstruction ?? '', languages(row.languageOfInstruction ?? ''), true)}
      `,
    )}
    ${f.section(
      'assessments',
      p.assessments ?? [],
      msg('Credential assessments', { id: 'gap.form.assessments' }),
      msg('Add a credential assessment', { id: 'gap.form.addAssessment' }),
      (n) => msg(str`Credential assessment ${n}`, { id: 'gap.form.assessmentN' }),
      (row: AssessmentRow, i) => renderAssessment(f, row, i, p.education, levels, data.assessmentOutcomes, data.locale),
      msg('A report on your education by a service such as WES, ICAS or NNAS, and the credential it assessed.', { id: 'gap.form.assessmentsHint' }),
    )}
    ${f.section(
      'exams',
      p.exams ?? [],
      msg('Exams passed', { id: 'gap.form.exams' }),
      msg('Add an exam', { id: 'gap.form.addExam' }),
      (n) => msg(str`Exam ${n}`, { id: 'gap.form.examN' }),
      (row: ExamRow, i) => renderExam(f, row, i, data.exams),
      msg('A licensing or jurisprudence exam you have passed, such as the NCLEX-RN: some regulators count a pass you already hold.', { id: 'gap.form.examsHint' }),
    )}
    ${f.section(
      'licences',
      p.licences,
      msg('Licences', { id: 'gap.form.licences' }),
      msg('Add a licence', { id: 'gap.form.addLicence' }),
      (n) => msg(str`Licence ${n}`, { id: 'gap.form.licenceN' }),
      (row: LicenceRow, i) => html`
        ${f.input('licences', i, 'title', msg('Licence title', { id: 'gap.form.licenceTitle' }), { value: row.title })}
        ${f.select('licences', i, 'fieldFamily', msg('Field', { id: 'gap.form.licenceField' }), row.fieldFamily, fields)}
        ${f.input('licences', i, 'issuer', msg('Issued by', { id: 'gap.form.issuer' }), { value: row.issuer })}
        ${countryInput('licences', i, row.country)}
        ${f.select('licences', i, 'status', msg('Status', { id: 'gap.form.status' }), row.status, [
          ['active', msg('Active', { id: 'gap.form.active' })],
          ['lapsed', msg('Lapsed', { id: 'gap.form.lapsed' })],
          ['suspended', msg('Suspended', { id: 'gap.form.suspended' })],
        ])}
      `,
      msg('A licence to practise you hold or held in another country.', { id: 'gap.form.licencesHint' }),
    )}
    ${f.section(
      'experience',
      p.experience,
      msg('Work experience', { id: 'gap.form.experience' }),
      msg('Add work experience', { id: 'gap.form.addExperience' }),
      (n) => msg(str`Work experience ${n}`, { id: 'gap.form.experienceN' }),
      (row: ExperienceRow, i) => html`
        ${f.input('experience', i, 'role', msg('Role', { id: 'gap.form.role' }), { value: row.role, optional: true })}
        ${f.select('experience', i, 'fieldFamily', msg('Field', { id: 'gap.form.experienceField' }), row.fieldFamily, fields)}
        ${countryInput('experience', i, row.country)}
        ${f.input('experience', i, 'start', msg('First month', { id: 'gap.form.start' }), { type: 'month', value: row.start ?? '', optional: true })}
        ${f.input('experience', i, 'end', msg('Last month (empty if ongoing)', { id: 'gap.form.end' }), { type: 'month', value: row.end ?? '', optional: true })}
        ${f.input('experience', i, 'years', msg('Years', { id: 'gap.form.years' }), { value: row.years, inputmode: 'decimal', optional: Boolean(row.start) })}
        ${row.start ? nothing : f.input('experience', i, 'endYear', msg('Last year (empty if ongoing)', { id: 'gap.form.endYear' }), { value: row.endYear, inputmode: 'numeric', optional: true })}
        ${f.select('experience', i, 'language', msg('Language of the work', { id: 'gap.form.workLanguage' }), row.language ?? '', languages(row.language ?? ''), true)}
        ${row.language ? f.checkbox('experience', i, 'languageReference', msg('My employer can confirm my proficiency in this language in a reference', { id: 'gap.form.languageReference' }), row.languageReference === 'yes') : nothing}
        ${renderCompetencies(data, on, row, i)}
      `,
    )}
    ${f.section(
      'languageTests',
      p.languageTests,
      msg('Language tests', { id: 'gap.form.languageTests' }),
      msg('Add a language test', { id: 'gap.form.addLanguageTest' }),
      (n) => msg(str`Language test ${n}`, { id: 'gap.form.languageTestN' }),
      (row: LanguageRow, i) => html`
        ${f.select('languageTests', i, 'test', msg('Test', { id: 'gap.form.test' }), row.test, Object.entries(LANGUAGE_TESTS))}
        ${f.input('languageTests', i, 'takenOn', msg('Date taken', { id: 'gap.form.takenOn' }), { type: 'date', value: row.takenOn })}
        ${row.test === 'toefl-ibt'
          ? f.select('languageTests', i, 'scale', msg('Score scale', { id: 'gap.form.scale' }), row.scale ?? '', [
              ['0-30', msg('Sections from 0 to 30 (tests before 21 January 2026)', { id: 'gap.form.scale.sections' })],
              ['1-6', msg('Bands from 1 to 6 (tests from 21 January 2026)', { id: 'gap.form.scale.bands' })],
            ], true)
          : nothing}
        ${SKILLS.map((skill) => f.input('languageTests', i, skill, skillLabel(skill), { value: row[skill], inputmode: 'decimal', optional: skill === 'overall' }))}
        ${row.test === 'toefl-ibt' && row.scale === '1-6'
          ? f.input('languageTests', i, 'comparableTotal', msg('Comparable total (0 to 120)', { id: 'gap.form.comparableTotal' }), { value: row.comparableTotal ?? '', inputmode: 'numeric', optional: true })
          : nothing}
      `,
    )}
    <fieldset class="section bw-card" data-section="about">
      <legend>${msg('Where you live', { id: 'gap.form.about' })}</legend>
      <p class="bw-muted">${msg('Some exams are held only in one country: travel to them is a cost of its own.', { id: 'gap.form.aboutHint' })}</p>
      <div class="row">${f.country('about', 0, 'residenceCountry', country, p.residenceCountry ?? '', true)}</div>
    </fieldset>
    <div class="actions bw-toolbar">
      <button type="submit" class="bw-button" part="button submit">${msg('Show my gap map', { id: 'gap.form.submit' })}</button>
    </div>
  </form>`;
}
