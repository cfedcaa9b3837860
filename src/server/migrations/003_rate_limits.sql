-- The rate limits' shared counters on PostgreSQL (rate-limiter-flexible's own layout). Created
-- here, under the migrations' advisory lock, not by the library at start: two instances starting
-- at once both ran its CREATE TABLE IF NOT EXISTS, and PostgreSQL refused one with "type
-- rate_limits already exists". IF NOT EXISTS: databases where the library made it already.
CREATE TABLE IF NOT EXISTS rate_limits (
  key    varchar(255) PRIMARY KEY,
  points integer NOT NULL DEFAULT 0,
  expire bigint
);
