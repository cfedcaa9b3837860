/**
 * The profile form's state: the draft the inputs edit (kept in localStorage per endpoint
 * and user, so a reload loses nothing), what a host hands over (a profile, a target), the
 * errors of the last validation with focus on the first, and the targets' names once the
 * catalogue gives them.
 *
 * The draft's code (profile-draft.ts: turning a profile into rows and back, with its checks and
 * their messages) is a part loaded on demand: with the form's code (profile-editor.ts), or when a
 * host's profile is to be analysed at once. What the element asks of the draft before it has
 * arrived waits for it, in the order asked (`whenDrafted`).
 */
import type { ReactiveController } from 'lit';
import { msg } from '@lit/localize';
import { pickText } from '../../api/common.js';
import { ApiError } from '../../api/errors.js';
import type { GapAnalysisRequest, Profile } from '../../api/gap.js';
import type { BridgewayConfig } from '../../ui/config.js';
import type { LazyPart } from '../../ui/lazy.js';
import type { GapMapperHost } from './host.js';
import type { DraftCode } from './parts.js';
import type { Choice, Draft, FieldErrors } from './profile-draft.js';
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
  /** The draft, from the draft's code's arrival on. */
  private current?: Draft;
  /** What waits for the draft's code, in the order asked. */
  private waiting: ((code: DraftCode) => void)[] = [];
  private fieldErrors: FieldErrors = {};
  /** The targets the host gave by id, for their names' lookup before the draft's code has arrived. */
  private givenTargets: HostGiven = {};
  private storageKey?: string;
  private focusFirstError = false;

  constructor(
    private readonly host: GapMapperHost,
    private readonly catalogue: TargetCatalogue,
    /** The draft's code, the element's part (its `importer` is replaceable: tests simulate a chunk that fails or comes late). */
    readonly code: LazyPart<DraftCode>,
  ) {
    host.addController(this);
  }

  /** The draft's code, once it has arrived and what waited for it has run. */
  get drafting(): DraftCode | undefined {
    // Loaded by another element already (and not replaced by a test): at hand at once.
    if (this.code.status === 'idle' && this.code.atHand()) this.catchUp();
    return this.current && this.code.module;
  }

  /** The draft the form edits; only once the draft's code has arrived (the form's code loads with it, parts.ts). */
  get draft(): Draft {
    if (!this.drafting) throw new Error('The profile draft is read before its code has loaded.');
    return this.current!;
  }

  /**
   * Runs `action` with the draft's code: at once when it is here, otherwise once it arrives, after
   * what was asked before it. `load` false: only when something else loads it (following the host
   * needs no draft before the form shows or a profile is analysed). Loading already on its way (the
   * element starts it at connect) is joined, not asked again. A chunk that does not arrive is
   * reported and shown (`code.render`); its "Try again" loads it again and what waits runs then.
   */
  whenDrafted(action: (code: DraftCode) => void, load = true): void {
    this.waiting.push(action);
    if (this.code.status === 'ready') this.catchUp();
    else if (load && this.code.status === 'idle') void this.code.load().then(() => this.catchUp());
  }

  /** Runs what waits for the draft's code, once it is here (called at each update too: a retry's arrival runs it). */
  catchUp(): void {
    const code = this.code.module;
    if (!code) return;
    this.current ??= { profile: code.emptyDraft() };
    while (this.waiting.length) this.waiting.shift()!(code);
  }

  /** Whether something waits for the draft's code (a host's profile to analyse). */
  get pending(): boolean {
    return this.waiting.length > 0;
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
    const keyChanged = key !== this.storageKey;
    // The key now (the element compares it at once); the draft once its code is here, with what changed now.
    this.storageKey = key;
    const { profile, occupation, jurisdiction } = given;
    this.givenTargets = { occupation, jurisdiction };
    const has = { profile: changed.has('profile'), occupation: changed.has('occupation'), jurisdiction: changed.has('jurisdiction') };
    if (!keyChanged && !has.profile && !has.occupation && !has.jurisdiction) return;
    this.whenDrafted((code) => {
      let current = this.current!;
      if (has.profile && profile && !this.editedByPerson) {
        current = { ...current, profile: code.draftFromProfile(profile) };
      } else if (key && keyChanged && !profile) {
        current = code.loadDraft(key) ?? current;
      }
      for (const [which, id] of [['occupation', occupation], ['jurisdiction', jurisdiction]] as const) {
        if (has[which] && id && current[which]?.id !== id && !(this.editedByPerson && current[which])) current = { ...current, [which]: { id, label: id } };
      }
      this.current = current;
    }, false);
  }

  hostUpdated(): void {
    if (this.focusFirstError) {
      this.focusFirstError = false;
      this.host.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    }
    // Before the draft's code has arrived, the host's targets: their lookups go out beside the analysis.
    const occupationId = this.current ? this.current.occupation?.id : this.givenTargets.occupation;
    if (occupationId && this.host.config.endpoint && this.catalogue.lacks(occupationId)) void this.nameTargets(occupationId);
  }

  /** A target given by id only (an attribute) gets its name from the catalogue (into the draft, once its code is here). */
  private async nameTargets(occupationId: string): Promise<void> {
    const unnamed = (choice?: { id: string; label: string }) => choice !== undefined && choice.label === choice.id;
    const jurisdictionUnnamed = () => (this.current ? unnamed(this.current.jurisdiction) : this.givenTargets.jurisdiction !== undefined);
    const occupation = await this.catalogue.loadOccupation(occupationId, jurisdictionUnnamed());
    if (!occupation) return;
    const locale = this.host.resolvedLocale;
    this.whenDrafted(() => {
      if (this.draft.occupation?.id === occupationId && unnamed(this.draft.occupation)) {
        this.replace({ ...this.draft, occupation: { id: occupationId, label: pickText(occupation.name, locale) } });
      }
    }, false);
    if (!jurisdictionUnnamed()) return;
    try {
      const jurisdictions = await this.catalogue.jurisdictionList();
      this.whenDrafted(() => {
        const j = jurisdictions.find((x) => x.id === this.draft.jurisdiction?.id);
        if (j && unnamed(this.draft.jurisdiction)) this.replace({ ...this.draft, jurisdiction: { id: j.id, label: pickText(j.name, locale) } });
      }, false);
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
    if (this.storageKey) this.drafting?.saveDraft(this.storageKey, draft);
  }

  /** Both targets at once (running a saved analysis again), once the draft's code is here. */
  setTargets(occupation: Choice, jurisdiction: Choice): void {
    this.whenDrafted(() => this.store({ ...this.draft, occupation, jurisdiction }));
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
    const { profile, errors } = this.drafting!.profileFromDraft(this.draft.profile, this.host.resolvedLocale);
    const { occupation, jurisdiction } = this.draft;
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
