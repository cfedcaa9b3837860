-- Outcomes (#11): a mentee's entry into the program with an intake, follow-ups at set months,
-- consent per purpose, and mentors' feedback on the program. Credential attainment is not
-- stored here: it is read from the plan (a done milestone made from a `registration`
-- requirement), on the day that milestone was completed.

-- Each organisation's outcome settings; a missing row means the defaults.
CREATE TABLE outcome_settings (
  organisation_id   text PRIMARY KEY REFERENCES organisations(id) ON DELETE CASCADE,
  -- Months after entry at which a follow-up is due.
  follow_up_months  smallint[] NOT NULL DEFAULT '{3,6,12}'
                      CHECK (cardinality(follow_up_months) BETWEEN 1 AND 12 AND 1 <= ALL (follow_up_months) AND 60 >= ALL (follow_up_months)),
  -- The fewest people a figure may describe; never below 5.
  min_cell_size     smallint NOT NULL DEFAULT 10 CHECK (min_cell_size BETWEEN 5 AND 1000),
  updated_at        timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE program_enrolments (
  organisation_id   text NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  mentee_id         text NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  entered_on        date NOT NULL,
  occupation_id     text,
  jurisdiction_id   text,
  origin_region     text CHECK (origin_region IN ('africa', 'americas', 'asia', 'europe', 'middle-east', 'oceania')),
  -- Kept only while consent for it stands (cleared when it is withdrawn).
  gender            text CHECK (gender IN ('woman', 'man', 'non-binary', 'self-described')),
  follow_up_months  smallint[] NOT NULL,
  first_role_on     date,
  left_on           date,
  leave_reason      text CHECK (leave_reason IN ('found-work', 'moved', 'no-time', 'not-useful', 'other')),
  consent_figures   boolean NOT NULL DEFAULT false,
  consent_quote     text NOT NULL DEFAULT 'no' CHECK (consent_quote IN ('no', 'program', 'public')),
  consent_gender    boolean NOT NULL DEFAULT false,
  consent_changed_at timestamptz NOT NULL DEFAULT now(),
  version           integer NOT NULL DEFAULT 1,
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, mentee_id),
  CHECK (first_role_on IS NULL OR first_role_on >= entered_on),
  CHECK (left_on IS NULL OR left_on >= entered_on),
  CHECK (gender IS NULL OR consent_gender)
);
CREATE INDEX program_enrolments_entry_idx ON program_enrolments (organisation_id, entered_on);

-- The intake (month 0) and each follow-up: one answer per month.
CREATE TABLE outcome_responses (
  organisation_id   text NOT NULL,
  mentee_id         text NOT NULL,
  month             smallint NOT NULL CHECK (month BETWEEN 0 AND 60),
  answered_on       date NOT NULL,
  employment        text NOT NULL CHECK (employment IN ('employed', 'self-employed', 'not-employed', 'studying')),
  in_field          boolean,
  -- Whole units of the currency (not minor units): a year's pay in any currency fits 32 bits.
  pay_amount        integer CHECK (pay_amount >= 0),
  pay_currency      text CHECK (pay_currency ~ '^[A-Z]{3}$'),
  pay_period        text CHECK (pay_period IN ('hour', 'month', 'year')),
  satisfaction      smallint CHECK (satisfaction BETWEEN 1 AND 5),
  quote             text CHECK (char_length(quote) <= 2000),
  created_at        timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, mentee_id, month),
  FOREIGN KEY (organisation_id, mentee_id) REFERENCES program_enrolments (organisation_id, mentee_id) ON DELETE CASCADE,
  CHECK ((pay_amount IS NULL) = (pay_currency IS NULL) AND (pay_amount IS NULL) = (pay_period IS NULL))
);

CREATE TABLE mentor_program_feedback (
  id                text PRIMARY KEY,
  organisation_id   text NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  mentor_id         text NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  satisfaction      smallint NOT NULL CHECK (satisfaction BETWEEN 1 AND 5),
  note              text NOT NULL DEFAULT '' CHECK (char_length(note) <= 2000),
  created_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX mentor_program_feedback_idx ON mentor_program_feedback (organisation_id, created_at);

-- The day a milestone was completed, kept by the database whoever writes the status, so
-- credential attainment has its date.
ALTER TABLE milestones ADD COLUMN completed_on date;
UPDATE milestones SET completed_on = updated_at::date WHERE status = 'done';

CREATE FUNCTION milestones_completed_on() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status = 'done' AND (TG_OP = 'INSERT' OR OLD.status IS DISTINCT FROM 'done') THEN
    NEW.completed_on := COALESCE(NEW.completed_on, current_date);
  ELSIF NEW.status <> 'done' THEN
    NEW.completed_on := NULL;
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER milestones_completed_on BEFORE INSERT OR UPDATE OF status ON milestones
  FOR EACH ROW EXECUTE FUNCTION milestones_completed_on();
CREATE INDEX milestones_completed_idx ON milestones (organisation_id, source_requirement_id) WHERE status = 'done';
