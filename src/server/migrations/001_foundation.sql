-- Tenants, people, keys and the write bookkeeping every resource shares.
CREATE TABLE organisations (
  id              text PRIMARY KEY,
  name            text NOT NULL,
  allowed_origins text[] NOT NULL DEFAULT '{}',
  created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
  id              text PRIMARY KEY,
  organisation_id text NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  role            text NOT NULL CHECK (role IN ('mentee', 'mentor', 'coordinator')),
  display_name    text NOT NULL,
  external_id     text NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  UNIQUE (organisation_id, external_id, role)
);
CREATE INDEX users_organisation_idx ON users (organisation_id);

-- Only a hash of each key is stored; `prefix` lets a coordinator recognise a key.
CREATE TABLE api_keys (
  id              text PRIMARY KEY,
  organisation_id text NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  kind            text NOT NULL CHECK (kind IN ('publishable', 'secret')),
  key_hash        text NOT NULL UNIQUE,
  prefix          text NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  revoked_at      timestamptz
);

-- Secrets shared by every server instance (the token signing key), so instances keep no state of their own.
CREATE TABLE server_secrets (
  name       text PRIMARY KEY,
  value      text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- A write sent again with the same Idempotency-Key gets the first answer back instead of a second effect.
CREATE TABLE idempotency_keys (
  organisation_id text NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  principal       text NOT NULL,
  key             text NOT NULL,
  request_hash    text NOT NULL,
  status          integer,
  response        jsonb,
  created_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, principal, key)
);
