-- Suspicious (likely fake) stars, derived from gha_star and gha_activity by
-- io.reposignal.suspicious.SuspiciousDeriver; rebuilt whole whenever the gha_file ledger changes
-- (derived_state row 'suspicious'). Same data, same rows.

-- Every star judged suspicious: score is the weighted sum of the detectors that fired on it,
-- detectors their names (comma-separated, in a fixed order).
CREATE TABLE suspicious_star (
  event_id BIGINT NOT NULL,
  repo_id BIGINT NOT NULL,
  repo_name VARCHAR NOT NULL,
  day DATE NOT NULL,
  actor_id BIGINT NOT NULL,
  actor_login VARCHAR,
  score DOUBLE NOT NULL,
  detectors VARCHAR NOT NULL
);

-- Repository-days with enough suspicious stars to be reported (and subtracted by the engine):
-- stars = every star of the day, share = suspicious_stars / stars, accounts = sample logins.
CREATE TABLE suspicious_repo_day (
  repo_id BIGINT NOT NULL,
  repo_name VARCHAR NOT NULL,
  day DATE NOT NULL,
  stars INTEGER NOT NULL,
  suspicious_stars INTEGER NOT NULL,
  share DOUBLE NOT NULL,
  detectors VARCHAR NOT NULL,
  accounts VARCHAR NOT NULL,
  PRIMARY KEY (repo_id, day)
);
