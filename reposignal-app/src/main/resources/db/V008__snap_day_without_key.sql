-- snap_day without its primary key. The derived snapshot layer is rebuilt whole whenever a file
-- arrives: deleting and re-inserting 734,000 rows through the (repo_key, day) index cost about
-- 3.2 s of a 11 s daily update (delete 1.1 s, insert 0.5 s, commit 1.6 s), against 0.24 s without
-- it, and the index lived in memory. Rows are written in (repo_key, day) order, so DuckDB's zone
-- maps find a repository's days as fast as the index did (0.37-0.38 ms a lookup either way). The
-- deriver's tests check that (repo_key, day) stays unique.
CREATE TABLE snap_day_v8 (
  repo_key INTEGER NOT NULL,
  day DATE NOT NULL,
  full_name VARCHAR,
  stars INTEGER,
  forks INTEGER,
  language VARCHAR,
  description VARCHAR,
  lists INTEGER NOT NULL,
  stars_gained INTEGER,
  interpolated BOOLEAN NOT NULL
);

INSERT INTO snap_day_v8 SELECT * FROM snap_day ORDER BY repo_key, day;

DROP TABLE snap_day;

ALTER TABLE snap_day_v8 RENAME TO snap_day;
