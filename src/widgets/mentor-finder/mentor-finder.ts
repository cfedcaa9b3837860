import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { ref } from 'lit/directives/ref.js';
import { msg, str } from '@lit/localize';
import * as z from 'zod/mini';
import { Me } from '../../api/identity.js';
import { JurisdictionListResponse, OccupationSearchResponse, type Jurisdiction, type OccupationSummary } from '../../api/catalogue.js';
import { pickText } from '../../api/common.js';
import { Favourite, MentorMatchPage, type MentorCriterion, type MentorFormat, type MentorMatch, type MentorOffer, type MentorProfile, type MentorSearchQuery } from '../../api/mentor.js';
import { BridgewayElement } from '../../ui/base-element.js';
import { compactHeadingStyles } from '../../ui/blocks.js';
import { renderEmpty, renderError, renderLoading } from '../../ui/states.js';
import { COUNTRIES, FORMATS, LANGUAGES, OFFERS, explain, formatLabel, offerLabel, type Namer } from './labels.js';
import { VirtualWindow } from './virtual-window.js';
import { finderStyles } from './mentor-finder.styles.js';
import type { FinderHost } from './host.js';
import type { MenteeDesk } from './mentee-desk.js';
import type { MentorDesk } from './mentor-desk.js';
import { loaders as mentorLocales } from '../../generated/locales/mentor/index.js';

export type MentorFinderMode = 'auto' | 'mentee' | 'mentor';

/** `detail` of `bw-mentor-introduction-requested`. */
export interface MentorIntroductionRequestedDetail {
  mentorId: string;
  requestId: string;
}

/** `detail` of `bw-mentor-selected`. */
export interface MentorSelectedDetail {
  mentorId: string;
  mentor: MentorProfile;
}

interface Session {
  me: Me;
  occupations: OccupationSummary[];
  jurisdictions: Jurisdiction[];
}

interface Results {
  items: MentorMatch[];
  nextCursor: string | null;
}

type Option = readonly [string, string];

interface FilterOptions {
  occupations: Option[];
  jurisdictions: Option[];
  languages: Option[];
  readonly countries: Option[];
}

const FavouriteList = z.object({ items: z.array(Favourite) });

/** Space-separated lists in attributes (`offers="plan-review referral"`). */
const listConverter = {
  fromAttribute: (value: string | null) => (value ? value.split(/[\s,]+/).filter(Boolean) : []),
  toAttribute: (value: readonly string[] | undefined) => (value && value.length ? value.join(' ') : null),
};

const displayNamesCache = new Map<string, (code: string) => string>();

/** Names of languages or regions in a locale; one Intl.DisplayNames per locale and type (they are slow to create). */
function displayNames(locale: string, type: 'language' | 'region'): (code: string) => string {
  const key = `${locale}|${type}`;
  let name = displayNamesCache.get(key);
  if (name) return name;
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames([locale, 'en'], { type });
  } catch {
    names = undefined;
  }
  name = (code) => {
    try {
      return (code && names?.of(code)) || code;
    } catch {
      return code;
    }
  };
  displayNamesCache.set(key, name);
  return name;
}

