-- Plans, milestones, check-ins, comments and recalibrations (bw-milestone-tracker).
-- Every table carries organisation_id; children reference their parent by
-- (organisation_id, id) so a row can never point into another organisation.

CREATE TABLE plans (
  id              text PRIMARY KEY,
  organisation_id text NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  mentee_id       text NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  occupation_id   text NOT NULL,
  jurisdiction_id text NOT NULL,
  target_date     date NOT NULL,
  version         integer NOT NULL DEFAULT 1,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  UNIQUE (organisation_id, id)
);
CREATE INDEX plans_mentee_idx ON plans (organisation_id, mentee_id, created_at);

-- Mentors a plan is shared with.
CREATE TABLE plan_shares (
  organisation_id text NOT NULL,
  plan_id         text NOT NULL,
  mentor_id       text NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (plan_id, mentor_id),
  FOREIGN KEY (organisation_id, plan_id) REFERENCES plans (organisation_id, id) ON DELETE CASCADE
);
CREATE INDEX plan_shares_mentor_idx ON plan_shares (organisation_id, mentor_id);

CREATE TABLE milestones (
  id                    text PRIMARY KEY,
  organisation_id       text NOT NULL,
  plan_id               text NOT NULL,
  title                 text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
  kind                  text NOT NULL CHECK (kind IN ('credential-assessment', 'regulator-application', 'exam-sitting',
                          'course', 'language-test', 'supervised-practice', 'job-search', 'networking', 'custom')),
  source_requirement_id text,
  source_pathway_id     text,
  due_date              date,
  status                text NOT NULL DEFAULT 'planned'
                          CHECK (status IN ('planned', 'in-progress', 'done', 'blocked', 'dropped')),
  evidence              jsonb NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(evidence) = 'array'),
  position              integer NOT NULL CHECK (position >= 0),
  expires_on            date,
  version               integer NOT NULL DEFAULT 1,
  created_at            timestamptz NOT NULL DEFAULT now(),
  updated_at            timestamptz NOT NULL DEFAULT now(),
  UNIQUE (organisation_id, id),
  FOREIGN KEY (organisation_id, plan_id) REFERENCES plans (organisation_id, id) ON DELETE CASCADE,
  CHECK (source_pathway_id IS NULL OR source_requirement_id IS NOT NULL)
);
CREATE INDEX milestones_plan_idx ON milestones (organisation_id, plan_id, position, created_at);
CREATE INDEX milestones_due_idx ON milestones (organisation_id, due_date) WHERE status NOT IN ('done', 'dropped');

CREATE TABLE milestone_dependencies (
  organisation_id text NOT NULL,
  milestone_id    text NOT NULL,
  depends_on_id   text NOT NULL,
  PRIMARY KEY (milestone_id, depends_on_id),
  CHECK (milestone_id <> depends_on_id),
  FOREIGN KEY (organisation_id, milestone_id) REFERENCES milestones (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, depends_on_id) REFERENCES milestones (organisation_id, id) ON DELETE CASCADE
);
CREATE INDEX milestone_dependencies_reverse_idx ON milestone_dependencies (depends_on_id);

CREATE TABLE check_ins (
  id              text PRIMARY KEY,
  organisation_id text NOT NULL,
  plan_id         text NOT NULL,
  date            date NOT NULL,
  participants    text[] NOT NULL DEFAULT '{}',
  summary         text NOT NULL,
  confidence      smallint NOT NULL CHECK (confidence BETWEEN 1 AND 5),
  next_steps      text NOT NULL,
  author_id       text NOT NULL REFERENCES users(id),
  created_at      timestamptz NOT NULL DEFAULT now(),
  UNIQUE (organisation_id, id),
  FOREIGN KEY (organisation_id, plan_id) REFERENCES plans (organisation_id, id) ON DELETE CASCADE
);
CREATE INDEX check_ins_plan_idx ON check_ins (organisation_id, plan_id, date DESC);

CREATE TABLE check_in_milestones (
  organisation_id text NOT NULL,
  check_in_id     text NOT NULL,
  milestone_id    text NOT NULL,
  PRIMARY KEY (check_in_id, milestone_id),
  FOREIGN KEY (organisation_id, check_in_id) REFERENCES check_ins (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, milestone_id) REFERENCES milestones (organisation_id, id) ON DELETE CASCADE
);
CREATE INDEX check_in_milestones_milestone_idx ON check_in_milestones (milestone_id);

CREATE TABLE comments (
  id              text PRIMARY KEY,
  organisation_id text NOT NULL,
  milestone_id    text NOT NULL,
  author_id       text NOT NULL REFERENCES users(id),
  author_role     text NOT NULL CHECK (author_role IN ('mentee', 'mentor', 'coordinator')),
  text            text NOT NULL CHECK (char_length(text) BETWEEN 1 AND 5000),
  created_at      timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (organisation_id, milestone_id) REFERENCES milestones (organisation_id, id) ON DELETE CASCADE
);
CREATE INDEX comments_milestone_idx ON comments (organisation_id, milestone_id, created_at);

-- Every moved date, never updated or deleted: milestone_id NULL means the plan's target date.
CREATE TABLE recalibrations (
  id              text PRIMARY KEY,
  organisation_id text NOT NULL,
  plan_id         text NOT NULL,
  milestone_id    text,
  from_date       date,
  to_date         date NOT NULL,
  reason          text NOT NULL CHECK (char_length(btrim(reason)) > 0),
  author_id       text NOT NULL REFERENCES users(id),
  at              timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (organisation_id, plan_id) REFERENCES plans (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, milestone_id) REFERENCES milestones (organisation_id, id) ON DELETE CASCADE
);
CREATE INDEX recalibrations_plan_idx ON recalibrations (organisation_id, plan_id, at);
