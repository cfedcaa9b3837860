/**
 * The life of an introduction request: who may do what in which status, when an
 * unanswered request reminds the mentor, and when it expires and frees the mentee.
 */
import type { IntroductionStatus } from '../../api/mentor.js';

/** A mentee may have this many requests open (pending or awaiting their answer) at once. */
export const OPEN_REQUEST_LIMIT = 3;
/** An open request expires this many days after it was sent, or after the last turn changed hands. */
export const EXPIRE_AFTER_DAYS = 14;
/** The mentor is reminded once, this many days after the request reached them. */
export const REMIND_AFTER_DAYS = 7;

const DAY_MS = 86_400_000;

export type IntroductionAction = 'accept' | 'decline' | 'ask' | 'answer' | 'withdraw' | 'expire';
export type IntroductionActor = 'mentor' | 'mentee' | 'system';

interface Transition {
  actor: IntroductionActor;
  from: readonly IntroductionStatus[];
  to: IntroductionStatus;
}

/** The allowed transitions; anything else is refused. */
export const TRANSITIONS: Readonly<Record<IntroductionAction, Transition>> = {
  accept: { actor: 'mentor', from: ['pending', 'question'], to: 'accepted' },
  decline: { actor: 'mentor', from: ['pending', 'question'], to: 'declined' },
  ask: { actor: 'mentor', from: ['pending'], to: 'question' },
  answer: { actor: 'mentee', from: ['question'], to: 'pending' },
  withdraw: { actor: 'mentee', from: ['pending', 'question'], to: 'withdrawn' },
  expire: { actor: 'system', from: ['pending', 'question'], to: 'expired' },
};

export const OPEN_STATUSES: readonly IntroductionStatus[] = ['pending', 'question'];

/** Open requests count against the mentee's limit and can still change. */
export function isOpen(status: IntroductionStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

export type TransitionResult =
  | { ok: true; status: IntroductionStatus }
  | { ok: false; reason: 'wrong-actor' | 'not-allowed' };

/** The status after `action` by `actor`, or why it is refused. */
export function nextStatus(from: IntroductionStatus, action: IntroductionAction, actor: IntroductionActor): TransitionResult {
  const transition = TRANSITIONS[action];
  if (transition.actor !== actor) return { ok: false, reason: 'wrong-actor' };
  if (!transition.from.includes(from)) return { ok: false, reason: 'not-allowed' };
  return { ok: true, status: transition.to };
}

/** When a request sent (or handed back to the mentor) at `from` expires, after the organisation's period in days. */
export function respondByFrom(from: Date, expiryDays = EXPIRE_AFTER_DAYS): Date {
  return new Date(from.getTime() + expiryDays * DAY_MS);
}

/** When the mentor is reminded of a request that expires at `respondBy`. */
export function reminderDueAt(respondBy: Date): Date {
  return new Date(respondBy.getTime() - (EXPIRE_AFTER_DAYS - REMIND_AFTER_DAYS) * DAY_MS);
}

export interface TimedRequest {
  status: IntroductionStatus;
  respondBy: Date;
  remindedAt: Date | null;
}

/** What the scheduler must do to a request at `now`: expire it, remind the mentor, or nothing. */
export function dueAction(request: TimedRequest, now: Date): 'expire' | 'remind' | null {
  if (!isOpen(request.status)) return null;
  if (now.getTime() >= request.respondBy.getTime()) return 'expire';
  // Only a request waiting for the mentor reminds them; a question waits for the mentee.
  if (request.status === 'pending' && request.remindedAt === null && now.getTime() >= reminderDueAt(request.respondBy).getTime()) {
    return 'remind';
  }
  return null;
}

/** Whether a mentee with `openCount` open requests may send another. */
export function canOpenAnother(openCount: number, limit = OPEN_REQUEST_LIMIT): boolean {
  return openCount < limit;
}
