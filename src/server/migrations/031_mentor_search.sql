-- A narrow copy of what search reads, one row per offered mentor and occupation, kept in
-- step with `mentors` by a trigger. Search scans these rows (about a fifth of the width of
-- a mentor row, and only offered mentors) and joins the wide row for the page alone.
-- `primary_row` marks one row per mentor (their first occupation) for searches that do not
-- require an occupation. Column names match `mentors`, so the ranking SQL reads either.
CREATE TABLE mentor_search (
  organisation_id       text NOT NULL,
  occupation            text NOT NULL,
  id                    text NOT NULL REFERENCES mentors(id) ON DELETE CASCADE,
  primary_row           boolean NOT NULL,
  occupations           text[] NOT NULL,
  jurisdiction          text NOT NULL,
  licensed_in           text[] NOT NULL,
  origin_country        text,
  credential_steps      text[] NOT NULL,
  language_codes        text[] NOT NULL,
  formats               text[] NOT NULL,
  offers                text[] NOT NULL,
  capacity              integer NOT NULL,
  current_load          integer NOT NULL,
  median_response_hours integer,
  response_rate_pct     integer,
  response_sample       integer NOT NULL,
  rotation_key          bigint NOT NULL,
  PRIMARY KEY (organisation_id, occupation, id)
);
CREATE INDEX mentor_search_primary_idx ON mentor_search (organisation_id) WHERE primary_row;
CREATE INDEX mentor_search_id_idx ON mentor_search (id);

CREATE FUNCTION bw_mentor_search_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    DELETE FROM mentor_search WHERE id = OLD.id;
  END IF;
  IF TG_OP <> 'DELETE' AND NEW.status = 'active' AND NEW.current_load < NEW.capacity THEN
    INSERT INTO mentor_search (organisation_id, occupation, id, primary_row, occupations, jurisdiction, licensed_in,
      origin_country, credential_steps, language_codes, formats, offers, capacity, current_load,
      median_response_hours, response_rate_pct, response_sample, rotation_key)
    SELECT NEW.organisation_id, o.occupation, NEW.id, o.ordinality = 1, NEW.occupations, NEW.jurisdiction, NEW.licensed_in,
      NEW.origin_country, NEW.credential_steps, NEW.language_codes, NEW.formats, NEW.offers, NEW.capacity, NEW.current_load,
      NEW.median_response_hours, NEW.response_rate_pct, NEW.response_sample, NEW.rotation_key
    FROM (SELECT DISTINCT ON (occupation) occupation, ordinality
          FROM unnest(NEW.occupations) WITH ORDINALITY AS u(occupation, ordinality)
          ORDER BY occupation, ordinality) o;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER mentors_search_sync
  AFTER INSERT OR UPDATE OR DELETE ON mentors
  FOR EACH ROW EXECUTE FUNCTION bw_mentor_search_sync();

-- Mentors that exist already (seeded before this migration).
UPDATE mentors SET updated_at = updated_at;
