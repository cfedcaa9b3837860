/**
 * `FollowUps`: the program's outcome follow-ups, asked where the mentee already comes back to (the
 * tracker). A mentee who has not entered the program is invited to the short intake; one with a
 * follow-up due (3, 6 and 12 months after entry by default) is asked it, with a first role in
 * their field recorded when they say they have one. The form's code loads when it opens.
 * Answers are sent at once, not queued: a failure is said under the form, and nothing typed is lost.
 */
import { html, nothing, type ReactiveController } from 'lit';
import { msg, str } from '@lit/localize';
import { answerFollowUp, createEnrolment, getEnrolment, updateEnrolment } from '../../generated/operations.js';
import type { Enrolment } from '../../api/outcomes.js';
import { errorKind, errorMessage } from '../../ui/errors.js';
import { LazyPart } from '../../ui/lazy.js';
import { loaders as planMoreLocales } from '../../generated/locales/plan-more/index.js';
import type { ConsentChange, FollowUpAnswer } from './follow-up-form.js';
import type { TrackerHost } from './host.js';

export { followUpStyles as partStyles } from './follow-ups.styles.js';

export class FollowUps implements ReactiveController {
  /** The mentee's enrolment; null before they entered the program; undefined when unknown (not a mentee, or not loaded). */
  enrolment?: Enrolment | null;
  /** The open form: the intake, the follow-up of that month, or the person's consent and leaving. */
  open?: 'intake' | 'consent' | number;
  busy = false;
  error = '';
  readonly form = new LazyPart(this.host, () => import('./follow-up-form.js'), planMoreLocales);
  private asked = false;

  constructor(
    private readonly host: TrackerHost,
    /** Whether the person acts as a mentee with a user token (only they have follow-ups). */
    private readonly isMentee: () => boolean,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.asked || !this.isMentee()) return;
    this.asked = true;
    void this.load();
  }

  hostDisconnected(): void {
    this.asked = false;
  }

  private async load(): Promise<void> {
    try {
      this.enrolment = await this.host.client.call(getEnrolment, {});
    } catch {
      // The follow-ups are secondary: the plan works without them (an older server has none).
      this.enrolment = undefined;
    }
    this.host.requestUpdate();
  }

  /** The first follow-up due and not answered. */
  get due(): number | undefined {
    return this.enrolment?.followUps.find((followUp) => followUp.status === 'due')?.month;
  }

  start = (which: 'intake' | 'consent' | number): void => {
    this.open = which;
    this.error = '';
    void this.form.load();
    this.host.requestUpdate();
  };

  cancel = (): void => {
    this.open = undefined;
    this.host.requestUpdate();
  };

  /** Changes consent, or records leaving the program, as one versioned write. */
  saveConsent = (change: ConsentChange): Promise<void> =>
    this.send(async () => {
      const current = this.enrolment!;
      return this.host.client.call(updateEnrolment, { body: { version: current.version, ...change } });
    });

  submit = ({ answer, consent, firstRoleOn }: FollowUpAnswer): Promise<void> =>
    this.send(async () => {
      const which = this.open;
      let enrolment =
        which === 'intake'
          ? await this.host.client.call(createEnrolment, { body: { consent: consent!, intake: answer } })
          : await this.host.client.call(answerFollowUp, { params: { month: which as number }, body: answer });
      if (firstRoleOn && !enrolment.firstRoleOn) {
        enrolment = await this.host.client.call(updateEnrolment, { body: { version: enrolment.version, firstRoleOn } });
      }
      return enrolment;
    });

  /** Sends one change; on success the form closes and it is announced, on failure it is said under the form (nothing typed is lost). */
  private async send(write: () => Promise<Enrolment>): Promise<void> {
    if (this.open === undefined || this.busy) return;
    this.busy = true;
    this.error = '';
    this.host.requestUpdate();
    try {
      this.enrolment = await write();
      this.open = undefined;
      this.host.announce(msg('Thank you. Your answers were sent.', { id: 'plan.followUp.sent' }));
    } catch (error) {
      this.error = errorMessage(errorKind(error));
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  render(): unknown {
    if (this.enrolment === undefined) return nothing;
    if (this.open === 'consent' && this.enrolment) {
      const enrolment = this.enrolment;
      return this.form.render((form) =>
        form.renderConsentForm({ enrolment, busy: this.busy, error: this.error }, { onSubmit: (change) => void this.saveConsent(change), onCancel: this.cancel }),
      );
    }
    if (this.open !== undefined && this.open !== 'consent') {
      const which = this.open;
      return this.form.render((form) =>
        form.renderFollowUpForm(
          { which, busy: this.busy, error: this.error, askFirstRole: !this.enrolment?.firstRoleOn },
          { onSubmit: (values) => void this.submit(values), onCancel: this.cancel },
        ),
      );
    }
    if (this.enrolment === null) {
      return html`<p class="follow-up bw-card" part="follow-up">
        ${msg('Your program asks a few questions when you start and again in the months after, to show what mentoring achieves.', { id: 'plan.followUp.invite' })}
        <button type="button" class="bw-button bw-button--secondary" part="button" @click=${() => this.start('intake')}>${msg('Answer the first questions', { id: 'plan.followUp.start' })}</button>
      </p>`;
    }
    const due = this.due;
    const consent = html`<button type="button" class="bw-button bw-button--secondary" part="button" @click=${() => this.start('consent')}>
      ${msg('Your answers and consent', { id: 'plan.followUp.consent' })}
    </button>`;
    if (due === undefined || this.enrolment.leftOn) return html`<p class="follow-up bw-card" part="follow-up">${consent}</p>`;
    return html`<p class="follow-up bw-card" part="follow-up" role="status">
      ${msg(str`Your ${due}-month follow-up is due: a few questions about your work and the program.`, { id: 'plan.followUp.due' })}
      <button type="button" class="bw-button" part="button" @click=${() => this.start(due)}>${msg('Answer now', { id: 'plan.followUp.answer' })}</button>
      ${consent}
    </p>`;
  }
}
