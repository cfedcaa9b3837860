-- Outcome waits (#11): the consenting mentees of `outcome_facts` counted by how long they waited
-- for a first role and for a first match, for every filter a coordinator can set (each of cohort,
-- occupation and jurisdiction given or '' for any: eight scopes per person) and every breakdown a
-- waiting time has. The Kaplan–Meier medians read a few thousand counts of their filter from here
-- instead of grouping every mentee on each request.
--
-- A person whose wait is over (they reached the event, or left on or before the day their facts
-- were counted) is counted by `days`, which no longer changes. A person still waiting is counted by
-- `since` (the day they entered) and `until` (a leaving day after that count, else null): a request
-- turns those into days waited up to today, so a date passing needs no upkeep.
-- Statement triggers on `outcome_facts` add what a statement inserted and subtract what it deleted.
-- Not backed up: derived from `outcome_facts`.

-- The day a fact row was computed: whether a leaving day had passed is judged against it, so the
-- row is counted in the same place when it is added and when it is removed.
ALTER TABLE outcome_facts ADD COLUMN counted_on date NOT NULL DEFAULT current_date;

CREATE TABLE outcome_waits (
  organisation_id   text NOT NULL,
  -- The filter ('' for any).
  cohort            text NOT NULL,
  occupation        text NOT NULL,
  jurisdiction      text NOT NULL,
  -- 'firstRole' (dimension 'all') or 'match' (by occupation, origin and gender; all = the sum by occupation).
  measure           text NOT NULL,
  dimension         text NOT NULL,
  grp               text NOT NULL,
  -- Wait over: the days waited. Still waiting: null, and since/until are set.
  days              integer,
  since             date,
  until             date,
  -- People whose wait ended with the event, and all the people counted here.
  events            integer NOT NULL,
  people            integer NOT NULL,
  CONSTRAINT outcome_waits_key UNIQUE NULLS NOT DISTINCT (organisation_id, cohort, occupation, jurisdiction, measure, dimension, grp, days, since, until),
  CHECK ((days IS NULL) = (since IS NOT NULL))
);
CREATE INDEX outcome_waits_empty_idx ON outcome_waits (organisation_id) WHERE people = 0;

-- The counts a set of fact rows adds (sign 1) or removes (-1): `rows` is a query of fact rows with a `sign` column.
CREATE FUNCTION bw_outcome_waits_query(rows text) RETURNS text LANGUAGE sql IMMUTABLE AS $fn$
SELECT replace($sql$
SELECT f.organisation_id, s.cohort, s.occupation, s.jurisdiction, x.measure, x.dimension, x.grp,
       CASE WHEN x.event_on IS NOT NULL THEN greatest(x.event_on - f.entered_on, 0)
            WHEN f.left_on <= f.counted_on THEN greatest(f.left_on - f.entered_on, 0) END AS days,
       CASE WHEN x.event_on IS NULL AND (f.left_on IS NULL OR f.left_on > f.counted_on) THEN f.entered_on END AS since,
       CASE WHEN x.event_on IS NULL AND f.left_on > f.counted_on THEN f.left_on END AS until,
       sum(f.sign * (x.event_on IS NOT NULL)::int)::int AS events, sum(f.sign)::int AS people
  FROM (%ROWS%) f
 CROSS JOIN LATERAL (VALUES (f.cohort, f.occupation, f.jurisdiction), ('', f.occupation, f.jurisdiction), (f.cohort, '', f.jurisdiction),
                            (f.cohort, f.occupation, ''), ('', '', f.jurisdiction), ('', f.occupation, ''), (f.cohort, '', ''), ('', '', ''))
       AS s(cohort, occupation, jurisdiction)
 CROSS JOIN LATERAL (VALUES ('firstRole', 'all', 'all', f.first_role_on), ('match', 'occupation', f.occupation, f.matched_on),
                            ('match', 'origin', f.origin, f.matched_on), ('match', 'gender', f.gender, f.matched_on))
       AS x(measure, dimension, grp, event_on)
 WHERE f.consent_figures
 GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
$sql$, '%ROWS%', rows)
$fn$;

CREATE FUNCTION bw_outcome_waits_apply() RETURNS trigger LANGUAGE plpgsql SET work_mem = '32MB' AS $$
BEGIN
  -- A rebuild of the facts counts the waits once, after it (below).
  IF coalesce(current_setting('bridgeway.outcome_waits_rebuilding', true), '') = 'on' THEN RETURN NULL; END IF;
  -- Dynamic SQL, so each statement is planned for its own number of changed facts.
  EXECUTE 'INSERT INTO outcome_waits AS w ' || bw_outcome_waits_query(CASE TG_OP
      WHEN 'INSERT' THEN 'SELECT *, 1 AS sign FROM new_rows'
      WHEN 'DELETE' THEN 'SELECT *, -1 AS sign FROM old_rows'
      ELSE 'SELECT *, 1 AS sign FROM new_rows UNION ALL SELECT *, -1 FROM old_rows' END)
    || ' ON CONFLICT ON CONSTRAINT outcome_waits_key DO UPDATE SET events = w.events + excluded.events, people = w.people + excluded.people';
  DELETE FROM outcome_waits WHERE people = 0;
  RETURN NULL;
END
$$;

CREATE TRIGGER bw_outcome_waits_ins AFTER INSERT ON outcome_facts REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bw_outcome_waits_apply();
CREATE TRIGGER bw_outcome_waits_upd AFTER UPDATE ON outcome_facts REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bw_outcome_waits_apply();
CREATE TRIGGER bw_outcome_waits_del AFTER DELETE ON outcome_facts REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bw_outcome_waits_apply();

-- Every organisation's waits again from the facts, in one pass.
CREATE FUNCTION bw_outcome_waits_recount() RETURNS void LANGUAGE plpgsql SET work_mem = '32MB' AS $$
BEGIN
  DELETE FROM outcome_waits;
  EXECUTE 'INSERT INTO outcome_waits ' || bw_outcome_waits_query('SELECT *, 1 AS sign FROM outcome_facts');
  ANALYZE outcome_waits;
END
$$;

-- 051's rebuild, with the waits counted once after it instead of subtracted and added back row by row.
CREATE OR REPLACE FUNCTION bw_outcome_facts_rebuild() RETURNS void LANGUAGE plpgsql SET work_mem = '32MB' AS $$
BEGIN
  PERFORM set_config('bridgeway.outcome_waits_rebuilding', 'on', true);
  DELETE FROM outcome_facts;
  EXECUTE 'INSERT INTO outcome_facts ' || bw_outcome_facts_query('SELECT organisation_id, mentee_id FROM program_enrolments');
  PERFORM set_config('bridgeway.outcome_waits_rebuilding', 'off', true);
  PERFORM bw_outcome_waits_recount();
  -- Fresh statistics for the figures' plans (PGlite has no autovacuum).
  ANALYZE outcome_facts;
END
$$;

-- The waits of the facts there already.
SELECT bw_outcome_waits_recount();
