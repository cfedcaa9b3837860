/**
 * Localised names the desks use (an introduction request's status and a mentor's reason to
 * decline): apart from labels.ts so that they load with the desks, not with the search.
 */
import { msg } from '@lit/localize';
import type { DeclineReason, IntroductionStatus } from '../../api/mentor.js';
import type { BadgeTone } from '../../ui/blocks.js';

export const DECLINE_REASONS: readonly DeclineReason[] = ['at-capacity', 'outside-expertise', 'different-jurisdiction', 'not-available-now', 'better-match-elsewhere', 'other'];

export function declineLabel(reason: DeclineReason): string {
  switch (reason) {
    case 'at-capacity':
      return msg('All my places are taken at the moment.', { id: 'mentor.decline.atCapacity' });
    case 'outside-expertise':
      return msg('Your goal is outside what I know well; someone else can help you better.', { id: 'mentor.decline.outsideExpertise' });
    case 'different-jurisdiction':
      return msg('I know another province or country better than the one you are aiming for.', { id: 'mentor.decline.differentJurisdiction' });
    case 'not-available-now':
      return msg('I am not available for now. Please try me again later.', { id: 'mentor.decline.notAvailableNow' });
    case 'better-match-elsewhere':
      return msg('Another mentor will match your path better.', { id: 'mentor.decline.betterMatchElsewhere' });
    default:
      return msg('I cannot take this request, but I wish you every success.', { id: 'mentor.decline.other' });
  }
}

export function statusLabel(status: IntroductionStatus): string {
  switch (status) {
    case 'pending':
      return msg('Waiting for an answer', { id: 'mentor.status.pending' });
    case 'accepted':
      return msg('Accepted', { id: 'mentor.status.accepted' });
    case 'declined':
      return msg('Declined', { id: 'mentor.status.declined' });
    case 'question':
      return msg('The mentor asked a question', { id: 'mentor.status.question' });
    case 'expired':
      return msg('Expired', { id: 'mentor.status.expired' });
    default:
      return msg('Withdrawn', { id: 'mentor.status.withdrawn' });
  }
}

export function statusTone(status: IntroductionStatus): BadgeTone {
  return status === 'accepted' ? 'success' : status === 'question' ? 'warning' : status === 'declined' ? 'danger' : 'neutral';
}
