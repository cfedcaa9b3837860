/**
 * What the queue holds, read for showing: comments, check-ins and date moves on their way, from
 * the bodies of the writes not yet saved. Only a queue with writes has any, and writes come from
 * edits made with the panels' code, or from storage (the session then waits for the panels, which
 * load beside the data): so this comes with the panels (plan-panels.ts), not in the first download.
 */
import type { CheckInCreate } from '../../api/plan.js';
import { matchOperation } from '../../api/operation-match.js';
import { safeParse } from '../../api/validate.js';
import { CheckInCreate as CheckInCreateValidator, CommentCreate } from '../../generated/contract.js';
import { createComment, recalibrateMilestone, recalibratePlan } from '../../generated/operations.js';
import type { QueuedWrite } from '../../core/plan/queued-writes.js';
import type { QueuedComment, QueuedDateMove } from './plan-sync.js';

const COMMENT = [createComment];
const RECALIBRATION = [recalibrateMilestone, recalibratePlan];

/** Comments on their way. */
export function queuedComments(pending: readonly QueuedWrite[]): QueuedComment[] {
  const list: QueuedComment[] = [];
  for (const write of pending) {
    const milestoneId = matchOperation(COMMENT, write.method, write.path)?.params.id;
    const body = milestoneId && write.entity.startsWith('comment:') ? safeParse(CommentCreate, write.body) : undefined;
    if (milestoneId && body?.success) list.push({ ...body.data, milestoneId });
  }
  return list;
}

/** Date moves on their way. */
export function queuedDateMoves(pending: readonly QueuedWrite[]): QueuedDateMove[] {
  const list: QueuedDateMove[] = [];
  for (const write of pending) {
    const match = matchOperation(RECALIBRATION, write.method, write.path);
    const body = write.body as { toDate?: unknown; reason?: unknown } | undefined;
    if (match && typeof body?.toDate === 'string' && typeof body.reason === 'string') {
      list.push({ milestoneId: match.params.id ?? null, toDate: body.toDate, reason: body.reason });
    }
  }
  return list;
}

/** Check-ins on their way. */
export function queuedCheckIns(pending: readonly QueuedWrite[]): CheckInCreate[] {
  const list: CheckInCreate[] = [];
  for (const write of pending) {
    const body = write.entity.startsWith('checkin:') ? safeParse(CheckInCreateValidator, write.body) : undefined;
    if (body?.success) list.push(body.data);
  }
  return list;
}
