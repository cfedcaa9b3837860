/**
 * Check-ins with a mentor: the form that records one, and the list (queued ones first, marked
 * "Not saved yet"), newest first, a page at a time ("Show more check-ins" reads older ones).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { CheckIn, CheckInCreate } from '../../api/plan.js';
import { dateOf } from '../../core/plan/dates.js';
import { renderBadge } from '../../ui/blocks.js';
import { selectOptions } from '../../ui/select-options.js';
import type { Formatters } from '../../ui/format.js';
import type { CheckInInput } from './plan-edits.js';
import { renderShowMore, type MoreState } from './show-more.js';

export interface CheckInsData {
  checkIns: CheckIn[];
  /** Check-ins on their way to the server. */
  queued: CheckInCreate[];
  format: Formatters;
  /** How reading older check-ins stands, when there are more to read. */
  more?: MoreState;
}

export interface CheckInsCallbacks {
  /** Returns true when the check-in was queued (the form is then cleared). */
  onRecord(input: CheckInInput): boolean;
  /** Reads the next, older check-ins. */
  onMore(): void;
}

export function renderCheckIns(data: CheckInsData, on: CheckInsCallbacks): TemplateResult {
  const { format } = data;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const values = new FormData(form);
    const input = {
      date: String(values.get('date') ?? ''),
      summary: String(values.get('summary') ?? '').trim(),
      confidence: Number(values.get('confidence') ?? 3),
      nextSteps: String(values.get('nextSteps') ?? '').trim(),
    };
    if (on.onRecord(input)) form.reset();
  };
  const all: (CheckIn | CheckInCreate)[] = [...data.queued, ...data.checkIns];
  return html`<section class="bw-section" aria-labelledby="checkins-title">
    <h3 id="checkins-title">${msg('Check-ins', { id: 'plan.more.checkIns' })}</h3>
    <form @submit=${submit}>
      <label class="bw-field__label" for="ci-date">${msg('Date', { id: 'plan.more.checkIn.date' })}</label>
      <input id="ci-date" name="date" type="date" class="bw-field__input" part="input" .value=${dateOf(new Date())} />
      <label class="bw-field__label" for="ci-summary">${msg('What did you talk about?', { id: 'plan.more.checkIn.summary' })}</label>
      <textarea id="ci-summary" name="summary" required maxlength="5000" class="bw-field__input" part="input"></textarea>
      <label class="bw-field__label" for="ci-confidence">${msg('Confidence in the plan (1 to 5)', { id: 'plan.more.checkIn.confidence' })}</label>
      <select id="ci-confidence" name="confidence" class="bw-field__input" part="input" ${selectOptions([1, 2, 3, 4, 5].map((n) => [String(n), format.number(n)] as const), '3')}></select>
      <label class="bw-field__label" for="ci-next">${msg('Next steps', { id: 'plan.more.checkIn.nextSteps' })}</label>
      <textarea id="ci-next" name="nextSteps" maxlength="5000" class="bw-field__input" part="input"></textarea>
      <button type="submit" class="bw-button" part="button">${msg('Record check-in', { id: 'plan.more.checkIn.record' })}</button>
    </form>
    <ul class="bw-list">
      ${all.map(
        (c) => html`<li class="item bw-card" tabindex="-1" data-check-in=${'id' in c ? c.id : nothing}>
          <span class="title">${format.date(c.date)}</span>
          <span>${c.summary}</span>
          ${c.nextSteps ? html`<span class="bw-muted">${msg(str`Next steps: ${c.nextSteps}`, { id: 'plan.more.checkIn.next' })}</span>` : nothing}
          <span class="bw-muted">${msg(str`Confidence ${c.confidence} of 5`, { id: 'plan.more.checkIn.confidenceValue' })}</span>
          ${'createdAt' in c ? nothing : renderBadge('warning', msg('Not saved yet', { id: 'plan.unsaved' }))}
        </li>`,
      )}
    </ul>
    ${data.more ? renderShowMore(data.more, msg('Show more check-ins', { id: 'plan.more.showMoreCheckIns' }), on.onMore) : nothing}
  </section>`;
}
