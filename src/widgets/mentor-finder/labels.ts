/**
 * Localised names of the mentor vocabularies, and the sentence for each match
 * explanation (a MatchMessageCode with its params, from the server's scoring).
 */
import { msg, str } from '@lit/localize';
import type { DeclineReason, IntroductionStatus, MatchFactor, MentorFormat, MentorOffer, MentorProfile } from '../../api/mentor.js';
import type { BadgeTone } from '../../ui/blocks.js';

export const OFFERS: readonly MentorOffer[] = ['informational-interview', 'plan-review', 'narrative-review', 'referral'];
export const FORMATS: readonly MentorFormat[] = ['online', 'in-person'];
export const DECLINE_REASONS: readonly DeclineReason[] = ['at-capacity', 'outside-expertise', 'different-jurisdiction', 'not-available-now', 'better-match-elsewhere', 'other'];


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

/** Names for ids and codes that explanations mention, in the element's locale. */
export interface Namer {
  occupation(id: string): string;
  jurisdiction(id: string): string;
  language(tag: string): string;
  country(code: string): string;
  list(items: readonly string[]): string;
  number(value: number): string;
}

const text = (value: unknown): string => (Array.isArray(value) ? value.join(', ') : value === undefined || value === null ? '' : String(value));
const texts = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : value === undefined || value === null ? [] : [String(value)]);

/** The localised sentence of one factor. Unknown or missing params read as empty, never throw. */
export function explain(factor: MatchFactor, mentor: MentorProfile, n: Namer): string {
  const p = factor.message.params;
  switch (factor.message.code) {
    case 'match.sameOccupation':
      return msg(str`Works as ${n.occupation(text(p.occupation))}, your target occupation`, { id: 'mentor.match.sameOccupation' });
    case 'match.otherOccupation':
      return msg(str`Works in another occupation (${n.list(texts(p.mentorOccupations).map(n.occupation))})`, { id: 'mentor.match.otherOccupation' });
    case 'match.licensedInTarget':
      return msg(str`Licensed in ${n.jurisdiction(text(p.jurisdiction))}, where you want to work`, { id: 'mentor.match.licensedInTarget' });
    case 'match.worksInTarget':
      return msg(str`Works in ${n.jurisdiction(text(p.jurisdiction))}, but is not licensed there`, { id: 'mentor.match.worksInTarget' });
    case 'match.notInTarget':
      return msg(str`Works in ${n.jurisdiction(text(p.mentorJurisdiction))}, not in ${n.jurisdiction(text(p.jurisdiction))}`, { id: 'mentor.match.notInTarget' });
    case 'match.sharedSteps': {
      const labels = texts(p.steps).map((code) => mentor.credentialPath?.steps.find((s) => s.code === code)?.label ?? code);
      return msg(str`Went through ${n.number(Number(p.count) || 0)} of your ${n.number(Number(p.total) || 0)} recognition steps: ${n.list(labels)}`, { id: 'mentor.match.sharedSteps' });
    }
    case 'match.noSharedSteps':
      return msg(str`Went through none of your ${n.number(Number(p.total) || 0)} recognition steps`, { id: 'mentor.match.noSharedSteps' });
    case 'match.sharedOrigin':
      return msg(str`Also trained in ${n.country(text(p.country))}`, { id: 'mentor.match.sharedOrigin' });
    case 'match.differentOrigin':
      return msg(str`Trained somewhere other than ${n.country(text(p.country))}`, { id: 'mentor.match.differentOrigin' });
    case 'match.sharedLanguage':
      return msg(str`Speaks ${n.list(texts(p.languages).map(n.language))}`, { id: 'mentor.match.sharedLanguage' });
    case 'match.noSharedLanguage':
      return msg(str`Does not speak ${n.list(texts(p.languages).map(n.language))}`, { id: 'mentor.match.noSharedLanguage' });
    case 'match.offersFormat':
      return msg(str`Meets ${formatName(text(p.format))}`, { id: 'mentor.match.offersFormat' });
    case 'match.otherFormat':
      return msg(str`Does not meet ${formatName(text(p.format))}`, { id: 'mentor.match.otherFormat' });
    case 'match.spotsLeft':
      return msg(str`${n.number(Number(p.spotsLeft) || 0)} of ${n.number(Number(p.capacity) || 0)} places free`, { id: 'mentor.match.spotsLeft' });
    case 'match.responsive':
      return msg(str`Answers ${n.number(Number(p.ratePercent) || 0)}% of requests, usually within ${n.number(Number(p.medianDays) || 0)} days`, { id: 'mentor.match.responsive' });
    default:
      return msg('New mentor: too few requests yet to tell how quickly they answer', { id: 'mentor.match.newMentor' });
  }
}

function formatName(format: string): string {
  return format === 'online' ? msg('online', { id: 'mentor.format.onlineLower' }) : msg('in person', { id: 'mentor.format.inPersonLower' });
}
