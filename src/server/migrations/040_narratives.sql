-- Narrative templates, drafts with their versions, review shares and mentor reviews.
-- Shared seed templates have organisation_id NULL; every other row belongs to one organisation.
CREATE TABLE narrative_templates (
  id              text PRIMARY KEY,
  organisation_id text REFERENCES organisations(id) ON DELETE CASCADE,
  kind            text NOT NULL CHECK (kind IN ('resume-summary', 'elevator-pitch', 'star-story',
                    'credential-equivalency', 'cover-letter-paragraph', 'networking-profile')),
  locale          text NOT NULL,
  title           text NOT NULL,
  description     text NOT NULL DEFAULT '',
  sections        jsonb NOT NULL,
  body            text NOT NULL,
  limits          jsonb NOT NULL DEFAULT '{}',
  competencies    jsonb,
  created_by      text REFERENCES users(id) ON DELETE SET NULL,
  version         integer NOT NULL DEFAULT 1,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX narrative_templates_org_kind_locale_idx ON narrative_templates (organisation_id, kind, locale);
CREATE INDEX narrative_templates_shared_kind_locale_idx ON narrative_templates (kind, locale) WHERE organisation_id IS NULL;

CREATE TABLE narrative_drafts (
  id              text PRIMARY KEY,
  organisation_id text NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  template_id     text NOT NULL REFERENCES narrative_templates(id),
  owner_id        text NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  title           text NOT NULL DEFAULT '',
  "values"        jsonb NOT NULL DEFAULT '{}',
  competencies    jsonb NOT NULL DEFAULT '[]',
  status          text NOT NULL DEFAULT 'draft'
                    CHECK (status IN ('draft', 'in-review', 'changes-requested', 'approved')),
  version         integer NOT NULL DEFAULT 1,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX narrative_drafts_org_owner_idx ON narrative_drafts (organisation_id, owner_id, updated_at DESC);

-- Every save of a draft, so an earlier one can be brought back.
CREATE TABLE narrative_draft_versions (
  organisation_id text NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  draft_id        text NOT NULL REFERENCES narrative_drafts(id) ON DELETE CASCADE,
  version         integer NOT NULL,
  title           text NOT NULL DEFAULT '',
  "values"        jsonb NOT NULL,
  competencies    jsonb NOT NULL DEFAULT '[]',
  author_id       text NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (draft_id, version)
);
CREATE INDEX narrative_draft_versions_org_idx ON narrative_draft_versions (organisation_id, draft_id);

-- Mentors a draft is shared with for review: they may read it and review it.
CREATE TABLE narrative_shares (
  organisation_id text NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  draft_id        text NOT NULL REFERENCES narrative_drafts(id) ON DELETE CASCADE,
  mentor_id       text NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  shared_by       text NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  message         text,
  created_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (draft_id, mentor_id)
);
CREATE INDEX narrative_shares_org_mentor_idx ON narrative_shares (organisation_id, mentor_id);

CREATE TABLE narrative_reviews (
  id              text PRIMARY KEY,
  organisation_id text NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  draft_id        text NOT NULL REFERENCES narrative_drafts(id) ON DELETE CASCADE,
  section_id      text,
  field_id        text,
  author_id       text NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  kind            text NOT NULL CHECK (kind IN ('comment', 'suggestion', 'approval')),
  text            text NOT NULL DEFAULT '',
  suggested_text  text,
  state           text NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'accepted', 'resolved')),
  draft_version   integer NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  CHECK (kind <> 'suggestion' OR (suggested_text IS NOT NULL AND field_id IS NOT NULL))
);
CREATE INDEX narrative_reviews_org_draft_idx ON narrative_reviews (organisation_id, draft_id, created_at);
