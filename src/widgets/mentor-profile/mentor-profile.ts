import { html, nothing, type PropertyValues } from 'lit';
import { msg } from '@lit/localize';
import { BridgewayElement } from '../../ui/base-element.js';
import { joinStyles, buttonStyles, headingStyles, sectionStyles } from '../../ui/blocks.js';
import { dateNumberListFor } from '../../ui/format.js';
import { LazyPart } from '../../ui/lazy.js';
import { LazySlot } from '../../ui/lazy-slot.js';
import { importOnce } from '../../ui/import-once.js';
import { renderLoadFailure, renderLoading } from '../../ui/states.js';
import { loaders as profileLocales } from '../../generated/locales/mentorProfile/index.js';
import type { MentorProfileHost, ProfileFormat } from './host.js';
import type { ProfileForm } from './profile-form.js';
import { ProfileRecord, type LoadedProfile } from './profile-record.js';
import type { ProfileDrawers } from './profile-view.js';
import type { TrainingRecord } from './training-record.js';

type ProfileFormModule = typeof import('./profile-form.js');

export type { MentorProfileSavedDetail, ProgramFeedbackSentDetail, TrainingCompletedDetail } from './events.js';

// The parts the first view waits for, kept once loaded: an element put back on the page shows its data a task sooner.
const importCountryField = importOnce(() => import('../../ui/country-field-part.js'));
const importView = importOnce(() => import('./profile-view.js'));
const importForm = importOnce(() => import('./profile-form.js'));
const importTraining = importOnce(() => import('./training-record.js'));

/** The three formatters the profile's views use, bound once per locale. */
const profileFormatFor: (locale: string) => ProfileFormat = dateNumberListFor;

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
  // The blocks of its first render (title, loading state); the view part brings those of the profile's views and of its live region.
  static override styles = [...(BridgewayElement.styles as []), joinStyles(buttonStyles, headingStyles, sectionStyles)];

  // Properties are declared with `static properties`, as the base element's are: no decorators'
  // code in the download. TypeScript asks a subclass's `properties` to hold the base's too.
  static override properties = {
    ...BridgewayElement.properties,
    announcement: { state: true },
  };

  /**
   * Intl formatters bound to `resolvedLocale`: only the three its views use, `this.formatters.date(...)`,
   * `this.formatters.number(...)` and `this.formatters.list(...)`, so its download carries none of the others of src/ui/format.ts.
   */
  get formatters(): ProfileFormat {
    return profileFormatFor(this.resolvedLocale);
  }
  static override localeArea = profileLocales;

  /**
   * Both versions after a change made meanwhile, loaded when a save meets one. The form uses it;
   * it is made here so that its chunk and the form's share their common code instead of the
   * view fetching the whole form's chunk.
   */
  private readonly conflictView = new LazyPart(this, () => import('./conflict-view.js'));

  /** The searchable country field, loaded with a profile that shares its path, or once the mentor chooses to share it. */
  private readonly countryField = new LazyPart(this, importCountryField);

  /** Where the mentor stands, the drawers and the styles of the profile's views: fetched with the profile, never after it. */
  private readonly view = new LazyPart(this, importView);
  private drawers?: ProfileDrawers;

  /** The form that edits the profile: its code loads on demand, with the profile. */
  private readonly form: LazySlot<ProfileFormModule, ProfileForm, MentorProfileHost> = new LazySlot(this, importForm, (module, host: MentorProfileHost) => new module.ProfileForm(host, this.record, this.conflictView, this.countryField));

  /** The saved profile; it shows once the form's code is here too. */
  private readonly record: ProfileRecord = new ProfileRecord(
    this,
    async (client, locale, signal) => {
      const [module] = await Promise.all([this.form.part.require(), this.view.require()]);
      this.form.prepare();
      return module.catalogueNames(client, locale, signal);
    },
    // A profile that shares its path shows the country field at once: it shows whole.
    (application) => (application?.mentor.credentialPath ? this.countryField.require() : undefined),
  );

  /** The required training, once it is known whether the mentor has a profile: its code loads while the profile does. */
  private readonly training: LazySlot<typeof import('./training-record.js'), TrainingRecord, MentorProfileHost> = new LazySlot(
    this,
    importTraining,
    (module, host: MentorProfileHost) =>
      new module.TrainingRecord(
        host,
        () => (this.record.loader.status === 'ready' || this.record.application ? this.record.application !== null : undefined),
        (complete) => this.record.trainingChanged(complete),
      ),
  );

  private announcement = '';

  /** The endpoint and user the parts loaded on demand were made for. */
  private partsFor?: string;

  /** @internal The form's and the view's code, loaded with the profile, and its country field; tests replace an `importer` to simulate a chunk that fails to load. */
  get lazyParts(): { form: LazyPart<unknown>; view: LazyPart<unknown>; countryField: LazyPart<unknown> } {
    return { form: this.form.part, view: this.view, countryField: this.countryField };
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
    if (this.partsFor !== undefined && key !== this.partsFor) this.drawers?.reset();
    this.partsFor = key;
    this.training.prepare();
    if (this.view.module) this.drawers ??= new this.view.module.ProfileDrawers(this);
  }

  private renderProfile(loaded: LoadedProfile) {
    const view = this.view.module;
    if (!view) return nothing;
    return html`${view.renderStanding(this.record.application, this.formatters)}
      ${this.form.render((form) => form.render(loaded))}
      ${view.renderTrainingSection((loading) => this.training.render((training) => training.render(this.record.application !== null, loading), loading))}
      ${this.drawers?.render(this.record.application === null) ?? nothing}`;
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
      ${this.view.module ? this.view.module.renderLiveRegion(this.announcement) : nothing}`;
  }
}
