-- Outcome facts (#11): one row per enrolled mentee with everything the program's figures read,
-- derived from program_enrolments, outcome_responses, plans/milestones/requirements (the
-- credential date) and introduction_requests (the first match). The database keeps it current:
-- every statement that writes a source table refreshes the facts of the mentees it touched (found
-- from its transition tables), so the figures read one table instead of joining five per request.
-- Bulk loads pause that and rebuild the whole table once, at commit (bw_outcome_facts_pause below).
-- Not backed up: a restore pauses maintenance, and the table is rebuilt when it commits.

CREATE TABLE outcome_facts (
  organisation_id   text NOT NULL,
  mentee_id         text NOT NULL,
  consent_figures   boolean NOT NULL,
  -- The quarter of entry, e.g. 2025-Q3.
  cohort            text NOT NULL,
  -- 'unknown' where the enrolment leaves it empty.
  occupation        text NOT NULL,
  jurisdiction      text NOT NULL,
  origin            text NOT NULL,
  gender            text NOT NULL,
  entered_on        date NOT NULL,
  first_role_on     date,
  -- Observation ends here or today, whichever is earlier (today is applied when the figures are read).
  left_on           date,
  credential_on     date,
  matched_on        date,
  -- The latest follow-up's satisfaction.
  satisfaction      smallint,
  -- Intake and 12-month pay, annualised, only when both exist in the same currency.
  pay_currency      text,
  pay_intake        float8,
  pay_later         float8,
  PRIMARY KEY (organisation_id, mentee_id)
);
CREATE INDEX outcome_facts_figures_idx ON outcome_facts (organisation_id) WHERE consent_figures;

-- The one definition of the facts: a query computing them for the mentees `keys` lists (a query
-- of distinct organisation_id, mentee_id), as grouped joins with no per-row subquery, so the
-- planner picks index lookups for a few mentees and hash joins for many.
CREATE FUNCTION bw_outcome_facts_query(keys text) RETURNS text LANGUAGE sql IMMUTABLE AS $fn$
SELECT replace($sql$
WITH k AS MATERIALIZED (%KEYS%),
credentials AS (
  SELECT p.organisation_id, p.mentee_id, min(m.completed_on) AS credential_on
    FROM k JOIN plans p ON p.organisation_id = k.organisation_id AND p.mentee_id = k.mentee_id
    JOIN milestones m ON m.organisation_id = p.organisation_id AND m.plan_id = p.id AND m.status = 'done'
    JOIN requirements r ON r.id = m.source_requirement_id AND r.kind = 'registration' AND (r.organisation_id IS NULL OR r.organisation_id = p.organisation_id)
   GROUP BY 1, 2
),
-- A match is a first introduction the mentor accepted (later states count as accepted too).
matches AS (
  SELECT i.organisation_id, i.mentee_id, min(i.responded_at)::date AS matched_on
    FROM k JOIN introduction_requests i ON i.organisation_id = k.organisation_id AND i.mentee_id = k.mentee_id
   WHERE i.responded_at IS NOT NULL AND i.status NOT IN ('pending', 'question', 'declined', 'expired', 'withdrawn')
   GROUP BY 1, 2
),
-- One row per mentee: the latest satisfaction, and pay at intake and at 12 months annualised (hour × 2,080, month × 12).
answers AS (
  SELECT o.organisation_id, o.mentee_id,
         -- The latest answer's satisfaction (1 to 5) is the last digit of the largest month × 10 + satisfaction:
         -- a plain aggregate, so this groups in a hash table instead of sorting every answer.
         (max(o.month * 10 + o.satisfaction) FILTER (WHERE o.satisfaction IS NOT NULL) % 10)::smallint AS satisfaction,
         min(o.pay_currency) FILTER (WHERE o.month = 0 AND o.pay_amount IS NOT NULL) AS intake_currency,
         min(o.pay_currency) FILTER (WHERE o.month = 12 AND o.pay_amount IS NOT NULL) AS later_currency,
         min(o.pay_amount::float8 * CASE o.pay_period WHEN 'hour' THEN 2080 WHEN 'month' THEN 12 ELSE 1 END) FILTER (WHERE o.month = 0 AND o.pay_amount IS NOT NULL) AS intake,
         min(o.pay_amount::float8 * CASE o.pay_period WHEN 'hour' THEN 2080 WHEN 'month' THEN 12 ELSE 1 END) FILTER (WHERE o.month = 12 AND o.pay_amount IS NOT NULL) AS later
    FROM k JOIN outcome_responses o ON o.organisation_id = k.organisation_id AND o.mentee_id = k.mentee_id
   GROUP BY 1, 2
)
SELECT e.organisation_id, e.mentee_id, e.consent_figures,
       to_char(e.entered_on, 'YYYY') || '-Q' || extract(quarter FROM e.entered_on)::int,
       coalesce(e.occupation_id, 'unknown'), coalesce(e.jurisdiction_id, 'unknown'),
       coalesce(e.origin_region, 'unknown'), coalesce(e.gender, 'unknown'),
       e.entered_on, e.first_role_on, e.left_on, c.credential_on, m.matched_on, a.satisfaction,
       CASE WHEN a.intake_currency = a.later_currency THEN a.intake_currency END,
       CASE WHEN a.intake_currency = a.later_currency THEN a.intake END,
       CASE WHEN a.intake_currency = a.later_currency THEN a.later END
  FROM k JOIN program_enrolments e ON e.organisation_id = k.organisation_id AND e.mentee_id = k.mentee_id
  LEFT JOIN credentials c ON c.organisation_id = e.organisation_id AND c.mentee_id = e.mentee_id
  LEFT JOIN matches m ON m.organisation_id = e.organisation_id AND m.mentee_id = e.mentee_id
  LEFT JOIN answers a ON a.organisation_id = e.organisation_id AND a.mentee_id = e.mentee_id
$sql$, '%KEYS%', keys)
$fn$;

-- Recomputes the facts of the given (organisation, mentee) pairs, which must be distinct. Dynamic
-- SQL, so each call is planned for the number of mentees it was given (not a plan cached for one).
-- Enough work_mem that a statement touching many mentees joins and groups in memory.
CREATE FUNCTION bw_outcome_facts_refresh(orgs text[], mentees text[]) RETURNS void LANGUAGE plpgsql SET work_mem = '32MB' AS $$
BEGIN
  IF coalesce(cardinality(orgs), 0) = 0 THEN RETURN; END IF;
  EXECUTE 'DELETE FROM outcome_facts f USING unnest($1::text[], $2::text[]) AS k(organisation_id, mentee_id)
            WHERE f.organisation_id = k.organisation_id AND f.mentee_id = k.mentee_id' USING orgs, mentees;
  EXECUTE 'INSERT INTO outcome_facts ' || bw_outcome_facts_query('SELECT * FROM unnest($1::text[], $2::text[]) AS k(organisation_id, mentee_id)') USING orgs, mentees;
END
$$;

-- Every mentee's facts again, in one set-based pass (after a bulk load).
CREATE FUNCTION bw_outcome_facts_rebuild() RETURNS void LANGUAGE plpgsql SET work_mem = '32MB' AS $$
BEGIN
  DELETE FROM outcome_facts;
  EXECUTE 'INSERT INTO outcome_facts ' || bw_outcome_facts_query('SELECT organisation_id, mentee_id FROM program_enrolments');
  -- Fresh statistics for the figures' plans (PGlite has no autovacuum).
  ANALYZE outcome_facts;
END
$$;

-- Pausing for a bulk load: the triggers below do nothing for the rest of the transaction (a
-- transaction-local setting, gone at commit or rollback), and a row here fires a deferred
-- trigger at commit that rebuilds the facts once. A pause therefore never outlives its transaction,
-- and the facts are current when it commits, whether or not the loader remembers to resume.
CREATE TABLE outcome_facts_pauses (
  transaction_id xid8 PRIMARY KEY DEFAULT pg_current_xact_id()
);

CREATE FUNCTION bw_outcome_facts_pause() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM set_config('bridgeway.outcome_facts_paused', 'on', true);
  INSERT INTO outcome_facts_pauses DEFAULT VALUES ON CONFLICT DO NOTHING;
END
$$;

CREATE FUNCTION bw_outcome_facts_resume() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM outcome_facts_pauses WHERE transaction_id = NEW.transaction_id;
  PERFORM set_config('bridgeway.outcome_facts_paused', 'off', true);
  PERFORM bw_outcome_facts_rebuild();
  RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER bw_outcome_facts_resume AFTER INSERT ON outcome_facts_pauses
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bw_outcome_facts_resume();

CREATE FUNCTION bw_outcome_facts_paused() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT coalesce(current_setting('bridgeway.outcome_facts_paused', true), '') = 'on'
$$;

-- Statement-level triggers with transition tables: one refresh per statement, of the mentees its
-- changed rows (old and new) concern, found with dynamic SQL planned for the statement's size.
-- Enrolments and follow-ups name their mentee.
CREATE FUNCTION bw_outcome_facts_by_mentee() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  orgs text[];
  mentees text[];
BEGIN
  IF bw_outcome_facts_paused() THEN RETURN NULL; END IF;
  EXECUTE 'SELECT array_agg(organisation_id), array_agg(mentee_id) FROM (SELECT DISTINCT organisation_id, mentee_id FROM ('
    || CASE TG_OP WHEN 'INSERT' THEN 'SELECT organisation_id, mentee_id FROM new_rows'
                  WHEN 'DELETE' THEN 'SELECT organisation_id, mentee_id FROM old_rows'
                  ELSE 'SELECT organisation_id, mentee_id FROM old_rows UNION ALL SELECT organisation_id, mentee_id FROM new_rows' END
    || ') rows) changed' INTO orgs, mentees;
  PERFORM bw_outcome_facts_refresh(orgs, mentees);
  RETURN NULL;
END
$$;

-- Introductions: only a change of mentee, status or answer date moves a first match.
CREATE FUNCTION bw_outcome_facts_by_introduction() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  orgs text[];
  mentees text[];
BEGIN
  IF bw_outcome_facts_paused() THEN RETURN NULL; END IF;
  EXECUTE 'SELECT array_agg(organisation_id), array_agg(mentee_id) FROM ('
    || CASE TG_OP WHEN 'INSERT' THEN 'SELECT organisation_id, mentee_id FROM new_rows WHERE responded_at IS NOT NULL'
                  WHEN 'DELETE' THEN 'SELECT organisation_id, mentee_id FROM old_rows WHERE responded_at IS NOT NULL'
                  ELSE 'SELECT x.organisation_id, x.mentee_id FROM old_rows o JOIN new_rows n ON n.id = o.id
                          CROSS JOIN LATERAL (VALUES (o.organisation_id, o.mentee_id), (n.organisation_id, n.mentee_id)) AS x(organisation_id, mentee_id)
                         WHERE (o.organisation_id, o.mentee_id, o.status, o.responded_at) IS DISTINCT FROM (n.organisation_id, n.mentee_id, n.status, n.responded_at)' END
    || ' GROUP BY 1, 2) changed' INTO orgs, mentees;
  PERFORM bw_outcome_facts_refresh(orgs, mentees);
  RETURN NULL;
END
$$;

-- Plans: a plan handed to another mentee moves its credential; a new plan has no milestones yet,
-- and a deleted plan's milestones are deleted with it.
CREATE FUNCTION bw_outcome_facts_by_plan() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  orgs text[];
  mentees text[];
BEGIN
  IF bw_outcome_facts_paused() THEN RETURN NULL; END IF;
  EXECUTE 'SELECT array_agg(organisation_id), array_agg(mentee_id) FROM ('
    || CASE TG_OP WHEN 'DELETE' THEN 'SELECT organisation_id, mentee_id FROM old_rows'
                  ELSE 'SELECT x.organisation_id, x.mentee_id FROM old_rows o JOIN new_rows n ON n.id = o.id
                          CROSS JOIN LATERAL (VALUES (o.organisation_id, o.mentee_id), (n.organisation_id, n.mentee_id)) AS x(organisation_id, mentee_id)
                         WHERE (o.organisation_id, o.mentee_id) IS DISTINCT FROM (n.organisation_id, n.mentee_id)' END
    || ' GROUP BY 1, 2) changed' INTO orgs, mentees;
  PERFORM bw_outcome_facts_refresh(orgs, mentees);
  RETURN NULL;
END
$$;

-- Milestones: only done ones (or ones done before an update) carry a credential date; their plan names the mentee.
CREATE FUNCTION bw_outcome_facts_by_milestone() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  orgs text[];
  mentees text[];
BEGIN
  IF bw_outcome_facts_paused() THEN RETURN NULL; END IF;
  EXECUTE 'SELECT array_agg(organisation_id), array_agg(mentee_id) FROM (SELECT DISTINCT p.organisation_id, p.mentee_id FROM ('
    || CASE TG_OP WHEN 'INSERT' THEN 'SELECT organisation_id, plan_id FROM new_rows WHERE status = ''done'''
                  WHEN 'DELETE' THEN 'SELECT organisation_id, plan_id FROM old_rows WHERE status = ''done'''
                  ELSE 'SELECT x.organisation_id, x.plan_id FROM old_rows o JOIN new_rows n ON n.id = o.id
                          CROSS JOIN LATERAL (VALUES (o.organisation_id, o.plan_id), (n.organisation_id, n.plan_id)) AS x(organisation_id, plan_id)
                         WHERE (o.status = ''done'' OR n.status = ''done'')
                           AND (o.organisation_id, o.plan_id, o.status, o.completed_on, o.source_requirement_id)
                               IS DISTINCT FROM (n.organisation_id, n.plan_id, n.status, n.completed_on, n.source_requirement_id)' END
    || ' GROUP BY 1, 2) changed JOIN plans p ON p.organisation_id = changed.organisation_id AND p.id = changed.plan_id) mentees' INTO orgs, mentees;
  PERFORM bw_outcome_facts_refresh(orgs, mentees);
  RETURN NULL;
END
$$;

-- Requirements: one that becomes (or stops being) a registration changes the credential date of
-- every mentee whose done milestone was made from it.
CREATE FUNCTION bw_outcome_facts_by_requirement() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  orgs text[];
  mentees text[];
BEGIN
  IF bw_outcome_facts_paused() THEN RETURN NULL; END IF;
  EXECUTE 'SELECT array_agg(organisation_id), array_agg(mentee_id) FROM (SELECT DISTINCT p.organisation_id, p.mentee_id FROM ('
    || CASE TG_OP WHEN 'INSERT' THEN 'SELECT id FROM new_rows WHERE kind = ''registration'''
                  WHEN 'DELETE' THEN 'SELECT id FROM old_rows WHERE kind = ''registration'''
                  ELSE 'SELECT x.id FROM old_rows o JOIN new_rows n ON n.row_id = o.row_id
                          CROSS JOIN LATERAL (VALUES (o.id), (n.id)) AS x(id)
                         WHERE (o.kind = ''registration'' OR n.kind = ''registration'')
                           AND (o.kind, o.id, o.organisation_id) IS DISTINCT FROM (n.kind, n.id, n.organisation_id)' END
    || ' GROUP BY 1) r JOIN milestones m ON m.source_requirement_id = r.id AND m.status = ''done''
        JOIN plans p ON p.organisation_id = m.organisation_id AND p.id = m.plan_id) mentees' INTO orgs, mentees;
  PERFORM bw_outcome_facts_refresh(orgs, mentees);
  RETURN NULL;
