-- An active mentorship's agreement can change: one side proposes a change, which the other side
-- accepts (or declines); until then the confirmed agreement stands. `agreement_version` counts the
-- confirmed agreements: 1 when the mentorship starts, one more for each accepted change.
ALTER TABLE mentorships
  ADD COLUMN agreement_version          integer NOT NULL DEFAULT 0,
  ADD COLUMN proposed_goals             text,
  ADD COLUMN proposed_meeting_cadence   text CHECK (proposed_meeting_cadence IN ('weekly', 'fortnightly', 'monthly', 'as-needed')),
  ADD COLUMN proposed_hours_per_month   integer CHECK (proposed_hours_per_month BETWEEN 1 AND 40),
  ADD COLUMN proposed_expected_end_date date,
  ADD COLUMN proposed_by                text CHECK (proposed_by IN ('mentee', 'mentor')),
  ADD COLUMN proposed_at                timestamptz;

UPDATE mentorships SET agreement_version = 1 WHERE started_at IS NOT NULL;
