/**
 * The tracker's writes: how each edit becomes a queued write. A write is stored as
 * `{ method, path, body, ... }` with its path under `/v1` (the shape earlier versions of the
 * library stored in browsers), made from an operation of the contract. Sending it is
 * plan-send.ts, loaded only when the queue has something to send: it finds the operation again
 * by method and path (`matchOperation`), so writes stored by an earlier version replay too,
 * and validates the answer with that operation's response validator.
 */
import { fillPath, type ClientOperation } from '../../api/operation.js';
import {
  createComment, createMilestone, createPlanFromGap, recalibrateMilestone, recalibratePlan, reorderMilestones, updateMilestone,
} from '../../generated/operations.js';
import type { GapPlanRequest, Milestone, MilestoneKind, Plan } from '../../api/plan.js';
import type { NewWrite } from '../../core/plan/write-queue.js';
import { milestoneKey, planKey } from './server-plan.js';

export const newKey = (): string => crypto.randomUUID();
export const localId = (): string => `local_${crypto.randomUUID().replaceAll('-', '')}`;

/** The method and path (under `/v1`, as stored) of a write to `operation`. */
export function target(operation: ClientOperation, params: Record<string, string>): Pick<NewWrite, 'method' | 'path'> {
  const method = operation.method;
  if (method === 'GET') throw new TypeError(`${operation.path} is not a write.`);
  return { method, path: fillPath(operation.path, params).replace(/^\/v1(?=\/)/, '') };
}

// ------------------------------------------------------------------ new writes

/** Changes fields of a milestone; `changes` is shown at once, `body` is sent. */
export function milestoneUpdate(milestoneId: string, changes: Partial<Milestone>, body: Record<string, unknown>, baseVersion: number): NewWrite {
  return { key: newKey(), entity: milestoneKey(milestoneId), kind: 'update', ...target(updateMilestone, { id: milestoneId }), body, baseVersion, optimistic: changes };
}

export interface NewMilestone {
  title: string;
  kind: MilestoneKind;
  dueDate?: string;
}

export function milestoneCreate(planId: string, fields: NewMilestone, position: number): NewWrite {
  const id = localId();
  const now = new Date().toISOString();
  const optimistic: Milestone = { id, planId, title: fields.title, kind: fields.kind, dueDate: fields.dueDate ?? null, status: 'planned', evidence: [], position, dependsOn: [], version: 1, createdAt: now, updatedAt: now };
  const body = { title: fields.title, kind: fields.kind, ...(fields.dueDate ? { dueDate: fields.dueDate } : {}) };
  return { key: newKey(), entity: milestoneKey(id), after: [planKey(planId)], kind: 'create', ...target(createMilestone, { planId }), body, localId: id, optimistic };
}

/** The plan's milestones in a new order: a plan-level write carrying the plan's version. */
export function milestoneReorder(planId: string, order: string[], baseVersion: number): NewWrite {
  return { key: newKey(), entity: planKey(planId), kind: 'update', ...target(reorderMilestones, { planId }), body: { order }, baseVersion, optimistic: { order } };
}

export interface DateMove {
  toDate: string;
  reason: string;
}

/** Moves a milestone's due date, or the plan's target date when `milestoneId` is null. */
export function recalibration(plan: Plan, milestoneId: string | null, move: DateMove, baseVersion: number): NewWrite {
  return {
    key: newKey(),
    entity: milestoneId ? milestoneKey(milestoneId) : planKey(plan.id),
    kind: 'update',
    ...(milestoneId ? target(recalibrateMilestone, { id: milestoneId }) : target(recalibratePlan, { planId: plan.id })),
    body: { toDate: move.toDate, reason: move.reason },
    baseVersion,
    optimistic: milestoneId ? { dueDate: move.toDate } : { goal: { ...plan.goal, targetDate: move.toDate } },
  };
}

export function commentCreate(milestoneId: string, text: string): NewWrite {
  const id = localId();
  return { key: newKey(), entity: `comment:${id}`, after: [milestoneKey(milestoneId)], kind: 'create', ...target(createComment, { id: milestoneId }), body: { text }, localId: id, optimistic: { id, milestoneId, text } };
}

/** The gap map's items, added to the mentee's plan (the server finds or starts the plan). */
export function planFromGap(request: GapPlanRequest, planId: string | undefined): NewWrite {
  return { key: newKey(), entity: planKey(planId ?? 'new'), kind: 'update', ...target(createPlanFromGap, {}), body: request };
}
