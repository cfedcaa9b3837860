import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { BridgewayElement } from '../../ui/base-element.js';
import {
  joinStyles,
  visuallyHiddenStyles,
  buttonStyles,
  fieldStyles,
  badgeStyles,
  headingStyles,
  sectionStyles,
  cardStyles,
  toolbarStyles,
  statusStyles,
  mutedStyles,
  checkStyles,
  listStyles,
} from '../../ui/blocks.js';
import { formattersFor, type Formatters } from '../../ui/format.js';
import { LazyPart } from '../../ui/lazy.js';
import { LazySlot } from '../../ui/lazy-slot.js';
import { renderLoadFailure, renderLoading } from '../../ui/states.js';
import { loaders as profileLocales } from '../../generated/locales/mentorProfile/index.js';
import { loaders as logLocales } from '../../generated/locales/mentorProfile-log/index.js';
import { loaders as feedbackLocales } from '../../generated/locales/mentorProfile-feedback/index.js';
import type { MentorProfileHost } from './host.js';
import type { ProfileForm } from './profile-form.js';
import { ProfileRecord, type LoadedProfile } from './profile-record.js';

type ProfileFormModule = typeof import('./profile-form.js');
import { renderStanding } from './standing-view.js';
import type { TrainingRecord } from './training-record.js';
import { mentorProfileStyles } from './mentor-profile.styles.js';

export type { MentorProfileSavedDetail, ProgramFeedbackSentDetail, TrainingCompletedDetail } from './events.js';

type Drawer = 'log' | 'feedback';

/**
 * A mentor's own page in the program: they create and keep their profile (occupations, where
 * they work and are licensed, their own recognition path step by step with years, languages,
 * how they meet, what they offer, how many mentees and how many hours a month, a pause until
 * a date), see plainly where it stands (waiting for approval, approved, not approved) and what
 * they still lack to appear in search, complete the program's required training, keep a
 * private reflection log they can share entry by entry with their coordinator, and tell the
 * program what they think of it. Everything the mentor finder shows of a mentor comes from here.
 *
 * Needs a mentor's user token (`userToken`); anyone else sees why they cannot use it.
 * Saves name the version they were based on: a change made meanwhile shows both versions and
 * keeps what was typed. The reflection log and the feedback form load on demand.
 *
 * @summary A mentor signs up, keeps their profile and training up to date, and reflects.
 * @tagname bw-mentor-profile
 * @fires bw-mentor-profile-saved - when the profile was saved; `detail` has `mentorId`, `approval` and `version`.
 * @fires bw-training-completed - when the mentor recorded a module; `detail` has `moduleId` and `trainingComplete`.
 * @fires bw-program-feedback-sent - when the mentor's feedback on the program was sent; `detail` has `satisfaction`.
 * @fires bw-error - when loading or sending failed (from the base element).
 * @csspart standing - the approval status and what the mentor still needs to appear in search.
 * @csspart form - the profile form.
 * @csspart input - every input, select and text area.
 * @csspart error - the message under a field that needs attention.
 * @csspart conflict - both versions after a change made meanwhile.
 * @csspart training - the training modules.
 * @csspart module - one training module.
 * @csspart log - the reflection log.
 * @csspart entry - one entry of the reflection log.
 * @csspart feedback - the feedback on the program.
 * @csspart notice - what a save or a completion said.
 * @csspart button - every button.
 */
export class BridgewayMentorProfile extends BridgewayElement implements MentorProfileHost {
  // The blocks its views (lazy parts included) show; no dialog.
  static override styles = [...(BridgewayElement.styles as []), joinStyles(visuallyHiddenStyles, buttonStyles, fieldStyles, badgeStyles, headingStyles, sectionStyles, cardStyles, toolbarStyles, statusStyles, mutedStyles, checkStyles, listStyles), mentorProfileStyles];

  /** Intl formatters bound to `resolvedLocale`: `this.formatters.date(...)`, `this.formatters.number(...)` ... */
  get formatters(): Formatters {
    return formattersFor(this.resolvedLocale);
  }
  static override localeArea = profileLocales;

  /**
   * Both versions after a change made meanwhile, loaded when a save meets one. The form uses it;
   * it is made here so that its chunk and the form's share their common code instead of the
   * view fetching the whole form's chunk.
   */
  private readonly conflictView = new LazyPart(this, () => import('./conflict-view.js'));

  /** The searchable country field, loaded with a profile that shares its path, or once the mentor chooses to share it. */
  private readonly countryField = new LazyPart(this, () => import('../../ui/country-field-part.js'));

  /** The form that edits the profile: its code loads on demand, with the profile. */
  private readonly form: LazySlot<ProfileFormModule, ProfileForm, MentorProfileHost> = new LazySlot(this, () => import('./profile-form.js'), (module, host: MentorProfileHost) => new module.ProfileForm(host, this.record, this.conflictView, this.countryField));

