/**
 * Who is signed in and the catalogue the filters offer: one load per client and locale
 * of `/me`, the occupations and the jurisdictions (and, for a mentee, their saved
 * mentors), and the names built from them for the cards and the filters.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Me, Role } from '../../api/identity.js';
import type { Jurisdiction, OccupationSummary } from '../../api/catalogue.js';
import type { BridgewayClient } from '../../api/client.js';
import { pickText } from '../../api/common.js';
import { listJurisdictions, searchOccupations } from '../../generated/operations.js';
import { getMe } from '../../generated/operations.js';
import type { Formatters } from '../../ui/format.js';
import { Loader, type LoaderHost, type LoaderRenderers } from '../../ui/loader.js';
import type { SupportedLocale } from '../../ui/localization.js';
import { SPOKEN_LANGUAGES, countryName, languageName } from '../../ui/display-names.js';
import type { Namer } from './labels.js';
import type { SavedMentors } from './saved-mentors.js';

export interface Session {
  me: Me;
  occupations: OccupationSummary[];
  jurisdictions: Jurisdiction[];
}

/** A select's option: value and label. */
export type Option = readonly [string, string];

/** The filters' options, sorted by name in the locale. */
export interface FilterOptions {
  occupations: Option[];
  jurisdictions: Option[];
  languages: Option[];
}

interface SessionHost extends LoaderHost, ReactiveControllerHost {
  readonly client: BridgewayClient;
  readonly resolvedLocale: SupportedLocale;
  readonly formatters: Formatters;
}

export class FinderSession {
  private readonly loader: Loader<Session, readonly [BridgewayClient, SupportedLocale]>;
  private namerMemo?: { locale: string; session: Session | undefined; namer: Namer };
  private optionsMemo?: { locale: string; session: Session; options: FilterOptions };

  constructor(
    private readonly host: SessionHost,
    saved: SavedMentors,
  ) {
    this.loader = new Loader(host, {
      args: () => [host.client, host.resolvedLocale] as const,
      load: async ([client, locale], signal): Promise<Session> => {
        const [me, occupations, jurisdictions] = await Promise.all([
          client.call(getMe, { signal }),
          client.call(searchOccupations, { query: { limit: 100, locale }, signal }),
          client.call(listJurisdictions, { signal }),
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

  /** The namer for the current locale and session, built once for both (cards call it many times). */
  get namer(): Namer {
    const locale = this.host.resolvedLocale;
    const session = this.loader.value;
    const memo = this.namerMemo;
    if (memo && memo.locale === locale && memo.session === session) return memo.namer;
    const occupations = new Map<string, string>();
    const jurisdictions = new Map<string, string>();
    // The first of equal ids wins, as a find() would.
    for (const o of session?.occupations ?? []) if (!occupations.has(o.id)) occupations.set(o.id, pickText(o.name, locale));
    for (const j of session?.jurisdictions ?? []) if (!jurisdictions.has(j.id)) jurisdictions.set(j.id, pickText(j.name, locale));
    const format = this.host.formatters;
    const namer: Namer = {
      occupation: (id) => occupations.get(id) ?? id,
      jurisdiction: (id) => jurisdictions.get(id) ?? id,
      language: (code) => languageName(code, locale),
      country: (code) => countryName(code, locale),
      list: (items) => format.list(items),
      number: (value) => format.number(value),
    };
    this.namerMemo = { locale, session, namer };
    return namer;
  }

  /** The filters' sorted options, built once per locale and session rather than on every render. */
  filterOptions(session: Session): FilterOptions {
    const locale = this.host.resolvedLocale;
    const memo = this.optionsMemo;
    if (memo && memo.locale === locale && memo.session === session) return memo.options;
    const n = this.namer;
    const collator = new Intl.Collator(locale);
    const byName = (a: Option, b: Option) => collator.compare(a[1], b[1]);
    const options: FilterOptions = {
      occupations: session.occupations.map((o) => [o.id, pickText(o.name, locale)] as const).sort(byName),
      jurisdictions: session.jurisdictions.map((j) => [j.id, pickText(j.name, locale)] as const).sort(byName),
      languages: SPOKEN_LANGUAGES.map((l) => [l, n.language(l)] as const).sort(byName),
    };
    this.optionsMemo = { locale, session, options };
    return options;
  }
}
