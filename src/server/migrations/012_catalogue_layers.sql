-- An organisation's own catalogue layer, changed through the API or `bridgeway catalogue import`:
-- its rows live in the catalogue tables (organisation_id set); these tables add what a layer
-- needs beyond rows. Each change is a new version, kept with what it changed, so an analysis
-- can name the version it used and a coordinator can see who changed what and when.
CREATE TABLE catalogue_layer_versions (
  organisation_id text NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  version         integer NOT NULL,
  -- `api` or the imported file's name.
  source          text NOT NULL,
  -- The user or key that made the change (null for the CLI).
  changed_by      text,
  -- The change as applied (entries added or replaced, hidden, withdrawn).
  change          jsonb NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, version)
);

-- Shared requirements and pathways an organisation hides from its own gap maps.
CREATE TABLE catalogue_hidden (
  organisation_id text NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  entry_id        text NOT NULL,
  PRIMARY KEY (organisation_id, entry_id)
);
