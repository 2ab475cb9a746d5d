package io.reposignal.store.gharchive;

import io.reposignal.ingest.gharchive.ActivityRow;
import io.reposignal.ingest.gharchive.FileKey;
import io.reposignal.ingest.gharchive.HourAggregate;
import io.reposignal.ingest.gharchive.HourManifest;
import io.reposignal.ingest.gharchive.RepoDayRow;
import io.reposignal.ingest.gharchive.RepoMetaRow;
import io.reposignal.ingest.gharchive.StarRow;
import io.reposignal.store.Store;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongPredicate;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Commits one hour file's aggregate to the store: its event keys, its rows and its ledger row, in
 * one transaction. A file already in the ledger is left alone. Events the store already holds (from
 * another file) are found among the keys of the files whose key range overlaps this file's (GitHub
 * event ids grow with time, so those are its neighbouring hours at most); when there are any, the
 * file is aggregated again without them, so no event is ever counted twice. A file's keys are kept
 * as one sorted list, and its rows go in through DuckDB's appender, which joins the open
 * transaction.
 */
public final class HourWriter {
  /** What committing a file did. */
  public record Committed(
      boolean alreadyIngested, String previousStatus, HourAggregate aggregate) {}

  private final Store store;
  private final Instant now;

  public HourWriter(Store store, Instant now) {
    this.store = store;
    this.now = now;
  }

  /** The keys and statuses of every file already ingested, for skipping them cheaply up front. */
  public Map<String, String> ingestedFiles() {
    try (Statement statement = store.connection().createStatement();
        ResultSet rows = statement.executeQuery("SELECT file_key, status FROM gha_file")) {
      Map<String, String> files = new java.util.HashMap<>();
      while (rows.next()) {
        files.put(rows.getString(1), rows.getString(2));
      }
      return files;
    } catch (SQLException e) {
      throw new io.reposignal.store.StoreException("cannot read gha_file: " + e.getMessage(), e);
    }
  }

  /**
   * Commits {@code aggregate} for the file {@code key}.
   *
   * @param reaggregate reads the file again, skipping the event keys the predicate accepts
   */
  public Committed commit(
      FileKey key, HourAggregate aggregate, Function<LongPredicate, HourAggregate> reaggregate) {
    return store.inTransaction(
        connection -> {
          String previous = previousStatus(connection, key);
          if (previous != null) {
            return new Committed(true, previous, aggregate);
          }
          HourAggregate counted = aggregate;
          long[] keys = counted.eventKeys();
          long[] stored = storedKeys(connection, keys);
          if (stored.length > 0) {
            counted = reaggregate.apply(k -> Arrays.binarySearch(stored, k) >= 0);
            keys = counted.eventKeys();
          }
          int fileId = nextFileId(connection);
          DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
          appendKeys(duck, fileId, keys);
          appendRepoDays(duck, fileId, counted);
          appendActivity(duck, fileId, counted);
          appendStars(duck, fileId, counted);
          appendMeta(duck, fileId, counted);
          insertFile(connection, fileId, key, counted.manifest());
          return new Committed(false, null, counted);
        });
  }

