-- Outcome cells (#11): the consenting mentees of `outcome_facts` counted by everything a figure can
-- be filtered or broken down by (cohort, occupation, jurisdiction, origin, gender) and the
-- currency they have pay in at both ends (or '' for none). The small-number protection reads its
-- counts from here (a few thousand rows per organisation) instead of grouping every mentee on
-- each request. Statement triggers on `outcome_facts` add what a statement inserted and subtract
-- what it deleted, so cells follow the facts however they change (refresh, rebuild, restore).
-- Not backed up: derived from `outcome_facts`.

CREATE TABLE outcome_cells (
  organisation_id   text NOT NULL,
  cohort            text NOT NULL,
  occupation        text NOT NULL,
  jurisdiction      text NOT NULL,
  origin            text NOT NULL,
  gender            text NOT NULL,
  pay_currency      text NOT NULL,
  mentees           integer NOT NULL,
  -- Mentees with a satisfaction answer, and the sum of their latest answers.
  satisfied         integer NOT NULL,
  satisfaction_sum  integer NOT NULL,
  -- Mentees with a credential.
  attained          integer NOT NULL,
  PRIMARY KEY (organisation_id, cohort, occupation, jurisdiction, origin, gender, pay_currency)
);
-- Emptied cells, removed after each change.
CREATE INDEX outcome_cells_empty_idx ON outcome_cells (organisation_id) WHERE mentees = 0;

CREATE FUNCTION bw_outcome_cells_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Dynamic SQL, so each statement is planned for its own number of changed facts.
  EXECUTE 'INSERT INTO outcome_cells AS c
    SELECT organisation_id, cohort, occupation, jurisdiction, origin, gender, coalesce(pay_currency, ''''),
           sum(sign)::int, sum(sign * (satisfaction IS NOT NULL)::int)::int, coalesce(sum(sign * satisfaction), 0)::int,
           sum(sign * (credential_on IS NOT NULL)::int)::int
      FROM (' || CASE TG_OP
                   WHEN 'INSERT' THEN 'SELECT *, 1 AS sign FROM new_rows'
                   WHEN 'DELETE' THEN 'SELECT *, -1 AS sign FROM old_rows'
                   ELSE 'SELECT *, 1 AS sign FROM new_rows UNION ALL SELECT *, -1 FROM old_rows' END || ') changed
     WHERE consent_figures
     GROUP BY 1, 2, 3, 4, 5, 6, 7
    ON CONFLICT (organisation_id, cohort, occupation, jurisdiction, origin, gender, pay_currency) DO UPDATE
       SET mentees = c.mentees + excluded.mentees, satisfied = c.satisfied + excluded.satisfied,
           satisfaction_sum = c.satisfaction_sum + excluded.satisfaction_sum, attained = c.attained + excluded.attained';
  DELETE FROM outcome_cells WHERE mentees = 0;
  RETURN NULL;
END
$$;

CREATE TRIGGER bw_outcome_cells_ins AFTER INSERT ON outcome_facts REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bw_outcome_cells_apply();
CREATE TRIGGER bw_outcome_cells_upd AFTER UPDATE ON outcome_facts REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bw_outcome_cells_apply();
CREATE TRIGGER bw_outcome_cells_del AFTER DELETE ON outcome_facts REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bw_outcome_cells_apply();

-- The cells of the facts there already.
INSERT INTO outcome_cells
SELECT organisation_id, cohort, occupation, jurisdiction, origin, gender, coalesce(pay_currency, ''),
       count(*), count(satisfaction), coalesce(sum(satisfaction), 0), count(credential_on)
  FROM outcome_facts WHERE consent_figures GROUP BY 1, 2, 3, 4, 5, 6, 7;
