/**
 * The profile form's state: the draft the inputs edit (kept in localStorage per endpoint
 * and user, so a reload loses nothing), what a host hands over (a profile, a target), the
 * errors of the last validation with focus on the first, and the targets' names once the
 * catalogue gives them.
 */
import type { ReactiveController } from 'lit';
import { msg } from '@lit/localize';
import { pickText } from '../../api/common.js';
import { ApiError } from '../../api/errors.js';
import type { GapAnalysisRequest, Profile } from '../../api/gap.js';
import type { BridgewayConfig } from '../../ui/config.js';
import type { GapMapperHost } from './host.js';
import { draftFromProfile, emptyDraft, loadDraft, profileFromDraft, saveDraft, type Choice, type Draft, type FieldErrors } from './profile-draft.js';
import type { TargetCatalogue } from './target-catalogue.js';

/** What a host may hand over instead of the person typing it. */
export interface HostGiven {
  profile?: Profile;
  occupation?: string;
  jurisdiction?: string;
}

/** `ut_<base64url payload>.<signature>`: the organisation and user, for a draft key only (never trusted). */
function tokenSubject(token: unknown): string {
  if (typeof token !== 'string' || !token.startsWith('ut_')) return token ? 'user' : 'anonymous';
  try {
    const payload = JSON.parse(atob(token.slice(3).split('.')[0].replace(/-/g, '+').replace(/_/g, '/'))) as { org?: string; sub?: string };
    return `${payload.org ?? ''}/${payload.sub ?? ''}`;
  } catch {
    return 'user';
  }
}

/** Where the draft is kept: one per endpoint and user; none without an endpoint. */
function draftKey(config: BridgewayConfig): string | undefined {
  return config.endpoint ? `bw-gap-draft:${config.endpoint}:${tokenSubject(config.userToken)}` : undefined;
}

export class ProfileForm implements ReactiveController {
  private current: Draft = { profile: emptyDraft() };
  private fieldErrors: FieldErrors = {};
  private storageKey?: string;
  private focusFirstError = false;

  constructor(
    private readonly host: GapMapperHost,
    private readonly catalogue: TargetCatalogue,
  ) {
    host.addController(this);
  }

  get draft(): Draft {
    return this.current;
  }

  /** The message of each field that needs attention, by path (`education.0.year`, `occupation`). */
  get errors(): FieldErrors {
    return this.fieldErrors;
  }

  /** The draft's storage key, which changes with the endpoint and the user. */
  get key(): string | undefined {
    return this.storageKey;
  }

  /**
   * Follows the host: a profile or target it sets replaces the draft's; another endpoint
   * or user brings their stored draft. Call during the host's update.
   */
  follow(given: HostGiven, changed: { has(name: keyof HostGiven): boolean }): void {
    const key = draftKey(this.host.config);
    if (changed.has('profile') && given.profile && !this.editedByPerson) {
      this.current = { ...this.current, profile: draftFromProfile(given.profile) };
    } else if (key && key !== this.storageKey && !given.profile) {
      const stored = loadDraft(key);
      if (stored) this.current = stored;
    }
    this.storageKey = key;
    for (const which of ['occupation', 'jurisdiction'] as const) {
      const id = given[which];
      if (changed.has(which) && id && this.current[which]?.id !== id && !(this.editedByPerson && this.current[which])) this.current = { ...this.current, [which]: { id, label: id } };
    }
  }

  hostUpdated(): void {
    if (this.focusFirstError) {
      this.focusFirstError = false;
      this.host.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    }
    const occupationId = this.current.occupation?.id;
    if (occupationId && this.host.config.endpoint && this.catalogue.lacks(occupationId)) void this.nameTargets(occupationId);
  }

  /** A target given by id only (an attribute) gets its name from the catalogue. */
  private async nameTargets(occupationId: string): Promise<void> {
    const unnamed = (choice?: { id: string; label: string }) => choice !== undefined && choice.label === choice.id;
    const occupation = await this.catalogue.loadOccupation(occupationId, unnamed(this.current.jurisdiction));
    if (!occupation) return;
    const locale = this.host.resolvedLocale;
    if (this.current.occupation?.id === occupationId && unnamed(this.current.occupation)) {
      this.replace({ ...this.current, occupation: { id: occupationId, label: pickText(occupation.name, locale) } });
    }
    if (!unnamed(this.current.jurisdiction)) return;
    try {
      const j = (await this.catalogue.jurisdictionList()).find((x) => x.id === this.current.jurisdiction?.id);
      if (j) this.replace({ ...this.current, jurisdiction: { id: j.id, label: pickText(j.name, locale) } });
    } catch (error) {
      if (!(error instanceof ApiError && error.kind === 'aborted')) this.host.reportError(error, 'load');
    }
  }

  private replace(draft: Draft): void {
    this.current = draft;
    this.host.requestUpdate();
  }

  /** The person changed the form in this session: data arriving late never replaces what they typed. */
  get edited(): boolean {
    return this.editedByPerson;
  }

  private editedByPerson = false;

  /** Replaces the draft with the person's change and keeps it for a reload (the form's edits, profile-editor.ts). */
  store(draft: Draft): void {
    this.editedByPerson = true;
    this.replace(draft);
    if (this.storageKey) saveDraft(this.storageKey, draft);
  }

  /** Both targets at once (running a saved analysis again). */
  setTargets(occupation: Choice, jurisdiction: Choice): void {
    this.store({ ...this.current, occupation, jurisdiction });
  }

  /** Drops the error of one field (`occupation`), or of every field. */
  forgetErrors(path?: string): void {
    if (path === undefined) {
      this.fieldErrors = {};
      return;
    }
    const errors = { ...this.fieldErrors };
    delete errors[path];
    this.fieldErrors = errors;
  }

  /** Validates the draft: the analysis to ask for, or undefined when a field needs attention (marked, with focus on the first). */
  validate(asOf?: string): GapAnalysisRequest | undefined {
    const { profile, errors } = profileFromDraft(this.current.profile, this.host.resolvedLocale);
    const { occupation, jurisdiction } = this.current;
    if (!occupation) errors.occupation = msg('Choose the occupation you want to work in.', { id: 'gap.error.occupation' });
    if (!jurisdiction) errors.jurisdiction = msg('Choose where you want to work.', { id: 'gap.error.jurisdiction' });
    this.fieldErrors = errors;
    this.host.requestUpdate();
    if (!profile || !occupation || !jurisdiction || Object.keys(errors).length) {
      this.focusFirstError = true;
      return undefined;
    }
    return { profile, occupationId: occupation.id, jurisdictionId: jurisdiction.id, ...(asOf ? { asOf } : {}) };
  }
}
