/**
 * The tracker's writes: how each edit becomes a queued write, and how a queued write is sent
 * (again) and what its answer changes. A write is stored as `{ method, path, body, ... }`
 * with its path under `/v1` (the shape earlier versions of the library stored in browsers),
 * made from an operation of the contract; sending it finds the operation again by method
 * and path (`matchOperation`), so writes stored by an earlier version replay too, and the
 * answer is validated with that operation's response validator.
 */
import type { BridgewayClient } from '../../api/client.js';
import { fillPath, matchOperation, type ClientOperation, type ContractOf, type ResponseOf } from '../../api/operation.js';
import {
  createCheckIn, createComment, createMilestone, createPlanFromGap, recalibrateMilestone, recalibratePlan, reorderMilestones, updateMilestone,
} from '../../generated/operations.js';
import type { CheckInCreate, GapPlanRequest, Milestone, MilestoneKind, Plan } from '../../api/plan.js';
import type { NewWrite, OutgoingRequest } from '../../core/plan/write-queue.js';
import { milestoneKey, planKey, type Saved, type ServerPlan } from './server-plan.js';

const newKey = (): string => crypto.randomUUID();
export const localId = (): string => `local_${crypto.randomUUID().replaceAll('-', '')}`;

/** The method and path (under `/v1`, as stored) of a write to `operation`. */
function target(operation: ClientOperation, params: Record<string, string>): Pick<NewWrite, 'method' | 'path'> {
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

export function checkInCreate(planId: string, body: CheckInCreate): NewWrite {
  const id = localId();
  return { key: newKey(), entity: `checkin:${id}`, after: [planKey(planId)], kind: 'create', ...target(createCheckIn, { planId }), body, localId: id, optimistic: { id, ...body } };
}

/** The gap map's items, added to the mentee's plan (the server finds or starts the plan). */
export function planFromGap(request: GapPlanRequest, planId: string | undefined): NewWrite {
  return { key: newKey(), entity: planKey(planId ?? 'new'), kind: 'update', ...target(createPlanFromGap, {}), body: request };
}

// ------------------------------------------------------------------ sending

/** How a saved write's answer changes the server's copy. */
export type ApplyAnswer = (server: ServerPlan) => Saved;

interface Replay {
  operation: ClientOperation;
  send(client: BridgewayClient, params: Record<string, string>, request: OutgoingRequest): Promise<ApplyAnswer>;
}

function replay<O extends ClientOperation>(operation: O, apply: (server: ServerPlan, answer: ResponseOf<ContractOf<O>>) => Saved): Replay {
  return {
    operation,
    send: async (client, params, request) => {
      // Called as generic code sees an operation; the answer is validated with this operation's response validator.
      const answer: ResponseOf<ContractOf<O>> = await client.call<ClientOperation>(operation, { params, body: request.body, idempotencyKey: request.idempotencyKey });
      return (server) => apply(server, answer);
    },
  };
}

/** Every write the tracker queues (and has queued in earlier versions), with what its answer changes. */
const REPLAYS: readonly Replay[] = [
  replay(updateMilestone, (server, milestone) => server.milestoneSaved(milestone)),
  replay(createMilestone, (server, milestone) => server.milestoneSaved(milestone, true)),
  replay(reorderMilestones, (server, detail) => server.detailSaved(detail)),
  replay(createPlanFromGap, (server, detail) => server.detailSaved(detail)),
  replay(recalibrateMilestone, (server, result) => server.recalibrated(result)),
  replay(recalibratePlan, (server, result) => server.recalibrated(result)),
  replay(createComment, (server, comment) => server.commentSaved(comment)),
  replay(createCheckIn, (server, checkIn) => server.checkInSaved(checkIn)),
];
const OPERATIONS = REPLAYS.map((r) => r.operation);

/** How to send a queued write: to the operation its method and path stand for; undefined for a write no operation of the tracker's matches. */
export function replayFor(request: OutgoingRequest): ((client: BridgewayClient) => Promise<ApplyAnswer>) | undefined {
  const match = matchOperation(OPERATIONS, request.method, request.path);
  const found = match && REPLAYS.find((r) => r.operation === match.operation);
  return found && ((client) => found.send(client, match.params, request));
}
