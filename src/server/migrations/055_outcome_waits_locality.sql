-- Outcome waits kept together by filter (#11). A request reads one filter's counts (about 19,000
-- rows for "no filter" at 100,000 mentees), but 053 inserted every filter's counts in hash order,
-- so those rows lay on nearly every page of the table (7,213 of 8,194 pages read per request).
-- - A recount empties the table and writes the counts in the order of their key, so one filter's
--   counts fill a few hundred pages next to each other.
-- - Pages keep 30% free, so the triggers' updates of a count (most writes: a person moves from one
--   count to another already there) stay on the row's own page instead of moving it elsewhere.

ALTER TABLE outcome_waits SET (fillfactor = 70);

CREATE OR REPLACE FUNCTION bw_outcome_waits_recount() RETURNS void LANGUAGE plpgsql SET work_mem = '32MB' AS $$
BEGIN
  -- Emptied rather than deleted from: the counts below then go to fresh pages, in order.
  TRUNCATE outcome_waits;
  EXECUTE 'INSERT INTO outcome_waits ' || bw_outcome_waits_query('SELECT *, 1 AS sign FROM outcome_facts') || ' ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10';
  ANALYZE outcome_waits;
END
$$;

SELECT bw_outcome_waits_recount();
