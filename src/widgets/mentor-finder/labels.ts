/**
 * Localised names of the mentor vocabularies the filters, the cards and the desks show (what a
 * mentor offers, how they meet). The sentence of each match explanation is the cards' own
 * (explain.ts); the desks' own names (request statuses, decline reasons) are in desk-labels.ts.
 */
import { msg } from '@lit/localize';
import type { MentorFormat, MentorOffer } from '../../api/mentor.js';

export const OFFERS: readonly MentorOffer[] = ['informational-interview', 'plan-review', 'narrative-review', 'referral'];
export const FORMATS: readonly MentorFormat[] = ['online', 'in-person'];

export function offerLabel(offer: MentorOffer): string {
  switch (offer) {
    case 'informational-interview':
      return msg('Informational interview', { id: 'mentor.offer.informationalInterview' });
    case 'plan-review':
      return msg('Plan review', { id: 'mentor.offer.planReview' });
    case 'narrative-review':
      return msg('Review of my story or resume', { id: 'mentor.offer.narrativeReview' });
    default:
      return msg('Referral', { id: 'mentor.offer.referral' });
  }
}

export function formatLabel(format: MentorFormat): string {
  return format === 'online' ? msg('Online', { id: 'mentor.format.online' }) : msg('In person', { id: 'mentor.format.inPerson' });
}
