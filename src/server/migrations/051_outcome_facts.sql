-- Outcome facts (#11): one row per enrolled mentee with everything the program's figures read,
-- derived from program_enrolments, outcome_responses, plans/milestones/requirements (the
-- credential date) and introduction_requests (the first match). The database keeps it current:
-- every write to a source table refreshes the facts of the mentees it touches, from the source
-- tables as they then stand, so the figures read one table instead of joining five per request.
-- Not backed up: it is rebuilt by these triggers as the source tables are restored.

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

-- Recomputes the facts of the given (organisation, mentee) pairs from the source tables.
CREATE FUNCTION bw_outcome_facts_refresh(orgs text[], mentees text[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM outcome_facts f USING unnest(orgs, mentees) AS k(organisation_id, mentee_id)
   WHERE f.organisation_id = k.organisation_id AND f.mentee_id = k.mentee_id;
  INSERT INTO outcome_facts
  SELECT e.organisation_id, e.mentee_id, e.consent_figures,
         to_char(e.entered_on, 'YYYY') || '-Q' || extract(quarter FROM e.entered_on)::int,
         coalesce(e.occupation_id, 'unknown'), coalesce(e.jurisdiction_id, 'unknown'),
         coalesce(e.origin_region, 'unknown'), coalesce(e.gender, 'unknown'),
         e.entered_on, e.first_role_on, e.left_on,
         (SELECT min(m.completed_on) FROM plans p
            JOIN milestones m ON m.organisation_id = p.organisation_id AND m.plan_id = p.id AND m.status = 'done'
           WHERE p.organisation_id = e.organisation_id AND p.mentee_id = e.mentee_id
             AND EXISTS (SELECT 1 FROM requirements r WHERE r.id = m.source_requirement_id AND r.kind = 'registration'
                           AND (r.organisation_id IS NULL OR r.organisation_id = e.organisation_id))),
         -- A match is a first introduction the mentor accepted (later states count as accepted too).
         (SELECT min(i.responded_at)::date FROM introduction_requests i
           WHERE i.organisation_id = e.organisation_id AND i.mentee_id = e.mentee_id AND i.responded_at IS NOT NULL
             AND i.status NOT IN ('pending', 'question', 'declined', 'expired', 'withdrawn')),
         (SELECT o.satisfaction FROM outcome_responses o
           WHERE o.organisation_id = e.organisation_id AND o.mentee_id = e.mentee_id AND o.satisfaction IS NOT NULL
           ORDER BY o.month DESC LIMIT 1),
         pay.currency, pay.intake, pay.later
    FROM (SELECT DISTINCT organisation_id, mentee_id FROM unnest(orgs, mentees) AS k(organisation_id, mentee_id)) k
    JOIN program_enrolments e ON e.organisation_id = k.organisation_id AND e.mentee_id = k.mentee_id
    LEFT JOIN LATERAL (
      -- Annualised: hour × 2,080, month × 12.
      SELECT a.pay_currency AS currency,
             a.pay_amount::float8 * CASE a.pay_period WHEN 'hour' THEN 2080 WHEN 'month' THEN 12 ELSE 1 END AS intake,
             b.pay_amount::float8 * CASE b.pay_period WHEN 'hour' THEN 2080 WHEN 'month' THEN 12 ELSE 1 END AS later
        FROM outcome_responses a
        JOIN outcome_responses b ON b.organisation_id = a.organisation_id AND b.mentee_id = a.mentee_id AND b.month = 12
                                AND b.pay_amount IS NOT NULL AND b.pay_currency = a.pay_currency
       WHERE a.organisation_id = e.organisation_id AND a.mentee_id = e.mentee_id AND a.month = 0 AND a.pay_amount IS NOT NULL
    ) pay ON true;
$$;

-- Statement-level triggers with transition tables, so a bulk write refreshes its mentees in one pass.
-- One function per source table maps its changed rows (old and new) to the mentees they concern.
CREATE FUNCTION bw_outcome_facts_by_mentee() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM bw_outcome_facts_refresh(array_agg(organisation_id), array_agg(mentee_id)) FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM bw_outcome_facts_refresh(array_agg(organisation_id), array_agg(mentee_id)) FROM old_rows;
  ELSE
    PERFORM bw_outcome_facts_refresh(array_agg(organisation_id), array_agg(mentee_id))
       FROM (SELECT organisation_id, mentee_id FROM old_rows UNION SELECT organisation_id, mentee_id FROM new_rows) changed;
  END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION bw_outcome_facts_by_plan() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM bw_outcome_facts_refresh(array_agg(p.organisation_id), array_agg(p.mentee_id))
       FROM new_rows n JOIN plans p ON p.organisation_id = n.organisation_id AND p.id = n.plan_id;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM bw_outcome_facts_refresh(array_agg(p.organisation_id), array_agg(p.mentee_id))
       FROM old_rows o JOIN plans p ON p.organisation_id = o.organisation_id AND p.id = o.plan_id;
  ELSE
    PERFORM bw_outcome_facts_refresh(array_agg(p.organisation_id), array_agg(p.mentee_id))
       FROM (SELECT organisation_id, plan_id FROM old_rows UNION SELECT organisation_id, plan_id FROM new_rows) changed
       JOIN plans p ON p.organisation_id = changed.organisation_id AND p.id = changed.plan_id;
  END IF;
  RETURN NULL;
END
$$;

-- A requirement that becomes (or stops being) a registration changes the credential date of
-- every mentee whose done milestone was made from it.
CREATE FUNCTION bw_outcome_facts_by_requirement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM bw_outcome_facts_refresh(array_agg(p.organisation_id), array_agg(p.mentee_id))
       FROM (SELECT DISTINCT id FROM new_rows WHERE kind = 'registration') r
       JOIN milestones m ON m.source_requirement_id = r.id AND m.status = 'done'
       JOIN plans p ON p.organisation_id = m.organisation_id AND p.id = m.plan_id;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM bw_outcome_facts_refresh(array_agg(p.organisation_id), array_agg(p.mentee_id))
       FROM (SELECT DISTINCT id FROM old_rows WHERE kind = 'registration') r
       JOIN milestones m ON m.source_requirement_id = r.id AND m.status = 'done'
       JOIN plans p ON p.organisation_id = m.organisation_id AND p.id = m.plan_id;
  ELSE
    PERFORM bw_outcome_facts_refresh(array_agg(p.organisation_id), array_agg(p.mentee_id))
       FROM (SELECT o.id FROM old_rows o JOIN new_rows n ON n.row_id = o.row_id
              WHERE (o.kind = 'registration' OR n.kind = 'registration')
                AND (o.kind, o.id, o.organisation_id) IS DISTINCT FROM (n.kind, n.id, n.organisation_id)
             UNION SELECT n.id FROM old_rows o JOIN new_rows n ON n.row_id = o.row_id
              WHERE (o.kind = 'registration' OR n.kind = 'registration')
                AND (o.kind, o.id, o.organisation_id) IS DISTINCT FROM (n.kind, n.id, n.organisation_id)) r
       JOIN milestones m ON m.source_requirement_id = r.id AND m.status = 'done'
       JOIN plans p ON p.organisation_id = m.organisation_id AND p.id = m.plan_id;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER bw_outcome_facts_ins AFTER INSERT ON program_enrolments REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bw_outcome_facts_by_mentee();
CREATE TRIGGER bw_outcome_facts_upd AFTER UPDATE ON program_enrolments REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bw_outcome_facts_by_mentee();
CREATE TRIGGER bw_outcome_facts_del AFTER DELETE ON program_enrolments REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bw_outcome_facts_by_mentee();

CREATE TRIGGER bw_outcome_facts_ins AFTER INSERT ON outcome_responses REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bw_outcome_facts_by_mentee();
CREATE TRIGGER bw_outcome_facts_upd AFTER UPDATE ON outcome_responses REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bw_outcome_facts_by_mentee();
CREATE TRIGGER bw_outcome_facts_del AFTER DELETE ON outcome_responses REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bw_outcome_facts_by_mentee();

CREATE TRIGGER bw_outcome_facts_ins AFTER INSERT ON introduction_requests REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bw_outcome_facts_by_mentee();
CREATE TRIGGER bw_outcome_facts_upd AFTER UPDATE ON introduction_requests REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bw_outcome_facts_by_mentee();
CREATE TRIGGER bw_outcome_facts_del AFTER DELETE ON introduction_requests REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bw_outcome_facts_by_mentee();

-- A plan handed to another mentee moves its credential; a new plan has no milestones yet, and a
-- deleted plan's milestones are deleted with it (each refresh reads plans as they then stand).
CREATE TRIGGER bw_outcome_facts_upd AFTER UPDATE ON plans REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bw_outcome_facts_by_mentee();
CREATE TRIGGER bw_outcome_facts_del AFTER DELETE ON plans REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bw_outcome_facts_by_mentee();

CREATE TRIGGER bw_outcome_facts_ins AFTER INSERT ON milestones REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bw_outcome_facts_by_plan();
CREATE TRIGGER bw_outcome_facts_upd AFTER UPDATE ON milestones REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bw_outcome_facts_by_plan();
CREATE TRIGGER bw_outcome_facts_del AFTER DELETE ON milestones REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bw_outcome_facts_by_plan();

CREATE TRIGGER bw_outcome_facts_ins AFTER INSERT ON requirements REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bw_outcome_facts_by_requirement();
CREATE TRIGGER bw_outcome_facts_upd AFTER UPDATE ON requirements REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bw_outcome_facts_by_requirement();
CREATE TRIGGER bw_outcome_facts_del AFTER DELETE ON requirements REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bw_outcome_facts_by_requirement();

-- The facts of the mentees enrolled before this migration.
SELECT bw_outcome_facts_refresh(array_agg(organisation_id), array_agg(mentee_id)) FROM program_enrolments;
