/**
 * The mentor profile's words for the mentor vocabularies (said to the mentor: what *they*
 * offer) and the message under each field that needs attention (the form, loaded on demand).
 */
import { msg } from '@lit/localize';
import type { CredentialStepKind, MentorFormat, MentorOffer } from '../../api/mentor.js';

export const OFFERS: readonly MentorOffer[] = ['informational-interview', 'plan-review', 'narrative-review', 'referral'];
export const FORMATS: readonly MentorFormat[] = ['online', 'in-person'];
export const STEP_KINDS: readonly CredentialStepKind[] = ['credential-assessment', 'exam', 'bridging-program', 'course', 'supervised-practice', 'language-test', 'registration', 'other'];

export function offerLabel(offer: MentorOffer): string {
  switch (offer) {
    case 'informational-interview':
      return msg('Informational interviews', { id: 'mentorProfile.offer.informationalInterview' });
    case 'plan-review':
      return msg('Reviewing plans', { id: 'mentorProfile.offer.planReview' });
    case 'narrative-review':
      return msg('Reviewing stories and resumes', { id: 'mentorProfile.offer.narrativeReview' });
    default:
      return msg('Referrals', { id: 'mentorProfile.offer.referral' });
  }
}

export function formatLabel(format: MentorFormat): string {
  return format === 'online' ? msg('Online', { id: 'mentorProfile.format.online' }) : msg('In person', { id: 'mentorProfile.format.inPerson' });
}

export function stepKindLabel(kind: CredentialStepKind): string {
  switch (kind) {
    case 'credential-assessment':
      return msg('Credential assessment', { id: 'mentorProfile.step.assessment' });
    case 'exam':
      return msg('Exam', { id: 'mentorProfile.step.exam' });
    case 'bridging-program':
      return msg('Bridging program', { id: 'mentorProfile.step.bridging' });
    case 'course':
      return msg('Course', { id: 'mentorProfile.step.course' });
    case 'supervised-practice':
      return msg('Supervised practice', { id: 'mentorProfile.step.practice' });
    case 'language-test':
      return msg('Language test', { id: 'mentorProfile.step.language' });
    case 'registration':
      return msg('Registration', { id: 'mentorProfile.step.registration' });
    default:
      return msg('Other', { id: 'mentorProfile.step.other' });
  }
}

/** The profile's fields as the form and the conflict panel name them. */
export type ProfileField =
  | 'displayName' | 'headline' | 'city' | 'contactEmail' | 'occupations' | 'jurisdiction' | 'licensedIn' | 'path'
  | 'languages' | 'formats' | 'offers' | 'capacity' | 'hoursPerMonth' | 'pausedUntil';

export function fieldLabel(field: ProfileField): string {
  switch (field) {
    case 'displayName':
      return msg('Your name, as mentees see it', { id: 'mentorProfile.displayName' });
    case 'headline':
      return msg('Headline (optional)', { id: 'mentorProfile.headline' });
    case 'city':
      return msg('City (optional)', { id: 'mentorProfile.city' });
    case 'contactEmail':
      return msg('Email for mentees', { id: 'mentorProfile.contactEmail' });
    case 'occupations':
      return msg('Occupations', { id: 'mentorProfile.occupations' });
    case 'jurisdiction':
      return msg('Where you work', { id: 'mentorProfile.jurisdiction' });
    case 'licensedIn':
      return msg('Licensed or registered in (optional)', { id: 'mentorProfile.licensedIn' });
    case 'path':
      return msg('Your own recognition path', { id: 'mentorProfile.pathTitle' });
    case 'languages':
      return msg('Languages you mentor in', { id: 'mentorProfile.languages' });
    case 'formats':
      return msg('How you meet', { id: 'mentorProfile.formats' });
    case 'offers':
      return msg('What you offer (optional)', { id: 'mentorProfile.offers' });
    case 'capacity':
      return msg('Mentees at a time (0 to 20)', { id: 'mentorProfile.capacity' });
    case 'hoursPerMonth':
      return msg('Hours you can give per month (1 to 40)', { id: 'mentorProfile.hours' });
    default:
      return msg('Pause new requests until (optional)', { id: 'mentorProfile.pausedUntil' });
  }
}

/** What to do about a field that needs attention, by its key in the draft (`steps.0.year` → `year`). */
export function fieldMessage(key: string): string {
  switch (key.split('.').pop()) {
    case 'displayName':
      return msg('Write the name mentees will see (up to 200 characters).', { id: 'mentorProfile.error.displayName' });
    case 'headline':
      return msg('Keep the headline to 300 characters or fewer.', { id: 'mentorProfile.error.headline' });
    case 'occupations':
      return msg('Choose at least one occupation, and no more than 10.', { id: 'mentorProfile.error.occupations' });
    case 'jurisdiction':
      return msg('Choose where you work.', { id: 'mentorProfile.error.jurisdiction' });
    case 'city':
      return msg('Keep the city to 120 characters or fewer.', { id: 'mentorProfile.error.city' });
    case 'originCountry':
      return msg('Choose the country where you trained.', { id: 'mentorProfile.error.originCountry' });
    case 'label':
      return msg('Name this step, in up to 200 characters.', { id: 'mentorProfile.error.stepLabel' });
    case 'year':
      return msg('Give a year from 1950 to 2100, or leave it empty.', { id: 'mentorProfile.error.stepYear' });
    case 'languages':
      return msg('Choose at least one language, and no more than 10.', { id: 'mentorProfile.error.languages' });
    case 'formats':
      return msg('Choose at least one way to meet.', { id: 'mentorProfile.error.formats' });
    case 'capacity':
      return msg('Give a whole number from 0 to 20.', { id: 'mentorProfile.error.capacity' });
    case 'hoursPerMonth':
      return msg('Give a whole number of hours from 1 to 40.', { id: 'mentorProfile.error.hours' });
    case 'pausedUntil':
      return msg('Give a real date, or leave it empty to take requests.', { id: 'mentorProfile.error.pausedUntil' });
    case 'contactEmail':
      return msg('Give an email address, such as name@example.org.', { id: 'mentorProfile.error.contactEmail' });
    default:
      return msg('Check this field.', { id: 'mentorProfile.error.other' });
  }
}
