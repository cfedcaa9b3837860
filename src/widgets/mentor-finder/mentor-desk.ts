/**
 * Mentor mode, loaded on demand: the requests a mentor received (accept, decline with a
 * kind reason, ask a question first), ten at a time, and pausing or resuming new requests.
 * A reply to a request that changed meanwhile (409) reloads the list and says so. Accept
 * is disabled, saying why, while every place is taken.
 */
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { ApiError } from '../../api/errors.js';
import type { DeclineReason, IntroductionReply, IntroductionRequest, MentorProfile } from '../../api/mentor.js';
import { getOwnMentorProfile, listMentorIntroductions, pauseOwnMentorProfile, replyToIntroduction } from '../../generated/operations.js';
import { renderBadge } from '../../ui/blocks.js';
import { errorMessage } from '../../ui/errors.js';
import { renderError, renderLoading } from '../../ui/states.js';
import { DECLINE_REASONS, declineLabel, statusLabel, statusTone } from './desk-labels.js';
import { offerLabel } from './labels.js';

/** The desks' styles come with their code. */
export { deskStyles as partStyles } from './desks.styles.js';
import { finderFormatters, problemReason, type FinderHost } from './host.js';
import { RequestPages } from './request-pages.js';
import { MentorshipsPanel } from './mentorships-view.js';

const allPlacesTaken = () => msg('All your places are taken. Decline with "All my places are taken", or free a place first.', { id: 'mentor.desk.full' });

/** The element's `formatters` in mentor mode, once this desk is here. */
export { finderFormatters } from './host.js';

export class MentorDesk implements ReactiveController {
  profile?: MentorProfile;
  status: 'loading' | 'ready' | 'error' = 'loading';
  notice = '';
  private error?: unknown;
  private busy = false;
  private readonly pages: RequestPages<IntroductionRequest>;
  /** The mentorships accepted requests became: a close frees a place, so the load is read again. */
  private readonly mentorships: MentorshipsPanel;

  constructor(private readonly host: FinderHost) {
    host.addController(this);
    this.pages = new RequestPages(host, (query) => host.client.call(listMentorIntroductions, { query }), '.desk .request');
    this.mentorships = new MentorshipsPanel(host, 'mentor', () => this.load());
    void this.load();
  }

  /** The requests loaded so far. */
  get requests(): IntroductionRequest[] {
    return this.pages.items;
  }

  hostConnected(): void {}

  async load(): Promise<void> {
    try {
      const [profile] = await Promise.all([this.host.client.call(getOwnMentorProfile), this.pages.reload(), this.mentorships.load()]);
      this.profile = profile;
      this.status = 'ready';
    } catch (error) {
      this.status = 'error';
      this.error = error;
      this.host.reportError(error, 'load');
    }
    this.host.requestUpdate();
  }

  private say(text: string): void {
    this.notice = text;
    this.host.announce(text);
  }

