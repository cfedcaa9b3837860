/**
 * The coordinator's desk: active mentorships with their last check-in and the stuck flag,
 * mentors' load, and mentees waiting for a match. Each list is a derived table computed in SQL
 * (so the sort keys, a share of places or days without a check-in, are the database's own
 * values) and paged by position with `positionSql`: the anchor row is looked up in the same
 * derived table, which holds every row of the organisation, so an anchor that left the list
 * between two pages (a mentorship closed, a mentee matched) still places the next page.
 */
import type { DeskMentorship, DeskMentorshipSort, MentorLoad, MentorLoadSort, WaitingMentee, WaitingMenteeSort } from '../../api/coordinator-desk.js';
import type { Queryable } from '../db/types.js';
import { isoTime, positionSql, requireAnchor, type ListOrder, type PositionWindow } from '../wire.js';

/** The organisation's period without a check-in after which a mentorship is stuck (30 days until set). */
const STUCK_AFTER_DAYS = `COALESCE((SELECT stuck_after_days FROM mentorship_settings WHERE organisation_id = $1), 30)`;

/**
 * Every mentorship of the organisation ($1) with its last check-in: the latest on the mentee's
 * plans shared with the mentor. Days are counted from that check-in or from the start,
 * whichever is later, so a check-in from before the mentorship does not count for it.
 */
const MENTORSHIPS = `(
  SELECT ms.id, ms.status, ms.version, ms.mentee_id, ms.mentor_id, u.display_name AS mentee_name, lower(u.display_name) AS mentee_key,
    m.display_name AS mentor_name, COALESCE(ms.started_at, ms.created_at) AS started_key, ci.last_check_in,
    current_date - GREATEST(ci.last_check_in, COALESCE(ms.started_at, ms.created_at)::date) AS quiet_days
  FROM mentorships ms
  JOIN users u ON u.id = ms.mentee_id
  JOIN mentors m ON m.id = ms.mentor_id
  LEFT JOIN LATERAL (
    SELECT max(c.date) AS last_check_in
    FROM plans p
    JOIN plan_shares s ON s.organisation_id = p.organisation_id AND s.plan_id = p.id AND s.mentor_id = m.user_id
    JOIN check_ins c ON c.organisation_id = p.organisation_id AND c.plan_id = p.id
    WHERE p.organisation_id = ms.organisation_id AND p.mentee_id = ms.mentee_id
  ) ci ON true
  WHERE ms.organisation_id = $1
)`;

const MENTORSHIP_ORDERS: Record<DeskMentorshipSort, ListOrder> = {
  quietest: { table: MENTORSHIPS, alias: 'd', keys: [{ column: 'quiet_days', descending: true }, { column: 'id' }] },
  newest: { table: MENTORSHIPS, alias: 'd', keys: [{ column: 'started_key', descending: true }, { column: 'id' }] },
  mentee: { table: MENTORSHIPS, alias: 'd', keys: [{ column: 'mentee_key' }, { column: 'id' }] },
};

interface MentorshipRow {
  id: string;
  version: number;
  mentee_id: string;
  mentee_name: string;
  mentor_id: string;
  mentor_name: string;
  started_key: Date | string;
  last_check_in: string | null;
  quiet_days: number;
  stuck: boolean;
}

/** Active mentorships, with the stuck flag computed against the organisation's setting. */
export async function listDeskMentorships(db: Queryable, organisationId: string, sort: DeskMentorshipSort, window?: PositionWindow): Promise<DeskMentorship[]> {
  await requireAnchor(db, window, 'mentorships', { organisation_id: organisationId });
  const page = positionSql(window, MENTORSHIP_ORDERS[sort], 2);
  const { rows } = await db.query<MentorshipRow>(
    `SELECT d.id, d.version, d.mentee_id, d.mentee_name, d.mentor_id, d.mentor_name, d.started_key, to_char(d.last_check_in, 'YYYY-MM-DD') AS last_check_in,
       d.quiet_days, d.quiet_days >= ${STUCK_AFTER_DAYS} AS stuck
     FROM ${MENTORSHIPS} d WHERE d.status = 'active' AND ${page.after}${page.tail}`,
    [organisationId, ...page.params],
  );
  return rows.map((row) => ({
    mentorshipId: row.id,
    mentee: { id: row.mentee_id, displayName: row.mentee_name },
    mentor: { id: row.mentor_id, displayName: row.mentor_name },
    startedAt: isoTime(row.started_key),
    lastCheckIn: row.last_check_in,
    quietDays: Math.max(0, Number(row.quiet_days)),
    stuck: row.stuck,
    version: row.version,
  }));
}

/** Every mentor of the organisation ($1) with the share of places used; open requests the mentor can see hold a place. */
const MENTORS = `(
  SELECT m.id, m.approval, m.display_name, lower(m.display_name) AS name_key, m.capacity, m.current_load AS places_used,
    CASE WHEN m.capacity > 0 THEN m.current_load::numeric / m.capacity ELSE 1 END AS load_share,
    (m.status = 'paused' OR COALESCE(m.paused_until > current_date, false)) AS paused,
    (SELECT count(*)::integer FROM introduction_requests r
      WHERE r.organisation_id = m.organisation_id AND r.mentor_id = m.id AND r.status IN ('pending', 'question') AND r.approval <> 'waiting') AS open_requests,
    (SELECT count(*)::integer FROM mentorships s WHERE s.organisation_id = m.organisation_id AND s.mentor_id = m.id AND s.status <> 'closed') AS mentorships
  FROM mentors m
  WHERE m.organisation_id = $1
)`;

