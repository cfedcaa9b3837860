-- Administration without SQL: keys get a label and the time they were last used, and every
-- administrative change is recorded in an audit log (who, what, when).
-- Keys were stored as SHA-256 hashes from the start (001): nothing to convert.
ALTER TABLE api_keys ADD COLUMN label text NOT NULL DEFAULT '';
ALTER TABLE api_keys ADD COLUMN last_used_at timestamptz;
CREATE INDEX api_keys_organisation_idx ON api_keys (organisation_id, created_at DESC);

CREATE TABLE audit_events (
  -- Orders events made in the same instant (one transaction shares one now()).
  seq             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id              text NOT NULL UNIQUE,
  organisation_id text NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  actor_kind      text NOT NULL CHECK (actor_kind IN ('cli', 'key', 'user')),
  actor_id        text,
  actor_label     text NOT NULL,
  action          text NOT NULL,
  target          text,
  details         jsonb NOT NULL DEFAULT '{}',
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_events_organisation_idx ON audit_events (organisation_id, seq DESC);
