/**
 * The plan's state behind its view, a part the element loads at connect, beside the plan's reads
 * (plan-session.ts) and the view's code (plan-view.ts): the write queue laid over the plan
 * (`PlanSync`), the panels' code and edits (`PanelsPart`), moving milestones (`MilestoneOrder`),
 * the gap map's hand-off, the follow-ups, where the focus goes after an action, what the list's
 * controls do, and the view's styles. Two parts rather than one so that each stays within the
 * 10 kB budget of a part.
 */
import type { CheckIn, PlanDetail, Recalibration } from '../../api/plan.js';
import { FocusAfterUpdate } from '../../ui/focus.js';
import type { TrackerHost, TrackerParts } from './host.js';
import { PlanSync } from './plan-sync.js';
import type { PlanHolder, PlanSession } from './plan-session.js';
import type { PageRead } from './server-plan.js';
import { MilestoneOrder } from './milestone-order.js';
import { PanelsPart } from './panels-part.js';
import { GapHandOff } from './gap-hand-off.js';
import { FollowUpsPart } from './follow-ups-part.js';
import { loadCatalogueNames } from './catalogue-names.js';
import type { MilestoneListCallbacks } from './milestone-list.js';
import { badgeStyles, cardStyles, fieldStyles, headingStyles, joinStyles, listStyles, mutedStyles, sectionStyles, statusStyles, toolbarStyles, visuallyHiddenStyles } from '../../ui/blocks.js';
import { trackerStyles } from './plan-view.styles.js';

/**
 * The plan view's styles, one sheet: the blocks the list, header and add form show (the button is
 * the base's; the panels bring the checkbox and the dialog) and the view's own. They come with this
 * part rather than the view's, which loads beside it, so that each part stays within its budget.
 */
export const partStyles = joinStyles(visuallyHiddenStyles, fieldStyles, badgeStyles, headingStyles, sectionStyles, cardStyles, toolbarStyles, statusStyles, mutedStyles, listStyles, trackerStyles);

export class PlanState implements PlanHolder {
  /** Where the focus goes after an action, so it is never lost to the top of the page. */
  readonly focusNext: FocusAfterUpdate;
  readonly sync: PlanSync;
  /** Conflicts, edit form, check-ins, gap offer and dialog, with the edits and reads: their code loads beside the data. */
  readonly panels: PanelsPart;
  readonly order: MilestoneOrder;
  readonly gapHandOff: GapHandOff;
  /** The program's outcome follow-ups (intake, 3, 6, 12 months) for a signed-in mentee, loaded on demand. */
  readonly followUps: FollowUpsPart;

  constructor(
    private readonly host: TrackerHost,
    session: PlanSession,
    private readonly parts: TrackerParts,
  ) {
    this.focusNext = new FocusAfterUpdate(host);
    this.sync = new PlanSync(host, { reload: () => void session.reload(), showPlan: (id) => session.pick(id) }, parts.sender);
    this.panels = new PanelsPart(host, session, this.sync, this.focusNext, parts.panels, parts.start, parts.paging, parts.dateMoves);
    this.order = new MilestoneOrder(host, (id, move) => this.panels.edit((edits) => edits.move(id, move)), (id) => this.sync.milestones.findIndex((m) => m.id === id));
    this.gapHandOff = new GapHandOff(host, session, this.focusNext);
    this.followUps = new FollowUpsPart(host, () => session.me?.role === 'mentee', parts.followUps);
  }

  /** What the milestone list's controls do. */
  readonly list: MilestoneListCallbacks = {
    onKeydown: (event, id) => this.order.onKeydown(event, id),
    onDragStart: (event, id) => this.order.onDragStart(event, id),
    onDragEnd: () => this.order.onDragEnd(),
    onDrop: (event, id) => this.order.onDrop(event, id),
    onMove: (id, move) => this.order.move(id, move),
    onStatus: (milestone, status) => void this.panels.edit((edits) => edits.setStatus(milestone, status)),
    onMoveDate: (id, opener) => this.panels.moveDate(id, opener),
    onToggleEdit: (id) => void this.panels.edit((edits) => edits.toggleEditing(id)),
    onCommentsOpened: (id) => this.panels.read((paging) => paging.loadComments(id)),
    onComment: (id, text) => this.panels.edit((edits) => edits.addComment(id, text)),
    onEvidence: (milestone, input) => this.panels.edit((edits) => edits.addEvidence(milestone, input)),
  };

  async adopt(detail: PlanDetail | null, checkIns: PageRead<CheckIn> | undefined, history: PageRead<Recalibration> | undefined, queueKey: string): Promise<void> {
    this.sync.server.adopt(detail, checkIns, history);
    this.sync.open(queueKey);
    // Writes an earlier visit stored show with the queue's code, and the code that reads the
    // comments and date moves they hold: both come with the panels, on their way since connect.
    if (this.sync.holdsWrites) await this.panels.load();
  }

  readonly names = loadCatalogueNames;

  /** The plan as an iCalendar file (due dates, expiring results, the target date), in the element's language. */
  async calendar(): Promise<string> {
    const { planCalendar } = await this.parts.calendar.require();
    const plan = this.sync.plan;
    return plan ? planCalendar(plan, this.sync.milestones) : '';
  }

  /** Downloads the calendar file (`.ics`). */
  async downloadCalendar(): Promise<void> {
    try {
      const text = await this.calendar();
      if (text) (await this.parts.calendar.require()).downloadCalendarFile(text);
    } catch (error) {
      this.host.reportError(error, 'load');
    }
  }
}
