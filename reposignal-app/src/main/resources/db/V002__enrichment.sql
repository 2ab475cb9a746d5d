-- Repository metadata from the GitHub REST API (GET /repos/{owner}/{repo}).
-- Identity is the repository id: names change (renames, transfers), ids do not.
-- status: ok (the last answer described the repository), gone (404 or 451 since), error (the last
-- answer could not be used; the metadata kept is from the last good answer).
CREATE TABLE gh_repo (
  repo_id BIGINT PRIMARY KEY,
  full_name VARCHAR NOT NULL,
  full_name_lower VARCHAR NOT NULL,
  owner VARCHAR NOT NULL,
  name VARCHAR NOT NULL,
  description VARCHAR,
  language VARCHAR,
  topics VARCHAR[] NOT NULL,
  created_at TIMESTAMP,
  pushed_at TIMESTAMP,
  stargazers_count BIGINT NOT NULL,
  forks_count BIGINT NOT NULL,
  archived BOOLEAN NOT NULL,
  fork BOOLEAN NOT NULL,
  etag VARCHAR,
  fetched_at TIMESTAMP NOT NULL,
  status VARCHAR NOT NULL,
  message VARCHAR
);

-- One row per repository and UTC day it was fetched (200) or confirmed unchanged (304): the star
-- and fork totals GitHub reported that day.
CREATE TABLE gh_repo_snapshot (
  repo_id BIGINT NOT NULL,
  day DATE NOT NULL,
  stargazers_count BIGINT NOT NULL,
  forks_count BIGINT NOT NULL,
  fetched_at TIMESTAMP NOT NULL,
  PRIMARY KEY (repo_id, day)
);

-- Every earlier name a repository was asked for or stored under, and the name GitHub answered with.
CREATE TABLE gh_rename (
  old_name VARCHAR NOT NULL,
  old_name_lower VARCHAR NOT NULL,
  new_name VARCHAR NOT NULL,
  repo_id BIGINT NOT NULL,
  seen_at TIMESTAMP NOT NULL,
  PRIMARY KEY (old_name_lower, repo_id)
);

-- The last answer for every name asked for, including names GitHub never described (404 at once),
-- so that a re-run skips what it checked recently. outcome: fetched, unchanged, renamed, gone, error.
CREATE TABLE gh_check (
  name_lower VARCHAR PRIMARY KEY,
  full_name VARCHAR NOT NULL,
  repo_id BIGINT,
  outcome VARCHAR NOT NULL,
  http_status INTEGER,
  message VARCHAR,
  checked_at TIMESTAMP NOT NULL
);

-- Enrichment runs and their queues, so that an interrupted run continues where it stopped.
-- status: running (unfinished: the next run without --repo resumes it), done, superseded.
CREATE TABLE enrich_run (
  run_id INTEGER PRIMARY KEY,
  started_at TIMESTAMP NOT NULL,
  finished_at TIMESTAMP,
  status VARCHAR NOT NULL,
  queued INTEGER NOT NULL,
  skipped_fresh INTEGER NOT NULL
);

-- Each entry is marked done in the same transaction that stores its answer.
CREATE TABLE enrich_queue (
  run_id INTEGER NOT NULL,
  position INTEGER NOT NULL,
  full_name VARCHAR NOT NULL,
  reason VARCHAR NOT NULL,
  done BOOLEAN NOT NULL,
  outcome VARCHAR,
  PRIMARY KEY (run_id, position)
);
