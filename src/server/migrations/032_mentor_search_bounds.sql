-- `base_points` stores the query-independent part of a mentor's score in the narrow search
-- table: availability plus responsiveness points (0-20), exactly as scoreMentor() in
-- src/core/mentor/scoring.ts computes them (a test compares every stored value with the
-- core). Search reads one small column instead of five and their arithmetic, and the
-- column is the upper bound a future bounded top-k search needs.

-- Availability and responsiveness points; mirrors the 'availability' and 'responsiveness'
-- factors of scoreMentor() (weights 10 and 10, neutral 5 below 3 answers, 6 points for the
-- rate, 4/3/1 for a median answer within 24/72/168 hours).
CREATE FUNCTION bw_mentor_base_points(capacity integer, current_load integer, median_response_hours integer,
                                      response_rate_pct integer, response_sample integer) RETURNS smallint
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT (
    CASE WHEN capacity > 0 THEN (10 * GREATEST(capacity - current_load, 0)) / capacity ELSE 0 END
    + CASE WHEN response_sample < 3 OR response_rate_pct IS NULL OR median_response_hours IS NULL THEN 5
           ELSE (6 * response_rate_pct) / 100
                + CASE WHEN median_response_hours <= 24 THEN 4 WHEN median_response_hours <= 72 THEN 3
                       WHEN median_response_hours <= 168 THEN 1 ELSE 0 END
      END)::smallint $$;

ALTER TABLE mentor_search ADD COLUMN base_points smallint;
UPDATE mentor_search SET base_points = bw_mentor_base_points(capacity, current_load, median_response_hours, response_rate_pct, response_sample);
ALTER TABLE mentor_search ALTER COLUMN base_points SET NOT NULL;

CREATE OR REPLACE FUNCTION bw_mentor_search_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    DELETE FROM mentor_search WHERE id = OLD.id;
  END IF;
  IF TG_OP <> 'DELETE' AND NEW.status = 'active' AND NEW.current_load < NEW.capacity THEN
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

ANALYZE mentor_search;
