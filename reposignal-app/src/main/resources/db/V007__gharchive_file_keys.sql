-- The keys of a file's counted events as one sorted list per file instead of one row per event:
-- appending and committing a row per event cost more than parsing it, and the duplicate check only
-- ever needs the keys of files whose key range overlaps the new file's.
CREATE TABLE gha_file_keys (
  file_id INTEGER PRIMARY KEY,
  min_key BIGINT NOT NULL,
  max_key BIGINT NOT NULL,
  keys BIGINT[] NOT NULL
);

INSERT INTO gha_file_keys
SELECT file_id, min(id), max(id), list(id ORDER BY id)
FROM gha_event_id GROUP BY file_id;

DROP TABLE gha_event_id;

-- gha_repo_day as in V003, but deterministic: a repository renamed within one hour has two names with
-- the same file_id, and arg_max picked either, depending on how the rows happened to be stored. Ties
-- now go to the greater name.
CREATE OR REPLACE VIEW gha_repo_day AS
WITH counts AS (
  SELECT repo_id, day, arg_max(repo_name, (file_id, repo_name)) AS repo_name,
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
