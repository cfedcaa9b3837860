-- Mentorships from request to closure. An accepted introduction becomes a mentorship with a
-- short agreement both sides confirm; either side closes it, which frees the mentor's place.
-- Requests the mentor can see (pending or awaiting the mentee's answer) now hold a place too,
-- and an organisation may send requests through its coordinators first.

CREATE TABLE mentorship_settings (
  organisation_id      text PRIMARY KEY REFERENCES organisations(id) ON DELETE CASCADE,
  request_expiry_days  integer NOT NULL DEFAULT 14 CHECK (request_expiry_days BETWEEN 1 AND 90),
  coordinator_approval boolean NOT NULL DEFAULT false,
  stuck_after_days     integer NOT NULL DEFAULT 30 CHECK (stuck_after_days BETWEEN 1 AND 365),
  updated_at           timestamptz NOT NULL DEFAULT now(),
  version              integer NOT NULL DEFAULT 1
);

-- `waiting`: in the coordinators' queue, unseen by any mentor and holding no place.
ALTER TABLE introduction_requests
  ADD COLUMN approval text NOT NULL DEFAULT 'not-required' CHECK (approval IN ('not-required', 'waiting', 'approved', 'declined')),
  ADD COLUMN requested_mentor_id text REFERENCES mentors(id) ON DELETE SET NULL,
  ADD COLUMN coordinator_note text,
  ADD COLUMN decided_by text REFERENCES users(id) ON DELETE SET NULL;
CREATE INDEX introduction_requests_queue_idx ON introduction_requests (organisation_id, created_at)
  WHERE approval = 'waiting' AND status = 'pending';

-- Open requests were counted only once accepted; from now on they hold their place.
UPDATE mentors m SET current_load = m.current_load + o.n
FROM (SELECT mentor_id, count(*)::integer AS n FROM introduction_requests WHERE status IN ('pending', 'question') GROUP BY mentor_id) o
WHERE m.id = o.mentor_id;

CREATE TABLE mentorships (
  id                  text PRIMARY KEY,
  organisation_id     text NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  introduction_id     text NOT NULL UNIQUE REFERENCES introduction_requests(id) ON DELETE CASCADE,
  mentee_id           text NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  mentor_id           text NOT NULL REFERENCES mentors(id) ON DELETE CASCADE,
  status              text NOT NULL DEFAULT 'agreeing' CHECK (status IN ('agreeing', 'active', 'closed')),
  goals               text,
  meeting_cadence     text CHECK (meeting_cadence IN ('weekly', 'fortnightly', 'monthly', 'as-needed')),
  hours_per_month     integer CHECK (hours_per_month BETWEEN 1 AND 40),
  expected_end_date   date,
  mentee_confirmed_at timestamptz,
  mentor_confirmed_at timestamptz,
  started_at          timestamptz,
  closed_at           timestamptz,
  closed_by           text CHECK (closed_by IN ('mentee', 'mentor', 'coordinator')),
  close_reason        text CHECK (close_reason IN ('goals-met', 'period-ended', 'no-longer-needed', 'not-a-good-fit', 'no-time', 'no-contact', 'other')),
  close_feedback      text,
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now(),
  version             integer NOT NULL DEFAULT 1
);
CREATE INDEX mentorships_mentor_idx ON mentorships (organisation_id, mentor_id, created_at DESC);
CREATE INDEX mentorships_mentee_idx ON mentorships (organisation_id, mentee_id, created_at DESC);
-- One mentorship at a time between a mentee and a mentor.
CREATE UNIQUE INDEX mentorships_one_open_idx ON mentorships (organisation_id, mentee_id, mentor_id) WHERE status <> 'closed';

-- Introductions accepted before this migration: each becomes a mentorship still to agree on.
INSERT INTO mentorships (id, organisation_id, introduction_id, mentee_id, mentor_id, created_at, updated_at)
SELECT DISTINCT ON (organisation_id, mentee_id, mentor_id)
  'msp_' || md5(id), organisation_id, id, mentee_id, mentor_id, updated_at, updated_at
FROM introduction_requests WHERE status = 'accepted'
ORDER BY organisation_id, mentee_id, mentor_id, updated_at DESC;
