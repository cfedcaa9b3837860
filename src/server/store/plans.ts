/**
 * Data access for plans, milestones, check-ins, comments, recalibrations and milestone
 * templates, split by what they do under `./plans/`.
 *
 * Every function takes the organisation and the acting user and enforces who may see and
 * change what: a mentee sees their own plans, a mentor only plans shared with them, a
 * coordinator every plan of their organisation. What the actor may not do is refused with a
 * `Refusal` (src/server/refusal.ts); a plan another person may not see is not found, never
 * forbidden, so its existence does not leak.
 *
 * Functions that write several rows run in one transaction (`inTransaction`): given the
 * `Database` they open one, given a connection already inside one they join it; a refusal
 * rolls it back either way.
 */
export type { Actor } from './plans/rows.js';
export { addGapItems, createPlan, getMilestoneTemplate, getPlan, listMilestones, listPlansForActor, listPlansForMentor, startPlan, updatePlan } from './plans/plans.js';
export { createMilestone, createMilestones, recalibrate, reorderMilestones, updateMilestone, type RecalibrationTarget } from './plans/milestones.js';
export { addCheckIn, addComment, listCheckIns, listComments, listHistory } from './plans/activity.js';
