import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { BridgewayElement } from '../../ui/base-element.js';
import { joinStyles, buttonStyles, headingStyles, sectionStyles } from '../../ui/blocks.js';
import { formatDate, formatNumber, perLocale } from '../../ui/format.js';
import { FocusAfterUpdate } from '../../ui/focus.js';
import { LazyPart } from '../../ui/lazy.js';
import { renderLoadFailure, renderLoading } from '../../ui/states.js';
import { loaders as deskLocales } from '../../generated/locales/desk/index.js';
import type { DeskActions } from './desk-actions.js';
import { DeskLists } from './desk-lists.js';
import type { DeskFormat, DeskHost } from './host.js';
import { coordinatorDeskStyles } from './coordinator-desk.styles.js';

export type { DeskMentorApprovedDetail, DeskRequestDecidedDetail } from './events.js';

/** Rows per page unless `page-size` says otherwise. */
export const DEFAULT_DESK_PAGE_SIZE = 10;

/** The two formatters the desk uses, bound once per locale. */
const deskFormatFor = /* @__PURE__ */ perLocale((locale): DeskFormat => ({
  date: (value, options) => formatDate(locale, value, options),
  number: (value, options) => formatNumber(locale, value, options),
}));

/**
 * A program coordinator's desk, six lists in one place: mentors waiting for approval (approve
 * them), the request queue when coordinator approval is on (approve a request, propose another
 * mentor, or decline it with a reason the mentee reads), active mentorships with their last
 * check-in and a "stuck" flag once none happened for the organisation's `stuckAfterDays`,
 * mentor load (who is full, who waits idle; open requests hold a place), the mentees waiting
 * longest for a match, and the outcome follow-ups that are due (names and dates, never answers).
 *
 * Each list is paged ("Show more"), has its own sort order, and says what an empty list means.
 * Every action works from the keyboard; after one, the focus moves to the next row (or the
 * list's status line) and the result is announced. An action that fails keeps the row and
 * says why. The dialog to propose another mentor or decline is loaded only when first opened;
 * the code of the lists (their rows, actions and the four watched lists) loads while the first
 * pages do.
 *
 * Needs a coordinator's user token (`userToken`); anyone else sees why they cannot.
 *
 * @summary A coordinator's desk: approvals, the request queue, stuck mentorships, mentor load, waiting mentees and due follow-ups.
 * @tagname bw-coordinator-desk
 * @fires bw-desk-mentor-approved - when a mentor's profile was approved; `detail` is `{ mentorId }`.
 * @fires bw-desk-request-decided - when a queued request was decided; `detail` is `{ introductionId, action, mentorId? }` (`action`: `approve`, `propose` or `decline`).
 * @fires bw-error - when loading or an action failed (from the base element).
 * @csspart section - one list with its heading, sort and rows.
 * @csspart sort - a list's sort select.
 * @csspart status - a list's status line (what the last action did).
 * @csspart list - the rows of a list.
 * @csspart row - one row.
 * @csspart meter - a mentor's bar of places used.
 * @csspart button - every button.
 * @csspart more - a list's "Show more" button.
 * @csspart dialog - the dialog to propose another mentor or decline a request.
 * @csspart input - the dialog's fields.
 * @cssprop --bw-desk-meter-color - the bar of places used (default: the primary colour).
 */
export class BridgewayCoordinatorDesk extends BridgewayElement implements DeskHost {
  // The blocks of its first render (title, loading state); the lists' and the live region's come with the view part, the decision dialog's with its own.
  static override styles = [...(BridgewayElement.styles as []), joinStyles(buttonStyles, headingStyles, sectionStyles), coordinatorDeskStyles];

  // Properties are declared with `static properties`, as the base element's are: no decorators'
  // code in the download. TypeScript asks a subclass's `properties` to hold the base's too.
  static override properties = {
    ...BridgewayElement.properties,
    announcement: { state: true },
    pageSize: { type: Number, attribute: 'page-size' },
  };

  /**
   * Intl formatters bound to `resolvedLocale`: only the two its lists use, `this.formatters.date(...)` and
   * `this.formatters.number(...)`, so its download carries none of the others of src/ui/format.ts.
   */
  get formatters(): DeskFormat {
    return deskFormatFor(this.resolvedLocale);
  }
  static override localeArea = deskLocales;

  private readonly focusAfter = new FocusAfterUpdate(this);
  /** The desk's lists, rows, actions and watched lists: their code is fetched while the first pages are, never after them. */
  private readonly viewPart = new LazyPart(this, () => import('./desk-view.js'));
  private readonly lists = new DeskLists(this, this.focusAfter, async () => (await this.viewPart.require()).WatchLists);
  private actions?: DeskActions;

  private announcement = '';

  /** Rows per page (1 to 100): what "Show more" adds. */
  pageSize = DEFAULT_DESK_PAGE_SIZE;

  /** Every list's first page, loaded together. */
  private readonly desk = this.createLoader({
    args: () => [this.client, this.pageSize] as const,
    load: async ([client], signal) => {
      const [, { DeskActions }] = await Promise.all([this.lists.loadAll(client, signal), this.viewPart.require()]);
      this.actions ??= new DeskActions(this, this.lists, this.focusAfter);
      return true as const;
    },
  });

  /** @internal The part loaded on demand; tests replace its `importer` to simulate a chunk that fails to load. */
  get lazyParts(): { dialog?: LazyPart<unknown>; view: LazyPart<unknown> } {
    return { dialog: this.actions?.dialogPart, view: this.viewPart };
  }

  /** @internal */
  announce(text: string): void {
    this.announcement = '';
    void this.updateComplete.then(() => (this.announcement = text));
  }

  /** Loads every list again (also after a failure). */
  override retry(): void {
    super.retry();
    this.desk.retry();
  }

  protected override renderContent() {
    return html`<div class="desk bw-section" role="region" aria-labelledby="desk-title">
      <h2 id="desk-title">${msg('Coordinator desk', { id: 'desk.title' })}</h2>
      ${this.desk.render({
        loading: () => renderLoading(msg('Loading your desk…', { id: 'desk.loading' })),
        ready: () => (this.actions && this.viewPart.module ? this.viewPart.module.renderDesk(this.lists, this.actions, this.formatters) : nothing),
        error: (kind, retry) => renderLoadFailure(kind, retry, msg('Only the program\'s coordinators can use this desk. Sign in as a coordinator.', { id: 'desk.coordinatorsOnly' })),
      })}
      ${this.viewPart.module ? this.viewPart.module.renderLiveRegion(this.announcement) : nothing}
    </div>`;
  }
}
