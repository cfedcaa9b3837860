-- A milestone's descriptive fields (those nothing queries by) live in one jsonb object, keyed by
-- their contract names (`milestoneDetails` in src/api/plan.ts), so a new one needs no migration.
-- The result's expiry is the first: it moves here from its own column.
ALTER TABLE milestones ADD COLUMN details jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(details) = 'object');
UPDATE milestones SET details = jsonb_build_object('expiresOn', expires_on::text) WHERE expires_on IS NOT NULL;
ALTER TABLE milestones DROP COLUMN expires_on;
