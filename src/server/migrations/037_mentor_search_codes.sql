-- The search table, integer-coded: one row per offered mentor (bw_mentor_offered below) holding
-- only what search compares, as small integers, integer arrays and bitmasks. Text values
-- (occupations, jurisdictions, language subtags, countries, credential steps) get a code on first
-- sight in `mentor_search_codes`; a code never changes, so a search compares integers and turns
-- its own few values into codes once per statement (src/server/store/mentors/search.ts).
-- Formats and offers, closed vocabularies, are bits. It replaces 031's text copy, which held one
-- row per mentor and occupation. Kept by the same trigger on `mentors` as before.

CREATE TABLE mentor_search_codes (
  kind  text NOT NULL CHECK (kind IN ('occupation', 'jurisdiction', 'language', 'country', 'step')),
  value text NOT NULL,
  code  integer GENERATED ALWAYS AS IDENTITY UNIQUE,
  PRIMARY KEY (kind, value)
);

-- The codes of `vals` (given a code now when new), in code order; '{}' for none.
CREATE FUNCTION bw_search_codes(code_kind text, vals text[]) RETURNS integer[] LANGUAGE plpgsql AS $$
DECLARE
  result integer[];
  wanted integer := (SELECT count(DISTINCT v) FROM unnest(vals) AS v WHERE v IS NOT NULL);
BEGIN
  SELECT COALESCE(array_agg(c.code ORDER BY c.code), '{}') INTO result
    FROM mentor_search_codes c WHERE c.kind = code_kind AND c.value = ANY(vals);
  IF cardinality(result) = wanted THEN
    RETURN result;
  END IF;
  -- Only values without a code are inserted: a conflict (another writer, same instant) is skipped.
  INSERT INTO mentor_search_codes (kind, value)
    SELECT DISTINCT code_kind, v FROM unnest(vals) AS v
    WHERE v IS NOT NULL AND NOT EXISTS (SELECT 1 FROM mentor_search_codes c WHERE c.kind = code_kind AND c.value = v)
    ON CONFLICT DO NOTHING;
  SELECT COALESCE(array_agg(c.code ORDER BY c.code), '{}') INTO result
    FROM mentor_search_codes c WHERE c.kind = code_kind AND c.value = ANY(vals);
  -- A snapshot older than another writer's new code (a repeatable-read transaction): retry, never store a row without it.
  IF cardinality(result) < wanted THEN
    RAISE EXCEPTION 'a search code of % is not visible yet', code_kind USING ERRCODE = 'serialization_failure';
  END IF;
  RETURN result;
END $$;

-- A set of words of a closed vocabulary as bits: the n-th word of `vocabulary` is bit n-1.
CREATE FUNCTION bw_bit_mask(vals text[], vocabulary text[]) RETURNS smallint
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT COALESCE(bit_or(1 << (array_position(vocabulary, v) - 1)), 0)::smallint FROM unnest(vals) AS v
        WHERE array_position(vocabulary, v) IS NOT NULL $$;

-- The vocabularies of `mentors.formats` and `mentors.offers` (their CHECKs in 030), in bit order.
CREATE FUNCTION bw_format_mask(formats text[]) RETURNS smallint LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT bw_bit_mask(formats, ARRAY['online', 'in-person']) $$;
CREATE FUNCTION bw_offer_mask(offers text[]) RETURNS smallint LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT bw_bit_mask(offers, ARRAY['informational-interview', 'plan-review', 'narrative-review', 'referral']) $$;

DROP TRIGGER mentors_search_sync ON mentors;
DROP FUNCTION bw_mentor_search_sync();
DROP TABLE mentor_search;

CREATE TABLE mentor_search (
  id               text PRIMARY KEY REFERENCES mentors(id) ON DELETE CASCADE,
  organisation_id  text NOT NULL,
  occupations      integer[] NOT NULL,
  jurisdiction     integer NOT NULL,
  licensed_in      integer[] NOT NULL,
  origin_country   integer,
  credential_steps integer[] NOT NULL,
  language_codes   integer[] NOT NULL,
  formats          smallint NOT NULL,
  offers           smallint NOT NULL,
  -- Availability and responsiveness points (032's bw_mentor_base_points): the query-independent part of the score.
  base_points      smallint NOT NULL,
  rotation_key     bigint NOT NULL
);
CREATE INDEX mentor_search_base_points_idx ON mentor_search (organisation_id, base_points);
CREATE INDEX mentor_search_origin_idx ON mentor_search (organisation_id, origin_country);
CREATE INDEX mentor_search_occupations_gin ON mentor_search USING gin (occupations);
CREATE INDEX mentor_search_licensed_in_gin ON mentor_search USING gin (licensed_in);
CREATE INDEX mentor_search_language_codes_gin ON mentor_search USING gin (language_codes);
CREATE INDEX mentor_search_credential_steps_gin ON mentor_search USING gin (credential_steps);

-- Whether search offers a mentor: active, below capacity, approved and trained (as 034 decided).
CREATE FUNCTION bw_mentor_offered(m mentors) RETURNS boolean LANGUAGE sql STABLE
  AS $$ SELECT m.status = 'active' AND m.current_load < m.capacity AND m.approval = 'approved' AND m.training_complete $$;

-- Writes a mentor's search row: the one definition of its columns, read by the trigger and the backfill below.
CREATE FUNCTION bw_mentor_search_put(m mentors) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO mentor_search (id, organisation_id, occupations, jurisdiction, licensed_in, origin_country,
    credential_steps, language_codes, formats, offers, base_points, rotation_key)
  VALUES (m.id, m.organisation_id, bw_search_codes('occupation', m.occupations),
    (bw_search_codes('jurisdiction', ARRAY[m.jurisdiction]))[1], bw_search_codes('jurisdiction', m.licensed_in),
    (bw_search_codes('country', ARRAY[m.origin_country]))[1], bw_search_codes('step', m.credential_steps),
    bw_search_codes('language', m.language_codes), bw_format_mask(m.formats), bw_offer_mask(m.offers),
    bw_mentor_base_points(m.capacity, m.current_load, m.median_response_hours, m.response_rate_pct, m.response_sample),
    m.rotation_key);
END $$;

CREATE FUNCTION bw_mentor_search_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    DELETE FROM mentor_search WHERE id = OLD.id;
  END IF;
  IF TG_OP <> 'DELETE' AND bw_mentor_offered(NEW) THEN
    PERFORM bw_mentor_search_put(NEW);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER mentors_search_sync
  AFTER INSERT OR UPDATE OR DELETE ON mentors
  FOR EACH ROW EXECUTE FUNCTION bw_mentor_search_sync();

-- Mentors that exist already.
SELECT bw_mentor_search_put(m) FROM mentors m WHERE bw_mentor_offered(m);
ANALYZE mentor_search_codes;
ANALYZE mentor_search;
