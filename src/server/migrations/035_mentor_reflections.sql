-- A mentor's private reflection log: seen by nobody else unless the mentor shares an entry
-- with the organisation's coordinators.
CREATE TABLE mentor_reflections (
  id              text PRIMARY KEY,
  organisation_id text NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  mentor_id       text NOT NULL REFERENCES mentors(id) ON DELETE CASCADE,
  date            date NOT NULL,
  note            text NOT NULL,
  shared          boolean NOT NULL DEFAULT false,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  version         integer NOT NULL DEFAULT 1
);
CREATE INDEX mentor_reflections_mentor_idx ON mentor_reflections (organisation_id, mentor_id, date DESC);
