/**
 * The tracker's write queue (src/core/plan/write-queue.ts), sending its writes, and what each
 * answer changes: loaded by `PlanSync` the first time its queue has something to keep or send
 * (the person's first edit, or writes stored by an earlier visit), so the first render does not
 * carry it. A write is sent to the operation its
 * method and path stand for (`matchOperation`), so writes stored by an earlier version replay
 * too, and the answer is validated with that operation's response validator.
 */
import { msg, str } from '@lit/localize';
import type { BridgewayClient } from '../../api/client.js';
import { ApiError } from '../../api/errors.js';
import { matchOperation } from '../../api/operation-match.js';
import type { ClientOperation, ContractOf, ResponseOf } from '../../api/operation.js';
import { safeParse } from '../../api/validate.js';
import { PlanDetail } from '../../generated/contract.js';
import {
  createCheckIn, createComment, createMilestone, createPlanFromGap, recalibrateMilestone, recalibratePlan, reorderMilestones, updateMilestone,
} from '../../generated/operations.js';
import type { OutgoingRequest, QueuedWrite, WriteQueue } from '../../core/plan/write-queue.js';

/** The sending queue comes with the sending code, and reads what storage holds when the panels (with the queue's code) did not arrive. */
export { WriteQueue } from '../../core/plan/write-queue.js';
export { readStoredWrites } from '../../core/plan/queued-writes.js';
import type { TrackerHost } from './host.js';
import type { Saved, ServerPlan } from './server-plan.js';
import { checkInSaved, commentSaved, detailSaved, milestoneSaved, recalibrated, takeTheirs } from './server-answers.js';

/** What sending needs of `PlanSync`. */
export interface Outbox {
  readonly host: TrackerHost;
  readonly server: ServerPlan;
  readonly queue: WriteQueue;
  saveError: string;
  /** Stores the queue and renders. */
  persist(): void;
  /** A milestone created here got its server id: keep rendering it under its provisional one. */
  provisional(savedId: string, localId: string): void;
  /** A transient failure: the write waits and is tried again later. Returns false (stop sending for now). */
  retryLater(write: QueuedWrite, error: string): false;
  /** Loads the plan again (after a write was refused for good). */
  reload(): void;
  /** A write landed in another plan than the one shown (the gap map started a new one). */
  showPlan(planId: string): void;
}

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
  replay(updateMilestone, (server, milestone) => milestoneSaved(server, milestone)),
  replay(createMilestone, (server, milestone) => milestoneSaved(server, milestone, true)),
  replay(reorderMilestones, (server, detail) => detailSaved(server, detail)),
  replay(createPlanFromGap, (server, detail) => detailSaved(server, detail)),
  replay(recalibrateMilestone, (server, result) => recalibrated(server, result)),
  replay(recalibratePlan, (server, result) => recalibrated(server, result)),
  replay(createComment, (server, comment) => commentSaved(server, comment)),
  replay(createCheckIn, (server, checkIn) => checkInSaved(server, checkIn)),
];
const OPERATIONS = REPLAYS.map((r) => r.operation);

/** How to send a queued write: to the operation its method and path stand for; undefined for a write no operation of the tracker's matches. */
export function replayFor(request: OutgoingRequest): ((client: BridgewayClient) => Promise<ApplyAnswer>) | undefined {
  const match = matchOperation(OPERATIONS, request.method, request.path);
  const found = match && REPLAYS.find((r) => r.operation === match.operation);
  return found && ((client) => found.send(client, match.params, request));
}

/** Sends one write; returns true when the loop may go on with other writes. */
export async function sendWrite(outbox: Outbox, write: QueuedWrite): Promise<boolean> {
  const { queue, host } = outbox;
  const request = queue.request(write.key)!;
  const replay = replayFor(request);
  if (!replay) return refuse(outbox, write, new ApiError('validation', `${request.method} ${request.path} is not a write this version knows.`));
  queue.markSending(write.key);
  outbox.persist();
  let client;
  try {
    client = host.client;
  } catch {
    queue.fail(write.key, 'no endpoint', undefined);
    return false;
  }
  try {
    const apply = await replay(client);
    const saved = apply(outbox.server);
    if (write.localId && 'id' in saved && saved.id && saved.id !== write.localId) outbox.provisional(saved.id, write.localId);
    if ('otherPlan' in saved) {
      queue.ack(write.key);
      outbox.showPlan(saved.otherPlan);
    } else {
      queue.ack(write.key, saved);
    }
    outbox.saveError = '';
    host.emit('bw-plan-saved', { key: write.key, path: write.path });
    return true;
  } catch (error) {
    return failed(outbox, write, error);
  }
}

/** The person chose between their version of a write and the server's: the queue then goes on. */
export function resolveConflict(outbox: Outbox, write: QueuedWrite, choice: 'mine' | 'theirs'): void {
  if (write.theirs) takeTheirs(outbox.server, write.entity, write.theirs);
  outbox.queue.resolve(write.key, choice);
  outbox.persist();
}

function failed(outbox: Outbox, write: QueuedWrite, error: unknown): boolean {
  const api = error instanceof ApiError ? error : undefined;
  const theirs = api?.kind === 'conflict' ? serverVersion(api.problem?.current) : undefined;
  if (theirs) {
    outbox.queue.conflict(write.key, theirs);
    outbox.host.emit('bw-plan-conflict', { key: write.key, path: write.path });
    return true;
  }
  if (!api || api.transient || api.kind === 'aborted') return outbox.retryLater(write, api?.message ?? String(error));
  return refuse(outbox, write, api);
}

/** Refused for good (not allowed, invalid, gone): drop it and show what the server holds. */
function refuse(outbox: Outbox, write: QueuedWrite, api: ApiError): boolean {
  outbox.queue.ack(write.key);
  outbox.saveError = msg(str`A change could not be saved: ${api.message}`, { id: 'plan.sync.refused' });
  outbox.host.reportError(api, 'load');
  outbox.reload();
  return true;
}

/** The server's current version from a 409 problem: an entity, or a whole plan (a reorder). */
function serverVersion(current: unknown): ({ version: number } & Record<string, unknown>) | undefined {
  if (current === null || typeof current !== 'object' || Array.isArray(current)) return undefined;
  const detail = safeParse(PlanDetail, current);
  const theirs: Record<string, unknown> = detail.success ? { ...current, version: detail.data.plan.version } : { ...current };
  const version = theirs.version;
  return typeof version === 'number' ? { ...theirs, version } : undefined;
}
