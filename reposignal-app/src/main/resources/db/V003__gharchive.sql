-- GH Archive hour files (docs/gharchive-tables.md describes every table and view).
-- Raw layer: each file's aggregate rows, committed in one transaction with its ledger row in
-- gha_file. Append-only, no indexes: rows of several files for the same key add up in the views.

-- The ledger: one row per ingested file. file_key (name, size, CRC32C) makes re-ingesting a no-op.
CREATE TABLE gha_file (
  file_id INTEGER PRIMARY KEY,
  file_key VARCHAR NOT NULL UNIQUE,
  file_name VARCHAR NOT NULL,
  hour TIMESTAMP,
  status VARCHAR NOT NULL,
  compressed_bytes BIGINT NOT NULL,
  inflated_bytes BIGINT NOT NULL,
  lines BIGINT NOT NULL,
  events BIGINT NOT NULL,
  duplicates BIGINT NOT NULL,
  already_stored BIGINT NOT NULL,
  malformed BIGINT NOT NULL,
  undated BIGINT NOT NULL,
  fault VARCHAR,
  malformed_samples VARCHAR,
  ingested_at TIMESTAMP NOT NULL
);

-- Counted events of each file by their type.
CREATE TABLE gha_file_type (
  file_id INTEGER NOT NULL,
  event_type VARCHAR NOT NULL,
  events BIGINT NOT NULL,
  PRIMARY KEY (file_id, event_type)
);

-- Every counted event's key: the GitHub event id, or a negative key derived from the line
-- (pre-2015 events have no id). Appended sorted per file; no index: the duplicate check joins a
-- file's keys against this table and DuckDB's zone maps skip the row groups outside their range.
CREATE TABLE gha_event_id (
  id BIGINT NOT NULL,
  file_id INTEGER NOT NULL
);

-- A repository's activity on one UTC day under one name, counted from one file.
CREATE TABLE gha_repo_day_part (
  file_id INTEGER NOT NULL,
  repo_id BIGINT NOT NULL,
  repo_name VARCHAR NOT NULL,
  day DATE NOT NULL,
  events INTEGER NOT NULL,
  stars INTEGER NOT NULL,
  forks INTEGER NOT NULL,
  pushes INTEGER NOT NULL,
  prs_opened INTEGER NOT NULL,
  prs_merged INTEGER NOT NULL,
  issues_opened INTEGER NOT NULL,
  releases INTEGER NOT NULL
);

-- What one actor did on one repository (null: none) on one UTC day, counted from one file.
-- type_mask holds one bit per event type seen (gha_event_type decodes it).
CREATE TABLE gha_activity (
  file_id INTEGER NOT NULL,
  day DATE NOT NULL,
  actor_id BIGINT NOT NULL,
  repo_id BIGINT,
  org_id BIGINT,
  events INTEGER NOT NULL,
  type_mask INTEGER NOT NULL
);

-- Every star (WatchEvent), once.
CREATE TABLE gha_star (
  event_id BIGINT NOT NULL,
  file_id INTEGER NOT NULL,
  repo_id BIGINT,
  repo_name VARCHAR,
  actor_id BIGINT,
  actor_login VARCHAR,
  created_at TIMESTAMP
);

-- Repository metadata found in events, with when it was seen: the latest observation of a day
-- per source and file.
CREATE TABLE gha_repo_meta (
  file_id INTEGER NOT NULL,
  repo_id BIGINT NOT NULL,
  repo_name VARCHAR,
  day DATE NOT NULL,
  observed_at TIMESTAMP NOT NULL,
  event_id BIGINT NOT NULL,
  source VARCHAR NOT NULL,
  language VARCHAR,
  description VARCHAR,
  stars BIGINT,
  forks BIGINT,
  repo_created_at TIMESTAMP
);

-- The bits of gha_activity.type_mask.
CREATE TABLE gha_event_type (
  bit INTEGER PRIMARY KEY,
  event_type VARCHAR NOT NULL
);

