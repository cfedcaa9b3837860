/**
 * DEMO ONLY: something in each list of the coordinator's desk for the demo organisation's
 * coordinator: two mentors whose profiles wait for approval, six requests waiting in the
 * coordinators' queue (seeded as queued whatever the organisation's approval setting, so the
 * demo shows the queue without sending everyone's requests through it), and a paused mentor
 * with two active mentorships, one stuck (no check-in for 45 days) and one on track. The
 * invented people are apart from the searchable mentors, so search results do not change.
 * The requests go to the organisation's first six seed mentors by external id (the same six in
 * every database), none of them a namesake of a queued mentee: a row reads "Wei Zhang asks ...",
 * and the browser tests find a request by its mentee's name.
 * Runs once: a second run finds the first mentee and does nothing. Given another organisation
 * (whose seed mentors are in: `seedMentors`), seeds the same desk there: the browser tests decide
 * the requests of a desk of their own, which no other test file can change.
 */
import type { Queryable } from '../../db/types.js';
import { upsertMentors } from '../../store/mentors.js';
import { newId } from '../../wire.js';
import { DEMO_ORGANISATION_ID } from '../foundation.js';

/** Mentees whose requests wait in the queue, with what they wrote; the browser tests decide them by name. */
export const DEMO_QUEUED_MENTEES = [
  ['Chidi Eze', 'I trained as a nurse in Lagos and want to plan my NCLEX and the Ontario registration.'],
  ['Farid Haidari', 'Could you help me understand the engineering experience requirement in Ontario?'],
  ['Lucía Fernández', 'I am an accountant from Bogotá and would like advice on the CPA PREP modules.'],
  ['Oksana Kovalenko', 'I would love a plan review: I am a pharmacist from Kyiv preparing for the qualifying exam.'],
  ['Wei Zhang', 'I would like to talk about bridging programs for software developers in Toronto.'],
  ['Priya Nair', 'Could we meet to review my story for interviews? I taught for ten years in Kochi.'],
] as const;

const PENDING_MENTORS = [
  { externalId: 'demo-desk-applicant-1', displayName: 'Kofi Mensah', headline: 'Pharmacist in Ottawa, licensed after the bridging program', occupations: ['pharmacist'], trained: false },
  { externalId: 'demo-desk-applicant-2', displayName: 'Elena Petrova', headline: 'Professional engineer in Toronto, trained in Sofia', occupations: ['professional-engineer'], trained: true },
];

const DAY = `interval '1 day'`;

export async function seedDemoDesk(db: Queryable, organisationId: string = DEMO_ORGANISATION_ID): Promise<void> {
  const { rows: seeded } = await db.query(`SELECT 1 FROM users WHERE organisation_id = $1 AND external_id = 'demo-desk-mentee-1'`, [organisationId]);
  if (seeded.length) return;
  const base = { city: 'Toronto', jurisdiction: 'ca-on', licensedIn: ['ca-on'], credentialPath: null, languages: ['en'], formats: ['online' as const], offers: ['plan-review' as const] };
  const pending = await upsertMentors(db, organisationId, PENDING_MENTORS.map(({ trained: _trained, ...mentor }) => ({ ...base, ...mentor, capacity: 2 })));
  for (const [index, mentorId] of pending.entries()) {
    await db.query(`UPDATE mentors SET approval = 'pending', training_complete = $3, hours_per_month = 4, created_at = now() - $4::int * ${DAY} WHERE organisation_id = $1 AND id = $2`, [
      organisationId, mentorId, PENDING_MENTORS[index].trained, 3 - index,
    ]);
  }
  // Paused, so the demo's search is unchanged; both mentorships hold a place.
  const [deskMentor] = await upsertMentors(db, organisationId, [{
    ...base, externalId: 'demo-desk-mentor', displayName: 'Grace Liu', headline: 'Registered nurse in Toronto, trained in Manila', occupations: ['registered-nurse'], capacity: 3, currentLoad: 2, status: 'paused',
  }]);

  const mentee = async (index: number, name: string) => {
    const id = newId('usr');
    await db.query(`INSERT INTO users (id, organisation_id, role, display_name, external_id) VALUES ($1, $2, 'mentee', $3, $4)`, [id, organisationId, name, `demo-desk-mentee-${index}`]);
    return id;
  };
  const { rows: targets } = await db.query<{ id: string }>(
    `SELECT id FROM mentors WHERE organisation_id = $1 AND user_id IS NULL AND approval = 'approved' AND status = 'active' AND current_load < capacity AND external_id LIKE 'seed-%'
       AND display_name <> ALL($2::text[]) ORDER BY external_id LIMIT 6`,
    [organisationId, DEMO_QUEUED_MENTEES.map(([name]) => name)],
  );
  for (const [index, [name, message]] of DEMO_QUEUED_MENTEES.entries()) {
    const menteeId = await mentee(index + 1, name);
    const target = targets[index % Math.max(targets.length, 1)];
    if (!target) continue;
    await db.query(
      `INSERT INTO introduction_requests (id, organisation_id, mentee_id, mentor_id, message, hopes, status, approval, created_at, updated_at, respond_by)
       VALUES ($1, $2, $3, $4, $5, '{plan-review}', 'pending', 'waiting', now() - $6::int * ${DAY}, now() - $6::int * ${DAY}, now() + 14 * ${DAY})`,
      [newId('int'), organisationId, menteeId, target.id, message, 6 - index],
    );
  }
  for (const [index, [name, startedDaysAgo]] of ([['Tomás Silva', 45], ['Mariam Yousef', 8]] as const).entries()) {
    const menteeId = await mentee(DEMO_QUEUED_MENTEES.length + index + 1, name);
    const introductionId = newId('int');
    await db.query(
      `INSERT INTO introduction_requests (id, organisation_id, mentee_id, mentor_id, message, hopes, status, created_at, updated_at, respond_by, responded_at)
       VALUES ($1, $2, $3, $4, 'Could you mentor me through the registration?', '{plan-review}', 'accepted', now() - $5::int * ${DAY}, now() - $5::int * ${DAY}, now(), now() - $5::int * ${DAY})`,
      [introductionId, organisationId, menteeId, deskMentor, startedDaysAgo + 5],
    );
    await db.query(
      `INSERT INTO mentorships (id, organisation_id, introduction_id, mentee_id, mentor_id, status, goals, meeting_cadence, hours_per_month, expected_end_date,
         mentee_confirmed_at, mentor_confirmed_at, started_at, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, 'active', 'Registration as a nurse in Ontario', 'fortnightly', 3, (now() + 120 * ${DAY})::date,
         now() - $6::int * ${DAY}, now() - $6::int * ${DAY}, now() - $6::int * ${DAY}, now() - $6::int * ${DAY}, now() - $6::int * ${DAY})`,
      [newId('msp'), organisationId, introductionId, menteeId, deskMentor, startedDaysAgo],
    );
  }
}
