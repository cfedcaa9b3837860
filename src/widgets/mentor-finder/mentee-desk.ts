/**
 * The mentee's side, loaded on demand: the list of the mentee's requests, ten at a time
 * (answer a question, withdraw, contact details once accepted), saving a mentor from a card,
 * and the request-introduction dialog, whose code loads once the mentee asks for an
 * introduction (a click while it loads opens the dialog once it is here).
 */
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { ApiError } from '../../api/errors.js';
import type { IntroductionFollowUp, MenteeIntroduction, MentorProfile } from '../../api/mentor.js';
import { followUpIntroduction, listIntroductions } from '../../generated/operations.js';
import { renderBadge } from '../../ui/blocks.js';
import { LazyPart } from '../../ui/lazy.js';
import { declineLabel, statusLabel, statusTone } from './desk-labels.js';
import { offerLabel } from './labels.js';
import { finderFormatters, type FinderHost } from './host.js';
import type { IntroductionDialog } from './introduction-dialog.js';
import { refusal } from './request-refusal.js';
import { RequestPages } from './request-pages.js';
import { MentorshipsPanel } from './mentorships-view.js';
import type { SavedMentors } from './saved-mentors.js';
import { toggleSaved } from './save-mentor.js';

/** The desks' styles come with their code. */
export { deskStyles as partStyles } from './desks.styles.js';

const safeUrl = (url: string | null) => (url && /^https?:\/\//i.test(url) ? url : undefined);

export class MenteeDesk implements ReactiveController {
  status: 'loading' | 'ready' | 'error' = 'loading';
  notice = '';
  private readonly pages: RequestPages<MenteeIntroduction>;
  /** The introduction dialog's code and styles, loaded once a mentee asks for an introduction. */
  readonly dialogPart: LazyPart<typeof import('./introduction-dialog.js')>;
  private dialog?: IntroductionDialog;
  private readonly mentorships: MentorshipsPanel;

  constructor(
    private readonly host: FinderHost,
    private readonly saved: SavedMentors,
  ) {
    host.addController(this);
    this.mentorships = new MentorshipsPanel(host, 'mentee');
    this.pages = new RequestPages(host, (query) => host.client.call(listIntroductions, { query }), '.requests .request');
    this.dialogPart = new LazyPart(host, () => import('./introduction-dialog.js'));
    void this.load();
  }

  hostConnected(): void {}

  /** The mentee's requests loaded so far. */
  get items(): MenteeIntroduction[] {
    return this.pages.items;
  }

  async load(): Promise<void> {
    try {
      await Promise.all([this.pages.reload(), this.mentorships.load()]);
      this.status = 'ready';
    } catch (error) {
      this.status = 'error';
      this.host.reportError(error, 'load');
    }
    this.host.requestUpdate();
  }

  /** Opens the dialog for `mentor`, once its code is here (a chunk that does not arrive is reported; the button tries again). */
  async open(mentor: MentorProfile, opener: HTMLElement): Promise<void> {
    const code = await this.dialogPart.load();
    if (code) (this.dialog ??= new code.IntroductionDialog(this.host, () => this.load())).open(mentor, opener);
  }

  /** Saves the mentor, or forgets them when saved. */
  toggleSaved(mentor: MentorProfile): Promise<void> {
    return toggleSaved(this.host, this.saved, mentor);
  }

  renderDialog(): TemplateResult | typeof nothing {
    return this.dialog?.render() ?? nothing;
  }

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

  private renderItem(item: MenteeIntroduction, index: number): TemplateResult {
    const { request: r, mentor, contact } = item;
    const f = finderFormatters(this.host.resolvedLocale);
    const open = r.status === 'pending' || r.status === 'question';
    const booking = safeUrl(contact?.bookingUrl ?? null);
    return html`<li class="request bw-card" part="request" data-status=${r.status} data-index=${index} tabindex="-1">
      <div class="card__head">
        <h3>${mentor.displayName}</h3>
        ${renderBadge(statusTone(r.status), statusLabel(r.status))}
      </div>
      <p class="bw-muted">
        ${msg(str`Sent ${f.date(r.createdAt)}`, { id: 'mentor.request.sent' })}${open ? html` · ${msg(str`Answer expected by ${f.date(r.respondBy)}`, { id: 'mentor.request.respondBy' })}` : nothing}
      </p>
      <p class="bw-muted">${msg(str`You hoped for: ${f.list(r.hopes.map(offerLabel))}`, { id: 'mentor.request.hopes' })}</p>
      ${r.status === 'accepted' && contact
        ? html`<div class="contact bw-status" data-tone="success" part="contact">
            <p>${msg('The mentor accepted. Get in touch:', { id: 'mentor.request.acceptedIntro' })}</p>
            <ul class="bw-list">
              <li><a href="mailto:${contact.email}">${contact.email}</a></li>
              ${contact.phone ? html`<li><a href="tel:${contact.phone.replace(/[^\d+]/g, '')}">${contact.phone}</a></li>` : nothing}
              ${booking ? html`<li><a href=${booking} target="_blank" rel="noopener noreferrer">${msg('Book a time', { id: 'mentor.request.book' })}</a></li>` : nothing}
              ${contact.note ? html`<li>${contact.note}</li>` : nothing}
            </ul>
          </div>`
        : nothing}
      ${r.status === 'declined'
        ? html`<p>${msg(str`${mentor.displayName} wrote: “${declineLabel(r.declineReason ?? 'other')}”`, { id: 'mentor.request.declined' })}</p>
            <p class="bw-muted">${msg('This is not about you. You are free to ask another mentor.', { id: 'mentor.request.declinedHint' })}</p>`
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
        ? html`<div class="actions bw-toolbar">
            <button type="button" class="bw-button bw-button--secondary" part="button" aria-describedby="withdraw-${r.id}" @click=${() => this.followUp(item, { action: 'withdraw', version: r.version })}>
              ${msg('Withdraw', { id: 'mentor.request.withdraw' })}
            </button>
            <span id="withdraw-${r.id}" class="bw-visually-hidden">${mentor.displayName}</span>
          </div>`
        : nothing}
    </li>`;
  }

  renderList(): TemplateResult {
    return html`<section class="requests bw-section" part="requests" aria-labelledby="requests-title">
      <h2 id="requests-title">${msg('Your introduction requests', { id: 'mentor.requests.title' })}</h2>
      ${this.notice ? html`<p class="notice bw-status" data-tone="info">${this.notice}</p>` : nothing}
      ${this.status === 'error'
        ? html`<p role="alert">${msg('Your requests could not be loaded.', { id: 'mentor.requests.failed' })}
            <button type="button" class="bw-button bw-button--secondary" part="button" @click=${() => this.load()}>${msg('Try again', { id: 'state.retry' })}</button></p>`
        : this.items.length === 0
          ? html`<p class="bw-muted">${this.status === 'loading' ? msg('Loading…', { id: 'state.loading' }) : msg('You have not asked anyone yet. Request an introduction from a mentor above.', { id: 'mentor.requests.none' })}</p>`
          : html`<ul class="bw-list request-list">
                ${this.items.map((item, i) => this.renderItem(item, i))}
              </ul>
              ${this.pages.renderMore()}`}
    </section>
    ${this.mentorships.render()}`;
  }
}
