-- Daily star snapshots (EvanLi/Github-Ranking CSV files).
-- Raw layer: what the files say, committed per file together with its ledger row.
CREATE TABLE rank_file (
  file_name VARCHAR PRIMARY KEY,
  day DATE NOT NULL,
  sha256 VARCHAR NOT NULL,
  bytes BIGINT NOT NULL,
  rows_read INTEGER NOT NULL,
  rows_kept INTEGER NOT NULL,
  rows_rejected INTEGER NOT NULL,
  outcome VARCHAR NOT NULL,
  message VARCHAR,
  ingested_at TIMESTAMP NOT NULL
);

CREATE TABLE rank_row (
  day DATE NOT NULL,
  list VARCHAR NOT NULL,
  list_rank INTEGER,
  full_name VARCHAR NOT NULL,
  stars INTEGER NOT NULL,
  forks INTEGER,
  language VARCHAR,
  issues INTEGER,
  last_commit TIMESTAMP,
  description VARCHAR,
  file_name VARCHAR NOT NULL,
  line BIGINT NOT NULL
);

-- Derived layer: rebuilt from rank_row whenever the raw layer changes (see derived_state).
-- One identity per repository across renames and transfers.
CREATE TABLE snap_repo (
  repo_key INTEGER PRIMARY KEY,
  full_name VARCHAR NOT NULL,
  first_day DATE NOT NULL,
  last_day DATE NOT NULL
);

-- Every name a repository was seen under, with the days it was seen so.
CREATE TABLE snap_alias (
  repo_key INTEGER NOT NULL,
  full_name VARCHAR NOT NULL,
  full_name_lower VARCHAR NOT NULL,
  first_day DATE NOT NULL,
  last_day DATE NOT NULL,
  PRIMARY KEY (repo_key, full_name_lower)
);

-- One row per repository and calendar day from its first to its last observation.
-- stars/forks are null where the repository was not observed that day; stars_gained is null where
-- the gain is unknown; interpolated is true where a gain was spread over days with no snapshot file.
CREATE TABLE snap_day (
  repo_key INTEGER NOT NULL,
  day DATE NOT NULL,
  full_name VARCHAR,
  stars INTEGER,
  forks INTEGER,
  language VARCHAR,
  description VARCHAR,
  lists INTEGER NOT NULL,
  stars_gained INTEGER,
  interpolated BOOLEAN NOT NULL,
  PRIMARY KEY (repo_key, day)
);

-- Calendar of snapshot days between the first and the last file: observed or missing.
CREATE TABLE snap_calendar (
  day DATE PRIMARY KEY,
  status VARCHAR NOT NULL
);

-- Platform-wide data events (spam purges, missing days), so that signals do not read them as
-- the behaviour of single repositories.
CREATE TABLE data_event (
  day DATE NOT NULL,
  source VARCHAR NOT NULL,
  kind VARCHAR NOT NULL,
  repos_affected INTEGER,
  share DOUBLE,
  stars BIGINT,
  detail VARCHAR NOT NULL,
  PRIMARY KEY (day, source, kind)
);

-- Fingerprints of the raw inputs each derived layer was built from.
CREATE TABLE derived_state (
  name VARCHAR PRIMARY KEY,
  fingerprint VARCHAR NOT NULL,
  built_at TIMESTAMP NOT NULL
);
