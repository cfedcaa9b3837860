import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  canOpenAnother,
  dueAction,
  EXPIRE_AFTER_DAYS,
  isOpen,
  nextStatus,
  OPEN_REQUEST_LIMIT,
  REMIND_AFTER_DAYS,
  reminderDueAt,
  respondByFrom,
  type IntroductionAction,
} from '../../../src/core/mentor/index.js';
import type { IntroductionStatus } from '../../../src/api/mentor.js';

const DAY = 86_400_000;

describe('introduction status transitions', () => {
  it('lets the mentor accept, decline or ask while a request is pending', () => {
    assert.deepEqual(nextStatus('pending', 'accept', 'mentor'), { ok: true, status: 'accepted' });
    assert.deepEqual(nextStatus('pending', 'decline', 'mentor'), { ok: true, status: 'declined' });
    assert.deepEqual(nextStatus('pending', 'ask', 'mentor'), { ok: true, status: 'question' });
  });

  it('hands a question back to the mentor when the mentee answers, and lets the mentor decide after it', () => {
    assert.deepEqual(nextStatus('question', 'answer', 'mentee'), { ok: true, status: 'pending' });
    assert.deepEqual(nextStatus('question', 'accept', 'mentor'), { ok: true, status: 'accepted' });
    assert.deepEqual(nextStatus('question', 'ask', 'mentor'), { ok: false, reason: 'not-allowed' });
  });

  it('refuses an action by the wrong side', () => {
    assert.deepEqual(nextStatus('pending', 'accept', 'mentee'), { ok: false, reason: 'wrong-actor' });
    assert.deepEqual(nextStatus('pending', 'withdraw', 'mentor'), { ok: false, reason: 'wrong-actor' });
    assert.deepEqual(nextStatus('pending', 'expire', 'mentor'), { ok: false, reason: 'wrong-actor' });
  });

  it('never leaves a closed status', () => {
    const closed: IntroductionStatus[] = ['accepted', 'declined', 'expired', 'withdrawn'];
    const actions: Array<[IntroductionAction, 'mentor' | 'mentee' | 'system']> = [
      ['accept', 'mentor'], ['decline', 'mentor'], ['ask', 'mentor'], ['answer', 'mentee'], ['withdraw', 'mentee'], ['expire', 'system'],
    ];
    for (const status of closed) {
      assert.equal(isOpen(status), false);
      for (const [action, actor] of actions) assert.deepEqual(nextStatus(status, action, actor), { ok: false, reason: 'not-allowed' });
    }
  });
});

describe('reminders and expiry', () => {
  const sent = new Date('2025-06-01T09:00:00Z');
  const respondBy = respondByFrom(sent);

  it('expires a request after the set days and reminds the mentor once before', () => {
    assert.equal(respondBy.getTime() - sent.getTime(), EXPIRE_AFTER_DAYS * DAY);
    assert.equal(reminderDueAt(respondBy).getTime() - sent.getTime(), REMIND_AFTER_DAYS * DAY);
    const at = (days: number) => new Date(sent.getTime() + days * DAY);
    assert.equal(dueAction({ status: 'pending', respondBy, remindedAt: null }, at(REMIND_AFTER_DAYS - 0.01)), null);
    assert.equal(dueAction({ status: 'pending', respondBy, remindedAt: null }, at(REMIND_AFTER_DAYS)), 'remind');
    assert.equal(dueAction({ status: 'pending', respondBy, remindedAt: at(REMIND_AFTER_DAYS) }, at(REMIND_AFTER_DAYS + 1)), null);
    assert.equal(dueAction({ status: 'pending', respondBy, remindedAt: at(REMIND_AFTER_DAYS) }, at(EXPIRE_AFTER_DAYS)), 'expire');
  });

  it('does not remind the mentor while the request waits for the mentee, but still expires it', () => {
    const at = (days: number) => new Date(sent.getTime() + days * DAY);
    assert.equal(dueAction({ status: 'question', respondBy, remindedAt: null }, at(REMIND_AFTER_DAYS + 1)), null);
    assert.equal(dueAction({ status: 'question', respondBy, remindedAt: null }, at(EXPIRE_AFTER_DAYS)), 'expire');
  });

  it('leaves closed requests alone', () => {
    assert.equal(dueAction({ status: 'accepted', respondBy, remindedAt: null }, new Date(respondBy.getTime() + DAY)), null);
  });

  it('allows a mentee a limited number of open requests', () => {
    assert.equal(OPEN_REQUEST_LIMIT, 3);
    assert.equal(canOpenAnother(2), true);
    assert.equal(canOpenAnother(3), false);
  });
});
