-- Drafts page newest first by when they were started (a key that never moves, unlike updated_at).
CREATE INDEX IF NOT EXISTS narrative_drafts_org_owner_created_idx ON narrative_drafts (organisation_id, owner_id, created_at DESC, id);
