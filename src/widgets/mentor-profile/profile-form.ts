/**
 * The form that edits the mentor's profile, loaded on demand with the profile (see
 * profile-record.ts): keeps what the person typed in a draft that only a successful save
 * replaces, checks it with the contract before sending, shows the server's field issues under
 * their fields, and on a change made meanwhile (409) keeps the draft and offers both versions
 * (that view loads when a conflict happens). The searchable country field loads once the mentor
 * shares the path they went through (src/ui/country-field-part.ts).
 */
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { ApiError } from '../../api/errors.js';
import { safeParse } from '../../api/validate.js';
import { OwnMentorApplication } from '../../generated/contract.js';
import { saveOwnMentorProfile } from '../../generated/operations.js';
import type { CountryFieldOptions, CountryFields } from '../../ui/country-field.js';
import { errorKind, errorMessage } from '../../ui/errors.js';
import { FocusAfterUpdate } from '../../ui/focus.js';
import type { LazyPart } from '../../ui/lazy.js';
import { problemIssues, type MentorProfileHost, type Notice, type ProfileNamer } from './host.js';
import { fieldMessage } from './labels.js';
import { checkDraft, draftFromApplication, emptyDraft, emptyStep, errorsFromIssues, type FieldErrors, type ProfileDraft, type StepDraft } from './profile-draft.js';
import { renderProfileForm } from './profile-form-view.js';
import { profileNamer } from './profile-namer.js';
import type { LoadedProfile, ProfileRecord } from './profile-record.js';

export { catalogueNames } from '../../ui/catalogue-names.js';

export class ProfileForm implements ReactiveController {
  draft: ProfileDraft = emptyDraft();
  errors: FieldErrors = {};
  /** The saved version, when a save met a change made meanwhile. */
  conflict?: OwnMentorApplication;
  sending = false;
  notice?: Notice;
  private edited = false;
  private seen?: LoadedProfile;
  private readonly focus: FocusAfterUpdate;
  private countryFields?: CountryFields;

  constructor(
    private readonly host: MentorProfileHost,
    private readonly record: ProfileRecord,
    /** Both versions side by side, loaded when a save meets a change made meanwhile. */
    private readonly conflictView: LazyPart<typeof import('./conflict-view.js')>,
    /** The searchable field for the country where the mentor trained, asked only of a mentor who shares their path. */
    private readonly countryPart: LazyPart<typeof import('../../ui/country-field-part.js')>,
  ) {
    host.addController(this);
    this.focus = new FocusAfterUpdate(host);
  }

  /** Takes a newly loaded profile; what the person already typed stays. */
  hostUpdate(): void {
    const loaded = this.record.loader.value;
    if (!loaded || loaded === this.seen) return;
    this.seen = loaded;
    if (!this.edited) this.draft = loaded.application ? draftFromApplication(loaded.application) : emptyDraft();
  }

  edit(change: Partial<ProfileDraft>): void {
    this.draft = { ...this.draft, ...change };
    this.edited = true;
    this.forget(Object.keys(change));
    this.host.requestUpdate();
  }

  editStep(index: number, change: Partial<StepDraft>): void {
    this.edit({ steps: this.draft.steps.map((step, i) => (i === index ? { ...step, ...change } : step)) });
    this.forget(Object.keys(change).map((key) => `steps.${index}.${key}`));
  }

  private forget(keys: string[]): void {
    if (!keys.some((key) => key in this.errors)) return;
    this.errors = Object.fromEntries(Object.entries(this.errors).filter(([key]) => !keys.includes(key)));
  }

  private say(tone: Notice['tone'], text: string): void {
    this.notice = { tone, text };
    this.host.announce(text);
    this.host.requestUpdate();
  }

  private showErrors(errors: FieldErrors): void {
    this.errors = errors;
    const count = Object.keys(errors).length;
    this.say('danger', count === 1 ? msg('One field needs your attention. Nothing was sent yet, and what you typed is kept.', { id: 'mentorProfile.errorsOne' }) : msg('Some fields need your attention. Nothing was sent yet, and what you typed is kept.', { id: 'mentorProfile.errorsMany' }));
    this.focus.focus('[aria-invalid="true"]');
  }

