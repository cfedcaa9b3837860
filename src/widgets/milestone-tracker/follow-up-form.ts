/**
 * The short outcome form, loaded when it opens: employment, whether in the field trained for,
 * pay (optional), satisfaction, own words; the intake adds consent per purpose. Everything a
 * person typed stays in the form when sending fails.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { ConsentChoices, Employment, Enrolment, EnrolmentUpdate, LeaveReason, OutcomeAnswer, PayPeriod, QuoteConsent } from '../../api/outcomes.js';

/** What the form sends (declared here, so the lazily loaded form imports nothing of the controller that loads it). */
export interface FollowUpAnswer {
  answer: OutcomeAnswer;
  /** With the intake only. */
  consent?: ConsentChoices;
  /** The day a first role in the field started, when the person gives it. */
  firstRoleOn?: string;
}

/** A change of consent, or leaving the program with a reason. */
export type ConsentChange = Pick<EnrolmentUpdate, 'consent' | 'leftOn' | 'leaveReason'>;

export interface FollowUpFormData {
  which: 'intake' | number;
  busy: boolean;
  error: string;
  /** Ask for the day of a first role in the field (not recorded yet). */
  askFirstRole: boolean;
}

export interface FollowUpFormCallbacks {
  onSubmit(values: FollowUpAnswer): void;
  onCancel(): void;
}

const EMPLOYMENT: Array<[Employment, () => string]> = [
  ['employed', () => msg('Employed', { id: 'plan.more.followUp.employed' })],
  ['self-employed', () => msg('Self-employed', { id: 'plan.more.followUp.selfEmployed' })],
  ['not-employed', () => msg('Not working at the moment', { id: 'plan.more.followUp.notEmployed' })],
  ['studying', () => msg('Studying', { id: 'plan.more.followUp.studying' })],
];
const PERIODS: Array<[PayPeriod, () => string]> = [
  ['hour', () => msg('per hour', { id: 'plan.more.followUp.perHour' })],
  ['month', () => msg('per month', { id: 'plan.more.followUp.perMonth' })],
  ['year', () => msg('per year', { id: 'plan.more.followUp.perYear' })],
];
const QUOTE_CONSENT: Array<[QuoteConsent, () => string]> = [
  ['no', () => msg('Keep my words private', { id: 'plan.more.followUp.quoteNo' })],
  ['program', () => msg('The program\'s staff may read my words', { id: 'plan.more.followUp.quoteProgram' })],
  ['public', () => msg('My words may be quoted without my name (for example to funders)', { id: 'plan.more.followUp.quotePublic' })],
];

const LEAVE_REASONS: Array<[LeaveReason, () => string]> = [
  ['found-work', () => msg('I found work', { id: 'plan.more.followUp.leave.foundWork' })],
  ['moved', () => msg('I moved', { id: 'plan.more.followUp.leave.moved' })],
  ['no-time', () => msg('I have no time for it', { id: 'plan.more.followUp.leave.noTime' })],
  ['not-useful', () => msg('It did not help me', { id: 'plan.more.followUp.leave.notUseful' })],
  ['other', () => msg('Another reason', { id: 'plan.more.followUp.leave.other' })],
];

function quoteChoices(checked: QuoteConsent): TemplateResult[] {
  return QUOTE_CONSENT.map(([value, label]) => html`<label class="choice"><input type="radio" name="quoteConsent" value=${value} ?checked=${value === checked} /> ${label()}</label>`);
}

/** Reads the form; pay counts only when an amount is given. */
function read(form: HTMLFormElement, intake: boolean): FollowUpAnswer {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? '').trim();
  const employment = text('employment') as Employment;
  const working = employment === 'employed' || employment === 'self-employed';
  const amount = Number(text('pay').replace(',', '.'));
  const answer: OutcomeAnswer = {
    employment,
    inField: working ? data.get('inField') === 'on' : null,
    pay: working && text('pay') && Number.isFinite(amount) ? { amount: Math.round(amount), currency: text('currency').toUpperCase(), period: text('period') as PayPeriod } : null,
    satisfaction: text('satisfaction') ? Number(text('satisfaction')) : null,
    quote: text('quote') || null,
  };
  const consent: ConsentChoices | undefined = intake ? { figures: data.get('figures') === 'on', quote: text('quoteConsent') as QuoteConsent, gender: false } : undefined;
  return { answer, consent, firstRoleOn: working && answer.inField && text('firstRoleOn') ? text('firstRoleOn') : undefined };
}