  private async pause(paused: boolean): Promise<void> {
    this.busy = true;
    this.host.requestUpdate();
    try {
      this.profile = await this.host.client.call(pauseOwnMentorProfile, { body: { paused } });
      this.say(paused ? msg('New requests are paused. Requests you already have stay open.', { id: 'mentor.desk.pausedNotice' }) : msg('You are taking new requests again.', { id: 'mentor.desk.resumedNotice' }));
    } catch (error) {
      this.say(error instanceof ApiError ? errorMessage(error.kind, 'mentoring') : errorMessage('unexpected'));
      this.host.reportError(error, 'load');
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  private async reply(request: IntroductionRequest, body: IntroductionReply): Promise<void> {
    this.busy = true;
    this.host.requestUpdate();
    try {
      await this.host.client.call(replyToIntroduction, { params: { introductionId: request.id }, body });
      this.say(
        body.action === 'accept'
          ? msg('Accepted. The mentee now sees your contact details.', { id: 'mentor.desk.acceptedNotice' })
          : body.action === 'decline'
            ? msg('Declined. The mentee sees your kind reason and is free to ask someone else.', { id: 'mentor.desk.declinedNotice' })
            : msg('Your question was sent. The request stays open until the mentee answers.', { id: 'mentor.desk.askedNotice' }),
      );
    } catch (error) {
      if (error instanceof ApiError && error.kind === 'conflict') {
        this.say(msg('This request changed in the meantime (the mentee may have answered or withdrawn). We reloaded it: check it, then answer again.', { id: 'mentor.desk.conflict' }));
      } else if (problemReason(error) === 'mentor-at-capacity') {
        this.say(allPlacesTaken());
      } else {
        this.say(error instanceof ApiError ? errorMessage(error.kind, 'mentoring') : errorMessage('unexpected'));
      }
      this.host.reportError(error, 'load');
    } finally {
      this.busy = false;
    }
    await this.load();
  }

  private onDecline(event: SubmitEvent, request: IntroductionRequest): void {
    event.preventDefault();
    const reason = String(new FormData(event.target as HTMLFormElement).get('reason') ?? '') as DeclineReason;
    if (DECLINE_REASONS.includes(reason)) void this.reply(request, { action: 'decline', version: request.version, reason });
  }

  private onAsk(event: SubmitEvent, request: IntroductionRequest): void {
    event.preventDefault();
    const question = String(new FormData(event.target as HTMLFormElement).get('question') ?? '').trim();
    if (question) void this.reply(request, { action: 'ask', version: request.version, question });
  }

  /** Why Accept is disabled, when it is: every place is taken, or an answer is being sent. */
  private acceptBlocked(profile: MentorProfile): string | undefined {
    if (profile.currentLoad >= profile.capacity) return allPlacesTaken();
    if (this.busy) return msg('Sending your answer…', { id: 'mentor.desk.sending' });
    return undefined;
  }

  private renderRequest(r: IntroductionRequest, index: number, profile: MentorProfile): TemplateResult {
    const f = finderFormatters(this.host.resolvedLocale);
    const label = `req-${r.id}`;
    const blocked = this.acceptBlocked(profile);
    return html`<li class="request bw-card" part="request" data-status=${r.status} data-index=${index} tabindex="-1" aria-labelledby=${label}>
      <div class="card__head">
        <h3 id=${label}>${msg(str`Request ${f.number(index + 1)}, received ${f.date(r.createdAt)}`, { id: 'mentor.desk.requestTitle' })}</h3>
        ${renderBadge(statusTone(r.status), statusLabel(r.status))}
      </div>
      <p class="bw-muted">${msg(str`Please answer by ${f.date(r.respondBy)}.`, { id: 'mentor.desk.respondBy' })}</p>
      <p class="message">${r.message}</p>
      <p class="bw-muted">${msg(str`Hopes for: ${f.list(r.hopes.map(offerLabel))}`, { id: 'mentor.desk.hopes' })}</p>
      ${r.question ? html`<p><strong>${msg('Your question:', { id: 'mentor.desk.yourQuestion' })}</strong> ${r.question}</p>` : nothing}
      ${r.answer ? html`<p><strong>${msg('Their answer:', { id: 'mentor.desk.theirAnswer' })}</strong> ${r.answer}</p>` : nothing}
      <div class="actions bw-toolbar">
        <button type="button" class="bw-button" part="button" aria-describedby="${label}${blocked ? ` accept-why-${r.id}` : ''}" ?disabled=${blocked !== undefined} @click=${() => this.reply(r, { action: 'accept', version: r.version })}>
          ${msg('Accept', { id: 'mentor.desk.accept' })}
        </button>
        ${blocked ? html`<p class="bw-muted why-disabled" id="accept-why-${r.id}">${blocked}</p>` : nothing}
      </div>
      <form class="reply" @submit=${(e: SubmitEvent) => this.onDecline(e, r)}>
        <label class="bw-field__label" for="reason-${r.id}">${msg('Kind reason', { id: 'mentor.desk.reason' })}</label>
        <select id="reason-${r.id}" name="reason" class="bw-field__input" part="input">
          ${DECLINE_REASONS.map((reason) => html`<option value=${reason}>${declineLabel(reason)}</option>`)}
        </select>
        <button type="submit" class="bw-button bw-button--secondary" part="button" aria-describedby=${label} ?disabled=${this.busy}>${msg('Decline', { id: 'mentor.desk.decline' })}</button>
      </form>
      ${r.status === 'pending'
        ? html`<form class="reply" @submit=${(e: SubmitEvent) => this.onAsk(e, r)}>
            <label class="bw-field__label" for="question-${r.id}">${msg('Ask a question before you decide', { id: 'mentor.desk.askLabel' })}</label>
            <textarea id="question-${r.id}" name="question" class="bw-field__input" part="input" rows="2" required maxlength="1000"></textarea>
            <button type="submit" class="bw-button bw-button--secondary" part="button" aria-describedby=${label} ?disabled=${this.busy}>${msg('Ask', { id: 'mentor.desk.ask' })}</button>
          </form>`
        : nothing}
    </li>`;
  }

  render(): TemplateResult {
    if (this.status === 'loading' && !this.profile) return renderLoading();
    if (this.status === 'error' && !this.profile) {
      const kind = this.error instanceof ApiError ? this.error.kind : 'unexpected';
      return renderError(kind, () => void ((this.status = 'loading'), this.host.requestUpdate(), this.load()),
        kind === 'not-found' || kind === 'auth' ? msg('This account has no mentor profile here. Ask your program coordinator to link one.', { id: 'mentor.desk.noProfile' }) : undefined);
    }
    const p = this.profile!;
    const f = finderFormatters(this.host.resolvedLocale);
    const paused = p.status === 'paused';
    return html`<section class="desk bw-section" part="mentor-desk" aria-labelledby="desk-title">
      <h2 id="desk-title">${msg('Introduction requests for you', { id: 'mentor.desk.title' })}</h2>
      <p>
        ${msg(str`${p.displayName}: ${f.number(p.currentLoad)} of ${f.number(p.capacity)} places taken.`, { id: 'mentor.desk.load' })}
        ${renderBadge(paused ? 'warning' : 'success', paused ? msg('Paused', { id: 'mentor.desk.paused' }) : msg('Taking requests', { id: 'mentor.desk.active' }))}
      </p>
      <button type="button" class="bw-button bw-button--secondary" part="button" ?disabled=${this.busy} @click=${() => this.pause(!paused)}>
        ${paused ? msg('Resume new requests', { id: 'mentor.desk.resume' }) : msg('Pause new requests', { id: 'mentor.desk.pause' })}
      </button>
      ${this.notice ? html`<p class="notice bw-status" data-tone="info">${this.notice}</p>` : nothing}
      ${this.requests.length
        ? html`<ul class="bw-list request-list">
              ${this.requests.map((r, i) => this.renderRequest(r, i, p))}
            </ul>
            ${this.pages.renderMore()}`
        : html`<p class="bw-muted">${msg('No open requests. New ones appear here.', { id: 'mentor.desk.none' })}</p>`}
    </section>
    ${this.mentorships.render()}`;
  }
}
