import { html, nothing, type PropertyValues } from 'lit';
import type { MentorCriterion, MentorFormat, MentorOffer, MentorSearchQuery } from '../../api/mentor.js';
import { BridgewayElement } from '../../ui/base-element.js';
import { visuallyHiddenStyles } from '../../ui/blocks.js';
import { errorMessage } from '../../ui/errors.js';
import { renderError } from '../../ui/states.js';
import { LazyPart } from '../../ui/lazy.js';
import { LazySlot } from '../../ui/lazy-slot.js';
import { FinderSession, type Session } from './finder-session.js';
import type { FinderView } from './finder-view.js';
import type { FinderFormat, FinderViewHost } from './host.js';
import { renderLoadingView } from './loading-view.js';
import { finderStyles } from './mentor-finder.styles.js';
import { SavedMentors } from './saved-mentors.js';
import { DEFAULT_PAGE_SIZE, SearchController, searchQuery } from './search-controller.js';
import { loaders as mentorLocales } from '../../generated/locales/mentor/index.js';
import { loaders as mentorDeskLocales } from '../../generated/locales/mentor-desks/index.js';

export type { MentorIntroductionRequestedDetail, MentorSelectedDetail } from './events.js';

export type MentorFinderMode = 'auto' | 'mentee' | 'mentor';

type FinderViewModule = typeof import('./finder-view.js');

/** Space-separated lists in attributes (`offers="plan-review referral"`). */
const listConverter = {
  fromAttribute: (value: string | null) => (value ? value.split(/[\s,]+/).filter(Boolean) : []),
  toAttribute: (value: readonly string[] | undefined) => (value && value.length ? value.join(' ') : null),
};

/**
 * Finds mentors who went the same way: filters (occupation, jurisdiction, language,
 * format, what they offer, and the mentee's origin only when they choose to match on it),
 * each either a hard filter ("only show ...") or a preference that adds points. Results
 * are cards that explain every point of the score; near-equal matches are rotated so
 * that requests are spread fairly. Results scroll with the host's page, ten at a time
 * ("Show 10 more" loads the next page), with a link that skips the list. When the service
 * does not answer, the results shown before stay, with a notice and "Try again".
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
 * @csspart results - the result list (it scrolls with the page).
 * @csspart list - the result list.
 * @csspart more - the "Show 10 more" button.
 * @csspart notice - the notice above results kept from before a search that failed.
 * @csspart card - one mentor's card.
 * @csspart score - the match score on a card.
 * @csspart why - the list of reasons on a card.
 * @csspart favourite - the save toggle on a card.
 * @csspart requests - the mentee's list of introduction requests.
 * @csspart request - one introduction request (mentee and mentor mode).
 * @csspart contact - a mentor's contact details, after acceptance.
 * @csspart dialog - the request-introduction dialog.
 * @csspart mentor-desk - mentor mode.
 * @cssprop --bw-color-primary - buttons, scores, links.
 * @cssprop --bw-color-surface-muted - card backgrounds of the reasons.
 */
export class BridgewayMentorFinder extends BridgewayElement implements FinderViewHost {
  // What the first render shows: the loading state in the view's shape and the live region. The
  // blocks the filters and cards show come with the view's code, the desks' with theirs.
  static override styles = [...(BridgewayElement.styles as []), visuallyHiddenStyles, finderStyles];

  /**
   * Intl formatters bound to `resolvedLocale`: only the three it uses, `this.formatters.date(...)`,
   * `this.formatters.number(...)` and `this.formatters.list(...)`, so its download carries none of
   * the others of src/ui/format.ts; once its view (or, in mentor mode, its desk) has loaded, as
   * their code comes with it: undefined before (the loading state formats nothing).
   */
  get formatters(): FinderFormat | undefined {
    return (this.viewPart.module ?? this.mentorDesk.part.module)?.finderFormatters(this.resolvedLocale);
  }
  static override localeArea = mentorLocales;
  // Properties are declared with `static properties`, as the base element's are: the same
  // reactive properties without the decorators' code (0.3 kB gzip of the first download).
  // TypeScript asks a subclass's `properties` to hold the base's too.
  static override properties = {
    ...BridgewayElement.properties,
    originWanted: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
    occupation: { reflect: true },
    jurisdiction: { reflect: true },
    language: { reflect: true },
    format: { reflect: true },
    offers: { reflect: true, converter: listConverter },
    require: { reflect: true, converter: listConverter },
    origin: { reflect: true },
    steps: { reflect: true, converter: listConverter },
    favourites: { type: Boolean, reflect: true },
    mode: { reflect: true },
    pageSize: { type: Number, attribute: 'page-size' },
  };

