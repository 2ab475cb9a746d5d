-- The ledger of `reposignal import parquet`: one row per imported day partition of a Spark job's
-- output (docs/spark.md). partition_key (partition path, total size, CRC32C of its Parquet files)
-- makes importing the same output again a no-op.
CREATE TABLE gha_import_partition (
  partition_key VARCHAR PRIMARY KEY,
  partition_name VARCHAR NOT NULL,
  files_imported INTEGER NOT NULL,
  files_already_ingested INTEGER NOT NULL,
  imported_at TIMESTAMP NOT NULL
);
