-- Outcome facts kept in the order the pay medians read them (#11). The pay medians of a filter
-- read the facts of one currency, cohort, occupation and jurisdiction; those rows lay scattered
-- over the whole table, so even a cohort's few thousand people meant reading every page.
-- - An index by organisation, currency and filter finds them (PostgreSQL 18 skips through its
--   leading columns when only the occupation or the jurisdiction is given).
-- - The facts are put in that order now (CLUSTER), and a rebuild writes them in that order, so
--   one filter's rows lie on pages next to each other. Rows the triggers refresh later go
--   wherever there is room; the next rebuild (a bulk load, a restore) puts them back in order.

CREATE INDEX outcome_facts_pay_idx ON outcome_facts (organisation_id, pay_currency, cohort, occupation, jurisdiction);
CLUSTER outcome_facts USING outcome_facts_pay_idx;
ANALYZE outcome_facts;

-- 053's rebuild, writing the facts in the index's order.
CREATE OR REPLACE FUNCTION bw_outcome_facts_rebuild() RETURNS void LANGUAGE plpgsql SET work_mem = '32MB' AS $$
BEGIN
  PERFORM set_config('bridgeway.outcome_waits_rebuilding', 'on', true);
  DELETE FROM outcome_facts;
  -- Columns 1, 15, 4, 5, 6: organisation_id, pay_currency, cohort, occupation, jurisdiction.
  EXECUTE 'INSERT INTO outcome_facts ' || bw_outcome_facts_query('SELECT organisation_id, mentee_id FROM program_enrolments') || ' ORDER BY 1, 15, 4, 5, 6';
  PERFORM set_config('bridgeway.outcome_waits_rebuilding', 'off', true);
  PERFORM bw_outcome_waits_recount();
  -- Fresh statistics for the figures' plans (PGlite has no autovacuum).
  ANALYZE outcome_facts;
END
$$;
