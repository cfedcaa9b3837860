import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { BridgewayElement } from '../../ui/base-element.js';
import {
  joinStyles,
  visuallyHiddenStyles,
  buttonStyles,
  fieldStyles,
  badgeStyles,
  headingStyles,
  sectionStyles,
  cardStyles,
  toolbarStyles,
  statusStyles,
  mutedStyles,
  listStyles,
} from '../../ui/blocks.js';
import { formattersFor, type Formatters } from '../../ui/format.js';
import { FocusAfterUpdate } from '../../ui/focus.js';
import { LazyPart } from '../../ui/lazy.js';
import { renderLoadFailure, renderLoading } from '../../ui/states.js';
import { loaders as deskLocales } from '../../generated/locales/desk/index.js';
import { loaders as deskMoreLocales } from '../../generated/locales/desk-more/index.js';
import type { DeskActions } from './desk-actions.js';
import { DeskLists } from './desk-lists.js';
import { applicationRow, queueRow } from './decision-rows.js';
import type { DeskHost } from './host.js';
import { renderSection } from './list-section.js';
import { coordinatorDeskStyles } from './coordinator-desk.styles.js';

export type { DeskMentorApprovedDetail, DeskRequestDecidedDetail } from './events.js';

/** Rows per page unless `page-size` says otherwise. */
export const DEFAULT_DESK_PAGE_SIZE = 10;

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
 * the code of the four watched lists loads while the first pages do.
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
  // The blocks of its lists; the decision dialog's (dialog, checkbox) come with its part.
  static override styles = [...(BridgewayElement.styles as []), joinStyles(visuallyHiddenStyles, buttonStyles, fieldStyles, badgeStyles, headingStyles, sectionStyles, cardStyles, toolbarStyles, statusStyles, mutedStyles, listStyles), coordinatorDeskStyles];

  /** Intl formatters bound to `resolvedLocale`: `this.formatters.date(...)`, `this.formatters.number(...)` ... */
  get formatters(): Formatters {
    return formattersFor(this.resolvedLocale);
  }
  static override localeArea = deskLocales;

  private readonly focusAfter = new FocusAfterUpdate(this);
  private readonly lists = new DeskLists(this, this.focusAfter);
  /** What the coordinator does at the desk: its code loads while the first pages do. */
  private readonly actionsPart = new LazyPart(this, () => import('./desk-actions.js'));
  /** The propose and decline dialog, loaded the first time one opens. */
  private readonly dialogPart = new LazyPart(this, () => import('./decision-dialog.js'), deskMoreLocales);
  private actions?: DeskActions;

  @state() private announcement = '';

  /** Rows per page (1 to 100): what "Show more" adds. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = DEFAULT_DESK_PAGE_SIZE;

  /** Every list's first page, loaded together. */
  private readonly desk = this.createLoader({
    args: () => [this.client, this.pageSize] as const,
    load: async ([client], signal) => {
      const [, { DeskActions }] = await Promise.all([this.lists.loadAll(client, signal), this.actionsPart.require()]);
      this.actions ??= new DeskActions(this, this.lists, this.focusAfter, this.dialogPart);
      return true as const;
    },
  });

  /** @internal The part loaded on demand; tests replace its `importer` to simulate a chunk that fails to load. */
  get lazyParts(): { dialog: LazyPart<unknown>; actions: LazyPart<unknown>; watched: LazyPart<unknown> } {
    return { dialog: this.dialogPart, actions: this.actionsPart, watched: this.lists.watchPart };
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

  private renderDialog(actions: DeskActions) {
    const dialog = actions.dialog;
    if (!dialog) return nothing;
    return html`<div class="dialog-slot">
      ${this.dialogPart.render(
        (module) => module.renderDecisionDialog(dialog, this.formatters, { onSubmit: actions.submitDialog, onClose: actions.closeDialog }),
        msg('Opening…', { id: 'desk.opening' }),
      )}
    </div>`;
  }

  private renderLists(actions: DeskActions) {
    const { applications, queue } = this.lists;
    const f = this.formatters;
    const status = (name: string) => actions.status.get(name) ?? '';
    const rowState = (id: string) => ({ busy: actions.busy.has(id), failure: actions.failures.get(id) });
    return html`${renderSection({
        list: applications,
        title: msg('Mentors waiting for approval', { id: 'desk.applications.title' }),
        hint: msg('Approved mentors appear in search once their training is complete.', { id: 'desk.applications.hint' }),
        empty: msg('No mentor is waiting for approval.', { id: 'desk.applications.empty' }),
        status: status(applications.name),
        row: (item) => applicationRow(item, rowState(item.mentor.id), f, () => void actions.approveMentor(item)),
      })}
      ${renderSection({
        list: queue,
        title: msg('Requests waiting for approval', { id: 'desk.queue.title' }),
        hint: msg('With coordinator approval on, no mentor sees a request until you pass it on.', { id: 'desk.queue.hint' }),
        empty: msg('No request is waiting for you.', { id: 'desk.queue.empty' }),
        status: status(queue.name),
        row: (item) =>
          queueRow(item, rowState(item.request.id), f, {
            onApprove: () => void actions.approveRequest(item),
            onPropose: () => void actions.openDialog('propose', item),
            onDecline: () => void actions.openDialog('decline', item),
          }),
      })}
      ${this.renderDialog(actions)}
      ${this.lists.watched?.render(f) ?? nothing}`;
  }

  protected override renderContent() {
    return html`<div class="desk bw-section" role="region" aria-labelledby="desk-title">
      <h2 id="desk-title">${msg('Coordinator desk', { id: 'desk.title' })}</h2>
      ${this.desk.render({
        loading: () => renderLoading(msg('Loading your desk…', { id: 'desk.loading' })),
        ready: () => (this.actions ? this.renderLists(this.actions) : nothing),
        error: (kind, retry) => renderLoadFailure(kind, retry, msg('Only the program\'s coordinators can use this desk. Sign in as a coordinator.', { id: 'desk.coordinatorsOnly' })),
      })}
      <div class="bw-visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }
}
