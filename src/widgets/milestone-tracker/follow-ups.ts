/**
 * `FollowUps`: the program's outcome follow-ups, asked where the mentee already comes back to (the
 * tracker). A mentee who has not entered the program is invited to the short intake; one with a
 * follow-up due (3, 6 and 12 months after entry by default) is asked it, with a first role in
 * their field recorded when they say they have one. The form's code loads when it opens.
 * Answers are sent at once, not queued: a failure is said under the form, and nothing typed is lost.
 */
import { html, nothing, type ReactiveController } from 'lit';
import { msg, str } from '@lit/localize';
import { answerFollowUp, createEnrolment, getEnrolment, updateEnrolment } from '../../api/operations/outcomes.js';
import type { ConsentChoices, Enrolment, OutcomeAnswer } from '../../api/outcomes.js';
import { errorKind, errorMessage } from '../../ui/errors.js';
import { LazyPart } from '../../ui/lazy.js';
import { loaders as planMoreLocales } from '../../generated/locales/plan-more/index.js';
import type { TrackerHost } from './host.js';

export interface FollowUpAnswer {
  answer: OutcomeAnswer;
  /** With the intake only. */
  consent?: ConsentChoices;
  /** The day a first role in the field started, when the person gives it. */
  firstRoleOn?: string;
}

export class FollowUps implements ReactiveController {
  /** The mentee's enrolment; null before they entered the program; undefined when unknown (not a mentee, or not loaded). */
  enrolment?: Enrolment | null;
  /** The open form: the intake, or the follow-up of that month. */
  open?: 'intake' | number;
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
    } catch (error) {
      // The follow-ups are secondary: the plan works without them.
      this.enrolment = errorKind(error) === 'not-found' ? null : undefined;
    }
    this.host.requestUpdate();
  }

  /** The first follow-up due and not answered. */
  get due(): number | undefined {
    return this.enrolment?.followUps.find((followUp) => followUp.status === 'due')?.month;
  }

  start = (which: 'intake' | number): void => {
    this.open = which;
    this.error = '';
    void this.form.load();
    this.host.requestUpdate();
  };

  cancel = (): void => {
    this.open = undefined;
    this.host.requestUpdate();
  };

  submit = async ({ answer, consent, firstRoleOn }: FollowUpAnswer): Promise<void> => {
    const which = this.open;
    if (which === undefined || this.busy) return;
    this.busy = true;
    this.error = '';
    this.host.requestUpdate();
    try {
      let enrolment =
        which === 'intake'
          ? await this.host.client.call(createEnrolment, { body: { consent: consent!, intake: answer } })
          : await this.host.client.call(answerFollowUp, { params: { month: which }, body: answer });
      if (firstRoleOn && !enrolment.firstRoleOn) {
        enrolment = await this.host.client.call(updateEnrolment, { body: { version: enrolment.version, firstRoleOn } });
      }
      this.enrolment = enrolment;
      this.open = undefined;
      this.host.announce(msg('Thank you. Your answers were sent.', { id: 'plan.followUp.sent' }));
    } catch (error) {
      this.error = errorMessage(errorKind(error));
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  };

  render(): unknown {
    if (this.enrolment === undefined) return nothing;
    if (this.open !== undefined) {
      const which = this.open;
      return this.form.render((form) =>
        form.renderFollowUpForm(
          { which, busy: this.busy, error: this.error, askFirstRole: !this.enrolment?.firstRoleOn },
          { onSubmit: (values) => void this.submit(values), onCancel: this.cancel },
        ),
      );
    }
    if (this.enrolment === null) {
      return html`<p class="follow-up" part="follow-up">
        ${msg('Your program asks a few questions when you start and again in the months after, to show what mentoring achieves.', { id: 'plan.followUp.invite' })}
        <button type="button" class="bw-button bw-button--secondary" part="button" @click=${() => this.start('intake')}>${msg('Answer the first questions', { id: 'plan.followUp.start' })}</button>
      </p>`;
    }
    const due = this.due;
    if (due === undefined) return nothing;
    return html`<p class="follow-up" part="follow-up" role="status">
      ${msg(str`Your ${due}-month follow-up is due: a few questions about your work and the program.`, { id: 'plan.followUp.due' })}
      <button type="button" class="bw-button" part="button" @click=${() => this.start(due)}>${msg('Answer now', { id: 'plan.followUp.answer' })}</button>
    </p>`;
  }
}
