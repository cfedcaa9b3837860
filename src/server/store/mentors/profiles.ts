/** Mentors store: writing mentors (the import and the seed), reading their cards, pausing, and contact details. */
import type { CredentialPath, MentorContact, MentorFormat, MentorOffer, MentorProfile } from '../../../api/mentor.js';
import { primaryLanguage, rotationKey } from '../../../core/mentor/index.js';
import type { Queryable } from '../../db/types.js';
import { Refusal } from '../../refusal.js';
import { newId } from '../../wire.js';
import { contactFromRow, SHARING_CONTACT, MENTOR_COLUMNS, mentorFromRow, type ContactRow, type MentorRow } from './rows.js';

/** A mentor the organisation does not have (`reason` tells clients which rule refused). */
export const mentorNotFound = (mentorId: string) => Refusal.notFound(`No mentor ${mentorId} in this organisation.`, { reason: 'mentor-not-found' });

/** A mentor to insert or update (by `externalId`), with their contact details. */
export interface NewMentor {
  /** Generated when absent. */
  id?: string;
  externalId?: string | null;
  userId?: string | null;
  displayName: string;
  headline: string;
  occupations: string[];
  jurisdiction: string;
  city: string;
  licensedIn: string[];
  credentialPath: CredentialPath | null;
  languages: string[];
  formats: MentorFormat[];
  offers: MentorOffer[];
  capacity: number;
  currentLoad?: number;
  status?: 'active' | 'paused';
  lastActiveAt?: string | null;
  /** History of answers, as stored: whole hours and whole percent. */
  responsiveness?: { medianResponseHours: number | null; responseRatePct: number | null; sampleSize: number };
  contact?: Omit<MentorContact, 'mentorId'> | null;
}

const INSERT_BATCH = 2000;

/**
 * Inserts mentors in batches (one statement per batch: the rows travel as one jsonb
 * parameter). A mentor whose `externalId` exists in the organisation is updated in
 * place and keeps its id, so running the same import twice changes nothing.
 * Returns the ids in input order.
 */
export async function upsertMentors(db: Queryable, organisationId: string, mentors: readonly NewMentor[]): Promise<string[]> {
  const ids: string[] = [];
  for (let start = 0; start < mentors.length; start += INSERT_BATCH) {
    const batch = mentors.slice(start, start + INSERT_BATCH).map((mentor) => {
      const id = mentor.id ?? newId('mtr');
      return {
        id,
        external_id: mentor.externalId ?? null,
        user_id: mentor.userId ?? null,
        display_name: mentor.displayName,
        headline: mentor.headline,
        occupations: mentor.occupations,
        jurisdiction: mentor.jurisdiction,
        city: mentor.city,
        licensed_in: mentor.licensedIn,
        credential_path: mentor.credentialPath,
        origin_country: mentor.credentialPath?.originCountry ?? null,
        credential_steps: [...new Set(mentor.credentialPath?.steps.map((step) => step.code) ?? [])],
        languages: mentor.languages,
        language_codes: [...new Set(mentor.languages.map(primaryLanguage))],
        formats: mentor.formats,
        offers: mentor.offers,
        capacity: mentor.capacity,
        current_load: mentor.currentLoad ?? 0,
        status: mentor.status ?? 'active',
        last_active_at: mentor.lastActiveAt ?? null,
        median_response_hours: mentor.responsiveness?.medianResponseHours ?? null,
        response_rate_pct: mentor.responsiveness?.responseRatePct ?? null,
        response_sample: mentor.responsiveness?.sampleSize ?? 0,
        rotation_key: rotationKey(id),
      };
    });
    const { rows } = await db.query<{ id: string; external_id: string | null }>(
      `INSERT INTO mentors (id, organisation_id, external_id, user_id, display_name, headline, occupations, jurisdiction,
         city, licensed_in, credential_path, origin_country, credential_steps, languages, language_codes, formats, offers,
         capacity, current_load, status, last_active_at, median_response_hours, response_rate_pct, response_sample, rotation_key)
       SELECT r.id, $1, r.external_id, r.user_id, r.display_name, r.headline, r.occupations, r.jurisdiction,
         r.city, r.licensed_in, r.credential_path, r.origin_country, r.credential_steps, r.languages, r.language_codes, r.formats, r.offers,
         r.capacity, r.current_load, r.status, r.last_active_at, r.median_response_hours, r.response_rate_pct, r.response_sample, r.rotation_key
       FROM jsonb_to_recordset($2::jsonb) AS r(id text, external_id text, user_id text, display_name text, headline text,
         occupations text[], jurisdiction text, city text, licensed_in text[], credential_path jsonb, origin_country text,
         credential_steps text[], languages text[], language_codes text[], formats text[], offers text[], capacity integer,
         current_load integer, status text, last_active_at timestamptz, median_response_hours integer, response_rate_pct integer,
         response_sample integer, rotation_key bigint)
       ON CONFLICT (organisation_id, external_id) DO UPDATE SET
         user_id = COALESCE(EXCLUDED.user_id, mentors.user_id), display_name = EXCLUDED.display_name, headline = EXCLUDED.headline,
         occupations = EXCLUDED.occupations, jurisdiction = EXCLUDED.jurisdiction, city = EXCLUDED.city,
         licensed_in = EXCLUDED.licensed_in, credential_path = EXCLUDED.credential_path, origin_country = EXCLUDED.origin_country,
         credential_steps = EXCLUDED.credential_steps, languages = EXCLUDED.languages, language_codes = EXCLUDED.language_codes,
         formats = EXCLUDED.formats, offers = EXCLUDED.offers, capacity = EXCLUDED.capacity,
         updated_at = now(), version = mentors.version + 1
         -- Load, status, activity and responsiveness belong to the running program: an import does not reset them.
       RETURNING id, external_id`,
      [organisationId, JSON.stringify(batch)],
    );
    // Rows come back in any order: map them by external id (or by the id we generated).
    const byKey = new Map(rows.map((row) => [row.external_id ?? row.id, row.id]));
    const batchIds = batch.map((row) => byKey.get(row.external_id ?? row.id)!);
    ids.push(...batchIds);

    const contacts = mentors
      .slice(start, start + INSERT_BATCH)
      .map((mentor, index) => (mentor.contact ? { mentor_id: batchIds[index], ...mentor.contact, booking_url: mentor.contact.bookingUrl } : null))
      .filter((row) => row !== null);
    if (contacts.length) {
      await db.query(
        `INSERT INTO mentor_contacts (mentor_id, organisation_id, email, phone, booking_url, note)
         SELECT c.mentor_id, $1, c.email, c.phone, c.booking_url, c.note
         FROM jsonb_to_recordset($2::jsonb) AS c(mentor_id text, email text, phone text, booking_url text, note text)
         ON CONFLICT (mentor_id) DO UPDATE SET email = EXCLUDED.email, phone = EXCLUDED.phone,
           booking_url = EXCLUDED.booking_url, note = EXCLUDED.note`,
        [organisationId, JSON.stringify(contacts)],
      );
    }
  }
  return ids;
}

