-- Milestone templates per occupation and jurisdiction: where a plan can start from.
-- Shared by every organisation (like the catalogue); the seeder keeps them current.
CREATE TABLE milestone_templates (
  occupation_id   text NOT NULL,
  jurisdiction_id text NOT NULL,
  items           jsonb NOT NULL CHECK (jsonb_typeof(items) = 'array'),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (occupation_id, jurisdiction_id)
);
