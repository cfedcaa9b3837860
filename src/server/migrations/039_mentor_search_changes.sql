-- What changed in the search table, for the servers' in-memory search indexes
-- (src/server/store/mentors/search-index.ts). Every row written to or deleted from `mentor_search`
-- leaves one line here with its transaction id. A server remembers the oldest transaction still
-- running when it last looked (`pg_snapshot_xmin` of its snapshot); every change it has not seen
-- yet belongs to a transaction at or after that horizon, so it reads those lines, reloads the
-- named mentors' rows and is as fresh as the database, whichever instance wrote. No lock is
-- taken: writers never wait for each other here.
-- A line without a mentor (the table was emptied) tells every index to load again from scratch.

CREATE TABLE mentor_search_changes (
  organisation_id text,
  mentor_id       text,
  xid             xid8 NOT NULL DEFAULT pg_current_xact_id()
);
CREATE INDEX mentor_search_changes_idx ON mentor_search_changes (organisation_id, xid);

CREATE FUNCTION bw_mentor_search_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    INSERT INTO mentor_search_changes (organisation_id, mentor_id) VALUES (NULL, NULL);
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO mentor_search_changes (organisation_id, mentor_id) VALUES (OLD.organisation_id, OLD.id);
  ELSE
    INSERT INTO mentor_search_changes (organisation_id, mentor_id) VALUES (NEW.organisation_id, NEW.id);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER mentor_search_changed
  AFTER INSERT OR UPDATE OR DELETE ON mentor_search
  FOR EACH ROW EXECUTE FUNCTION bw_mentor_search_changed();
CREATE TRIGGER mentor_search_emptied
  AFTER TRUNCATE ON mentor_search
  FOR EACH STATEMENT EXECUTE FUNCTION bw_mentor_search_changed();
