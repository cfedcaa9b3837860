/**
 * The plan's panels beyond the list, loaded through one `LazyPart` (with the `plan.more`
 * translations) beside the plan's data: a milestone's edit form and the check-ins, and the edits of the list (status, comments, evidence, order,
 * a new milestone) with the write queue's code, so that their code is there before a person acts,
 * yet not in the first download. What a person reaches only by an action is a part of its own,
 * loaded then: the timeline (timeline.ts), the gap map's offer (gap-offer.ts, when one comes),
 * a conflict between an edit and the server's version (conflict-panel.ts, when there is one),
 * the recalibration dialog (date-moves.ts), the reads of
 * a next page or of a milestone's comments (plan-paging.ts) and the form that starts a plan
 * (plan-start.ts).
 */
import { panelStyles } from './plan-panels.styles.js';

/** The panels' own styles. */
export const partStyles = panelStyles;
export { renderEditForm } from './edit-form.js';
export { PlanEdits } from './plan-edits.js';
export { renderPlanCheckIns, saveEdit } from './panel-edits.js';
export { queuedComments, queuedDateMoves } from './queued-bodies.js';
/** The queue's code (the writes held, shown and stored): every edit is made with this part's code, so it comes here. */
export { QueuedWrites, readStoredWrites } from '../../core/plan/queued-writes.js';
