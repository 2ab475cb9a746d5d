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
