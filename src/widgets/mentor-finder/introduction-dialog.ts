/**
 * The request-introduction dialog, a part of the mentee's desk loaded once a mentee asks for an
 * introduction (with its styles): the message (with a text error
 * when it is too short), what the mentee hopes for, contact details flagged before sending
 * (they are shared only once the mentor accepts), and a question before a typed message is
 * thrown away (Escape or Cancel). It fits a 320 px screen with Send in view.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { newIdempotencyKey } from '../../api/client.js';
import { ApiError } from '../../api/errors.js';
import type { MentorOffer, MentorProfile } from '../../api/mentor.js';
import { createIntroduction } from '../../generated/operations.js';
import { findContactDetails, type ContactDetail } from '../../core/mentor/contact-details.js';
import { offerLabel } from './labels.js';
import { finderFormatters, type FinderHost } from './host.js';
import { refusal } from './request-refusal.js';

export { introductionDialogStyles as partStyles } from './introduction-dialog.styles.js';

const MESSAGE_MAX = 2000;
const MESSAGE_MIN = 20;

function contactKindLabel(kind: ContactDetail['kind']): string {
  if (kind === 'email') return msg('an email address', { id: 'mentor.dialog.contact.email' });
  if (kind === 'phone') return msg('a phone number', { id: 'mentor.dialog.contact.phone' });
  return msg('a web address', { id: 'mentor.dialog.contact.url' });
}

export class IntroductionDialog {
  private target?: MentorProfile;
  private opener?: HTMLElement;
  private sending = false;
  private result?: { ok: boolean; text: string };
  private idempotencyKey = '';
  private text = '';
  private hopesMissing = false;
  /** A send was refused because the message is too short: the error stays until it is long enough. */
  private tooShortShown = false;
  /** The mentee saw the contact details flagged and chose to send anyway. */
  private contactsAcknowledged = false;
  /** Escape or Cancel with a typed message: asking whether to throw it away. */
  private confirmingDiscard = false;

  constructor(
    private readonly host: FinderHost,
    /** Called once a request was sent (the desk reloads its list). */
    private readonly onSent: () => Promise<void>,
  ) {}

  private get dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector('dialog.intro');
  }

  private get contacts(): ContactDetail[] {
    return findContactDetails(this.text);
  }

  open(mentor: MentorProfile, opener: HTMLElement): void {
    this.target = mentor;
    this.opener = opener;
    this.result = undefined;
    this.text = '';
    this.hopesMissing = this.tooShortShown = this.contactsAcknowledged = this.confirmingDiscard = false;
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

  private focusIn(selector: string): void {
    void this.host.updateComplete.then(() => this.dialog?.querySelector<HTMLElement>(selector)?.focus());
  }

  /** Closes, unless a typed message would be lost: then asks first. */
  private requestClose = (event?: Event): void => {
    const typed = this.text.length > 0 && this.result?.ok !== true;
    if (typed && !this.confirmingDiscard) {
      event?.preventDefault();
      this.confirmingDiscard = true;
      this.host.requestUpdate();
      this.focusIn('.discard [data-keep]');
      return;
    }
    if (event?.type !== 'cancel') this.dialog?.close();
  };

  private keepWriting = (): void => {
    this.confirmingDiscard = false;
    this.host.requestUpdate();
    this.focusIn('textarea');
  };

  private discard = (): void => {
    this.text = '';
    this.confirmingDiscard = false;
    this.dialog?.close();
  };

  private onClose = (): void => {
    const id = this.target?.id;
    this.target = undefined;
    this.host.requestUpdate();
    const opener = this.opener?.isConnected ? this.opener : id ? this.host.renderRoot.querySelector<HTMLElement>(`[data-request="${CSS.escape(id)}"]`) : null;
    opener?.focus();
  };

  private onInput = (event: Event): void => {
    this.text = (event.target as HTMLTextAreaElement).value.trim();
    this.contactsAcknowledged = false;
    this.host.requestUpdate();
  };

  private send = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const mentor = this.target;
    if (!mentor || this.sending) return;
    const data = new FormData(event.target as HTMLFormElement);
    const message = String(data.get('message') ?? '').trim();
    const hopes = data.getAll('hopes').map(String) as MentorOffer[];
    this.text = message;
    this.hopesMissing = hopes.length === 0;
    this.tooShortShown = message.length < MESSAGE_MIN;
    if (this.tooShortShown || this.hopesMissing) {
      this.host.requestUpdate();
      this.focusIn(this.tooShortShown ? 'textarea' : '.hopes input');
      return;
    }
    if (this.contacts.length && !this.contactsAcknowledged) {
      // Flagged before sending: the first Send shows what was found; the next one sends anyway.
      this.contactsAcknowledged = true;
      this.host.requestUpdate();
      this.focusIn('#intro-contacts');
      return;
    }
    this.sending = true;
    this.result = undefined;
    this.host.requestUpdate();
    try {
      const request = await this.host.client.call(createIntroduction, { body: { mentorId: mentor.id, message, hopes }, idempotencyKey: this.idempotencyKey });
      this.result = {
        ok: true,
        text: msg(str`Your request was sent to ${mentor.displayName}. They have until ${finderFormatters(this.host.resolvedLocale).date(request.respondBy)} to answer; you will see it in your requests.`, { id: 'mentor.dialog.sent' }),
      };
      this.host.emit('bw-mentor-introduction-requested', { mentorId: mentor.id, requestId: request.id });
      await this.onSent();
    } catch (error) {
      this.result = { ok: false, text: refusal(error) };
      if (!(error instanceof ApiError) || error.transient) this.host.reportError(error, 'load');
    } finally {
      this.sending = false;
      this.host.requestUpdate();
      this.focusIn('.result');
    }
  };

  private renderMessage(): TemplateResult {
    const f = finderFormatters(this.host.resolvedLocale);
    const length = this.text.length;
    const tooShort = this.tooShortShown && length < MESSAGE_MIN;
    const contacts = this.contacts;
    const kinds = f.list([...new Set(contacts.map((c) => contactKindLabel(c.kind)))]);
    const found = f.list(contacts.map((c) => `“${c.text}”`));
    const described = ['intro-hint', tooShort ? 'intro-message-error' : '', contacts.length ? 'intro-contacts' : '', 'intro-count'].filter(Boolean).join(' ');
    return html`<div class="bw-field">
      <label class="bw-field__label" for="intro-message">${msg('Your message', { id: 'mentor.dialog.message' })}</label>
      <span class="bw-field__hint" id="intro-hint">${msg('Say who you are, where you are in your recognition path, and what you hope to learn. Do not include contact details: they are shared once the mentor accepts.', { id: 'mentor.dialog.messageHint' })}</span>
      <textarea id="intro-message" name="message" class="bw-field__input" part="input" rows="5" required minlength=${MESSAGE_MIN} maxlength=${MESSAGE_MAX}
        aria-describedby=${described} aria-invalid=${tooShort ? 'true' : 'false'} @input=${this.onInput}></textarea>
      ${tooShort
        ? html`<span class="bw-field__error" id="intro-message-error">${msg(str`Write at least ${f.number(MESSAGE_MIN)} characters: say who you are and what you hope to learn.`, { id: 'mentor.dialog.tooShort' })}</span>`
        : nothing}
      ${contacts.length
        ? html`<div class="warning bw-status" data-tone="warning" id="intro-contacts" part="contact-warning" tabindex="-1" role=${this.contactsAcknowledged ? 'alert' : nothing}>
            <p>${msg(str`Your message seems to contain contact details (${kinds}): ${found}.`, { id: 'mentor.dialog.contacts' })}</p>
            <p>${msg('The mentor gets your contact details once they accept. Remove them from the message, or send it as it is.', { id: 'mentor.dialog.contactsHint' })}</p>
          </div>`
        : nothing}
      <span class="bw-field__hint" id="intro-count">${msg(str`${f.number(length)} of ${f.number(MESSAGE_MAX)} characters (at least ${f.number(MESSAGE_MIN)})`, { id: 'mentor.dialog.count' })}</span>
    </div>`;
  }

  private renderActions(done: boolean): TemplateResult {
    if (this.confirmingDiscard) {
      return html`<div class="actions discard bw-toolbar" role="alertdialog" aria-labelledby="intro-discard">
        <p id="intro-discard">${msg('Throw away the message you wrote?', { id: 'mentor.dialog.discardQuestion' })}</p>
        <button type="button" class="bw-button" part="button" data-keep @click=${this.keepWriting}>${msg('Keep writing', { id: 'mentor.dialog.keepWriting' })}</button>
        <button type="button" class="bw-button bw-button--secondary" part="button" @click=${this.discard}>${msg('Throw it away', { id: 'mentor.dialog.discard' })}</button>
      </div>`;
    }
    const sendLabel = this.contactsAcknowledged && this.contacts.length ? msg('Send anyway', { id: 'mentor.dialog.sendAnyway' }) : msg('Send request', { id: 'mentor.dialog.send' });
    return html`<div class="actions bw-toolbar">
      ${done
        ? nothing
        : html`<button type="submit" class="bw-button" part="button" ?disabled=${this.sending}>${this.sending ? msg('Sending…', { id: 'mentor.dialog.sending' }) : sendLabel}</button>`}
      <button type="button" class="bw-button bw-button--secondary" part="button" @click=${this.requestClose}>${done ? msg('Close', { id: 'mentor.dialog.close' }) : msg('Cancel', { id: 'mentor.dialog.cancel' })}</button>
    </div>`;
  }

  render(): TemplateResult | typeof nothing {
    const mentor = this.target;
    if (!mentor) return nothing;
    const done = this.result?.ok === true;
    return html`<dialog class="intro bw-dialog" part="dialog" aria-labelledby="intro-title" @cancel=${this.requestClose} @close=${this.onClose}>
      <form @submit=${this.send} novalidate>
        <h2 id="intro-title">${msg(str`Ask ${mentor.displayName} for an introduction`, { id: 'mentor.dialog.title' })}</h2>
        ${done
          ? nothing
          : html`${this.renderMessage()}
              <fieldset class="hopes" aria-describedby=${this.hopesMissing ? 'intro-hopes-error' : nothing}>
                <legend class="bw-field__label">${msg('What do you hope for?', { id: 'mentor.dialog.hopes' })}</legend>
                ${mentor.offers.map((o, i) => html`<label class="check bw-check"><input type="checkbox" name="hopes" value=${o} part="input" ?checked=${i === 0} /> ${offerLabel(o)}</label>`)}
                ${this.hopesMissing ? html`<span class="bw-field__error" id="intro-hopes-error">${msg('Tick at least one.', { id: 'mentor.dialog.hopesMissing' })}</span>` : nothing}
              </fieldset>`}
        ${this.result
          ? html`<p class="result bw-status ${this.result.ok ? 'ok' : 'bad'}" data-tone=${this.result.ok ? 'success' : 'danger'} tabindex="-1" role=${this.result.ok ? 'status' : 'alert'}>${this.result.text}</p>`
          : nothing}
        ${this.renderActions(done)}
      </form>
    </dialog>`;
  }
}