  async save(): Promise<void> {
    if (this.sending) return;
    const creating = this.record.application === null;
    const checked = checkDraft(this.draft, this.record.application?.version, fieldMessage);
    if ('errors' in checked) return this.showErrors(checked.errors);
    this.sending = true;
    this.notice = undefined;
    this.host.requestUpdate();
    const sent = this.draft;
    try {
      const saved = await this.host.client.call(saveOwnMentorProfile, { body: checked.body });
      this.record.saved(saved);
      // What was typed while the save was on its way stays in the form (to be saved next).
      if (this.draft === sent) {
        this.draft = draftFromApplication(saved);
        this.edited = false;
      }
      this.errors = {};
      this.conflict = undefined;
      this.say('success', creating
        ? msg('Your profile is saved. A coordinator will review it; you can complete your training meanwhile.', { id: 'mentorProfile.created' })
        : msg('Your changes are saved.', { id: 'mentorProfile.saved' }));
      this.host.emit('bw-mentor-profile-saved', { mentorId: saved.mentor.id, approval: saved.approval, version: saved.version });
    } catch (error) {
      this.failed(error);
    } finally {
      this.sending = false;
      this.host.requestUpdate();
    }
  }

  private failed(error: unknown): void {
    const current = error instanceof ApiError && error.kind === 'conflict' ? safeParse(OwnMentorApplication, error.problem?.current) : undefined;
    if (current?.success) {
      this.conflict = current.data;
      this.say('danger', msg('Your profile was changed elsewhere since you opened it. Compare both versions below: nothing you typed is lost.', { id: 'mentorProfile.conflict' }));
      this.focus.focus('#conflict-title');
      return;
    }
    const issues = problemIssues(error);
    if (issues.length) return this.showErrors(errorsFromIssues(issues, fieldMessage));
    this.say('danger', `${errorMessage(errorKind(error), 'mentoring')} ${msg('What you typed is kept.', { id: 'mentorProfile.kept' })}`);
    this.host.reportError(error, 'load');
  }

  /** After a conflict: send this draft again over the saved version. */
  keepMine(): void {
    if (!this.conflict) return;
    this.record.saved(this.conflict);
    this.conflict = undefined;
    void this.save();
  }

  /** After a conflict: put the saved version in the form. */
  useSaved(): void {
    if (!this.conflict) return;
    this.record.saved(this.conflict);
    this.draft = draftFromApplication(this.conflict);
    this.edited = false;
    this.errors = {};
    this.conflict = undefined;
    this.say('success', msg('The saved version is in the form now.', { id: 'mentorProfile.tookSaved' }));
  }

  private renderConflict(saved: OwnMentorApplication, namer: ProfileNamer): unknown {
    return this.conflictView.render(({ renderConflict }) =>
      renderConflict({ mine: this.draft, saved: draftFromApplication(saved), savedVersion: saved.version, namer, f: this.host.formatters }, () => this.keepMine(), () => this.useSaved()),
    );
  }

  private renderCountryField = (field: CountryFieldOptions): unknown =>
    this.countryPart.render((module) => (this.countryFields ??= new module.CountryFields(this.host, () => this.host.resolvedLocale)).render(field));

  /** What a save said, both versions after a conflict, and the form. */
  render({ names }: LoadedProfile): TemplateResult {
    const namer = profileNamer(names, this.host.resolvedLocale);
    return html`${this.notice ? html`<p class="notice bw-status" part="notice" data-tone=${this.notice.tone}>${this.notice.text}</p>` : nothing}
      ${this.conflict ? this.renderConflict(this.conflict, namer) : nothing}
      ${renderProfileForm(
        { draft: this.draft, errors: this.errors, namer, locale: this.host.resolvedLocale, creating: this.record.application === null, sending: this.sending, countryField: this.renderCountryField },
        {
          onEdit: (change) => this.edit(change),
          onEditStep: (index, change) => this.editStep(index, change),
          onAddStep: () => this.edit({ steps: [...this.draft.steps, emptyStep()] }),
          onRemoveStep: (index) => this.edit({ steps: this.draft.steps.filter((_, i) => i !== index) }),
          onSubmit: () => void this.save(),
        },
      )}`;
  }
}