export function renderFollowUpForm(data: FollowUpFormData, callbacks: FollowUpFormCallbacks): TemplateResult {
  const intake = data.which === 'intake';
  const title = intake ? msg('Your start in the program', { id: 'plan.more.followUp.intakeTitle' }) : msg(str`Your ${data.which}-month follow-up`, { id: 'plan.more.followUp.title' });
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    callbacks.onSubmit(read(event.target as HTMLFormElement, intake));
  };
  return html`<form class="follow-up-form bw-card" part="follow-up-form" aria-labelledby="follow-up-title" @submit=${submit}>
    <h3 id="follow-up-title">${title}</h3>
    <fieldset>
      <legend>${msg('Are you working?', { id: 'plan.more.followUp.working' })}</legend>
      ${EMPLOYMENT.map(([value, label], index) => html`<label class="choice"><input type="radio" name="employment" value=${value} ?required=${index === 0} /> ${label()}</label>`)}
    </fieldset>
    <label class="choice"><input type="checkbox" name="inField" /> ${msg('The work is in the field I trained for', { id: 'plan.more.followUp.inField' })}</label>
    ${data.askFirstRole
      ? html`<label class="field">${msg('If so, the day you started your first role in that field (optional)', { id: 'plan.more.followUp.firstRoleOn' })}
          <input class="bw-field__input" type="date" name="firstRoleOn" /></label>`
      : nothing}
    <fieldset class="pay">
      <legend>${msg('Pay before tax (optional)', { id: 'plan.more.followUp.pay' })}</legend>
      <label class="field">${msg('Amount', { id: 'plan.more.followUp.amount' })}<input class="bw-field__input" name="pay" inputmode="decimal" autocomplete="off" /></label>
      <label class="field">${msg('Currency', { id: 'plan.more.followUp.currency' })}<input class="bw-field__input" name="currency" value="CAD" maxlength="3" pattern="[A-Za-z]{3}" required autocomplete="off" /></label>
      <label class="field">${msg('Per', { id: 'plan.more.followUp.period' })}
        <select class="bw-field__input" name="period">${PERIODS.map(([value, label]) => html`<option value=${value}>${label()}</option>`)}</select></label>
    </fieldset>
    <fieldset>
      <legend>${msg('How satisfied are you with the program so far? (1: not at all, 5: very)', { id: 'plan.more.followUp.satisfaction' })}</legend>
      ${[1, 2, 3, 4, 5].map((n) => html`<label class="choice"><input type="radio" name="satisfaction" value=${n} /> ${n}</label>`)}
    </fieldset>
    <label class="field">${msg('In your own words (optional)', { id: 'plan.more.followUp.quote' })}
      <textarea class="bw-field__input" name="quote" maxlength="2000" rows="3" dir="auto"></textarea></label>
    ${intake
      ? html`<fieldset>
          <legend>${msg('What may be done with your answers', { id: 'plan.more.followUp.consent' })}</legend>
          <label class="choice"><input type="checkbox" name="figures" checked /> ${msg('Count them in the program\'s anonymous figures (small groups are never shown)', { id: 'plan.more.followUp.figures' })}</label>
          ${quoteChoices('no')}
          <p class="bw-muted">${msg('You can change this or withdraw it at any time.', { id: 'plan.more.followUp.withdraw' })}</p>
        </fieldset>`
      : nothing}
    ${data.error ? html`<p class="error" role="alert">${data.error}</p>` : nothing}
    <div class="actions bw-toolbar">
      <button class="bw-button" part="button" ?disabled=${data.busy}>${data.busy ? msg('Sending…', { id: 'plan.more.followUp.sending' }) : msg('Send', { id: 'plan.more.followUp.send' })}</button>
      <button type="button" class="bw-button bw-button--secondary" part="button" @click=${callbacks.onCancel}>${msg('Not now', { id: 'plan.more.followUp.cancel' })}</button>
    </div>
  </form>`;
}

export interface ConsentFormData {
  enrolment: Enrolment;
  busy: boolean;
  error: string;
}

/** What the person agreed to, changeable at any time, and leaving the program with a reason. */
export function renderConsentForm(data: ConsentFormData, callbacks: { onSubmit(change: ConsentChange): void; onCancel(): void }): TemplateResult {
  const { consent, leftOn } = data.enrolment;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const left = String(form.get('leftOn') ?? '');
    const change: ConsentChange = { consent: { figures: form.get('figures') === 'on', quote: String(form.get('quoteConsent')) as QuoteConsent, gender: consent.gender } };
    if (!leftOn && left) Object.assign(change, { leftOn: left, leaveReason: String(form.get('leaveReason')) as LeaveReason });
    callbacks.onSubmit(change);
  };
  return html`<form class="follow-up-form bw-card" part="follow-up-form" aria-labelledby="follow-up-title" @submit=${submit}>
    <h3 id="follow-up-title">${msg('Your answers and consent', { id: 'plan.followUp.consent' })}</h3>
    <fieldset>
      <legend>${msg('What may be done with your answers', { id: 'plan.more.followUp.consent' })}</legend>
      <label class="choice"><input type="checkbox" name="figures" ?checked=${consent.figures} /> ${msg('Count them in the program\'s anonymous figures (small groups are never shown)', { id: 'plan.more.followUp.figures' })}</label>
      ${quoteChoices(consent.quote)}
      <p class="bw-muted">${msg('Unticking takes your answers out of the figures from now on.', { id: 'plan.more.followUp.withdrawNow' })}</p>
    </fieldset>
    ${leftOn
      ? nothing
      : html`<fieldset>
          <legend>${msg('Leaving the program (optional)', { id: 'plan.more.followUp.leaving' })}</legend>
          <label class="field">${msg('The day you left', { id: 'plan.more.followUp.leftOn' })}<input class="bw-field__input" type="date" name="leftOn" /></label>
          <label class="field">${msg('Why', { id: 'plan.more.followUp.leaveReason' })}
            <select class="bw-field__input" name="leaveReason">${LEAVE_REASONS.map(([value, label]) => html`<option value=${value}>${label()}</option>`)}</select></label>
        </fieldset>`}
    ${data.error ? html`<p class="error" role="alert">${data.error}</p>` : nothing}
    <div class="actions bw-toolbar">
      <button class="bw-button" part="button" ?disabled=${data.busy}>${data.busy ? msg('Sending…', { id: 'plan.more.followUp.sending' }) : msg('Save', { id: 'plan.more.followUp.save' })}</button>
      <button type="button" class="bw-button bw-button--secondary" part="button" @click=${callbacks.onCancel}>${msg('Close', { id: 'plan.more.followUp.close' })}</button>
    </div>
  </form>`;
}
