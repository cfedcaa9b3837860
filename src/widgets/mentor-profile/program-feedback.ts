/**
 * The mentor's feedback on the program, loaded on demand: how satisfied they are (1 to 5)
 * and an optional note. A failed send keeps what they wrote; a sent one is thanked.
 */
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { createMentorFeedback } from '../../generated/operations.js';
import { errorKind, errorMessage } from '../../ui/errors.js';
import type { MentorProfileHost, Notice } from './host.js';

const SCALE = [1, 2, 3, 4, 5] as const;

function scaleLabel(value: number): string {
  switch (value) {
    case 1:
      return msg('1 – Not at all satisfied', { id: 'mentorProfile.feedback.1' });
    case 2:
      return msg('2 – Not very satisfied', { id: 'mentorProfile.feedback.2' });
    case 3:
      return msg('3 – Somewhat satisfied', { id: 'mentorProfile.feedback.3' });
    case 4:
      return msg('4 – Satisfied', { id: 'mentorProfile.feedback.4' });
    default:
      return msg('5 – Very satisfied', { id: 'mentorProfile.feedback.5' });
  }
}

export class ProgramFeedback implements ReactiveController {
  private satisfaction?: number;
  private note = '';
  private error?: string;
  private sending = false;
  private notice?: Notice;

  constructor(private readonly host: MentorProfileHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  private say(tone: Notice['tone'], text: string): void {
    this.notice = { tone, text };
    this.host.announce(text);
  }

  private async send(): Promise<void> {
    if (this.satisfaction === undefined) {
      this.error = msg('Choose how satisfied you are.', { id: 'mentorProfile.feedback.choose' });
      this.host.requestUpdate();
      await this.host.updateComplete;
      this.host.renderRoot.querySelector<HTMLInputElement>('.feedback input[type="radio"]')?.focus();
      return;
    }
    this.error = undefined;
    this.sending = true;
    this.host.requestUpdate();
    try {
      const note = this.note.trim();
      await this.host.client.call(createMentorFeedback, { body: { satisfaction: this.satisfaction, ...(note ? { note } : {}) } });
      this.host.emit('bw-program-feedback-sent', { satisfaction: this.satisfaction });
      this.satisfaction = undefined;
      this.note = '';
      this.say('success', msg('Thank you: your feedback reached the program. You can send more at any time.', { id: 'mentorProfile.feedback.sent' }));
    } catch (error) {
      this.say('danger', `${errorMessage(errorKind(error), 'mentoring')} ${msg('What you wrote is kept.', { id: 'mentorProfile.feedback.kept' })}`);
      this.host.reportError(error, 'load');
    } finally {
      this.sending = false;
      this.host.requestUpdate();
    }
  }

  render(): TemplateResult {
    return html`<form class="feedback" novalidate @submit=${(e: Event) => (e.preventDefault(), void this.send())}>
      <fieldset class="checks">
        <legend>${msg('How satisfied are you with the mentoring program?', { id: 'mentorProfile.feedback.question' })}</legend>
        ${SCALE.map((value) => html`<label class="bw-check"><input type="radio" name="satisfaction" .value=${String(value)} .checked=${this.satisfaction === value}
          aria-describedby=${this.error ? 'feedback-error' : nothing} aria-invalid=${this.error ? 'true' : 'false'}
          @change=${() => ((this.satisfaction = value), (this.error = undefined), this.host.requestUpdate())} />${scaleLabel(value)}</label>`)}
        ${this.error ? html`<span class="bw-field__error" part="error" id="feedback-error">${this.error}</span>` : nothing}
      </fieldset>
      <div class="bw-field">
        <label class="bw-field__label" for="feedback-note">${msg('What works, and what should change? (optional)', { id: 'mentorProfile.feedback.note' })}</label>
        <textarea id="feedback-note" class="bw-field__input" part="input" rows="3" maxlength="2000" .value=${this.note}
          @input=${(e: Event) => ((this.note = (e.target as HTMLTextAreaElement).value), this.host.requestUpdate())}></textarea>
      </div>
      <div class="bw-toolbar">
        <button type="submit" class="bw-button" part="button" ?disabled=${this.sending}>${this.sending ? msg('Sending…', { id: 'mentorProfile.feedback.sending' }) : msg('Send feedback', { id: 'mentorProfile.feedback.send' })}</button>
      </div>
      ${this.notice ? html`<p class="notice bw-status" part="notice" data-tone=${this.notice.tone}>${this.notice.text}</p>` : nothing}
    </form>`;
  }
}