/**
 * Finds mentors who went the same way: filters (occupation, jurisdiction, language,
 * format, what they offer, and the mentee's origin only when they choose to match on it),
 * each either a hard filter ("only show ...") or a preference that adds points. Results
 * are cards that explain every point of the score; near-equal matches are rotated so
 * that requests are spread fairly. Long result lists are virtualised and load further
 * pages as one scrolls.
 *
 * With a mentee's user token: request an introduction (a dialog), follow one's requests
 * (answer a mentor's question, withdraw, see contact details once accepted), and save
 * favourites. With a mentor's token (or `mode="mentor"`): answer incoming requests
 * (accept, decline with a kind reason, ask a question) and pause or resume new requests.
 *
 * The search is reflected in the attributes, so a host can deep-link it:
 * `<bw-mentor-finder occupation="registered-nurse" jurisdiction="ca-on" language="tl" require="occupation language">`.
 * Changing an attribute runs the search again.
 *
 * @summary Explained, fair mentor matching with introductions and a mentor mode.
 * @tagname bw-mentor-finder
 * @fires bw-mentor-introduction-requested - when the mentee sent an introduction request; `detail` is `{ mentorId, requestId }`.
 * @fires bw-mentor-selected - when the mentee picks a mentor's name on a card; `detail` is `{ mentorId, mentor }`.
 * @fires bw-error - when loading or saving failed (see `BridgewayElement`).
 * @csspart filters - the filter form.
 * @csspart input - selects, inputs and text areas.
 * @csspart button - buttons.
 * @csspart summary - the result count and the fairness note.
 * @csspart results - the scroll container of the result list.
 * @csspart list - the result list.
 * @csspart card - one mentor's card.
 * @csspart score - the match score on a card.
 * @csspart why - the list of reasons on a card.
 * @csspart favourite - the save toggle on a card.
 * @csspart requests - the mentee's list of introduction requests.
 * @csspart request - one introduction request (mentee and mentor mode).
 * @csspart contact - a mentor's contact details, after acceptance.
 * @csspart dialog - the request-introduction dialog.
 * @csspart mentor-desk - mentor mode.
 * @cssprop --bw-mentor-results-height - the height of the result list's scroll box (default 70vh).
 * @cssprop --bw-color-primary - buttons, scores, links.
 * @cssprop --bw-color-surface-muted - card backgrounds of the reasons.
 */
export class BridgewayMentorFinder extends BridgewayElement implements FinderHost {
  static override styles = [...(BridgewayElement.styles as []), compactHeadingStyles, finderStyles];
  static override localeArea = mentorLocales;

  private win = new VirtualWindow(this, { estimate: 420, buffer: 3, onNearEnd: () => void this.loadMore() });

  @state() private mentee?: MenteeDesk;
  @state() private desk?: MentorDesk;
  @state() private favouriteIds = new Set<string>();
  @state() private originWanted = false;
  @state() private loadingMore = false;
  @state() private moreFailed = false;
  @state() private announcement = '';

  private searchedKey?: string;
  /** The window's padding, set through the CSSOM in updated(): a strict CSP (style-src 'self') blocks style attributes. */
  private listPadding = '';
  private searchedClient?: unknown;
  private importing = false;

  /** Target occupation id (`registered-nurse`). */
  @property({ reflect: true }) occupation?: string;

  /** Target jurisdiction id (`ca-on`). */
  @property({ reflect: true }) jurisdiction?: string;

  /** A language the mentee wants to speak with the mentor (`fr`, `tl`). */
  @property({ reflect: true }) language?: string;

  /** `online` or `in-person` (attribute `format`). */
  @property({ attribute: 'format', reflect: true }) meetingFormat?: MentorFormat;

  /** What the mentee wants help with, space-separated (`plan-review referral`). Always a filter. */
  @property({ reflect: true, converter: listConverter }) offers: MentorOffer[] = [];

  /** Which criteria are hard filters, space-separated: `occupation jurisdiction licensed language origin format credential-path`. Others are preferences. */
  @property({ reflect: true, converter: listConverter }) require: MentorCriterion[] = [];

  /** The mentee's country of origin (ISO code), only when they choose to match on it. */
  @property({ reflect: true }) origin?: string;

  /** Step codes of the mentee's own recognition path (from the gap map), space-separated. */
  @property({ reflect: true, converter: listConverter }) steps: string[] = [];

  /** Shows only the mentee's saved mentors. */
  @property({ type: Boolean, reflect: true }) favourites = false;

  /** `mentee`, `mentor` (answer requests) or `auto` (from the signed-in user's role). */
  @property({ reflect: true }) mode: MentorFinderMode = 'auto';

