-- The catalogue release each layer was loaded from: the shared catalogue (organisation_id NULL),
-- written by the seeder from the shipped data files, and an organisation's own layer. Every
-- requirement set and gap analysis names it, so a saved analysis can tell that rules changed.
CREATE TABLE catalogue_versions (
  organisation_id text REFERENCES organisations(id) ON DELETE CASCADE,
  version         text NOT NULL,
  updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX catalogue_versions_shared_key ON catalogue_versions ((organisation_id IS NULL)) WHERE organisation_id IS NULL;
CREATE UNIQUE INDEX catalogue_versions_org_key ON catalogue_versions (organisation_id) WHERE organisation_id IS NOT NULL;
