-- The catalogue (jurisdictions, occupations, regulation, requirements, pathways) and saved gap analyses.
-- A row with organisation_id NULL belongs to the shared catalogue that every organisation sees;
-- a row with organisation_id set is visible to that organisation only, and overrides a shared row
-- with the same id. Documents are stored whole as JSONB (they are validated by the contract's
-- schemas on the way in); the columns beside them are what queries filter on.

CREATE TABLE jurisdictions (
  row_id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  organisation_id text REFERENCES organisations(id) ON DELETE CASCADE,
  id              text NOT NULL,
  country         text NOT NULL,
  region          text,
  name            jsonb NOT NULL,
  updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX jurisdictions_shared_key ON jurisdictions (id) WHERE organisation_id IS NULL;
CREATE UNIQUE INDEX jurisdictions_org_key ON jurisdictions (organisation_id, id) WHERE organisation_id IS NOT NULL;

CREATE TABLE occupations (
  row_id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  organisation_id text REFERENCES organisations(id) ON DELETE CASCADE,
  id              text NOT NULL,
  field_family    text NOT NULL,
  -- The Occupation document without `regulation` (kept in occupation_regulation).
  doc             jsonb NOT NULL,
  illustrative    boolean NOT NULL DEFAULT false,
  updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX occupations_shared_key ON occupations (id) WHERE organisation_id IS NULL;
CREATE UNIQUE INDEX occupations_org_key ON occupations (organisation_id, id) WHERE organisation_id IS NOT NULL;

-- Names and synonyms per locale, lower-cased and without diacritics, for search that needs no
-- extension (no pg_trgm, no unaccent) and so runs the same on PGlite and PostgreSQL.
CREATE TABLE occupation_terms (
  organisation_id text REFERENCES organisations(id) ON DELETE CASCADE,
  occupation_id   text NOT NULL,
  locale          text NOT NULL,
  term            text NOT NULL,
  term_norm       text NOT NULL,
  is_name         boolean NOT NULL
);
CREATE INDEX occupation_terms_lookup ON occupation_terms (locale, term_norm text_pattern_ops);
CREATE INDEX occupation_terms_occupation ON occupation_terms (occupation_id);

CREATE TABLE occupation_regulation (
  row_id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  organisation_id text REFERENCES organisations(id) ON DELETE CASCADE,
  occupation_id   text NOT NULL,
  jurisdiction_id text NOT NULL,
  regulated       boolean NOT NULL,
  doc             jsonb NOT NULL,
  updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX occupation_regulation_shared_key ON occupation_regulation (occupation_id, jurisdiction_id) WHERE organisation_id IS NULL;
CREATE UNIQUE INDEX occupation_regulation_org_key ON occupation_regulation (organisation_id, occupation_id, jurisdiction_id) WHERE organisation_id IS NOT NULL;

CREATE TABLE requirements (
  row_id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  organisation_id text REFERENCES organisations(id) ON DELETE CASCADE,
  id              text NOT NULL,
  occupation_id   text NOT NULL,
  jurisdiction_id text NOT NULL,
  kind            text NOT NULL,
  doc             jsonb NOT NULL,
  illustrative    boolean NOT NULL DEFAULT false,
  updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX requirements_shared_key ON requirements (id) WHERE organisation_id IS NULL;
CREATE UNIQUE INDEX requirements_org_key ON requirements (organisation_id, id) WHERE organisation_id IS NOT NULL;
CREATE INDEX requirements_target ON requirements (occupation_id, jurisdiction_id);

CREATE TABLE pathways (
  row_id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  organisation_id text REFERENCES organisations(id) ON DELETE CASCADE,
  id              text NOT NULL,
  -- The requirement ids the pathway closes.
  closes          text[] NOT NULL,
  doc             jsonb NOT NULL,
  updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX pathways_shared_key ON pathways (id) WHERE organisation_id IS NULL;
CREATE UNIQUE INDEX pathways_org_key ON pathways (organisation_id, id) WHERE organisation_id IS NOT NULL;
CREATE INDEX pathways_closes ON pathways USING gin (closes);

CREATE TABLE gap_analyses (
  id              text PRIMARY KEY,
  organisation_id text NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  user_id         text NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  request         jsonb NOT NULL,
  result          jsonb NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX gap_analyses_owner ON gap_analyses (organisation_id, user_id, created_at DESC);