  /** The saved profile; it shows once the form's code is here too. */
  private readonly record: ProfileRecord = new ProfileRecord(
    this,
    async (client, locale, signal) => {
      const module = await this.form.part.require();
      this.form.prepare();
      return module.catalogueNames(client, locale, signal);
    },
    // A profile that shares its path shows the country field at once: it shows whole.
    (application) => (application?.mentor.credentialPath ? this.countryField.require() : undefined),
  );

  /** The required training, once it is known whether the mentor has a profile: its code loads while the profile does. */
  private readonly training: LazySlot<typeof import('./training-record.js'), TrainingRecord, MentorProfileHost> = new LazySlot(
    this,
    () => import('./training-record.js'),
    (module, host: MentorProfileHost) =>
      new module.TrainingRecord(
        host,
        () => (this.record.loader.status === 'ready' || this.record.application ? this.record.application !== null : undefined),
        (complete) => this.record.trainingChanged(complete),
      ),
  );

  /** The private reflection log, loaded on demand. */
  private readonly log = new LazySlot(this, () => import('./reflection-log.js'), (module, host: MentorProfileHost) => new module.ReflectionLog(host), logLocales);

  /** The feedback on the program, loaded on demand. */
  private readonly feedback = new LazySlot(this, () => import('./program-feedback.js'), (module, host: MentorProfileHost) => new module.ProgramFeedback(host), feedbackLocales);

  @state() private announcement = '';
  @state() private open = new Set<Drawer>();

  /** The endpoint and user the parts loaded on demand were made for. */
  private partsFor?: string;

  /** @internal The form's code, loaded with the profile, and its country field; tests replace an `importer` to simulate a chunk that fails to load. */
  get lazyParts(): { form: LazyPart<unknown>; countryField: LazyPart<unknown> } {
    return { form: this.form.part, countryField: this.countryField };
  }

  /** Says `text` to screen readers through the live region. */
  announce(text: string): void {
    this.announcement = '';
    void this.updateComplete.then(() => (this.announcement = text));
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Another endpoint or mentor: the log and the feedback form start afresh, closed.
    const key = `${this.config.endpoint ?? ''}|${String(this.config.userToken ?? '')}`;
    if (this.partsFor !== undefined && key !== this.partsFor) {
      this.log.drop();
      this.feedback.drop();
      this.open = new Set();
    }
    this.partsFor = key;
    this.training.prepare();
  }

  private async toggle(drawer: Drawer): Promise<void> {
    const open = new Set(this.open);
    if (open.has(drawer)) open.delete(drawer);
    else open.add(drawer);
    this.open = open;
    if (!open.has(drawer)) return;
    await (drawer === 'log' ? this.log : this.feedback).open();
    this.requestUpdate();
  }

  private renderDrawer(drawer: Drawer, title: string, body: () => unknown) {
    const expanded = this.open.has(drawer);
    return html`<section class="drawer bw-section" part=${drawer} aria-labelledby="${drawer}-toggle">
      <h3><button type="button" id="${drawer}-toggle" class="drawer__toggle" part="button" aria-expanded=${expanded ? 'true' : 'false'} aria-controls="${drawer}-body" @click=${() => this.toggle(drawer)}>${title}</button></h3>
      <div id="${drawer}-body" ?hidden=${!expanded}>${expanded ? body() : nothing}</div>
    </section>`;
  }

  private renderTrainingSection() {
    const loading = () => renderLoading(msg('Loading the training…', { id: 'mentorProfile.trainingLoading' }));
    return html`<section class="training bw-section" part="training" aria-labelledby="training-title">
      <h3 id="training-title">${msg('Training for mentors', { id: 'mentorProfile.trainingTitle' })}</h3>
      ${this.training.render((training) => training.render(this.record.application !== null, loading), loading)}
    </section>`;
  }

  private renderProfile(loaded: LoadedProfile) {
    const creating = this.record.application === null;
    return html`${renderStanding(this.record.application, this.formatters)}
      ${this.form.render((form) => form.render(loaded))}
      ${this.renderTrainingSection()}
      ${creating
        ? nothing
        : this.renderDrawer('log', msg('My reflection log', { id: 'mentorProfile.logTitle' }), () => this.log.render((log) => log.render()))}
      ${this.renderDrawer('feedback', msg('Feedback on the program', { id: 'mentorProfile.feedbackTitle' }), () => this.feedback.render((feedback) => feedback.render()))}`;
  }

  protected override renderContent() {
    return html`<section class="mentor-profile bw-section" aria-labelledby="title">
        <h2 id="title">${msg('Your mentor profile', { id: 'mentorProfile.title' })}</h2>
        ${this.record.loader.render({
          loading: () => renderLoading(msg('Loading your profile…', { id: 'mentorProfile.loading' })),
          ready: (loaded) => this.renderProfile(loaded),
          error: (kind, retry) => renderLoadFailure(kind, retry, msg('Only mentors of the program can keep a mentor profile. Sign in as a mentor.', { id: 'mentorProfile.mentorsOnly' })),
        })}
      </section>
      <div class="bw-visually-hidden" role="status" aria-live="polite">${this.announcement}</div>`;
  }
}
