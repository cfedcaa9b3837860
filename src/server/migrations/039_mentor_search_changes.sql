-- What changed in the search table, for the servers' in-memory search indexes
-- (src/server/store/mentors/search-indexes.ts). `mentor_search` is written only by the mentors'
-- trigger (037), so each statement that writes mentors leaves one line here per organisation, with
-- the ids it wrote and its transaction id: a bulk load of 500 mentors is one line, not 500 (the
-- trigger is per statement, over its transition table). A server remembers the oldest transaction
-- still running when it last looked (`pg_snapshot_xmin` of its snapshot); every change it has not
-- seen yet belongs to a transaction at or after that horizon, so it reads those lines, reloads the
-- named mentors' rows and is as fresh as the database, whichever instance wrote. No lock is taken:
-- writers never wait for each other here.
-- A line without an organisation (the search table was emptied) tells every index to load again
-- from scratch.
-- Lines older than a retention window are pruned (bw_mentor_search_prune); the highest transaction
-- id pruned is kept in `mentor_search_pruned`, and an index whose horizon is not above it may have
-- missed a pruned line, so it loads again from scratch.

CREATE TABLE mentor_search_changes (
  organisation_id text,
  mentor_ids      text[],
  xid             xid8 NOT NULL DEFAULT pg_current_xact_id(),
  changed_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX mentor_search_changes_xid_idx ON mentor_search_changes (xid);

CREATE TABLE mentor_search_pruned (
  singleton      boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  pruned_through xid8 NOT NULL
);
INSERT INTO mentor_search_pruned (pruned_through) VALUES ('0'::xid8);

CREATE FUNCTION bw_mentor_search_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    INSERT INTO mentor_search_changes (organisation_id, mentor_ids) VALUES (NULL, NULL);
  ELSIF TG_OP = 'INSERT' THEN
    INSERT INTO mentor_search_changes (organisation_id, mentor_ids)
      SELECT organisation_id, array_agg(id) FROM written GROUP BY organisation_id;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO mentor_search_changes (organisation_id, mentor_ids)
      SELECT organisation_id, array_agg(id) FROM removed GROUP BY organisation_id;
  ELSE
    INSERT INTO mentor_search_changes (organisation_id, mentor_ids)
      SELECT organisation_id, array_agg(id) FROM (SELECT organisation_id, id FROM written UNION SELECT organisation_id, id FROM removed) AS both_sides
      GROUP BY organisation_id;
  END IF;
  RETURN NULL;
END $$;

-- A trigger with transition tables names one event.
CREATE TRIGGER mentor_search_inserted AFTER INSERT ON mentors
  REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION bw_mentor_search_changed();
CREATE TRIGGER mentor_search_updated AFTER UPDATE ON mentors
  REFERENCING OLD TABLE AS removed NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION bw_mentor_search_changed();
CREATE TRIGGER mentor_search_deleted AFTER DELETE ON mentors
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION bw_mentor_search_changed();
CREATE TRIGGER mentor_search_emptied AFTER TRUNCATE ON mentor_search
  FOR EACH STATEMENT EXECUTE FUNCTION bw_mentor_search_changed();

-- Deletes the lines older than `retention` whose transactions every snapshot now sees as finished,
-- and raises the marker to the highest id it deleted, in one statement: a snapshot sees both or neither.
CREATE FUNCTION bw_mentor_search_prune(retention interval) RETURNS integer LANGUAGE sql AS $$
  WITH pruned AS (
    DELETE FROM mentor_search_changes
    WHERE changed_at < now() - retention AND xid < pg_snapshot_xmin(pg_current_snapshot())
    RETURNING xid::text::numeric AS xid
  ), marked AS (
    -- (xid8 has no max() before PostgreSQL 16: through numeric.)
    UPDATE mentor_search_pruned SET pruned_through = greatest(pruned_through, (SELECT max(xid) FROM pruned)::text::xid8)
    WHERE EXISTS (SELECT 1 FROM pruned)
  )
  SELECT count(*)::integer FROM pruned
$$;
