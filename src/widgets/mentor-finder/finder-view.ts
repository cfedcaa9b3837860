/**
 * The finder's view with its data, a part fetched at connect beside the search (`LazyPart`): the
 * filter form with its options and what a change of a filter does, the result cards with every
 * point of the score explained, "Show 10 more", the empty state that relaxes the filters, the
 * origin's country field (a part of its own, loaded once the mentee asks for it), and the styles
 * of all these. The element's first download holds only its loading state in this view's shape
 * (loading-view.ts). It uses the element through `FinderViewHost` and never imports it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { MentorProfile } from '../../api/mentor.js';
import { pickText } from '../../api/common.js';
import type { CountryFields } from '../../ui/country-field.js';
import { SPOKEN_LANGUAGES, countryName, languageName } from '../../ui/display-names.js';
import { errorKind, errorMessage } from '../../ui/errors.js';
import { LazyPart } from '../../ui/lazy.js';
import type { PageWindow, WindowRange } from '../../ui/page-window.js';
import { renderError } from '../../ui/states.js';
import type { Session } from './finder-session.js';
import { renderFilters, type FilterOptions, type FiltersCallbacks, type Option, type SelectFilter } from './filters-view.js';
import type { Namer } from './explain.js';
import { finderFormatters, type FinderViewHost, type MenteeDeskSlot } from './host.js';
import { OFFERS } from './labels.js';
import { renderResultsLoading } from './loading-view.js';
import { renderEmptyResults, renderResults, type ResultsCallbacks } from './results-view.js';
import type { SavedMentors } from './saved-mentors.js';
import { DEFAULT_PAGE_SIZE, searchQuery, type Results, type SearchController } from './search-controller.js';
import { sharedStyles } from './shared.styles.js';
import { MoreResults } from './show-more.js';
import { viewStyles } from './view.styles.js';

/**
 * Lists of up to this many results render whole (ten pages of ten); past it only the cards near
 * the viewport are in the DOM, by the window's code (src/ui/page-window.ts), which loads when a
 * list may grow past it: the first view never needs it.
 */
const WHOLE_LIST = 100;

/** Adopted with the view's code (src/ui/lazy.ts). */
export const partStyles = [sharedStyles, viewStyles];

/** What a page of search results is checked with: it comes with the view, and the search waits for it (search-controller.ts). */
export { MentorMatchPage } from '../../generated/contract.js';
/** The element's `formatters`, once the view is here. */
export { finderFormatters } from './host.js';

export class FinderView {
  /** The origin's searchable country field and its styles, loaded once the mentee chooses to match on their origin. */
  readonly originField: LazyPart<typeof import('../../ui/country-field-part.js')>;
  private countryFields?: CountryFields;
  private readonly more: MoreResults;
  /** Only the cards near the viewport are in the DOM past {@link WHOLE_LIST}: 10,000 results would otherwise hold 10,000 cards. */
  private readonly windowPart: LazyPart<typeof import('../../ui/page-window.js')>;
  private window?: PageWindow;
  /** The first result the window measured for: another search starts it afresh. */
  private windowFirst?: string;
  private namerMemo?: { locale: string; session: Session; namer: Namer };
  private optionsMemo?: { locale: string; session: Session; options: FilterOptions };

  constructor(
    private readonly host: FinderViewHost,
    private readonly search: SearchController,
    private readonly saved: SavedMentors,
    private readonly menteeDesk: MenteeDeskSlot,
  ) {
    this.originField = new LazyPart(host, () => import('../../ui/country-field-part.js'));
    this.more = new MoreResults(host, search, (index) => this.window?.reveal(index));
    this.windowPart = new LazyPart(host, () => import('../../ui/page-window.js'));
  }

  private filterChanged: FiltersCallbacks = {
    onSelect: (name: SelectFilter, value) => {
      const host = this.host;
      if (name === 'format') host.format = value === 'online' || value === 'in-person' ? value : undefined;
      else host[name] = value;
    },
    onRequire: (criterion, on) => {
      const rest = this.host.require.filter((c) => c !== criterion);
      this.host.require = on ? [...rest, criterion] : rest;
    },
    onOffer: (offer, on) => {
      const rest = this.host.offers.filter((o) => o !== offer);
      this.host.offers = on ? OFFERS.filter((o) => o === offer || rest.includes(o)) : rest;
    },
    onOriginWanted: (on) => {
      this.host.originWanted = on;
      if (!on) {
        this.host.origin = undefined;
        this.filterChanged.onRequire('origin', false);
      }
    },
    onFavourites: (on) => (this.host.favourites = on),
  };

