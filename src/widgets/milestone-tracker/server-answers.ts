/**
 * What a saved write's answer, or the server's version a person chose in a conflict, changes in
 * the tracker's copy of the plan (`ServerPlan`). It comes with the sending code (plan-send.ts),
 * the only code that has answers to apply, so the first download does not carry it.
 */
import type { CheckIn, Comment, Milestone, PlanDetail, RecalibrationResult } from '../../api/plan.js';
import { safeParse } from '../../api/validate.js';
import { Milestone as MilestoneValidator, Plan as PlanValidator, PlanDetail as PlanDetailValidator } from '../../generated/contract.js';
import { isMilestone, milestoneKey, planKey, type Entity, type Saved, type ServerPlan } from './server-plan.js';

/** A saved milestone: a new one always shows; a changed one only when it was read (its place is known). */
export function milestoneSaved(server: ServerPlan, milestone: Milestone, created = false): Saved {
  if (created || server.holds(milestone)) server.entities = { ...server.entities, [milestoneKey(milestone.id)]: milestone };
  return { id: milestone.id, version: milestone.version };
}

/** A reorder or a gap hand-off answered with the plan and the first page of its milestones (later pages are read again). */
export function detailSaved(server: ServerPlan, detail: PlanDetail): Saved {
  if (detail.plan.id !== server.planId) return { otherPlan: detail.plan.id };
  const entities: Record<string, Entity> = {};
  for (const [key, value] of Object.entries(server.entities)) if (!key.startsWith('milestone:')) entities[key] = value;
  server.entities = entities;
  server.putDetail(detail);
  return { version: detail.plan.version };
}

export function recalibrated(server: ServerPlan, result: RecalibrationResult): Saved {
  server.history = [...server.history, result.recalibration];
  const entities = { ...server.entities };
  if (result.milestone && server.holds(result.milestone)) entities[milestoneKey(result.milestone.id)] = result.milestone;
  if (result.plan) entities[planKey(result.plan.id)] = result.plan;
  server.entities = entities;
  return { version: (result.milestone ?? result.plan)?.version };
}

export function commentSaved(server: ServerPlan, comment: Comment): Saved {
  const list = server.comments.get(comment.milestoneId);
  if (list) {
    server.comments.set(comment.milestoneId, [...list.filter((c) => c.id !== comment.id), comment]);
  } else {
    // The comments were not read yet: count this one, and read them all when they are opened.
    const key = milestoneKey(comment.milestoneId);
    const milestone = server.entities[key];
    if (milestone && isMilestone(milestone)) server.entities = { ...server.entities, [key]: { ...milestone, commentCount: (milestone.commentCount ?? 0) + 1 } };
  }
  return {};
}

export function checkInSaved(server: ServerPlan, checkIn: CheckIn): Saved {
  server.checkIns = [checkIn, ...server.checkIns.filter((c) => c.id !== checkIn.id)];
  return {};
}

/**
 * The server's version of an entity from a conflict (`theirs`), shown from now on: a whole
 * plan (a reorder's conflict), a milestone or a plan. Anything else is left alone.
 */
export function takeTheirs(server: ServerPlan, entity: string, theirs: Record<string, unknown>): void {
  const detail = safeParse(PlanDetailValidator, theirs);
  if (detail.success) {
    detailSaved(server, detail.data);
    return;
  }
  const parsed = entity.startsWith('milestone:') ? safeParse(MilestoneValidator, theirs) : safeParse(PlanValidator, theirs);
  if (parsed.success) server.entities = { ...server.entities, [entity]: parsed.data };
}