  /** Results per page (1 to 100). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 25;

  private session = this.createLoader({
    args: () => [this.client, this.resolvedLocale] as const,
    load: async ([client, locale], signal): Promise<Session> => {
      this.dropDesks();
      const [me, occupations, jurisdictions] = await Promise.all([
        client.request({ path: '/me', response: Me, signal }),
        client.request({ path: '/occupations', query: { limit: 100, locale }, response: OccupationSearchResponse, signal }),
        client.request({ path: '/jurisdictions', response: JurisdictionListResponse, signal }),
      ]);
      if (me.user?.role === 'mentee') {
        const favourites = await client.request({ path: '/favourites', response: FavouriteList, signal });
        this.favouriteIds = new Set(favourites.items.map((f) => f.mentorId));
      }
      return { me, occupations: occupations.items, jurisdictions: jurisdictions.items };
    },
    isEmpty: () => false,
  });

  private search = this.createLoader({
    autoRun: false,
    args: () => [this.client, this.searchKey] as const,
    load: async ([client, key], signal): Promise<Results> => {
      const { query, favourites } = JSON.parse(key) as { query: MentorSearchQuery; favourites: boolean };
      let page = await client.request({ method: 'POST', path: '/mentors/search', body: query, response: MentorMatchPage, signal });
      let items = page.items;
      if (favourites) {
        // Saved mentors may be on any page: read them all (a pool is small once filtered).
        for (let n = 0; page.nextCursor && n < 40; n++) {
          page = await client.request({ method: 'POST', path: '/mentors/search', body: { ...query, cursor: page.nextCursor }, response: MentorMatchPage, signal });
          items = items.concat(page.items);
        }
        items = items.filter((m) => this.favouriteIds.has(m.mentor.id));
      }
      this.win.reset();
      this.moreFailed = false;
      return { items, nextCursor: favourites ? null : page.nextCursor };
    },
  });

  // ------------------------------------------------------------------ public API

  /** The search the element runs, as sent to `POST /v1/mentors/search` (without the cursor). */
  get query(): MentorSearchQuery {
    const query: MentorSearchQuery = { limit: Math.min(100, Math.max(1, Math.round(this.pageSize) || 25)) };
    const has: Partial<Record<MentorCriterion, boolean>> = {};
    if (this.occupation) (query.occupation = this.occupation), (has.occupation = true);
    if (this.jurisdiction) (query.jurisdiction = this.jurisdiction), (has.jurisdiction = has.licensed = true);
    if (this.language) (query.languages = [this.language]), (has.language = true);
    if (this.origin) (query.originCountry = this.origin.toUpperCase()), (has.origin = true);
    if (this.meetingFormat) (query.format = this.meetingFormat), (has.format = true);
    if (this.steps.length) (query.credentialSteps = this.steps), (has['credential-path'] = true);
    if (this.offers.length) query.offers = [...this.offers];
    const require = this.require.filter((c) => has[c]);
    if (require.length) query.require = require;
    return query;
  }

  /** Runs the search again (also after a failure). */
  override retry(): void {
    super.retry();
    if (this.session.status === 'error') void this.session.run();
    else void this.search.run();
  }

  // ------------------------------------------------------------------ FinderHost

  /** The namer for the current locale and session, built once for both (render calls it per card). */
  private namerMemo?: { locale: string; session: Session | undefined; namer: Namer };

  /** @internal */
  get namer(): Namer {
    const locale = this.resolvedLocale;
    const session = this.session.value;
    const memo = this.namerMemo;
    if (memo && memo.locale === locale && memo.session === session) return memo.namer;
    const occupations = new Map<string, string>();
    const jurisdictions = new Map<string, string>();
    // The first of equal ids wins, as a find() would.
    for (const o of session?.occupations ?? []) if (!occupations.has(o.id)) occupations.set(o.id, pickText(o.name, locale));
    for (const j of session?.jurisdictions ?? []) if (!jurisdictions.has(j.id)) jurisdictions.set(j.id, pickText(j.name, locale));
    const format = this.format;
    const namer: Namer = {
      occupation: (id) => occupations.get(id) ?? id,
      jurisdiction: (id) => jurisdictions.get(id) ?? id,
      language: displayNames(locale, 'language'),
      country: displayNames(locale, 'region'),
      list: (items) => format.list(items),
      number: (value) => format.number(value),
    };
    this.namerMemo = { locale, session, namer };
    return namer;
  }

  /** @internal */
  announce(text: string): void {
    this.announcement = '';
    void this.updateComplete.then(() => (this.announcement = text));
  }

