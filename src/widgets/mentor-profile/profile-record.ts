/**
 * The mentor's saved profile as the element knows it: loads it (none yet is a new one) and,
 * alongside, the form's code (loaded on demand) and the catalogue's names the form shows, so
 * the profile shows whole, form included, once all are here. A chunk that did not arrive is
 * the loader's error state with "Try again". Saves and completed training update it.
 */
import type { ReactiveController } from 'lit';
import type { BridgewayClient } from '../../api/client.js';
import { ApiError } from '../../api/errors.js';
import type { OwnMentorApplication } from '../../api/mentor-onboarding.js';
import { getOwnMentorApplication } from '../../generated/operations.js';
import type { CatalogueNames } from '../../ui/catalogue-names.js';
import { Loader } from '../../ui/loader.js';
import type { SupportedLocale } from '../../ui/localization.js';
import type { MentorProfileHost } from './host.js';
import { readTraining } from './training-read.js';

export interface LoadedProfile {
  /** Null while the mentor has no profile yet. */
  application: OwnMentorApplication | null;
  names: CatalogueNames;
}

export class ProfileRecord implements ReactiveController {
  readonly loader: Loader<LoadedProfile, readonly [BridgewayClient, SupportedLocale]>;
  /** The saved profile (newer than the loaded one after a save); null before the first save. */
  application: OwnMentorApplication | null = null;
  private seen?: LoadedProfile;

  constructor(
    private readonly host: MentorProfileHost,
    /**
     * Loads the form's code (rejecting when it did not arrive), then the catalogue's names it
     * shows: only the form shows them, so the code that fetches them comes with it.
     */
    loadFormAndNames: (client: BridgewayClient, locale: SupportedLocale, signal: AbortSignal) => Promise<CatalogueNames>,
    /** What the form needs for this profile beyond its own code (rejecting when it did not arrive). */
    loadFor: (application: OwnMentorApplication | null) => Promise<unknown> | undefined,
  ) {
    host.addController(this);
    this.loader = new Loader(host, {
      args: () => [host.client, host.resolvedLocale] as const,
      load: async ([client, locale], signal) => {
        const [application, names] = await Promise.all([
          client
            .call(getOwnMentorApplication, { signal })
            .catch((error: unknown) => {
              if (error instanceof ApiError && error.kind === 'not-found') return null;
              throw error;
            })
            .then(async (application) => {
              // The training shows with the profile: ask for it now, in parallel with the form's code and names,
              // rather than once the profile shows, and show the profile once it is here too (one render, not two).
              // Its loader gets this answer from the page's shared reads; when it failed, the training's own error shows.
              await Promise.all([readTraining(client, application !== null, signal).catch(() => undefined), loadFor(application)]);
              return application;
            }),
          loadFormAndNames(client, locale, signal),
        ]);
        return { application, names };
      },
      isEmpty: () => false,
    });
  }

  /** Takes a newly loaded profile. */
  hostUpdate(): void {
    const loaded = this.loader.value;
    if (!loaded || loaded === this.seen) return;
    this.seen = loaded;
    this.application = loaded.application;
  }

  /** A save answered with the profile as saved. */
  saved(application: OwnMentorApplication): void {
    this.application = application;
  }

  /** The training changed: the standing follows without a reload. */
  trainingChanged(complete: boolean): void {
    if (this.application) this.application = { ...this.application, trainingComplete: complete };
    this.host.requestUpdate();
  }
}