  private resultAction: ResultsCallbacks = {
    onSelect: (mentor: MentorProfile) => this.host.emit('bw-mentor-selected', { mentorId: mentor.id, mentor }),
    onRequest: (mentor, event) => {
      const opener = event.currentTarget as HTMLElement;
      void this.menteeDesk.open().then((desk) => desk?.open(mentor, opener));
    },
    // A click while the mentee's desk loads is kept, not lost: it acts once the desk's code is here.
    onToggleSaved: (mentor) => void this.menteeDesk.open().then((desk) => desk?.toggleSaved(mentor)),
    onShowMore: () => void this.more.show(),
    onRetry: () => this.search.retry(),
  };

  private relaxFilters = (): void => {
    this.host.require = [];
    this.host.favourites = false;
    this.host.announce(msg('All filters are now preferences.', { id: 'mentor.relaxed' }));
  };

  private renderOriginCountry = (label: string) =>
    this.originField.render((module) =>
      (this.countryFields ??= new module.CountryFields(this.host, () => this.host.resolvedLocale)).render({
        id: 'f-origin',
        label,
        code: this.host.origin?.toUpperCase() ?? '',
        onPick: (code) => this.filterChanged.onSelect('origin', code),
      }),
    );

  /** The names for the cards in the current locale and session, built once for both (cards call them many times). */
  private namer(session: Session): Namer {
    const locale = this.host.resolvedLocale;
    const memo = this.namerMemo;
    if (memo && memo.locale === locale && memo.session === session) return memo.namer;
    const occupations = new Map<string, string>();
    const jurisdictions = new Map<string, string>();
    // The first of equal ids wins, as a find() would.
    for (const o of session.occupations) if (!occupations.has(o.id)) occupations.set(o.id, pickText(o.name, locale));
    for (const j of session.jurisdictions) if (!jurisdictions.has(j.id)) jurisdictions.set(j.id, pickText(j.name, locale));
    const format = finderFormatters(locale);
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
  private filterOptions(session: Session): FilterOptions {
    const locale = this.host.resolvedLocale;
    const memo = this.optionsMemo;
    if (memo && memo.locale === locale && memo.session === session) return memo.options;
    const n = this.namer(session);
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

  /**
   * The cards to render of `total`: all of a short list; of a long one, those the window says (its
   * code loads once the next page may pass {@link WHOLE_LIST}). Until it is here, the first
   * {@link WHOLE_LIST}; when it cannot load, all of them.
   */
  private shown(total: number, pageSize: number, more: boolean): WindowRange {
    const part = this.windowPart;
    if (part.status === 'idle' && (total > WHOLE_LIST || (more && total + pageSize > WHOLE_LIST))) void part.load();
    this.window ??= part.module && new part.module.PageWindow(this.host, '[part~="results"]', WHOLE_LIST);
    return this.window?.range(total) ?? { start: 0, end: part.status === 'error' ? total : Math.min(total, WHOLE_LIST), before: 0, after: 0 };
  }

  private renderFound(session: Session, results: Results, stale?: unknown): TemplateResult {
    const host = this.host;
    const first = results.items[0]?.mentor.id;
    if (first !== this.windowFirst) {
      this.windowFirst = first;
      this.window?.reset();
    }
    const more = results.nextCursor !== null && !stale;
    const pageSize = searchQuery(host).limit ?? DEFAULT_PAGE_SIZE;
    return renderResults(
      {
        items: results.items,
        more,
        pageSize,
        namer: this.namer(session),
        isMentee: host.isMentee,
        isSaved: (id) => this.saved.has(id),
        loadingMore: this.more.loading,
        moreFailure: this.more.failure(results),
        stale: stale === undefined ? undefined : errorKind(stale),
        shown: this.shown(results.items.length, pageSize, more),
      },
      this.resultAction,
    );
  }

  /** The mentee's view: the filters, the results, and (for a signed-in mentee) their requests and the dialog. */
  render(session: Session): TemplateResult {
    const host = this.host;
    const isMentee = host.isMentee;
    return html`<div class="layout">
      ${renderFilters({ filters: host, options: this.filterOptions(session), originWanted: host.originWanted, favourites: host.favourites, isMentee, originCountry: this.renderOriginCountry }, this.filterChanged)}
      <div class="results">
        <h2 class="bw-visually-hidden">${msg('Mentors', { id: 'mentor.results' })}</h2>
        ${this.search.render({
          ready: (results) => this.renderFound(session, results),
          loading: renderResultsLoading,
          empty: () => renderEmptyResults({ favourites: host.favourites, canRelax: host.require.length > 0 || host.favourites }, this.relaxFilters),
          // The service did not answer: what was shown stays, under a notice.
          error: (kind, retry, error) => {
            const previous = this.search.previous;
            return previous ? this.renderFound(session, previous, error) : renderError(kind, kind === 'config' ? undefined : retry, errorMessage(kind, 'mentoring'));
          },
        })}
      </div>
      ${isMentee ? this.menteeDesk.render((desk) => desk.renderList(), () => nothing) : nothing} ${this.menteeDesk.desk?.renderDialog() ?? nothing}
    </div>`;
  }
}
