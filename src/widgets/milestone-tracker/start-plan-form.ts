/**
 * The form that starts a plan, for a mentee with none: the occupation and the place chosen by
 * name (the catalogue's names in the person's language), a target date, the usual steps for
 * that goal, and, when they came to add a milestone, that first milestone.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { addDays, dateOf } from '../../core/plan/dates.js';
import type { CatalogueNames } from '../../ui/catalogue-names.js';
import { renderError } from '../../ui/states.js';

export type StartMode = 'plan' | 'milestone';

export interface StartPlanFields {
  occupationId: string;
  jurisdictionId: string;
  targetDate: string;
  fromTemplate: boolean;
  /** The first milestone's title (when they came to add a milestone). */
  firstMilestone?: string;
}

export interface StartPlanData {
  mode: StartMode;
  /** Undefined while the names load; null when they could not be loaded. */
  names: CatalogueNames | undefined | null;
  busy: boolean;
  /** Why the last attempt failed. */
  error: string;
}

export interface StartPlanCallbacks {
  onSubmit(fields: StartPlanFields): void;
  onCancel(): void;
  onRetryNames(): void;
}

const options = (pairs: readonly (readonly [string, string])[]) => pairs.map(([id, name]) => html`<option value=${id}>${name}</option>`);

export function renderStartPlanForm(data: StartPlanData, on: StartPlanCallbacks): TemplateResult {
  const { names } = data;
  const today = dateOf(new Date());
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const values = new FormData(event.target as HTMLFormElement);
    const text = (name: string) => String(values.get(name) ?? '').trim();
    on.onSubmit({
      occupationId: text('occupation'),
      jurisdictionId: text('jurisdiction'),
      targetDate: text('targetDate'),
      fromTemplate: values.get('fromTemplate') !== null,
      ...(data.mode === 'milestone' ? { firstMilestone: text('firstMilestone') } : {}),
    });
  };
  const body =
    names === null
      ? renderError('network', on.onRetryNames, msg('The list of occupations and places could not be loaded.', { id: 'plan.more.start.namesFailed' }))
      : html`<form @submit=${submit} aria-busy=${data.busy ? 'true' : 'false'}>
          ${data.mode === 'milestone'
            ? html`<p class="bw-muted">${msg('A milestone belongs to a plan: say what the plan is for, then your first milestone.', { id: 'plan.more.start.milestoneFirst' })}</p>`
            : nothing}
          <label class="bw-field__label" for="start-occupation">${msg('Occupation', { id: 'plan.more.start.occupation' })}</label>
          <select id="start-occupation" name="occupation" required class="bw-field__input" part="input">
            <option value="">${msg('Choose…', { id: 'plan.more.start.choose' })}</option>
            ${options(names?.occupations ?? [])}
          </select>
          <label class="bw-field__label" for="start-jurisdiction">${msg('Where you want to work', { id: 'plan.more.start.jurisdiction' })}</label>
          <select id="start-jurisdiction" name="jurisdiction" required class="bw-field__input" part="input">
            <option value="">${msg('Choose…', { id: 'plan.more.start.choose' })}</option>
            ${options(names?.jurisdictions ?? [])}
          </select>
          <label class="bw-field__label" for="start-target">${msg('Target date', { id: 'plan.more.start.target' })}</label>
          <input id="start-target" name="targetDate" type="date" required min=${today} .value=${addDays(today, 548)} class="bw-field__input" part="input" />
          <label class="check bw-check"><input type="checkbox" name="fromTemplate" checked /> ${msg('Start with the usual steps for this goal', { id: 'plan.more.start.template' })}</label>
          ${data.mode === 'milestone'
            ? html`<label class="bw-field__label" for="start-first">${msg('Your first milestone', { id: 'plan.more.start.first' })}</label>
                <input id="start-first" name="firstMilestone" required maxlength="200" class="bw-field__input" part="input" />`
            : nothing}
          ${data.error ? html`<p id="start-error" class="bw-field__error" part="error" role="alert" tabindex="-1">${data.error}</p>` : nothing}
          <div class="actions bw-toolbar">
            <button type="submit" class="bw-button" part="button" ?disabled=${data.busy || names === undefined}>${msg('Start my plan', { id: 'plan.more.start.submit' })}</button>
            <button type="button" class="bw-button bw-button--secondary" part="button" @click=${on.onCancel}>${msg('Cancel', { id: 'plan.more.cancel' })}</button>
          </div>
        </form>`;
  return html`<section class="panel start bw-card" part="start" aria-labelledby="start-title">
    <h3 id="start-title" tabindex="-1">${data.mode === 'milestone' ? msg('Add a milestone', { id: 'plan.add' }) : msg('Start a plan', { id: 'plan.start' })}</h3>
    ${body}
  </section>`;
}