  private static String previousStatus(Connection connection, FileKey key) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement("SELECT status FROM gha_file WHERE file_key = ?")) {
      query.setString(1, key.text());
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() ? rows.getString(1) : null;
      }
    }
  }

  /** Which of {@code keys} (sorted) the store holds already, sorted. */
  private static long[] storedKeys(Connection connection, long[] keys) throws SQLException {
    if (keys.length == 0) {
      return keys;
    }
    long min = keys[0];
    long max = keys[keys.length - 1];
    java.util.stream.LongStream.Builder stored = java.util.stream.LongStream.builder();
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT k FROM (SELECT unnest(keys) AS k FROM gha_file_keys"
                + " WHERE max_key >= ? AND min_key <= ?) WHERE k BETWEEN ? AND ?")) {
      query.setLong(1, min);
      query.setLong(2, max);
      query.setLong(3, min);
      query.setLong(4, max);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          long k = rows.getLong(1);
          if (Arrays.binarySearch(keys, k) >= 0) {
            stored.add(k);
          }
        }
      }
    }
    return stored.build().sorted().toArray();
  }

  private static void appendKeys(DuckDBConnection duck, int fileId, long[] keys)
      throws SQLException {
    if (keys.length == 0) {
      return;
    }
    try (DuckDBAppender a = duck.createAppender("gha_file_keys")) {
      a.beginRow().append(fileId).append(keys[0]).append(keys[keys.length - 1]).append(keys);
      a.endRow();
    }
  }

  private static int nextFileId(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery("SELECT coalesce(max(file_id), 0) + 1 FROM gha_file")) {
      rows.next();
      return rows.getInt(1);
    }
  }

  private static void appendRepoDays(DuckDBConnection duck, int fileId, HourAggregate aggregate)
      throws SQLException {
    try (DuckDBAppender a = duck.createAppender("gha_repo_day_part")) {
      for (RepoDayRow r : aggregate.repoDays()) {
        a.beginRow()
            .append(fileId)
            .append(r.repoId())
            .append(r.repoName())
            .appendEpochDays((int) r.day().toEpochDay())
            .append(r.events())
            .append(r.stars())
            .append(r.forks())
            .append(r.pushes())
            .append(r.prsOpened())
            .append(r.prsMerged())
            .append(r.issuesOpened())
            .append(r.releases())
            .endRow();
      }
    }
  }

  private static void appendActivity(DuckDBConnection duck, int fileId, HourAggregate aggregate)
      throws SQLException {
    try (DuckDBAppender a = duck.createAppender("gha_activity")) {
      for (ActivityRow r : aggregate.activity()) {
        a.beginRow().append(fileId).appendEpochDays((int) r.day().toEpochDay()).append(r.actorId());
        appendId(a, r.repoId());
        appendId(a, r.orgId());
        a.append(r.events()).append(r.typeMask()).endRow();
      }
    }
  }

  private static void appendStars(DuckDBConnection duck, int fileId, HourAggregate aggregate)
      throws SQLException {
    try (DuckDBAppender a = duck.createAppender("gha_star")) {
      for (StarRow r : aggregate.stars()) {
        a.beginRow().append(r.eventKey()).append(fileId);
        appendId(a, r.repoId());
        appendText(a, r.repoName());
        appendId(a, r.actorId());
        appendText(a, r.actorLogin());
        appendTime(a, r.createdAt());
        a.endRow();
      }
    }
  }

  private static void appendMeta(DuckDBConnection duck, int fileId, HourAggregate aggregate)
      throws SQLException {
    try (DuckDBAppender a = duck.createAppender("gha_repo_meta")) {
      for (RepoMetaRow r : aggregate.repoMeta()) {
        a.beginRow().append(fileId).append(r.repoId());
        appendText(a, r.repoName());
        a.appendEpochDays((int) r.day().toEpochDay());
        appendTime(a, r.observedAt());
        a.append(r.eventKey()).append(r.source().label());
        appendText(a, r.language());
        appendText(a, r.description());
        appendNumber(a, r.stars());
        appendNumber(a, r.forks());
        appendTime(a, r.repoCreatedAt());
        a.endRow();
      }
    }
  }

  private static void appendId(DuckDBAppender a, long id) throws SQLException {
    if (id == ActivityRow.NONE) {
      a.appendNull();
    } else {
      a.append(id);
    }
  }

  private static void appendText(DuckDBAppender a, String text) throws SQLException {
    if (text == null) {
      a.appendNull();
    } else {
      a.append(text);
    }
  }

  private static void appendNumber(DuckDBAppender a, Long number) throws SQLException {
    if (number == null) {
      a.appendNull();
    } else {
      a.append(number.longValue());
    }
  }

  private static void appendTime(DuckDBAppender a, Instant time) throws SQLException {
    if (time == null) {
      a.appendNull();
    } else {
      a.appendEpochMicros(time.getEpochSecond() * 1_000_000L);
    }
  }

  private void insertFile(Connection connection, int fileId, FileKey key, HourManifest m)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO gha_file VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int i = 1;
      insert.setInt(i++, fileId);
      insert.setString(i++, key.text());
      insert.setString(i++, m.fileName());
      insert.setObject(i++, m.hour() == null ? null : utc(m.hour()));
      insert.setString(i++, m.status().label());
      insert.setLong(i++, m.compressedBytes());
      insert.setLong(i++, m.inflatedBytes());
      insert.setLong(i++, m.lines());
      insert.setLong(i++, m.events());
      insert.setLong(i++, m.duplicates());
      insert.setLong(i++, m.alreadyStored());
      insert.setLong(i++, m.malformed());
      insert.setLong(i++, m.undated());
      insert.setString(i++, m.fault());
      insert.setString(i++, m.malformedSamplesText());
      insert.setObject(i, utc(now));
      insert.executeUpdate();
    }
    try (PreparedStatement insert =
        connection.prepareStatement("INSERT INTO gha_file_type VALUES (?, ?, ?)")) {
      for (Map.Entry<String, Long> e : m.eventsByType().entrySet()) {
        insert.setInt(1, fileId);
        insert.setString(2, e.getKey());
        insert.setLong(3, e.getValue());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** A TIMESTAMP parameter holding the UTC wall time, whatever the JVM's time zone. */
  static java.time.LocalDateTime utc(Instant instant) {
    return java.time.LocalDateTime.ofInstant(instant, java.time.ZoneOffset.UTC);
  }
}