/** A mentor's public card; a profile a coordinator has not approved has none. */
export async function getMentor(db: Queryable, organisationId: string, mentorId: string): Promise<MentorProfile> {
  const { rows } = await db.query<MentorRow>(`SELECT ${MENTOR_COLUMNS} FROM mentors WHERE organisation_id = $1 AND id = $2 AND approval = 'approved'`, [organisationId, mentorId]);
  if (!rows[0]) throw Refusal.notFound(`No mentor "${mentorId}" in this organisation.`);
  return mentorFromRow(rows[0]);
}

/** The mentor record that belongs to a user account (a mentor's own profile). */
export async function getMentorByUser(db: Queryable, organisationId: string, userId: string): Promise<MentorProfile> {
  const { rows } = await db.query<MentorRow>(`SELECT ${MENTOR_COLUMNS} FROM mentors WHERE organisation_id = $1 AND user_id = $2`, [organisationId, userId]);
  if (!rows[0]) throw Refusal.notFound('This user has no mentor profile in this organisation yet; create one with PUT /v1/me/mentor/profile.');
  return mentorFromRow(rows[0]);
}

/** Pauses (no new requests, not offered in search) or resumes a mentor. Open requests stay open. */
export async function pauseMentor(db: Queryable, organisationId: string, mentorId: string, paused: boolean): Promise<MentorProfile> {
  const { rows } = await db.query<MentorRow>(
    `UPDATE mentors SET status = $3, updated_at = now(), version = version + 1
     WHERE organisation_id = $1 AND id = $2 RETURNING ${MENTOR_COLUMNS}`,
    [organisationId, mentorId, paused ? 'paused' : 'active'],
  );
  if (!rows[0]) throw mentorNotFound(mentorId);
  return mentorFromRow(rows[0]);
}

/** A mentor's contact details, only for a mentee whose introduction they accepted and whose mentorship is not closed; null otherwise. */
export async function getMentorContact(db: Queryable, organisationId: string, mentorId: string, menteeId: string): Promise<MentorContact | null> {
  const { rows } = await db.query<ContactRow>(
    `SELECT c.mentor_id, c.email, c.phone, c.booking_url, c.note
     FROM mentor_contacts c
     WHERE c.organisation_id = $1 AND c.mentor_id = $2
       AND EXISTS (SELECT 1 FROM introduction_requests r
                   WHERE r.organisation_id = $1 AND r.mentor_id = $2 AND r.mentee_id = $3 AND r.status = 'accepted' AND ${SHARING_CONTACT})`,
    [organisationId, mentorId, menteeId],
  );
  return rows[0] ? contactFromRow(rows[0]) : null;
}
