package io.reposignal.store.gharchive;

import io.reposignal.error.RepoSignalException;
import io.reposignal.store.Store;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * Loads the Parquet output of the Spark job (reposignal-spark) into the store, giving the tables an
 * embedded ingest of the same hour files gives. The output holds one folder per table, each
 * partitioned by the files' day ({@code gha_file/file_day=2015-01-01/part-*.parquet}). Each day is
 * imported in one transaction with its ledger row in {@code gha_import_partition}, keyed by the
 * partition's name, size and a CRC32C of its files: importing the same output again is a no-op, and
 * an interrupted import can simply be run again. Days go in date order and files in the job's
 * commit order, so file ids come out as the embedded ingester gives them.
 */
public final class ParquetImporter {
  /** The tables the job writes, in the order they are loaded. */
  static final List<String> TABLES =
      List.of(
          "gha_file",
          "gha_file_type",
          "gha_event_id",
          "gha_repo_day_part",
          "gha_activity",
          "gha_star",
          "gha_repo_meta");

  private static final String PARTITION_PREFIX = "file_day=";

  /** What importing one day partition did. */
  public record PartitionOutcome(
      String partition, boolean alreadyImported, int filesImported, int filesAlreadyIngested) {}

  private final Store store;
  private final Instant now;

  public ParquetImporter(Store store, Instant now) {
    this.store = store;
    this.now = now;
  }

  /** Imports every day partition under {@code dir} not imported before. */
  public List<PartitionOutcome> importAll(Path dir) {
    for (String table : TABLES) {
      if (!Files.isRegularFile(dir.resolve(table).resolve("_SUCCESS"))) {
        throw RepoSignalException.badInput(
            "%s is not a finished reposignal-spark output: %s/_SUCCESS is missing (the job did not"
                + " finish writing it); run the job again into a new folder",
            dir, table);
      }
    }
    List<PartitionOutcome> outcomes = new ArrayList<>();
    for (String partition : partitions(dir)) {
      outcomes.add(importPartition(dir, partition));
    }
    return outcomes;
  }

  /** Every day partition of any table, in day order ("undated" last, as such files commit last). */
  private static List<String> partitions(Path dir) {
    TreeSet<String> names = new TreeSet<>();
    for (String table : TABLES) {
      try (Stream<Path> children = Files.list(dir.resolve(table))) {
        children
            .filter(Files::isDirectory)
            .map(p -> p.getFileName().toString())
            .filter(n -> n.startsWith(PARTITION_PREFIX))
            .forEach(names::add);
      } catch (IOException e) {
        throw RepoSignalException.badInput("cannot list %s: %s", dir.resolve(table), e);
      }
    }
    return List.copyOf(names);
  }

