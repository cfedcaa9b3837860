/** Mentors store, shared parts: mentors, introductions and contact details as rows, mapped to the contract. */
import type { CredentialPath, DeclineReason, IntroductionRequest, IntroductionStatus, MentorContact, MentorFormat, MentorOffer, MentorProfile } from '../../../api/mentor.js';
import { isOffered } from '../../../core/mentor/index.js';
import { isoTime, isoTimeOrNull } from '../../wire.js';

export interface MentorRow {
  id: string;
  display_name: string;
  headline: string;
  occupations: string[];
  jurisdiction: string;
  city: string;
  licensed_in: string[];
  credential_path: CredentialPath | null;
  languages: string[];
  formats: MentorFormat[];
  offers: MentorOffer[];
  capacity: number;
  current_load: number;
  status: 'active' | 'paused';
  last_active_at: Date | string | null;
  median_response_hours: number | null;
  response_rate_pct: number | null;
  response_sample: number;
  approval: 'pending' | 'approved' | 'rejected';
  training_complete: boolean;
}

export const MENTOR_COLUMNS = `id, display_name, headline, occupations, jurisdiction, city, licensed_in, credential_path,
  languages, formats, offers, capacity, current_load, status, last_active_at, median_response_hours,
  response_rate_pct, response_sample, approval, training_complete`;



export function mentorFromRow(row: MentorRow): MentorProfile {
  const spotsLeft = Math.max(row.capacity - row.current_load, 0);
  return {
    id: row.id,
    displayName: row.display_name,
    headline: row.headline,
    occupations: row.occupations,
    jurisdiction: row.jurisdiction,
    city: row.city,
    licensedIn: row.licensed_in,
    credentialPath: row.credential_path,
    languages: row.languages,
    formats: row.formats,
    capacity: row.capacity,
    currentLoad: row.current_load,
    // Only an approved mentor whose required training is complete can be asked.
    available: isOffered({ status: row.status, capacity: row.capacity, currentLoad: row.current_load }) && row.approval === 'approved' && row.training_complete,
    spotsLeft,
    status: row.status,
    offers: row.offers,
    lastActiveAt: isoTimeOrNull(row.last_active_at),
    responsiveness: {
      medianResponseDays: row.median_response_hours === null ? null : row.median_response_hours / 24,
      responseRate: row.response_rate_pct === null ? null : row.response_rate_pct / 100,
      sampleSize: row.response_sample,
    },
  };
}

export interface IntroductionRow {
  id: string;
  mentee_id: string;
  mentor_id: string;
  message: string;
  hopes: MentorOffer[];
  status: IntroductionStatus;
  decline_reason: DeclineReason | null;
  question: string | null;
  answer: string | null;
  created_at: Date | string;
  updated_at: Date | string;
  respond_by: Date | string;
  reminded_at: Date | string | null;
  responded_at: Date | string | null;
  version: number;
  approval: NonNullable<IntroductionRequest['approval']>;
  requested_mentor_id: string | null;
  coordinator_note: string | null;
}

export const INTRODUCTION_COLUMNS = `id, mentee_id, mentor_id, message, hopes, status, decline_reason, question, answer,
  created_at, updated_at, respond_by, reminded_at, responded_at, version, approval, requested_mentor_id, coordinator_note`;

export function introductionFromRow(row: IntroductionRow): IntroductionRequest {
  return {
    id: row.id,
    menteeId: row.mentee_id,
    mentorId: row.mentor_id,
    message: row.message,
    hopes: row.hopes,
    status: row.status,
    declineReason: row.decline_reason,
    question: row.question,
    answer: row.answer,
    createdAt: isoTime(row.created_at),
    updatedAt: isoTime(row.updated_at),
    respondBy: isoTime(row.respond_by),
    remindedAt: isoTimeOrNull(row.reminded_at),
    respondedAt: isoTimeOrNull(row.responded_at),
    version: row.version,
    approval: row.approval,
    requestedMentorId: row.requested_mentor_id,
    coordinatorNote: row.coordinator_note,
  };
}

export interface ContactRow {
  mentor_id: string;
  email: string;
  phone: string | null;
  booking_url: string | null;
  note: string | null;
}

export function contactFromRow(row: ContactRow): MentorContact {
  return { mentorId: row.mentor_id, email: row.email, phone: row.phone, bookingUrl: row.booking_url, note: row.note };
}

/**
 * The SQL condition, on an accepted introduction `r`, that its mentor's contact details are still
 * shared: not once the mentorship that grew from it is closed.
 */
export const SHARING_CONTACT = `NOT EXISTS (SELECT 1 FROM mentorships ms WHERE ms.organisation_id = r.organisation_id AND ms.introduction_id = r.id AND ms.status = 'closed')`;
