/**
 * The tracker's writes: how each edit becomes a queued write (`{ method, path, body, ... }`,
 * the shape stored in localStorage), and how a stored write is sent again and what its
 * answer changes. A stored write is recognised by its method and path, so writes queued by
 * an earlier version of the library replay too.
 */
import * as z from 'zod/mini';
import type { BridgewayClient } from '../../api/client.js';
import {
  CheckIn, Comment, Milestone, PlanDetail, RecalibrationResult,
  type CheckInCreate, type GapPlanRequest, type MilestoneKind, type Plan,
} from '../../api/plan.js';
import type { NewWrite, OutgoingRequest } from '../../core/plan/write-queue.js';
import { milestoneKey, planKey, type Saved, type ServerPlan } from './server-plan.js';

const newKey = (): string => crypto.randomUUID();
export const localId = (): string => `local_${crypto.randomUUID().replaceAll('-', '')}`;

// ------------------------------------------------------------------ new writes

/** Changes fields of a milestone; `changes` is shown at once, `body` is sent. */
export function milestoneUpdate(milestoneId: string, changes: Partial<Milestone>, body: Record<string, unknown>, baseVersion: number): NewWrite {
  return { key: newKey(), entity: milestoneKey(milestoneId), kind: 'update', method: 'PATCH', path: `/milestones/${milestoneId}`, body, baseVersion, optimistic: changes };
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
  return { key: newKey(), entity: milestoneKey(id), after: [planKey(planId)], kind: 'create', method: 'POST', path: `/plans/${planId}/milestones`, body, localId: id, optimistic };
}

/** The plan's milestones in a new order: a plan-level write carrying the plan's version. */
export function milestoneReorder(planId: string, order: string[], baseVersion: number): NewWrite {
  return { key: newKey(), entity: planKey(planId), kind: 'update', method: 'POST', path: `/plans/${planId}/reorder`, body: { order }, baseVersion, optimistic: { order } };
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
    method: 'POST',
    path: milestoneId ? `/milestones/${milestoneId}/recalibrations` : `/plans/${plan.id}/recalibrations`,
    body: { toDate: move.toDate, reason: move.reason },
    baseVersion,
    optimistic: milestoneId ? { dueDate: move.toDate } : { goal: { ...plan.goal, targetDate: move.toDate } },
  };
}

export function commentCreate(milestoneId: string, text: string): NewWrite {
  const id = localId();
  return { key: newKey(), entity: `comment:${id}`, after: [milestoneKey(milestoneId)], kind: 'create', method: 'POST', path: `/milestones/${milestoneId}/comments`, body: { text }, localId: id, optimistic: { id, milestoneId, text } };
}

export function checkInCreate(planId: string, body: CheckInCreate): NewWrite {
  const id = localId();
  return { key: newKey(), entity: `checkin:${id}`, after: [planKey(planId)], kind: 'create', method: 'POST', path: `/plans/${planId}/check-ins`, body, localId: id, optimistic: { id, ...body } };
}

/** The gap map's items, added to the mentee's plan (the server finds or starts the plan). */
export function planFromGap(request: GapPlanRequest, planId: string | undefined): NewWrite {
  return { key: newKey(), entity: planKey(planId ?? 'new'), kind: 'update', method: 'POST', path: '/plans/from-gap', body: request };
}

// ------------------------------------------------------------------ replay

/** How a saved write's answer changes the server's copy. */
export type ApplyAnswer = (server: ServerPlan) => Saved;

interface Replay {
  method: OutgoingRequest['method'];
  path: RegExp;
  send(client: BridgewayClient, request: OutgoingRequest): Promise<ApplyAnswer>;
}

function replay<S extends z.ZodMiniType>(method: Replay['method'], path: RegExp, response: S, apply: (server: ServerPlan, answer: z.infer<S>) => Saved): Replay {
  return {
    method,
    path,
    send: async (client, request) => {
      const answer = await client.request({ method: request.method, path: request.path, body: request.body, idempotencyKey: request.idempotencyKey, response });
      return (server) => apply(server, answer);
    },
  };
}

const SEGMENT = '[^/]+';
const route = (pattern: string): RegExp => new RegExp(`^${pattern.replaceAll(':id', SEGMENT)}$`);

const REPLAYS: readonly Replay[] = [
  replay('PATCH', route('/milestones/:id'), Milestone, (server, answer) => server.milestoneSaved(answer)),
  replay('POST', route('/plans/:id/milestones'), Milestone, (server, answer) => server.milestoneSaved(answer)),
  replay('POST', route('/plans/:id/reorder'), PlanDetail, (server, answer) => server.detailSaved(answer)),
  replay('POST', route('/plans/from-gap'), PlanDetail, (server, answer) => server.detailSaved(answer)),
  replay('POST', route('/milestones/:id/recalibrations'), RecalibrationResult, (server, answer) => server.recalibrated(answer)),
  replay('POST', route('/plans/:id/recalibrations'), RecalibrationResult, (server, answer) => server.recalibrated(answer)),
  replay('POST', route('/milestones/:id/comments'), Comment, (server, answer) => server.commentSaved(answer)),
  replay('POST', route('/plans/:id/check-ins'), CheckIn, (server, answer) => server.checkInSaved(answer)),
];

/** How to send a queued write, found by its method and path; undefined for a write this version does not know. */
export function replayFor(request: OutgoingRequest): ((client: BridgewayClient) => Promise<ApplyAnswer>) | undefined {
  const found = REPLAYS.find((r) => r.method === request.method && r.path.test(request.path));
  return found && ((client) => found.send(client, request));
}
