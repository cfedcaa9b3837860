/**
 * Who is signed in and the catalogue the filters offer: one load per client and locale
 * of `/me`, the occupations and the jurisdictions (and, for a mentee, their saved
 * mentors). The names built from them for the cards, and the filters' sorted options, are the
 * view's (finder-view.ts). Of the catalogue the finder reads each entry's id and name only, and
 * checks no more (a partial read): the rules of the rest would weigh on its first download.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Me, Role } from '../../api/identity.js';
import type { CatalogueNames } from '../../api/catalogue.js';
import type { BridgewayClient } from '../../api/client.js';
import { CatalogueNames as catalogueNames } from '../../generated/contract.js';
import { getMe } from '../../generated/operations.js';
import { listJurisdictions, searchOccupations } from '../../generated/routes.js';
import { Loader, type LoaderHost, type LoaderRenderers } from '../../ui/loader.js';
import type { SupportedLocale } from '../../ui/localization.js';
import type { SavedMentors } from './saved-mentors.js';

/** An occupation or a jurisdiction as the finder reads it. */
export type CatalogueName = CatalogueNames['items'][number];

export interface Session {
  me: Me;
  occupations: CatalogueName[];
  jurisdictions: CatalogueName[];
}

interface SessionHost extends LoaderHost, ReactiveControllerHost {
  readonly client: BridgewayClient;
  readonly resolvedLocale: SupportedLocale;
}

export class FinderSession {
  private readonly loader: Loader<Session, readonly [BridgewayClient, SupportedLocale]>;

  constructor(
    private readonly host: SessionHost,
    saved: SavedMentors,
  ) {
    this.loader = new Loader(host, {
      args: () => [host.client, host.resolvedLocale] as const,
      load: async ([client, locale], signal): Promise<Session> => {
        const [me, occupations, jurisdictions] = await Promise.all([
          client.call(getMe, { signal }),
          client.call(searchOccupations, { query: { limit: 100, locale }, signal, response: catalogueNames }),
          client.call(listJurisdictions, { signal, response: catalogueNames }),
        ]);
        // A mentee's saved mentors mark the cards and filter the search from the start.
        if (me.user?.role === 'mentee') await saved.load(client, signal);
        else saved.clear();
        return { me, occupations: occupations.items, jurisdictions: jurisdictions.items };
      },
      isEmpty: () => false,
    });
  }

  get status(): Loader<Session>['status'] {
    return this.loader.status;
  }

  /** The current session (kept while another loads). */
  get value(): Session | undefined {
    return this.loader.value;
  }

  /** The signed-in user's role, once known. */
  get role(): Role | undefined {
    return this.loader.value?.me.user?.role;
  }

  retry(): void {
    void this.loader.run();
  }

  render(renderers: LoaderRenderers<Session>): unknown {
    return this.loader.render(renderers);
  }
}
