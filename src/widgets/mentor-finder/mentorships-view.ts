/**
 * Both sides' open mentorships, under their requests: propose the short agreement (goals,
 * meeting cadence, hours a month, expected end), confirm the one the other side proposed, and
 * close an active mentorship with a reason and optional feedback, which frees the mentor's
 * place. A change made meanwhile by the other side (409) reloads the list and says so.
 */
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { ApiError } from '../../api/errors.js';
import type { Mentorship } from '../../api/mentorship.js';
import { CloseReason, MeetingCadence } from '../../generated/contract.js';
import { closeMentorship, confirmMentorshipAgreement, listMentorships, setMentorshipAgreement } from '../../generated/operations.js';
import { renderBadge } from '../../ui/blocks.js';
import { errorMessage } from '../../ui/errors.js';
import { finderFormatters, type FinderHost } from './host.js';

export type Side = 'mentee' | 'mentor';

const CADENCES = MeetingCadence.options;
const CLOSE_REASONS = CloseReason.options;

function cadenceLabel(cadence: MeetingCadence): string {
  switch (cadence) {
    case 'weekly':
      return msg('Every week', { id: 'mentor.ship.cadence.weekly' });
    case 'fortnightly':
      return msg('Every two weeks', { id: 'mentor.ship.cadence.fortnightly' });
    case 'monthly':
      return msg('Every month', { id: 'mentor.ship.cadence.monthly' });
    default:
      return msg('When needed', { id: 'mentor.ship.cadence.asNeeded' });
  }
}

function closeReasonLabel(reason: CloseReason): string {
  switch (reason) {
    case 'goals-met':
      return msg('The goals are met', { id: 'mentor.ship.reason.goalsMet' });
    case 'period-ended':
      return msg('The agreed period ended', { id: 'mentor.ship.reason.periodEnded' });
    case 'no-longer-needed':
      return msg('It is no longer needed', { id: 'mentor.ship.reason.noLongerNeeded' });
    case 'not-a-good-fit':
      return msg('We are not a good fit', { id: 'mentor.ship.reason.notAGoodFit' });
    case 'no-time':
      return msg('There is no time for it now', { id: 'mentor.ship.reason.noTime' });
    case 'no-contact':
      return msg('We lost contact', { id: 'mentor.ship.reason.noContact' });
    default:
      return msg('Another reason', { id: 'mentor.ship.reason.other' });
  }
}

/** Six months from today, `YYYY-MM-DD`: the usual length of a program's mentorship. */
function sixMonthsOn(now = new Date()): string {
  const end = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 6, now.getUTCDate()));
  return end.toISOString().slice(0, 10);
}

export class MentorshipsPanel implements ReactiveController {
  items: Mentorship[] = [];
  notice = '';
  private busy = false;

