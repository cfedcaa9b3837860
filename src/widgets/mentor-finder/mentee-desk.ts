/**
 * The mentee's side, loaded on demand: the request-introduction dialog and the list of
 * the mentee's requests (answer a question, withdraw, contact details once accepted).
 */
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { newIdempotencyKey } from '../../api/client.js';
import { ApiError } from '../../api/errors.js';
import type { IntroductionFollowUp, MenteeIntroduction, MentorOffer, MentorProfile } from '../../api/mentor.js';
import { createIntroduction, followUpIntroduction, listIntroductions } from '../../api/operations/mentors.js';
import { renderBadge } from '../../ui/blocks.js';
import { errorMessage } from '../../ui/errors.js';
import { declineLabel, offerLabel, statusLabel, statusTone } from './labels.js';
import { problemReason, type FinderHost } from './host.js';

const MESSAGE_MAX = 2000;
const MESSAGE_MIN = 20;
const safeUrl = (url: string | null) => (url && /^https?:\/\//i.test(url) ? url : undefined);

/** A sentence for a refused request, from the problem's reason. */
function refusal(error: unknown): string {
  switch (problemReason(error)) {
    case 'open-request-limit':
      return msg('You already have the most open requests allowed at once. Wait for an answer, or withdraw a request, then try again.', { id: 'mentor.error.openLimit' });
    case 'mentor-at-capacity':
      return msg('This mentor has no free place right now. Choose another mentor, or save this one and try later.', { id: 'mentor.error.atCapacity' });
    case 'mentor-paused':
      return msg('This mentor has paused new requests. Choose another mentor, or save this one and try later.', { id: 'mentor.error.paused' });
    case 'already-requested':
      return msg('You already have an open request with this mentor. You can follow it in your requests below.', { id: 'mentor.error.already' });
    default:
      return error instanceof ApiError ? errorMessage(error.kind) : errorMessage('unexpected');
  }
}

export class MenteeDesk implements ReactiveController {
  items: MenteeIntroduction[] = [];
  status: 'loading' | 'ready' | 'error' = 'loading';
  notice = '';
  private target?: MentorProfile;
  private opener?: HTMLElement;
  private sending = false;
  private result?: { ok: boolean; text: string };
  private idempotencyKey = '';
  private length = 0;
  private hopesMissing = false;

  constructor(private readonly host: FinderHost) {
    host.addController(this);
    void this.load();
  }

  hostConnected(): void {}

  async load(): Promise<void> {
    try {
      this.items = (await this.host.client.call(listIntroductions)).items;
      this.status = 'ready';
    } catch (error) {
      this.status = 'error';
      this.host.reportError(error, 'load');
    }
    this.host.requestUpdate();
  }

  private get dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector('dialog.intro');
  }

  open(mentor: MentorProfile, opener: HTMLElement): void {
    this.target = mentor;
    this.opener = opener;
    this.result = undefined;
    this.length = 0;
    this.hopesMissing = false;
    this.idempotencyKey = newIdempotencyKey();
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      const dialog = this.dialog;
      if (!dialog) return;
      dialog.querySelector('form')?.reset();
      if (!dialog.open) dialog.showModal();
      dialog.querySelector<HTMLTextAreaElement>('textarea')?.focus();
    });
  }

  private close = (): void => this.dialog?.close();

  private onClose = (): void => {
    const id = this.target?.id;
    this.target = undefined;
    this.host.requestUpdate();
    const opener = this.opener?.isConnected ? this.opener : id ? this.host.renderRoot.querySelector<HTMLElement>(`[data-request="${CSS.escape(id)}"]`) : null;
    opener?.focus();
  };

  private send = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const mentor = this.target;
    if (!mentor || this.sending) return;
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const message = String(data.get('message') ?? '').trim();
    const hopes = data.getAll('hopes').map(String) as MentorOffer[];
    this.hopesMissing = hopes.length === 0;
    if (this.hopesMissing || message.length < MESSAGE_MIN) {
      this.host.requestUpdate();
      return;
    }
    this.sending = true;
    this.result = undefined;
    this.host.requestUpdate();
    try {
      const request = await this.host.client.call(createIntroduction, { body: { mentorId: mentor.id, message, hopes }, idempotencyKey: this.idempotencyKey });
      this.result = {
        ok: true,
        text: msg(str`Your request was sent to ${mentor.displayName}. They have until ${this.host.formatters.date(request.respondBy)} to answer; you will see it in your requests.`, { id: 'mentor.dialog.sent' }),
      };
      this.host.emit('bw-mentor-introduction-requested', { mentorId: mentor.id, requestId: request.id });
      await this.load();
    } catch (error) {
      this.result = { ok: false, text: refusal(error) };
      if (!(error instanceof ApiError) || error.transient) this.host.reportError(error, 'load');
    } finally {
      this.sending = false;
      this.host.requestUpdate();
      void this.host.updateComplete.then(() => this.dialog?.querySelector<HTMLElement>('.result')?.focus());
    }
  };

  private async followUp(item: MenteeIntroduction, body: IntroductionFollowUp): Promise<void> {
    this.notice = '';
    try {
      await this.host.client.call(followUpIntroduction, { params: { introductionId: item.request.id }, body });
      this.notice = body.action === 'withdraw' ? msg(str`Your request to ${item.mentor.displayName} was withdrawn.`, { id: 'mentor.withdrawn' }) : msg(str`Your answer was sent to ${item.mentor.displayName}.`, { id: 'mentor.answered' });
    } catch (error) {
      this.notice =
        error instanceof ApiError && error.kind === 'conflict'
          ? msg('This request changed in the meantime. We reloaded it: check it, then try again.', { id: 'mentor.conflict' })
          : refusal(error);
      this.host.reportError(error, 'load');
    }
    this.host.announce(this.notice);
    await this.load();
  }

  private submitAnswer(event: SubmitEvent, item: MenteeIntroduction): void {
    event.preventDefault();
    const answer = String(new FormData(event.target as HTMLFormElement).get('answer') ?? '').trim();
    if (answer) void this.followUp(item, { action: 'answer', version: item.request.version, answer });
  }

  renderDialog(): TemplateResult | typeof nothing {
    const mentor = this.target;
    if (!mentor) return nothing;
    const done = this.result?.ok === true;
    const tooShort = this.length > 0 && this.length < MESSAGE_MIN;
    return html`<dialog class="intro" part="dialog" aria-labelledby="intro-title" @close=${this.onClose}>
      <form @submit=${this.send} novalidate>
        <h2 id="intro-title">${msg(str`Ask ${mentor.displayName} for an introduction`, { id: 'mentor.dialog.title' })}</h2>
        ${done
          ? nothing
          : html`<div class="bw-field">
                <label class="bw-field__label" for="intro-message">${msg('Your message', { id: 'mentor.dialog.message' })}</label>
                <span class="bw-field__hint" id="intro-hint">${msg('Say who you are, where you are in your recognition path, and what you hope to learn. Do not include contact details: they are shared once the mentor accepts.', { id: 'mentor.dialog.messageHint' })}</span>
                <textarea
                  id="intro-message"
                  name="message"
                  class="bw-field__input"
                  part="input"
                  rows="6"
                  required
                  minlength=${MESSAGE_MIN}
                  maxlength=${MESSAGE_MAX}
                  aria-describedby="intro-hint intro-count"
                  aria-invalid=${tooShort ? 'true' : 'false'}
                  @input=${(e: Event) => ((this.length = (e.target as HTMLTextAreaElement).value.trim().length), this.host.requestUpdate())}
                ></textarea>
                <span class="bw-field__hint" id="intro-count">${msg(str`${this.host.formatters.number(this.length)} of ${this.host.formatters.number(MESSAGE_MAX)} characters (at least ${this.host.formatters.number(MESSAGE_MIN)})`, { id: 'mentor.dialog.count' })}</span>
              </div>
              <fieldset class="hopes" aria-describedby=${this.hopesMissing ? 'intro-hopes-error' : nothing}>
                <legend class="bw-field__label">${msg('What do you hope for?', { id: 'mentor.dialog.hopes' })}</legend>
                ${mentor.offers.map((o, i) => html`<label class="check"><input type="checkbox" name="hopes" value=${o} part="input" ?checked=${i === 0} /> ${offerLabel(o)}</label>`)}
                ${this.hopesMissing ? html`<span class="bw-field__error" id="intro-hopes-error">${msg('Tick at least one.', { id: 'mentor.dialog.hopesMissing' })}</span>` : nothing}
              </fieldset>`}
        ${this.result
          ? html`<p class="result ${this.result.ok ? 'ok' : 'bad'}" tabindex="-1" role=${this.result.ok ? 'status' : 'alert'}>${this.result.text}</p>`
          : nothing}
        <div class="actions">
          ${done
            ? nothing
            : html`<button type="submit" class="bw-button" part="button" ?disabled=${this.sending}>
                ${this.sending ? msg('Sending…', { id: 'mentor.dialog.sending' }) : msg('Send request', { id: 'mentor.dialog.send' })}
              </button>`}
          <button type="button" class="bw-button bw-button--secondary" part="button" @click=${this.close}>${done ? msg('Close', { id: 'mentor.dialog.close' }) : msg('Cancel', { id: 'mentor.dialog.cancel' })}</button>
        </div>
      </form>
    </dialog>`;
  }

  private renderItem(item: MenteeIntroduction): TemplateResult {
    const { request: r, mentor, contact } = item;
    const f = this.host.formatters;
    const open = r.status === 'pending' || r.status === 'question';
    const booking = safeUrl(contact?.bookingUrl ?? null);
    return html`<li class="request" part="request" data-status=${r.status}>
      <div class="card__head">
        <h3>${mentor.displayName}</h3>
        ${renderBadge(statusTone(r.status), statusLabel(r.status))}
      </div>
      <p class="muted">
        ${msg(str`Sent ${f.date(r.createdAt)}`, { id: 'mentor.request.sent' })}${open ? html` · ${msg(str`Answer expected by ${f.date(r.respondBy)}`, { id: 'mentor.request.respondBy' })}` : nothing}
      </p>
      <p class="muted">${msg(str`You hoped for: ${f.list(r.hopes.map(offerLabel))}`, { id: 'mentor.request.hopes' })}</p>
      ${r.status === 'accepted' && contact
        ? html`<div class="contact" part="contact">
            <p>${msg('The mentor accepted. Get in touch:', { id: 'mentor.request.acceptedIntro' })}</p>
            <ul class="plain">
              <li><a href="mailto:${contact.email}">${contact.email}</a></li>
              ${contact.phone ? html`<li><a href="tel:${contact.phone.replace(/[^\d+]/g, '')}">${contact.phone}</a></li>` : nothing}
              ${booking ? html`<li><a href=${booking} target="_blank" rel="noopener noreferrer">${msg('Book a time', { id: 'mentor.request.book' })}</a></li>` : nothing}
              ${contact.note ? html`<li>${contact.note}</li>` : nothing}
            </ul>
          </div>`
        : nothing}
      ${r.status === 'declined'
        ? html`<p>${msg(str`${mentor.displayName} wrote: “${declineLabel(r.declineReason ?? 'other')}”`, { id: 'mentor.request.declined' })}</p>
            <p class="muted">${msg('This is not about you. You are free to ask another mentor.', { id: 'mentor.request.declinedHint' })}</p>`
        : nothing}
      ${r.status === 'expired' ? html`<p>${msg('No answer came in time. You are free to ask another mentor.', { id: 'mentor.request.expired' })}</p>` : nothing}
      ${r.question ? html`<p><strong>${msg('Question:', { id: 'mentor.request.question' })}</strong> ${r.question}</p>` : nothing}
      ${r.answer ? html`<p><strong>${msg('Your answer:', { id: 'mentor.request.answer' })}</strong> ${r.answer}</p>` : nothing}
      ${r.status === 'question'
        ? html`<form class="bw-field" @submit=${(e: SubmitEvent) => this.submitAnswer(e, item)}>
            <label class="bw-field__label" for="answer-${r.id}">${msg('Your answer', { id: 'mentor.request.answerLabel' })}</label>
            <textarea id="answer-${r.id}" name="answer" class="bw-field__input" part="input" required maxlength="2000" rows="3"></textarea>
            <button type="submit" class="bw-button" part="button">${msg('Send answer', { id: 'mentor.request.sendAnswer' })}</button>
          </form>`
        : nothing}
      ${open
        ? html`<div class="actions">
            <button type="button" class="bw-button bw-button--secondary" part="button" aria-describedby="withdraw-${r.id}" @click=${() => this.followUp(item, { action: 'withdraw', version: r.version })}>
              ${msg('Withdraw', { id: 'mentor.request.withdraw' })}
            </button>
            <span id="withdraw-${r.id}" class="bw-visually-hidden">${mentor.displayName}</span>
          </div>`
        : nothing}
    </li>`;
  }

  renderList(): TemplateResult {
    return html`<section class="requests" part="requests" aria-labelledby="requests-title">
      <h2 id="requests-title">${msg('Your introduction requests', { id: 'mentor.requests.title' })}</h2>
      ${this.notice ? html`<p class="notice">${this.notice}</p>` : nothing}
      ${this.status === 'error'
        ? html`<p role="alert">${msg('Your requests could not be loaded.', { id: 'mentor.requests.failed' })}
            <button type="button" class="bw-button bw-button--secondary" part="button" @click=${() => this.load()}>${msg('Try again', { id: 'state.retry' })}</button></p>`
        : this.items.length === 0
          ? html`<p class="muted">${this.status === 'loading' ? msg('Loading…', { id: 'state.loading' }) : msg('You have not asked anyone yet. Request an introduction from a mentor above.', { id: 'mentor.requests.none' })}</p>`
          : html`<ul class="plain request-list">
              ${this.items.map((item) => this.renderItem(item))}
            </ul>`}
    </section>`;
  }
}