  private PartitionOutcome importPartition(Path dir, String partition) {
    Map<String, List<Path>> files = new LinkedHashMap<>();
    for (String table : TABLES) {
      files.put(table, parquetFiles(dir.resolve(table).resolve(partition)));
    }
    String key = partitionKey(dir, partition, files);
    return store.inTransaction(
        connection -> {
          if (alreadyImported(connection, key)) {
            return new PartitionOutcome(partition, true, 0, 0);
          }
          List<Path> fileRows = files.get("gha_file");
          if (fileRows.isEmpty()) {
            throw RepoSignalException.badInput(
                "%s has rows for %s but no gha_file rows; the output is incomplete: run the job"
                    + " again into a new folder",
                dir, partition);
          }
          try (Statement s = connection.createStatement()) {
            s.execute(
                "CREATE OR REPLACE TEMP TABLE gha_import_file AS SELECT * FROM "
                    + source(fileRows));
            // Files already in the ledger (ingested before, embedded or imported) are left out;
            // the others get the next file ids in the job's commit order.
            s.execute(
                "CREATE OR REPLACE TEMP TABLE gha_import_map AS SELECT f.file_order,"
                    + " (SELECT coalesce(max(file_id), 0) FROM gha_file)"
                    + " + row_number() OVER (ORDER BY f.file_order) AS file_id"
                    + " FROM gha_import_file f"
                    + " WHERE f.file_key NOT IN (SELECT file_key FROM gha_file)");
          }
          int imported = (int) count(connection, "SELECT count(*) FROM gha_import_map");
          int total = (int) count(connection, "SELECT count(*) FROM gha_import_file");
          List<Path> ids = files.get("gha_event_id");
          if (!ids.isEmpty()) {
            long overlap =
                count(
                    connection,
                    "SELECT count(*) FROM "
                        + source(ids)
                        + " e JOIN gha_import_map m USING (file_order)"
                        + " WHERE e.id IN (SELECT unnest(keys) FROM gha_file_keys)");
            if (overlap > 0) {
              throw RepoSignalException.badInput(
                  "%s/%s: %,d of its events are in the database already (ingested from other"
                      + " files); the Spark job counts each event once only among the files of one"
                      + " run: run it over all these hours together, or ingest them with `ingest"
                      + " gharchive`",
                  dir, partition, overlap);
            }
          }
          try (Statement s = connection.createStatement()) {
            if (!ids.isEmpty()) {
              s.execute(
                  "INSERT INTO gha_file_keys SELECT m.file_id, min(id), max(id), list(id ORDER BY"
                      + " id) FROM "
                      + source(ids)
                      + " e JOIN gha_import_map m USING (file_order) GROUP BY m.file_id");
            }
            insert(
                s,
                files,
                "gha_repo_day_part",
                "m.file_id, repo_id, repo_name, day, events, stars, forks, pushes, prs_opened,"
                    + " prs_merged, issues_opened, releases");
            insert(
                s,
                files,
                "gha_activity",
                "m.file_id, day, actor_id, repo_id, org_id, events, type_mask");
            insert(
                s,
                files,
                "gha_star",
                "event_id, m.file_id, repo_id, repo_name, actor_id, actor_login, created_at");
            insert(
                s,
                files,
                "gha_repo_meta",
                "m.file_id, repo_id, repo_name, day, observed_at, event_id, source, language,"
                    + " description, stars, forks, repo_created_at");
            insert(s, files, "gha_file_type", "m.file_id, event_type, events");
          }
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO gha_file SELECT m.file_id, file_key, file_name, hour, status,"
                      + " compressed_bytes, inflated_bytes, lines, events, duplicates,"
                      + " already_stored, malformed, undated, fault, malformed_samples, ?"
                      + " FROM gha_import_file JOIN gha_import_map m USING (file_order)"
                      + " ORDER BY m.file_id")) {
            insert.setObject(1, LocalDateTime.ofInstant(now, ZoneOffset.UTC));
            insert.executeUpdate();
          }
          try (PreparedStatement ledger =
              connection.prepareStatement(
                  "INSERT INTO gha_import_partition VALUES (?, ?, ?, ?, ?)")) {
            ledger.setString(1, key);
            ledger.setString(2, partition);
            ledger.setInt(3, imported);
            ledger.setInt(4, total - imported);
            ledger.setObject(5, LocalDateTime.ofInstant(now, ZoneOffset.UTC));
            ledger.executeUpdate();
          }
          try (Statement s = connection.createStatement()) {
            s.execute("DROP TABLE gha_import_file");
            s.execute("DROP TABLE gha_import_map");
          }
          return new PartitionOutcome(partition, false, imported, total - imported);
        });
  }

  /** Appends a table's rows of the files being imported, with their new file ids. */
  private static void insert(
      Statement s, Map<String, List<Path>> files, String table, String columns)
      throws SQLException {
    List<Path> parts = files.get(table);
    if (parts.isEmpty()) {
      return;
    }
    s.execute(
        "INSERT INTO "
            + table
            + " SELECT "
            + columns
            + " FROM "
            + source(parts)
            + " JOIN gha_import_map m USING (file_order) ORDER BY m.file_id");
  }

  /** The Parquet files as a table; the partition column comes from the folder, not the files. */
  private static String source(List<Path> parts) {
    StringBuilder list = new StringBuilder("read_parquet([");
    for (int i = 0; i < parts.size(); i++) {
      list.append(i > 0 ? ", " : "").append(literal(parts.get(i).toString()));
    }
    return list.append("], hive_partitioning = false)").toString();
  }

  /** A SQL string literal of a path the user gave (never of data read from the files). */
  private static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  private static List<Path> parquetFiles(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> children = Files.list(folder)) {
      return children
          .filter(p -> p.getFileName().toString().endsWith(".parquet"))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw RepoSignalException.badInput("cannot list %s: %s", folder, e);
    }
  }

  /** "file_day=2015-01-01:SIZE:CRC32C" over the partition's files of every table. */
  private static String partitionKey(Path dir, String partition, Map<String, List<Path>> files) {
    CRC32C crc = new CRC32C();
    long size = 0;
    byte[] chunk = new byte[1 << 16];
    for (List<Path> parts : files.values()) {
      for (Path part : parts) {
        crc.update(
            dir.relativize(part).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try (InputStream in = Files.newInputStream(part)) {
          int n;
          while ((n = in.read(chunk)) > 0) {
            crc.update(chunk, 0, n);
            size += n;
          }
        } catch (IOException e) {
          throw RepoSignalException.badInput("cannot read %s: %s", part, e);
        }
      }
    }
    return String.format(Locale.ROOT, "%s:%d:%08x", partition, size, crc.getValue());
  }

  private static boolean alreadyImported(Connection connection, String key) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement("SELECT 1 FROM gha_import_partition WHERE partition_key = ?")) {
      query.setString(1, key);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next();
      }
    }
  }

  private static long count(Connection connection, String sql) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rows = s.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
