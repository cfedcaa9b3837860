-- Mentors who sign up, train and are approved. A mentor's own profile starts `pending`; a
-- coordinator approves it; the program's required training modules must all be complete.
-- Only approved, trained mentors are offered in search or can be asked. Mentors that exist
-- already (imported or seeded) stay approved and count as trained.
ALTER TABLE mentors
  ADD COLUMN approval          text NOT NULL DEFAULT 'approved' CHECK (approval IN ('pending', 'approved', 'rejected')),
  ADD COLUMN approval_note     text,
  ADD COLUMN training_complete boolean NOT NULL DEFAULT true,
  ADD COLUMN hours_per_month   integer CHECK (hours_per_month BETWEEN 1 AND 40),
  ADD COLUMN paused_until      date;
CREATE INDEX mentors_approval_idx ON mentors (organisation_id, created_at) WHERE approval = 'pending';

CREATE TABLE training_modules (
  id               text PRIMARY KEY,
  organisation_id  text NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  title            text NOT NULL,
  url              text NOT NULL,
  expected_minutes integer NOT NULL CHECK (expected_minutes BETWEEN 1 AND 6000),
  required         boolean NOT NULL DEFAULT true,
  created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX training_modules_organisation_idx ON training_modules (organisation_id, created_at);

CREATE TABLE training_completions (
  organisation_id text NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  module_id       text NOT NULL REFERENCES training_modules(id) ON DELETE CASCADE,
  mentor_id       text NOT NULL REFERENCES mentors(id) ON DELETE CASCADE,
  completed_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (module_id, mentor_id)
);
CREATE INDEX training_completions_mentor_idx ON training_completions (organisation_id, mentor_id);

CREATE OR REPLACE FUNCTION bw_mentor_search_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    DELETE FROM mentor_search WHERE id = OLD.id;
  END IF;
  IF TG_OP <> 'DELETE' AND NEW.status = 'active' AND NEW.current_load < NEW.capacity
     AND NEW.approval = 'approved' AND NEW.training_complete THEN
    INSERT INTO mentor_search (organisation_id, occupation, id, primary_row, occupations, jurisdiction, licensed_in,
      origin_country, credential_steps, language_codes, formats, offers, capacity, current_load,
      median_response_hours, response_rate_pct, response_sample, rotation_key, base_points)
    SELECT NEW.organisation_id, o.occupation, NEW.id, o.ordinality = 1, NEW.occupations, NEW.jurisdiction, NEW.licensed_in,
      NEW.origin_country, NEW.credential_steps, NEW.language_codes, NEW.formats, NEW.offers, NEW.capacity, NEW.current_load,
      NEW.median_response_hours, NEW.response_rate_pct, NEW.response_sample, NEW.rotation_key,
      bw_mentor_base_points(NEW.capacity, NEW.current_load, NEW.median_response_hours, NEW.response_rate_pct, NEW.response_sample)
    FROM (SELECT DISTINCT ON (occupation) occupation, ordinality
          FROM unnest(NEW.occupations) WITH ORDINALITY AS u(occupation, ordinality)
          ORDER BY occupation, ordinality) o;
  END IF;
  RETURN NULL;
END $$;
