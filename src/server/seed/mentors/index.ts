/**
 * Seeds the demo organisation's mentors (86, the demo mentor "Daniel Reyes" with
 * externalId `demo-mentor` among them). Idempotent: mentors are keyed by external id,
 * so a second run updates the same rows instead of adding new ones.
 */
import { slugOf } from '../../../core/text.js';
import type { Queryable } from '../../db/types.js';
import { upsertMentors, type NewMentor } from '../../store/mentors.js';
import { isoTime, newId } from '../../wire.js';
import { DEMO_MENTOR, FORMAT_CODES, OCCUPATION_LABELS, OFFER_CODES, SEED_ROWS, type SeedRow } from './data.js';
import { pathSteps } from './paths.js';

export const DEMO_MENTOR_EXTERNAL_ID = 'demo-mentor';

const countries = new Intl.DisplayNames(['en'], { type: 'region' });

function headline(row: SeedRow, index: number): string {
  const [, origin, occupations, , city, , path, licensedIn] = row;
  const occupation = OCCUPATION_LABELS[occupations.split('|')[0]];
  const country = countries.of(origin) ?? origin;
  const firstStep = path ? pathSteps(path, 2000)[0].label : null;
  switch (index % 3) {
    case 0:
      return `${occupation} in ${city}, trained in ${country}`;
    case 1:
      return firstStep ? `${licensedIn ? 'Licensed ' + occupation.toLowerCase() : occupation} in ${city}; started with the ${firstStep} myself` : `${occupation} in ${city}, originally from ${country}`;
    default:
      return `${occupation}, ${city}. Happy to talk about the first year after arriving from ${country}`;
  }
}

function toMentor(row: SeedRow, index: number, externalId: string, now: Date): NewMentor {
  const [name, origin, occupations, jurisdiction, city, languages, path, licensedIn, year, capacity, load, offers, formats, flags = ''] = row;
  const first = slugOf(name).split('-')[0];
  const last = slugOf(name).split('-').slice(1).join('.') || 'mentor';
  // Spread responsiveness: some fast, some slow, some too new to judge.
  const sample = index % 7 === 0 ? 1 : 3 + (index % 11);
  return {
    externalId,
    displayName: name,
    headline: headline(row, index),
    occupations: occupations.split('|'),
    jurisdiction,
    city,
    licensedIn: licensedIn ? licensedIn.split('|') : [],
    credentialPath: path ? { originCountry: origin, steps: pathSteps(path, year) } : null,
    languages: languages.split('|'),
    formats: FORMAT_CODES[formats],
    offers: [...offers].map((code) => OFFER_CODES[code]),
    capacity,
    currentLoad: load,
    status: flags.includes('P') ? 'paused' : 'active',
    lastActiveAt: isoTime(now.getTime() - (index % 23) * 86_400_000),
    responsiveness:
      sample < 3
        ? { medianResponseHours: null, responseRatePct: null, sampleSize: sample }
        : { medianResponseHours: [6, 20, 30, 50, 70, 100, 160, 200][index % 8], responseRatePct: 55 + ((index * 13) % 46), sampleSize: sample },
    contact: {
      email: `${first}.${last}@mentors.example.org`,
      phone: index % 4 === 0 ? `+1 555 01${String(index).padStart(2, '0')}` : null,
      bookingUrl: index % 3 === 0 ? `https://booking.example.org/${slugOf(name)}` : null,
      note: index % 5 === 0 ? 'Email me first; I answer within a couple of days.' : null,
    },
  };
}

/** The seed mentors as rows to insert; `now` sets their recent activity. */
export function seedMentorList(now: Date = new Date()): NewMentor[] {
  return [
    toMentor(DEMO_MENTOR, 0, DEMO_MENTOR_EXTERNAL_ID, now),
    ...SEED_ROWS.map((row, index) => toMentor(row, index + 1, `seed-${slugOf(row[0])}`, now)),
  ];
}

/**
 * Inserts or updates the seed mentors of `organisationId` (which must exist), and gives
 * the demo mentor a user account so they can answer requests. Returns the mentor ids.
 */
export async function seedMentors(db: Queryable, organisationId: string): Promise<{ mentorIds: string[]; demoMentorUserId: string }> {
  const organisation = await db.query(`SELECT id FROM organisations WHERE id = $1`, [organisationId]);
  if (!organisation.rows[0]) throw new Error(`Seed mentors: organisation "${organisationId}" does not exist; seed the organisation first.`);
  const mentors = seedMentorList();
  const demo = mentors[0];
  const user = await db.query<{ id: string }>(
    `INSERT INTO users (id, organisation_id, role, display_name, external_id) VALUES ($1, $2, 'mentor', $3, $4)
     ON CONFLICT (organisation_id, external_id, role) DO UPDATE SET display_name = EXCLUDED.display_name
     RETURNING id`,
    [newId('usr'), organisationId, demo.displayName, DEMO_MENTOR_EXTERNAL_ID],
  );
  demo.userId = user.rows[0].id;
  const mentorIds = await upsertMentors(db, organisationId, mentors);
  return { mentorIds, demoMentorUserId: demo.userId };
}
