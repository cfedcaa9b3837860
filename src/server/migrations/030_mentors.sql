-- Mentors, their contact details (kept apart so a search can never leak them),
-- introduction requests and favourites. Search runs here: the arrays have GIN indexes
-- for the hard filters, offered mentors (active, below capacity) have a partial index,
-- and `bw_rotation` reproduces the core's rotation tie-break exactly.

-- Mixes a mentor's rotation key with a search seed; mirrors rotationTieBreak() in
-- src/core/mentor/rotation.ts (xor, multiply by 0x045d9f3b modulo 2^32, xor-shift 16, twice).
CREATE FUNCTION bw_mix_step(x bigint) RETURNS bigint
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT ((x * 73244475) % 4294967296) # (((x * 73244475) % 4294967296) >> 16) $$;

CREATE FUNCTION bw_rotation(rotation_key bigint, seed bigint) RETURNS bigint
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT bw_mix_step(bw_mix_step(rotation_key # seed)) $$;

CREATE TABLE mentors (
  id                    text PRIMARY KEY,
  organisation_id       text NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  -- The mentor's own account, where they have one (they answer requests with it).
  user_id               text REFERENCES users(id) ON DELETE SET NULL,
  -- The host's id for this mentor, for imports and seeding.
  external_id           text,
  display_name          text NOT NULL,
  headline              text NOT NULL DEFAULT '',
  occupations           text[] NOT NULL CHECK (cardinality(occupations) > 0),
  jurisdiction          text NOT NULL,
  city                  text NOT NULL DEFAULT '',
  licensed_in           text[] NOT NULL DEFAULT '{}',
  -- The shared credential path as shown on the card, and the two columns search reads from it.
  credential_path       jsonb,
  origin_country        text,
  credential_steps      text[] NOT NULL DEFAULT '{}',
  -- Language tags as the mentor gave them, and their primary subtags for matching.
  languages             text[] NOT NULL,
  language_codes        text[] NOT NULL,
  formats               text[] NOT NULL CHECK (formats <@ ARRAY['online', 'in-person']),
  offers                text[] NOT NULL DEFAULT '{}'
                          CHECK (offers <@ ARRAY['informational-interview', 'plan-review', 'narrative-review', 'referral']),
  capacity              integer NOT NULL CHECK (capacity >= 0),
  current_load          integer NOT NULL DEFAULT 0 CHECK (current_load >= 0),
  status                text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused')),
  last_active_at        timestamptz,
  median_response_hours integer,
  response_rate_pct     integer CHECK (response_rate_pct BETWEEN 0 AND 100),
  response_sample       integer NOT NULL DEFAULT 0,
  -- fnv1a32(id), fixed for life: the mentor's place in the rotation of near-equal scores.
  rotation_key          bigint NOT NULL,
  created_at            timestamptz NOT NULL DEFAULT now(),
  updated_at            timestamptz NOT NULL DEFAULT now(),
  version               integer NOT NULL DEFAULT 1,
  UNIQUE (organisation_id, external_id)
);
-- Only offered mentors are ever searched.
CREATE INDEX mentors_offered_idx ON mentors (organisation_id, jurisdiction)
  WHERE status = 'active' AND current_load < capacity;
CREATE INDEX mentors_organisation_origin_idx ON mentors (organisation_id, origin_country);
CREATE INDEX mentors_user_idx ON mentors (user_id) WHERE user_id IS NOT NULL;
CREATE INDEX mentors_occupations_gin ON mentors USING gin (occupations);
CREATE INDEX mentors_licensed_in_gin ON mentors USING gin (licensed_in);
CREATE INDEX mentors_language_codes_gin ON mentors USING gin (language_codes);
CREATE INDEX mentors_formats_gin ON mentors USING gin (formats);
CREATE INDEX mentors_offers_gin ON mentors USING gin (offers);
CREATE INDEX mentors_credential_steps_gin ON mentors USING gin (credential_steps);

-- Returned only to a mentee whose introduction this mentor accepted.
CREATE TABLE mentor_contacts (
  mentor_id       text PRIMARY KEY REFERENCES mentors(id) ON DELETE CASCADE,
  organisation_id text NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  email           text NOT NULL,
  phone           text,
  booking_url     text,
  note            text
);

CREATE TABLE introduction_requests (
  id              text PRIMARY KEY,
  organisation_id text NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  mentee_id       text NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  mentor_id       text NOT NULL REFERENCES mentors(id) ON DELETE CASCADE,
  message         text NOT NULL,
  hopes           text[] NOT NULL,
  status          text NOT NULL DEFAULT 'pending'
                    CHECK (status IN ('pending', 'accepted', 'declined', 'question', 'expired', 'withdrawn')),
  decline_reason  text CHECK (decline_reason IN ('at-capacity', 'outside-expertise', 'different-jurisdiction',
                                                 'not-available-now', 'better-match-elsewhere', 'other')),
  question        text,
  answer          text,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  respond_by      timestamptz NOT NULL,
  reminded_at     timestamptz,
  -- The mentor's first answer (accept, decline or question): the basis of responsiveness.
  responded_at    timestamptz,
  version         integer NOT NULL DEFAULT 1
);
CREATE INDEX introduction_requests_mentee_idx ON introduction_requests (organisation_id, mentee_id, created_at DESC);
CREATE INDEX introduction_requests_mentor_idx ON introduction_requests (organisation_id, mentor_id, created_at DESC);
-- One open request per mentee and mentor.
CREATE UNIQUE INDEX introduction_requests_one_open_idx ON introduction_requests (organisation_id, mentee_id, mentor_id)
  WHERE status IN ('pending', 'question');
-- The reminder and expiry sweep reads only open requests.
CREATE INDEX introduction_requests_open_idx ON introduction_requests (organisation_id, respond_by)
  WHERE status IN ('pending', 'question');

CREATE TABLE favourites (
  organisation_id text NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  mentee_id       text NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  mentor_id       text NOT NULL REFERENCES mentors(id) ON DELETE CASCADE,
  created_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, mentee_id, mentor_id)
);