END
$$;

CREATE TRIGGER bw_outcome_facts_ins AFTER INSERT ON program_enrolments REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bw_outcome_facts_by_mentee();
CREATE TRIGGER bw_outcome_facts_upd AFTER UPDATE ON program_enrolments REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bw_outcome_facts_by_mentee();
CREATE TRIGGER bw_outcome_facts_del AFTER DELETE ON program_enrolments REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bw_outcome_facts_by_mentee();

CREATE TRIGGER bw_outcome_facts_ins AFTER INSERT ON outcome_responses REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bw_outcome_facts_by_mentee();
CREATE TRIGGER bw_outcome_facts_upd AFTER UPDATE ON outcome_responses REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bw_outcome_facts_by_mentee();
CREATE TRIGGER bw_outcome_facts_del AFTER DELETE ON outcome_responses REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bw_outcome_facts_by_mentee();

CREATE TRIGGER bw_outcome_facts_ins AFTER INSERT ON introduction_requests REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bw_outcome_facts_by_introduction();
CREATE TRIGGER bw_outcome_facts_upd AFTER UPDATE ON introduction_requests REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bw_outcome_facts_by_introduction();
CREATE TRIGGER bw_outcome_facts_del AFTER DELETE ON introduction_requests REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bw_outcome_facts_by_introduction();

CREATE TRIGGER bw_outcome_facts_upd AFTER UPDATE ON plans REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bw_outcome_facts_by_plan();
CREATE TRIGGER bw_outcome_facts_del AFTER DELETE ON plans REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bw_outcome_facts_by_plan();

CREATE TRIGGER bw_outcome_facts_ins AFTER INSERT ON milestones REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bw_outcome_facts_by_milestone();
CREATE TRIGGER bw_outcome_facts_upd AFTER UPDATE ON milestones REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bw_outcome_facts_by_milestone();
CREATE TRIGGER bw_outcome_facts_del AFTER DELETE ON milestones REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bw_outcome_facts_by_milestone();

CREATE TRIGGER bw_outcome_facts_ins AFTER INSERT ON requirements REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bw_outcome_facts_by_requirement();
CREATE TRIGGER bw_outcome_facts_upd AFTER UPDATE ON requirements REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bw_outcome_facts_by_requirement();
CREATE TRIGGER bw_outcome_facts_del AFTER DELETE ON requirements REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bw_outcome_facts_by_requirement();

-- The facts of the mentees enrolled before this migration.
SELECT bw_outcome_facts_rebuild();
