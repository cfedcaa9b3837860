-- Indexes for the pruned stages of mentor search (src/server/store/mentors/search.ts). A search
-- that is not about one occupation ranks one row per mentor (`primary_row`): first the mentors who
-- meet its strongest preference (licensed in the target, a shared language or origin), then only
-- the others who can still reach the page (high enough base points, a shared credential step, ...).
-- Each of those conditions can now be read from an index instead of every row.
CREATE INDEX mentor_search_licensed_in_gin ON mentor_search USING gin (licensed_in) WHERE primary_row;
CREATE INDEX mentor_search_language_codes_gin ON mentor_search USING gin (language_codes) WHERE primary_row;
CREATE INDEX mentor_search_credential_steps_gin ON mentor_search USING gin (credential_steps) WHERE primary_row;
CREATE INDEX mentor_search_origin_idx ON mentor_search (organisation_id, origin_country) WHERE primary_row;
CREATE INDEX mentor_search_base_points_idx ON mentor_search (organisation_id, base_points) WHERE primary_row;
ANALYZE mentor_search;