  /** Resolves the view's code once it is here (after a failure, once "Try again" brought it). */
  private viewArrived!: (module: FinderViewModule) => void;
  /** The view's code, however many tries it takes: the search's answer waits for its validator, never fails for it. */
  private viewCode = new Promise<FinderViewModule>((resolve) => (this.viewArrived = resolve));
  private saved = new SavedMentors(this);
  private session = new FinderSession(this, this.saved);
  private search = new SearchController(this, this.saved, () => this.viewCode.then((view) => view.MentorMatchPage));
  /**
   * The view with its data (filters, cards) and its styles, fetched at connect beside the search:
   * the first download holds only its loading state (loading-view.ts). A chunk that fails shows
   * the part's error state (and bw-error) once; the search waits meanwhile.
   */
  private viewPart = new LazyPart(this, () => import('./finder-view.js').then((module) => (this.viewArrived(module), module)));
  private view?: FinderView;
  /** The mentee's dialog, request list and saving, loaded once a mentee is signed in (or acts on a card). */
  private menteeDesk = new LazySlot(this, () => import('./mentee-desk.js'), (module, host) => new module.MenteeDesk(host, this.saved), mentorDeskLocales);
  /** Mentor mode, loaded for a mentor. */
  private mentorDesk = new LazySlot(this, () => import('./mentor-desk.js'), (module, host) => new module.MentorDesk(host), mentorDeskLocales);

  /** @internal The mentee chose to match on their country of origin (the country field shows). */
  originWanted = false;
  private announcement = '';

  /** The session the desks were created for. */
  private desksSession?: Session;

  /** Target occupation id (`registered-nurse`). */
  declare occupation?: string;

  /** Target jurisdiction id (`ca-on`). */
  declare jurisdiction?: string;

  /** A language the mentee wants to speak with the mentor (`fr`, `tl`). */
  declare language?: string;

  /** `online` or `in-person`: the meeting format (attribute and property `format`). */
  declare format?: MentorFormat;

  /** What the mentee wants help with, space-separated (`plan-review referral`). Always a filter. */
  offers: MentorOffer[] = [];

  /** Which criteria are hard filters, space-separated: `occupation jurisdiction licensed language origin format credential-path`. Others are preferences. */
  require: MentorCriterion[] = [];

  /** The mentee's country of origin (ISO code), only when they choose to match on it. */
  declare origin?: string;

  /** Step codes of the mentee's own recognition path (from the gap map), space-separated. */
  steps: string[] = [];

  /** Shows only the mentee's saved mentors. */
  favourites = false;

  /** `mentee`, `mentor` (answer requests) or `auto` (from the signed-in user's role). */
  mode: MentorFinderMode = 'auto';

  /** Results per page (1 to 100): what "Show more" adds. */
  pageSize = DEFAULT_PAGE_SIZE;

  // ------------------------------------------------------------------ public API

  /** The search the element runs, as sent to `POST /v1/mentors/search` (without the cursor). */
  get query(): MentorSearchQuery {
    return searchQuery(this);
  }

  /** Runs the search again (also after a failure): what failed loads again. */
  override retry(): void {
    super.retry();
    const sessionFailed = this.session.status === 'error';
    if (sessionFailed) this.session.retry();
    if (!sessionFailed || this.search.status === 'error') this.search.retry();
  }

  /** @internal The parts loaded on demand; tests replace an `importer` to simulate a chunk that fails to load. */
  get lazyParts(): { menteeDesk: LazyPart<unknown>; mentorDesk: LazyPart<unknown>; view: LazyPart<unknown>; introductionDialog?: LazyPart<unknown> } {
    return { menteeDesk: this.menteeDesk.part, mentorDesk: this.mentorDesk.part, view: this.viewPart, introductionDialog: this.menteeDesk.desk?.dialogPart };
  }

  // ------------------------------------------------------------------ FinderHost

  /** @internal */
  announce(text: string): void {
    this.announcement = '';
    void this.updateComplete.then(() => (this.announcement = text));
  }

  // ------------------------------------------------------------------ lifecycle

  private get mentorMode(): boolean {
    return this.mode === 'mentor' || (this.mode === 'auto' && this.session.role === 'mentor');
  }

  /** @internal A signed-in mentee, not in mentor mode. */
  get isMentee(): boolean {
    return !this.mentorMode && this.session.role === 'mentee';
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
    const ready = this.session.status === 'ready';
    if (ready && this.session.value !== this.desksSession) {
      // Another user or endpoint: the mentee's and mentor's desks start afresh.
      this.desksSession = this.session.value;
      this.menteeDesk.drop();
      this.mentorDesk.drop();
    }
    // The view's code comes beside the data (not after it); mentor mode does not show it.
    if (this.mode !== 'mentor' && this.viewPart.status === 'idle') void this.viewPart.load();
    if (ready && this.mentorMode) this.mentorDesk.prepare();
    else if (ready && this.isMentee) this.menteeDesk.prepare();
    if ((ready || this.searchesBeforeSession) && !this.mentorMode) this.search.sync();
  }

  // ------------------------------------------------------------------ render

  /** The mentee's view once its code is here (created once), its loading state until then. */
  private renderView(session: Session): unknown {
    return this.viewPart.render((module) => (this.view ??= new module.FinderView(this, this.search, this.saved, this.menteeDesk)).render(session), renderLoadingView);
  }

  protected override renderContent(): unknown {
    return html`${this.session.render({
        ready: (session) => (this.mentorMode ? this.mentorDesk.render((desk) => desk.render()) : this.renderView(session)),
        // Mentor mode shows its desk, not the mentee's view: the plain loading state there.
        loading: this.mode === 'mentor' ? undefined : renderLoadingView,
        // "Try again" reloads the search too when it failed with the session (one click, not two).
        error: (kind) => renderError(kind, kind === 'config' ? undefined : () => this.retry(), errorMessage(kind, 'mentoring')),
      })}
      <div class="bw-visually-hidden" role="status" aria-live="polite">${this.announcement}</div>`;
  }
}