INSERT INTO gha_event_type VALUES
  (0, 'PushEvent'), (1, 'CreateEvent'), (2, 'DeleteEvent'), (3, 'ForkEvent'), (4, 'WatchEvent'),
  (5, 'IssuesEvent'), (6, 'IssueCommentEvent'), (7, 'PullRequestEvent'),
  (8, 'PullRequestReviewEvent'), (9, 'PullRequestReviewCommentEvent'),
  (10, 'PullRequestReviewThreadEvent'), (11, 'CommitCommentEvent'), (12, 'ReleaseEvent'),
  (13, 'MemberEvent'), (14, 'PublicEvent'), (15, 'GollumEvent'), (16, 'DiscussionEvent'),
  (17, 'GistEvent'), (18, 'FollowEvent'), (19, 'DownloadEvent'), (20, 'ForkApplyEvent'),
  (21, 'TeamAddEvent'), (22, 'SponsorshipEvent'), (23, 'other');

-- Views: the merged tables that readers use.

-- One row per repository and UTC day; repo_name is the name in the latest-ingested file.
CREATE VIEW gha_repo_day AS
WITH counts AS (
  SELECT repo_id, day, arg_max(repo_name, file_id) AS repo_name,
         sum(events)::BIGINT AS events, sum(stars)::BIGINT AS stars, sum(forks)::BIGINT AS forks,
         sum(pushes)::BIGINT AS pushes, sum(prs_opened)::BIGINT AS prs_opened,
         sum(prs_merged)::BIGINT AS prs_merged, sum(issues_opened)::BIGINT AS issues_opened,
         sum(releases)::BIGINT AS releases
  FROM gha_repo_day_part GROUP BY repo_id, day
), actors AS (
  SELECT repo_id, day, count(DISTINCT actor_id) AS distinct_actors
  FROM gha_activity WHERE repo_id IS NOT NULL GROUP BY repo_id, day
)
SELECT c.repo_id, c.day, c.repo_name, c.events, c.stars, c.forks, c.pushes, c.prs_opened,
       c.prs_merged, c.issues_opened, c.releases, coalesce(a.distinct_actors, 0) AS distinct_actors
FROM counts c LEFT JOIN actors a ON a.repo_id = c.repo_id AND a.day = c.day;

-- One row per actor and UTC day.
CREATE VIEW gha_actor_day AS
SELECT actor_id, day, sum(events)::BIGINT AS events, bit_or(type_mask) AS type_mask,
       count(DISTINCT repo_id) AS distinct_repos, count(DISTINCT org_id) AS distinct_orgs
FROM gha_activity GROUP BY actor_id, day;

-- Every name a repository id was seen under, with the first and last UTC day.
CREATE VIEW gha_repo_name AS
SELECT repo_id, repo_name, min(day) AS first_day, max(day) AS last_day
FROM gha_repo_day_part GROUP BY repo_id, repo_name;

-- One row per hour from the first to the last hour ingested: the best status of its files
-- (ok, partial, empty, corrupt) or missing when no file for it was ingested.
CREATE VIEW gha_hour AS
WITH files AS (
  SELECT hour,
         min(CASE status WHEN 'ok' THEN 1 WHEN 'partial' THEN 2 WHEN 'empty' THEN 3 ELSE 4 END)
           AS rank,
         count(*) AS files, sum(events)::BIGINT AS events
  FROM gha_file WHERE hour IS NOT NULL GROUP BY hour
), span AS (
  SELECT min(hour) AS first_hour, max(hour) AS last_hour FROM files
)
SELECT g.hour,
       CASE f.rank WHEN 1 THEN 'ok' WHEN 2 THEN 'partial' WHEN 3 THEN 'empty' WHEN 4 THEN 'corrupt'
         ELSE 'missing' END AS status,
       coalesce(f.files, 0) AS files, coalesce(f.events, 0) AS events
FROM span, generate_series(span.first_hour, span.last_hour, INTERVAL 1 HOUR) AS g(hour)
LEFT JOIN files f ON f.hour = g.hour;

-- Per UTC day within the ingested span: how many hours are ok, partial, empty, corrupt or missing.
CREATE VIEW gha_day_coverage AS
SELECT hour::DATE AS day,
       count(*) FILTER (WHERE status = 'ok') AS hours_ok,
       count(*) FILTER (WHERE status = 'partial') AS hours_partial,
       count(*) FILTER (WHERE status = 'empty') AS hours_empty,
       count(*) FILTER (WHERE status = 'corrupt') AS hours_corrupt,
       count(*) FILTER (WHERE status = 'missing') + 24 - count(*) AS hours_missing
FROM gha_hour GROUP BY hour::DATE;
