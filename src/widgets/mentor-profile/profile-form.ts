/**
 * The mentor's profile and the form that edits it: loads the profile (none yet is a new one)
 * with the catalogue's names, keeps what the person typed in a draft that only a successful
 * save replaces, checks it with the contract before sending, shows the server's field issues
 * under their fields, and on a change made meanwhile (409) keeps the draft and offers both
 * versions.
 */
import type { ReactiveController } from 'lit';
import { msg } from '@lit/localize';
import type { BridgewayClient } from '../../api/client.js';
import { ApiError } from '../../api/errors.js';
import { OwnMentorApplication } from '../../api/mentor-onboarding.js';
import { getOwnMentorApplication, saveOwnMentorProfile } from '../../api/operations/mentor-onboarding.js';
import { catalogueNames, type CatalogueNames } from '../../ui/catalogue-names.js';
import { errorKind, errorMessage } from '../../ui/errors.js';
import { FocusAfterUpdate } from '../../ui/focus.js';
import { Loader } from '../../ui/loader.js';
import type { SupportedLocale } from '../../ui/localization.js';
import { problemIssues, type MentorProfileHost } from './host.js';
import { fieldMessage } from './labels.js';
import { checkDraft, draftFromApplication, emptyDraft, errorsFromIssues, type FieldErrors, type ProfileDraft, type StepDraft } from './profile-draft.js';

export interface LoadedProfile {
  /** Null while the mentor has no profile yet. */
  application: OwnMentorApplication | null;
  names: CatalogueNames;
}

export interface Notice {
  tone: 'success' | 'danger';
  text: string;
}

export class ProfileEditor implements ReactiveController {
  readonly loader: Loader<LoadedProfile, readonly [BridgewayClient, SupportedLocale]>;
  /** The saved profile (newer than the loaded one after a save); null before the first save. */
  application: OwnMentorApplication | null = null;
  draft: ProfileDraft = emptyDraft();
  errors: FieldErrors = {};
  /** The saved version, when a save met a change made meanwhile. */
  conflict?: OwnMentorApplication;
  sending = false;
  notice?: Notice;
  private edited = false;
  private seen?: LoadedProfile;
  private readonly focus: FocusAfterUpdate;

  constructor(private readonly host: MentorProfileHost) {
    host.addController(this);
    this.focus = new FocusAfterUpdate(host);
    this.loader = new Loader(host, {
      args: () => [host.client, host.resolvedLocale] as const,
      load: async ([client, locale], signal) => {
        const [application, names] = await Promise.all([
          client.call(getOwnMentorApplication, { signal }).catch((error: unknown) => {
            if (error instanceof ApiError && error.kind === 'not-found') return null;
            throw error;
          }),
          catalogueNames(client, locale, signal),
        ]);
        return { application, names };
      },
      isEmpty: () => false,
    });
  }

  /** Takes a newly loaded profile; what the person already typed stays. */
  hostUpdate(): void {
    const loaded = this.loader.value;
    if (!loaded || loaded === this.seen) return;
    this.seen = loaded;
    this.application = loaded.application;
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

  /** The training changed: the standing follows without a reload. */
  trainingChanged(complete: boolean): void {
    if (this.application) this.application = { ...this.application, trainingComplete: complete };
    this.host.requestUpdate();
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
    const creating = this.application === null;
    const checked = checkDraft(this.draft, this.application?.version, fieldMessage);
    if ('errors' in checked) return this.showErrors(checked.errors);
    this.sending = true;
    this.notice = undefined;
    this.host.requestUpdate();
    const sent = this.draft;
    try {
      const saved = await this.host.client.call(saveOwnMentorProfile, { body: checked.body });
      this.application = saved;
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
    const current = error instanceof ApiError && error.kind === 'conflict' ? OwnMentorApplication.safeParse(error.problem?.current) : undefined;
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
    this.application = this.conflict;
    this.conflict = undefined;
    void this.save();
  }

  /** After a conflict: put the saved version in the form. */
  useSaved(): void {
    if (!this.conflict) return;
    this.application = this.conflict;
    this.draft = draftFromApplication(this.conflict);
    this.edited = false;
    this.errors = {};
    this.conflict = undefined;
    this.say('success', msg('The saved version is in the form now.', { id: 'mentorProfile.tookSaved' }));
  }
}