const LOAD_ORDERS: Record<MentorLoadSort, ListOrder> = {
  fullest: { table: MENTORS, alias: 'd', keys: [{ column: 'load_share', descending: true }, { column: 'places_used', descending: true }, { column: 'id' }] },
  // The idlest first, and among equally idle the one with the most places free.
  idlest: { table: MENTORS, alias: 'd', keys: [{ column: 'load_share' }, { column: 'capacity', descending: true }, { column: 'id' }] },
  name: { table: MENTORS, alias: 'd', keys: [{ column: 'name_key' }, { column: 'id' }] },
};

interface LoadRow {
  id: string;
  display_name: string;
  capacity: number;
  places_used: number;
  paused: boolean;
  open_requests: number;
  mentorships: number;
}

function loadState(row: LoadRow): MentorLoad['state'] {
  if (row.paused) return 'paused';
  if (row.places_used >= row.capacity) return 'full';
  return row.places_used === 0 ? 'idle' : 'available';
}

/** Approved mentors' load: who is full, who waits idle. */
export async function listMentorLoad(db: Queryable, organisationId: string, sort: MentorLoadSort, window?: PositionWindow): Promise<MentorLoad[]> {
  await requireAnchor(db, window, 'mentors', { organisation_id: organisationId });
  const page = positionSql(window, LOAD_ORDERS[sort], 2);
  const { rows } = await db.query<LoadRow>(
    `SELECT d.id, d.display_name, d.capacity, d.places_used, d.paused, d.open_requests, d.mentorships
     FROM ${MENTORS} d WHERE d.approval = 'approved' AND ${page.after}${page.tail}`,
    [organisationId, ...page.params],
  );
  return rows.map((row) => ({
    mentorId: row.id,
    displayName: row.display_name,
    capacity: row.capacity,
    placesUsed: row.places_used,
    openRequests: row.open_requests,
    mentorships: row.mentorships,
    state: loadState(row),
  }));
}

/**
 * Every mentee of the organisation ($1) with when they started waiting: their first request
 * since their last mentorship closed (or ever). A request accepted since then is a match too
 * (as the program's figures count one). A mentee matched since keeps that time as
 * their sort key (`matched` takes them off the list), so they still place the next page.
 */
const MENTEES = `(
  SELECT u.id, u.display_name, lower(u.display_name) AS name_key,
    COALESCE(w.waiting_since, 'infinity'::timestamptz) AS waiting_key,
    (EXISTS (SELECT 1 FROM mentorships s WHERE s.organisation_id = u.organisation_id AND s.mentee_id = u.id AND s.status <> 'closed')
      OR COALESCE(w.accepted, false)) AS matched,
    (SELECT count(*)::integer FROM introduction_requests r
      WHERE r.organisation_id = u.organisation_id AND r.mentee_id = u.id AND r.status IN ('pending', 'question')) AS open_requests
  FROM users u
  LEFT JOIN LATERAL (
    SELECT min(r.created_at) AS waiting_since, bool_or(r.status = 'accepted') AS accepted FROM introduction_requests r
    WHERE r.organisation_id = u.organisation_id AND r.mentee_id = u.id
      AND r.created_at > COALESCE((SELECT max(s.closed_at) FROM mentorships s WHERE s.organisation_id = u.organisation_id AND s.mentee_id = u.id), '-infinity'::timestamptz)
  ) w ON true
  WHERE u.organisation_id = $1 AND u.role = 'mentee'
)`;

const WAITING_ORDERS: Record<WaitingMenteeSort, ListOrder> = {
  longest: { table: MENTEES, alias: 'd', keys: [{ column: 'waiting_key' }, { column: 'id' }] },
  name: { table: MENTEES, alias: 'd', keys: [{ column: 'name_key' }, { column: 'id' }] },
};

/** Mentees who asked for a mentor and are not matched yet. */
export async function listWaitingMentees(db: Queryable, organisationId: string, sort: WaitingMenteeSort, window?: PositionWindow): Promise<WaitingMentee[]> {
  await requireAnchor(db, window, 'users', { organisation_id: organisationId, role: 'mentee' });
  const page = positionSql(window, WAITING_ORDERS[sort], 2);
  const { rows } = await db.query<{ id: string; display_name: string; waiting_since: Date | string; open_requests: number }>(
    `SELECT d.id, d.display_name, d.waiting_key AS waiting_since, d.open_requests
     FROM ${MENTEES} d WHERE NOT d.matched AND d.waiting_key < 'infinity'::timestamptz AND ${page.after}${page.tail}`,
    [organisationId, ...page.params],
  );
  return rows.map((row) => ({ mentee: { id: row.id, displayName: row.display_name }, waitingSince: isoTime(row.waiting_since), openRequests: row.open_requests }));
}