  /** `changed` runs after a mentorship changed (a close frees a place the desk shows). */
  constructor(
    private readonly host: FinderHost,
    private readonly side: Side,
    private readonly changed: () => Promise<void> | void = () => undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  async load(): Promise<void> {
    try {
      this.items = (await this.host.client.call(listMentorships, { query: { status: 'open' } })).items;
    } catch (error) {
      this.host.reportError(error, 'load');
    }
    this.host.requestUpdate();
  }

  private async act(work: () => Promise<unknown>, done: string): Promise<void> {
    this.busy = true;
    this.host.requestUpdate();
    try {
      await work();
      this.notice = done;
    } catch (error) {
      this.notice = error instanceof ApiError && error.kind === 'conflict'
        ? msg('This mentorship changed in the meantime. We reloaded it: check it, then try again.', { id: 'mentor.ship.conflict' })
        : errorMessage(error instanceof ApiError ? error.kind : 'unexpected', 'mentoring');
      this.host.reportError(error, 'load');
    }
    this.busy = false;
    this.host.announce(this.notice);
    await Promise.all([this.load(), this.changed()]);
  }

  private propose(event: SubmitEvent, m: Mentorship): void {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const body = {
      version: m.version,
      goals: String(data.get('goals') ?? '').trim(),
      meetingCadence: String(data.get('cadence')) as MeetingCadence,
      hoursPerMonth: Number(data.get('hours')),
      expectedEndDate: String(data.get('end') ?? ''),
    };
    const other = this.other(m);
    void this.act(() => this.host.client.call(setMentorshipAgreement, { params: { mentorshipId: m.id }, body }),
      msg(str`Agreement proposed. It starts once ${other} confirms it.`, { id: 'mentor.ship.proposed' }));
  }

  private confirm(m: Mentorship): void {
    void this.act(() => this.host.client.call(confirmMentorshipAgreement, { params: { mentorshipId: m.id }, body: { version: m.version } }),
      msg('You confirmed the agreement.', { id: 'mentor.ship.confirmed' }));
  }

  private close(event: SubmitEvent, m: Mentorship): void {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const feedback = String(data.get('feedback') ?? '').trim();
    const body = { version: m.version, reason: String(data.get('reason')) as CloseReason, ...(feedback ? { feedback } : {}) };
    const other = this.other(m);
    void this.act(() => this.host.client.call(closeMentorship, { params: { mentorshipId: m.id }, body }),
      msg(str`Your mentorship with ${other} is closed.`, { id: 'mentor.ship.closed' }));
  }

  private other(m: Mentorship): string {
    return this.side === 'mentee' ? m.mentor.displayName : m.mentee.displayName;
  }

  private renderAgreementForm(m: Mentorship): TemplateResult {
    const id = (name: string) => `${name}-${m.id}`;
    return html`<form class="agreement-form reply" part="agreement-form" @submit=${(e: SubmitEvent) => this.propose(e, m)}>
      <label class="bw-field__label" for=${id('goals')}>${msg('Goals', { id: 'mentor.ship.goals' })}</label>
      <textarea id=${id('goals')} name="goals" class="bw-field__input" part="input" rows="3" required maxlength="2000"></textarea>
      <label class="bw-field__label" for=${id('cadence')}>${msg('Meetings', { id: 'mentor.ship.cadence' })}</label>
      <select id=${id('cadence')} name="cadence" class="bw-field__input" part="input">
        ${CADENCES.map((c) => html`<option value=${c} ?selected=${c === 'monthly'}>${cadenceLabel(c)}</option>`)}
      </select>
      <label class="bw-field__label" for=${id('hours')}>${msg('Hours a month', { id: 'mentor.ship.hours' })}</label>
      <input id=${id('hours')} name="hours" class="bw-field__input" part="input" type="number" min="1" max="40" required value="2" />
      <label class="bw-field__label" for=${id('end')}>${msg('Expected end', { id: 'mentor.ship.end' })}</label>
      <input id=${id('end')} name="end" class="bw-field__input" part="input" type="date" required value=${sixMonthsOn()} />
      <button type="submit" class="bw-button" part="button" ?disabled=${this.busy}>${msg('Propose this agreement', { id: 'mentor.ship.propose' })}</button>
    </form>`;
  }

  private renderAgreement(m: Mentorship): TemplateResult {
    const a = m.agreement!;
    const f = finderFormatters(this.host.resolvedLocale);
    return html`<dl class="agreement facts" part="agreement">
      <dt>${msg('Goals', { id: 'mentor.ship.goals' })}</dt><dd>${a.goals}</dd>
      <dt>${msg('Meetings', { id: 'mentor.ship.cadence' })}</dt><dd>${cadenceLabel(a.meetingCadence)}</dd>
      <dt>${msg('Hours a month', { id: 'mentor.ship.hours' })}</dt><dd>${f.number(a.hoursPerMonth)}</dd>
      <dt>${msg('Expected end', { id: 'mentor.ship.end' })}</dt><dd>${f.date(a.expectedEndDate)}</dd>
    </dl>`;
  }

  private renderAgreeing(m: Mentorship): TemplateResult {
    if (!m.agreement) return this.renderAgreementForm(m);
    const mine = this.side === 'mentee' ? m.menteeConfirmedAt : m.mentorConfirmedAt;
    return html`${this.renderAgreement(m)}
      ${mine
        ? html`<p class="bw-muted">${msg(str`Waiting for ${this.other(m)} to confirm the agreement.`, { id: 'mentor.ship.waiting' })}</p>`
        : html`<button type="button" class="bw-button" part="button" ?disabled=${this.busy} @click=${() => this.confirm(m)}>${msg('Confirm the agreement', { id: 'mentor.ship.confirm' })}</button>`}`;
  }

  private renderClose(m: Mentorship): TemplateResult {
    const id = (name: string) => `${name}-${m.id}`;
    return html`<form class="close-form reply" part="close-form" @submit=${(e: SubmitEvent) => this.close(e, m)}>
      <label class="bw-field__label" for=${id('reason')}>${msg('Why you close it', { id: 'mentor.ship.reason' })}</label>
      <select id=${id('reason')} name="reason" class="bw-field__input" part="input">
        ${CLOSE_REASONS.map((r) => html`<option value=${r}>${closeReasonLabel(r)}</option>`)}
      </select>
      <label class="bw-field__label" for=${id('feedback')}>${msg('Feedback (optional)', { id: 'mentor.ship.feedback' })}</label>
      <textarea id=${id('feedback')} name="feedback" class="bw-field__input" part="input" rows="2" maxlength="2000"></textarea>
      <button type="submit" class="bw-button bw-button--secondary" part="button" ?disabled=${this.busy}>${msg('Close the mentorship', { id: 'mentor.ship.close' })}</button>
    </form>`;
  }

  private renderItem(m: Mentorship): TemplateResult {
    const titleId = `ship-${m.id}`;
    const active = m.status === 'active';
    return html`<li class="mentorship bw-card" part="mentorship" data-status=${m.status} aria-labelledby=${titleId}>
      <div class="card__head">
        <h3 id=${titleId}>${this.other(m)}</h3>
        ${renderBadge(active ? 'success' : 'neutral', active ? msg('Active', { id: 'mentor.ship.active' }) : msg('Agreeing', { id: 'mentor.ship.agreeing' }))}
      </div>
      ${active ? html`${this.renderAgreement(m)}${this.renderClose(m)}` : this.renderAgreeing(m)}
    </li>`;
  }

  render(): TemplateResult {
    return html`<section class="mentorships bw-section" part="mentorships" aria-labelledby="mentorships-title">
      <h2 id="mentorships-title">${msg('Your mentorships', { id: 'mentor.ship.title' })}</h2>
      ${this.notice ? html`<p class="notice bw-status" data-tone="info">${this.notice}</p>` : nothing}
      ${this.items.length
        ? html`<ul class="bw-list request-list">${this.items.map((m) => this.renderItem(m))}</ul>`
        : html`<p class="bw-muted">${msg('None open. Once a request is accepted, you agree on goals and time here.', { id: 'mentor.ship.none' })}</p>`}
    </section>`;
  }
}
