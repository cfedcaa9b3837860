-- Outcome facts upkeep (#11) in one frame: 051 gave each source table its own trigger function,
-- five copies of "skip when paused, collect the mentees a statement changed, refresh them". Here one
-- function keeps that frame, and what differs per table (which changed rows move a mentee's facts,
-- and how a row names its mentee) is one query text per table and operation.
-- PostgreSQL allows transition tables only on a trigger for a single event, so each table still has
-- one trigger per event; they are made in one loop.

-- The distinct (organisation_id, mentee_id) pairs whose facts a statement on `source` may have
-- changed, from its transition tables new_rows and old_rows.
CREATE FUNCTION bw_outcome_facts_changed(source text, op text) RETURNS text LANGUAGE sql IMMUTABLE AS $fn$
SELECT CASE
  -- Enrolments and follow-ups name their mentee.
  WHEN source IN ('program_enrolments', 'outcome_responses') THEN
    CASE op WHEN 'INSERT' THEN 'SELECT organisation_id, mentee_id FROM new_rows'
            WHEN 'DELETE' THEN 'SELECT organisation_id, mentee_id FROM old_rows'
            ELSE 'SELECT organisation_id, mentee_id FROM old_rows UNION ALL SELECT organisation_id, mentee_id FROM new_rows' END
  -- Introductions: only a change of mentee, status or answer date moves a first match.
  WHEN source = 'introduction_requests' THEN
    CASE op WHEN 'INSERT' THEN 'SELECT organisation_id, mentee_id FROM new_rows WHERE responded_at IS NOT NULL'
            WHEN 'DELETE' THEN 'SELECT organisation_id, mentee_id FROM old_rows WHERE responded_at IS NOT NULL'
            ELSE 'SELECT x.organisation_id, x.mentee_id FROM old_rows o JOIN new_rows n ON n.id = o.id
                    CROSS JOIN LATERAL (VALUES (o.organisation_id, o.mentee_id), (n.organisation_id, n.mentee_id)) AS x(organisation_id, mentee_id)
                   WHERE (o.organisation_id, o.mentee_id, o.status, o.responded_at) IS DISTINCT FROM (n.organisation_id, n.mentee_id, n.status, n.responded_at)' END
  -- Plans: a plan handed to another mentee moves its credential; a new plan has no milestones yet,
  -- and a deleted plan's milestones are deleted with it.
  WHEN source = 'plans' THEN
    CASE op WHEN 'DELETE' THEN 'SELECT organisation_id, mentee_id FROM old_rows'
            ELSE 'SELECT x.organisation_id, x.mentee_id FROM old_rows o JOIN new_rows n ON n.id = o.id
                    CROSS JOIN LATERAL (VALUES (o.organisation_id, o.mentee_id), (n.organisation_id, n.mentee_id)) AS x(organisation_id, mentee_id)
                   WHERE (o.organisation_id, o.mentee_id) IS DISTINCT FROM (n.organisation_id, n.mentee_id)' END
  -- Milestones: only done ones (or ones done before an update) carry a credential date; their plan names the mentee.
  WHEN source = 'milestones' THEN
    'SELECT p.organisation_id, p.mentee_id FROM (SELECT DISTINCT organisation_id, plan_id FROM ('
    || CASE op WHEN 'INSERT' THEN 'SELECT organisation_id, plan_id FROM new_rows WHERE status = ''done'''
               WHEN 'DELETE' THEN 'SELECT organisation_id, plan_id FROM old_rows WHERE status = ''done'''
               ELSE 'SELECT x.organisation_id, x.plan_id FROM old_rows o JOIN new_rows n ON n.id = o.id
                       CROSS JOIN LATERAL (VALUES (o.organisation_id, o.plan_id), (n.organisation_id, n.plan_id)) AS x(organisation_id, plan_id)
                      WHERE (o.status = ''done'' OR n.status = ''done'')
                        AND (o.organisation_id, o.plan_id, o.status, o.completed_on, o.source_requirement_id)
                            IS DISTINCT FROM (n.organisation_id, n.plan_id, n.status, n.completed_on, n.source_requirement_id)' END
    || ') rows) changed JOIN plans p ON p.organisation_id = changed.organisation_id AND p.id = changed.plan_id'
  -- Requirements: one that becomes (or stops being) a registration changes the credential date of
  -- every mentee whose done milestone was made from it.
  WHEN source = 'requirements' THEN
    'SELECT p.organisation_id, p.mentee_id FROM (SELECT DISTINCT id FROM ('
    || CASE op WHEN 'INSERT' THEN 'SELECT id FROM new_rows WHERE kind = ''registration'''
               WHEN 'DELETE' THEN 'SELECT id FROM old_rows WHERE kind = ''registration'''
               ELSE 'SELECT x.id FROM old_rows o JOIN new_rows n ON n.row_id = o.row_id
                       CROSS JOIN LATERAL (VALUES (o.id), (n.id)) AS x(id)
                      WHERE (o.kind = ''registration'' OR n.kind = ''registration'')
                        AND (o.kind, o.id, o.organisation_id) IS DISTINCT FROM (n.kind, n.id, n.organisation_id)' END
    || ') rows) r JOIN milestones m ON m.source_requirement_id = r.id AND m.status = ''done''
        JOIN plans p ON p.organisation_id = m.organisation_id AND p.id = m.plan_id'
END
$fn$;

-- Statement-level: one refresh per statement, of the mentees its changed rows (old and new)
-- concern, found with dynamic SQL planned for the statement's size.
CREATE FUNCTION bw_outcome_facts_follow() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  orgs text[];
  mentees text[];
BEGIN
  IF bw_outcome_facts_paused() THEN RETURN NULL; END IF;
  EXECUTE 'SELECT array_agg(organisation_id), array_agg(mentee_id) FROM (SELECT DISTINCT organisation_id, mentee_id FROM ('
    || bw_outcome_facts_changed(TG_TABLE_NAME, TG_OP) || ') rows) changed' INTO orgs, mentees;
  PERFORM bw_outcome_facts_refresh(orgs, mentees);
  RETURN NULL;
END
$$;

DO $$
DECLARE
  source text;
  event text;
BEGIN
  FOREACH source IN ARRAY ARRAY['program_enrolments', 'outcome_responses', 'introduction_requests', 'plans', 'milestones', 'requirements'] LOOP
    FOREACH event IN ARRAY ARRAY['INSERT', 'UPDATE', 'DELETE'] LOOP
      EXECUTE format('DROP TRIGGER IF EXISTS %I ON %I', 'bw_outcome_facts_' || lower(left(event, 3)), source);
      -- A new plan has no milestones yet: nothing to follow.
      CONTINUE WHEN source = 'plans' AND event = 'INSERT';
      EXECUTE format('CREATE TRIGGER %I AFTER %s ON %I REFERENCING %s FOR EACH STATEMENT EXECUTE FUNCTION bw_outcome_facts_follow()',
        'bw_outcome_facts_' || lower(left(event, 3)), event, source,
        CASE event WHEN 'INSERT' THEN 'NEW TABLE AS new_rows' WHEN 'DELETE' THEN 'OLD TABLE AS old_rows' ELSE 'OLD TABLE AS old_rows NEW TABLE AS new_rows' END);
    END LOOP;
  END LOOP;
END
$$;

DROP FUNCTION bw_outcome_facts_by_mentee();
DROP FUNCTION bw_outcome_facts_by_introduction();
DROP FUNCTION bw_outcome_facts_by_plan();
DROP FUNCTION bw_outcome_facts_by_milestone();
DROP FUNCTION bw_outcome_facts_by_requirement();