  /** @internal */
  introductionSent(mentor: MentorProfile, requestId: string): void {
    this.dispatchEvent(new CustomEvent<MentorIntroductionRequestedDetail>('bw-mentor-introduction-requested', { bubbles: true, composed: true, detail: { mentorId: mentor.id, requestId } }));
  }

  // ------------------------------------------------------------------ lifecycle

  private get searchKey(): string {
    return JSON.stringify({ query: this.query, favourites: this.favourites });
  }

  private get mentorMode(): boolean {
    return this.mode === 'mentor' || (this.mode === 'auto' && this.session.value?.me.user?.role === 'mentor');
  }

  private get isMentee(): boolean {
    return !this.mentorMode && this.session.value?.me.user?.role === 'mentee';
  }

  /**
   * The search need not wait for the session when its answer cannot stop it: without a
   * user token `/me` has no user (so no mentor mode), and `mode="mentee"` never is one.
   * Saved mentors wait, since they filter by the session's favourites.
   */
  private get searchesBeforeSession(): boolean {
    if (this.favourites || this.mode === 'mentor') return false;
    if (this.mode === 'mentee') return true;
    try {
      return !this.config.userToken;
    } catch {
      return false;
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('origin') && this.origin) this.originWanted = true;
    if (this.session.status !== 'ready' && !this.searchesBeforeSession) return;
    if (this.mentorMode) return;
    let client: unknown;
    try {
      client = this.client;
    } catch {
      return;
    }
    const key = this.searchKey;
    if (key !== this.searchedKey || client !== this.searchedClient) {
      this.searchedKey = key;
      this.searchedClient = client;
      void this.search.run();
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const list = this.renderRoot.querySelector<HTMLElement>('.list');
    if (list && list.style.paddingBlock !== this.listPadding) list.style.paddingBlock = this.listPadding;
    if (this.session.status !== 'ready' || this.importing) return;
    if (this.mentorMode && !this.desk) void this.importDesk();
    else if (this.isMentee && !this.mentee) void this.importMentee();
  }

  /** Another user or endpoint: the mentee's and mentor's parts start afresh. */
  private dropDesks(): void {
    if (this.mentee) this.removeController(this.mentee);
    if (this.desk) this.removeController(this.desk);
    this.mentee = undefined;
    this.desk = undefined;
  }

  private async importDesk(): Promise<void> {
    this.importing = true;
    try {
      const { MentorDesk } = await import('./mentor-desk.js');
      this.desk = new MentorDesk(this);
    } finally {
      this.importing = false;
    }
  }

  private async importMentee(): Promise<MenteeDesk> {
    this.importing = true;
    try {
      const { MenteeDesk } = await import('./mentee-desk.js');
      return (this.mentee ??= new MenteeDesk(this));
    } finally {
      this.importing = false;
    }
  }

  // ------------------------------------------------------------------ handlers

  private async loadMore(): Promise<void> {
    const current = this.search.value;
    if (!current?.nextCursor || this.loadingMore || this.moreFailed || this.search.status !== 'ready') return;
    this.loadingMore = true;
    const query = this.query;
    try {
      const page = await this.client.request({ method: 'POST', path: '/mentors/search', body: { ...query, cursor: current.nextCursor }, response: MentorMatchPage });
      if (this.search.value !== current) return;
      this.search.value = { items: current.items.concat(page.items), nextCursor: page.nextCursor };
    } catch (error) {
      this.moreFailed = true;
      this.reportError(error, 'load');
    } finally {
      this.loadingMore = false;
    }
  }

  private retryMore(): void {
    this.moreFailed = false;
    void this.loadMore();
  }

  private setRequired(criterion: MentorCriterion, on: boolean): void {
    const rest = this.require.filter((c) => c !== criterion);
    this.require = on ? [...rest, criterion] : rest;
  }

  private onSelect(name: 'occupation' | 'jurisdiction' | 'language' | 'meetingFormat' | 'origin', event: Event): void {
    const value = (event.target as HTMLSelectElement).value || undefined;
    (this as Record<typeof name, string | undefined>)[name] = value;
  }

  private toggleOffer(offer: MentorOffer, on: boolean): void {
    const rest = this.offers.filter((o) => o !== offer);
    this.offers = on ? OFFERS.filter((o) => o === offer || rest.includes(o)) : rest;
  }

  private toggleOrigin(on: boolean): void {
    this.originWanted = on;
    if (!on) {
      this.origin = undefined;
      this.setRequired('origin', false);
    }
  }

  private relaxFilters(): void {
    this.require = [];
    this.favourites = false;
    this.announce(msg('All filters are now preferences.', { id: 'mentor.relaxed' }));
  }

  private select(mentor: MentorProfile): void {
    this.dispatchEvent(new CustomEvent<MentorSelectedDetail>('bw-mentor-selected', { bubbles: true, composed: true, detail: { mentorId: mentor.id, mentor } }));
  }

  private async requestIntroduction(mentor: MentorProfile, event: Event): Promise<void> {
    const opener = event.currentTarget as HTMLElement;
    const desk = this.mentee ?? (await this.importMentee());
    desk.open(mentor, opener);
  }

  private async toggleFavourite(mentor: MentorProfile): Promise<void> {
    const saved = this.favouriteIds.has(mentor.id);
    const next = new Set(this.favouriteIds);
    if (saved) next.delete(mentor.id);
    else next.add(mentor.id);
    this.favouriteIds = next;
    try {
      await this.client.request({ method: saved ? 'DELETE' : 'PUT', path: `/favourites/${encodeURIComponent(mentor.id)}`, response: saved ? z.unknown() : Favourite });
      this.announce(saved ? msg(str`${mentor.displayName} removed from your saved mentors.`, { id: 'mentor.unsaved' }) : msg(str`${mentor.displayName} saved.`, { id: 'mentor.saved' }));
    } catch (error) {
      this.favouriteIds = new Set(saved ? [...next, mentor.id] : [...next].filter((id) => id !== mentor.id));
      this.announce(msg('Could not update your saved mentors. Try again.', { id: 'mentor.saveFailed' }));
      this.reportError(error, 'load');
    }
  }

  // ------------------------------------------------------------------ render helpers

  private renderRequire(criterion: MentorCriterion, enabled: boolean, label = msg('Only show mentors who match', { id: 'mentor.filter.only' })): TemplateResult {
    const id = `req-${criterion}`;
    return html`<label class="check" for=${id}
      ><input id=${id} type="checkbox" part="input" .checked=${this.require.includes(criterion)} ?disabled=${!enabled} @change=${(e: Event) => this.setRequired(criterion, (e.target as HTMLInputElement).checked)} />
      ${label}</label
    >`;
  }

  private renderSelect(
    name: 'occupation' | 'jurisdiction' | 'language' | 'meetingFormat',
    label: string,
    any: string,
    options: readonly (readonly [string, string])[],
    extra: unknown = nothing,
  ): TemplateResult {
    const value = this[name] ?? '';
    const criterion: MentorCriterion = name === 'meetingFormat' ? 'format' : name;
    return html`<div class="filter bw-field">
      <label class="bw-field__label" for="f-${criterion}">${label}</label>
      <select id="f-${criterion}" class="bw-field__input" part="input" @change=${(e: Event) => this.onSelect(name, e)}>
        <option value="" ?selected=${!value}>${any}</option>
        ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
        ${value && !options.some(([v]) => v === value) ? html`<option value=${value} selected>${value}</option>` : nothing}
      </select>
      ${this.renderRequire(criterion, !!value)} ${extra}
    </div>`;
  }

  private optionsMemo?: { locale: string; session: Session; options: FilterOptions };

  /** The filters' sorted options, built once per locale and session rather than on every render. */
  private filterOptions(session: Session): FilterOptions {
    const locale = this.resolvedLocale;
    const memo = this.optionsMemo;
    if (memo && memo.locale === locale && memo.session === session) return memo.options;
    const n = this.namer;
    const collator = new Intl.Collator(locale);
    const byName = (a: readonly [string, string], b: readonly [string, string]) => collator.compare(a[1], b[1]);
    let countries: Option[] | undefined;
    const options: FilterOptions = {
      occupations: session.occupations.map((o) => [o.id, pickText(o.name, locale)] as const).sort(byName),
      jurisdictions: session.jurisdictions.map((j) => [j.id, pickText(j.name, locale)] as const).sort(byName),
      languages: LANGUAGES.map((l) => [l, n.language(l)] as const).sort(byName),
      // Only shown once the mentee chooses to match on their origin.
      get countries() {
        return (countries ??= COUNTRIES.map((c) => [c, n.country(c)] as const).sort(byName));
      },
    };
    this.optionsMemo = { locale, session, options };
    return options;
  }

  private renderFilters(session: Session): TemplateResult {
    const options = this.filterOptions(session);
    const { occupations, jurisdictions, languages } = options;
    return html`<form class="filters" part="filters" aria-labelledby="filters-title" @submit=${(e: Event) => e.preventDefault()}>
      <h2 id="filters-title" class="title">${msg('Find a mentor', { id: 'mentor.title' })}</h2>
      <p class="muted full">${msg('Each choice is a preference that moves matching mentors up. Tick "Only show" to turn it into a filter.', { id: 'mentor.filter.help' })}</p>
      ${this.renderSelect('occupation', msg('Occupation', { id: 'mentor.filter.occupation' }), msg('Any occupation', { id: 'mentor.filter.anyOccupation' }), occupations)}
      ${this.renderSelect(
        'jurisdiction',
        msg('Where you want to work', { id: 'mentor.filter.jurisdiction' }),
        msg('Anywhere', { id: 'mentor.filter.anyJurisdiction' }),
        jurisdictions,
        this.renderRequire('licensed', !!this.jurisdiction, msg('Only mentors licensed there', { id: 'mentor.filter.licensed' })),
      )}
      ${this.renderSelect('language', msg('Language', { id: 'mentor.filter.language' }), msg('Any language', { id: 'mentor.filter.anyLanguage' }), languages)}
      ${this.renderSelect('meetingFormat', msg('Meeting format', { id: 'mentor.filter.format' }), msg('Online or in person', { id: 'mentor.filter.anyFormat' }), FORMATS.map((f) => [f, formatLabel(f)] as const))}
      <fieldset class="filter">
        <legend class="bw-field__label">${msg('Help you want', { id: 'mentor.filter.offers' })}</legend>
        <span class="bw-field__hint">${msg('Mentors must offer everything you tick.', { id: 'mentor.filter.offersHint' })}</span>
        ${OFFERS.map(
          (o) => html`<label class="check"
            ><input type="checkbox" part="input" name="offers" value=${o} .checked=${this.offers.includes(o)} @change=${(e: Event) => this.toggleOffer(o, (e.target as HTMLInputElement).checked)} /> ${offerLabel(o)}</label
          >`,
        )}
      </fieldset>
      <div class="filter">
        <label class="check" for="f-origin-on"
          ><input id="f-origin-on" type="checkbox" part="input" .checked=${this.originWanted} @change=${(e: Event) => this.toggleOrigin((e.target as HTMLInputElement).checked)} />
          ${msg('Match on my country of origin', { id: 'mentor.filter.originWanted' })}</label
        >
        <span class="bw-field__hint">${msg('Optional. It is used only for this search and never stored.', { id: 'mentor.filter.originHint' })}</span>
        ${this.originWanted
          ? html`<label class="bw-field__label" for="f-origin">${msg('Country where you trained', { id: 'mentor.filter.origin' })}</label>
              <select id="f-origin" class="bw-field__input" part="input" @change=${(e: Event) => this.onSelect('origin', e)}>
                <option value="" ?selected=${!this.origin}>${msg('Choose a country', { id: 'mentor.filter.chooseCountry' })}</option>
                ${options.countries.map(([c, name]) => html`<option value=${c} ?selected=${c === this.origin?.toUpperCase()}>${name}</option>`)}
              </select>
              ${this.renderRequire('origin', !!this.origin)}`
          : nothing}
      </div>
      ${this.isMentee
        ? html`<div class="filter">
            <label class="check" for="f-favourites"
              ><input id="f-favourites" type="checkbox" part="input" .checked=${this.favourites} @change=${(e: Event) => (this.favourites = (e.target as HTMLInputElement).checked)} />
              ${msg('Only my saved mentors', { id: 'mentor.filter.favourites' })}</label
            >
          </div>`
        : nothing}
    </form>`;
  }

  private renderCard(match: MentorMatch, index: number, setSize: number): TemplateResult {
    const m = match.mentor;
    const n = this.namer;
    const saved = this.favouriteIds.has(m.id);
    const path = m.credentialPath;
    const rate = m.responsiveness.responseRate;
    const days = m.responsiveness.medianResponseDays;
    return html`<div class="item" role="listitem" data-index=${index} aria-setsize=${setSize} aria-posinset=${index + 1}>
      <article class="card" part="card" aria-labelledby="name-${m.id}">
        <div class="card__head">
          <h3 class="card__name" id="name-${m.id}"><button type="button" class="link" @click=${() => this.select(m)}>${m.displayName}</button></h3>
          <span class="score" part="score">${msg(str`${n.number(match.score)}% match`, { id: 'mentor.score' })}</span>
        </div>
        ${m.headline ? html`<p class="headline">${m.headline}</p>` : nothing}
        <dl class="facts">
          <dt>${msg('Works in', { id: 'mentor.card.where' })}</dt>
          <dd>${m.city ? `${m.city}, ` : ''}${n.jurisdiction(m.jurisdiction)}</dd>
          <dt>${msg('Occupation', { id: 'mentor.filter.occupation' })}</dt>
          <dd>${n.list(m.occupations.map(n.occupation))}</dd>
          <dt>${msg('Licensed in', { id: 'mentor.card.licensedIn' })}</dt>
          <dd>${m.licensedIn.length ? n.list(m.licensedIn.map(n.jurisdiction)) : msg('Not licensed (yet)', { id: 'mentor.card.notLicensed' })}</dd>
          <dt>${msg('Speaks', { id: 'mentor.card.languages' })}</dt>
          <dd>${n.list(m.languages.map(n.language))}</dd>
          <dt>${msg('Meets', { id: 'mentor.card.formats' })}</dt>
          <dd>${n.list(m.formats.map(formatLabel))}</dd>
          <dt>${msg('Offers', { id: 'mentor.card.offers' })}</dt>
          <dd>${m.offers.length ? n.list(m.offers.map(offerLabel)) : '—'}</dd>
          <dt>${msg('Their own path', { id: 'mentor.card.path' })}</dt>
          <dd>
            ${path
              ? html`${msg(str`Trained in ${n.country(path.originCountry)}`, { id: 'mentor.card.origin' })}${path.steps.length
                  ? html`<ol class="steps">
                      ${path.steps.map((s) => html`<li>${s.label}${s.year ? ` (${s.year})` : ''}</li>`)}
                    </ol>`
                  : nothing}`
              : msg('Not shared', { id: 'mentor.card.pathNotShared' })}
          </dd>
          <dt>${msg('Availability', { id: 'mentor.card.availability' })}</dt>
          <dd>
            ${m.status === 'paused'
              ? msg('Paused: not taking new requests', { id: 'mentor.card.paused' })
              : msg(str`${n.number(m.spotsLeft)} of ${n.number(m.capacity)} places free`, { id: 'mentor.match.spotsLeft' })}
          </dd>
          <dt>${msg('Answers', { id: 'mentor.card.responsiveness' })}</dt>
          <dd>
            ${rate === null || days === null
              ? msg('New mentor: too few requests yet to tell how quickly they answer', { id: 'mentor.match.newMentor' })
              : msg(str`Answers ${n.number(Math.round(rate * 100))}% of requests, usually within ${n.number(Math.round(days * 10) / 10)} days`, { id: 'mentor.match.responsive' })}
          </dd>
        </dl>
        <h4 class="why-title" id="why-${m.id}">${msg('Why this mentor', { id: 'mentor.card.why' })}</h4>
        <ul class="why" part="why" aria-labelledby="why-${m.id}">
          ${match.factors.map(
            (f) => html`<li data-points=${f.points > 0 ? 'some' : 'none'}>
              <span>${explain(f, m, n)}</span>
              <span class="points">${msg(str`${n.number(f.points)} of ${n.number(f.weight)} points`, { id: 'mentor.card.points' })}</span>
            </li>`,
          )}
        </ul>
        <div class="actions">
          ${this.isMentee
            ? html`<button type="button" class="bw-button" part="button" data-request=${m.id} aria-describedby="name-${m.id}" ?disabled=${!m.available} @click=${(e: Event) => this.requestIntroduction(m, e)}>
                  ${msg('Request an introduction', { id: 'mentor.request' })}
                </button>
                <button type="button" class="bw-button bw-button--secondary" part="button favourite" aria-pressed=${saved ? 'true' : 'false'} aria-describedby="name-${m.id}" @click=${() => this.toggleFavourite(m)}>
                  ${saved ? msg('Saved', { id: 'mentor.favourite.on' }) : msg('Save', { id: 'mentor.favourite.off' })}
                </button>`
            : nothing}
        </div>
      </article>
    </div>`;
  }

  private renderResults(results: Results): TemplateResult {
    const total = results.items.length;
    const more = results.nextCursor !== null;
    const { start, end, before, after } = this.win.range(total);
    const shown = results.items.slice(start, end);
    this.listPadding = `${before}px ${after}px`;
    return html`<div class="summary" part="summary">
        <p class="count">
          ${more
            ? msg(str`${this.namer.number(total)}+ mentors match, best first`, { id: 'mentor.countMore' })
            : msg(str`${this.namer.number(total)} mentors match, best first`, { id: 'mentor.count' })}
        </p>
        <p class="muted">${msg('Mentors with nearly the same score are shown in a rotating order, so that requests are spread fairly and no one is asked all the time.', { id: 'mentor.fairness' })}</p>
      </div>
      <div class="scroller" part="results" role="region" tabindex="0" aria-label=${msg('Mentors', { id: 'mentor.results' })} ${ref(this.win.scroller)}>
        <div class="list" part="list" role="list" aria-label=${msg('Mentors', { id: 'mentor.results' })}>
          ${repeat(shown, (m) => m.mentor.id, (m, i) => this.renderCard(m, start + i, more ? -1 : total))}
        </div>
        ${this.loadingMore ? html`<p class="muted more" role="status">${msg('Loading more mentors…', { id: 'mentor.loadingMore' })}</p>` : nothing}
        ${this.moreFailed
          ? html`<div class="more">${renderError('network', () => this.retryMore(), msg('Could not load more mentors.', { id: 'mentor.moreFailed' }))}</div>`
          : nothing}
      </div>`;
  }

  private renderEmptyResults(): TemplateResult {
    return html`${renderEmpty(
        this.favourites
          ? msg('None of your saved mentors matches these filters or has a free place right now.', { id: 'mentor.emptyFavourites' })
          : msg('No mentor matches all of these filters. Turn some filters into preferences, or remove one.', { id: 'mentor.empty' }),
      )}
      ${this.require.length || this.favourites
        ? html`<p class="center"><button type="button" class="bw-button bw-button--secondary" part="button" @click=${this.relaxFilters}>${msg('Make every filter a preference', { id: 'mentor.relax' })}</button></p>`
        : nothing}`;
  }

  private renderMentee(session: Session): TemplateResult {
    return html`<div class="layout">
      ${this.renderFilters(session)}
      <div class="results">
        <h2 class="bw-visually-hidden">${msg('Mentors', { id: 'mentor.results' })}</h2>
        ${this.search.render({ ready: (r) => this.renderResults(r), empty: () => this.renderEmptyResults() })}
      </div>
      ${this.isMentee ? (this.mentee?.renderList() ?? nothing) : nothing} ${this.mentee?.renderDialog() ?? nothing}
    </div>`;
  }

  protected override renderContent(): unknown {
    return html`${this.session.render({
        ready: (session) => (this.mentorMode ? (this.desk?.render() ?? renderLoading()) : this.renderMentee(session)),
      })}
      <div class="bw-visually-hidden" role="status" aria-live="polite">${this.announcement}</div>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'bw-mentor-introduction-requested': CustomEvent<MentorIntroductionRequestedDetail>;
    'bw-mentor-selected': CustomEvent<MentorSelectedDetail>;
  }
}
