/**
 * The plan's panels beyond the list, loaded on demand through one `LazyPart` (with the
 * `plan.more` translations): the conflict panel, a milestone's edit form,
 * check-ins, the gap map's offer, the recalibration dialog and the form that starts a plan,
 * with the controllers of the last two (the dialog's date moves, the form's plan start), which
 * render them: their actions begin in views of this part, or wait for it to open their view. The edits of the list
 * (status, comments, evidence, order, a new milestone) with the write queue's code, and the reads
 * a person asks for (the next page of a list, a milestone's comments) come here too: the part
 * loads beside the plan's data, so their code is there before a person acts, yet not in the first
 * download. The timeline is a part of its own (timeline.ts), loaded when a person switches to it.
 */
import { checkStyles, dialogStyles, joinStyles } from '../../ui/blocks.js';
import { panelStyles } from './plan-panels.styles.js';

/** The panels' styles with the blocks only they show (the start form's checkbox, the recalibration dialog), one sheet. */
export const partStyles = joinStyles(checkStyles, dialogStyles, panelStyles);
export { renderConflictPanel } from './conflict-panel.js';
export { renderEditForm } from './edit-form.js';
export { renderGapOffer } from './gap-offer.js';
export { DateMoves } from './date-moves.js';
export { PlanStart } from './plan-start.js';
export { PlanEdits } from './plan-edits.js';
export { PlanPaging } from './plan-paging.js';
export { renderPlanCheckIns, saveEdit } from './panel-edits.js';
export { queuedComments, queuedDateMoves } from './queued-bodies.js';
/** The queue's code (the writes held, shown and stored): every edit is made with this part's code, so it comes here. */
export { QueuedWrites, readStoredWrites } from '../../core/plan/queued-writes.js';
