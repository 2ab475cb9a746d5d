package io.reposignal.ingest.rankings;

import io.reposignal.store.Store;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Rebuilds the derived snapshot tables (identities, aliases, daily series, calendar, data events)
 * from the raw rows whenever the set of ingested files changed. The rebuild is one transaction and
 * a pure function of the raw rows, so an interrupted ingest followed by a re-run gives exactly the
 * tables of a clean run.
 */
public final class SnapshotDeriver {
  static final String STATE_NAME = "rankings";

  private SnapshotDeriver() {}

  /** Rebuilds when the raw layer changed since the last build; returns true when it rebuilt. */
  public static boolean rebuildIfStale(Store store) {
    String fingerprint = fingerprint(store.connection());
    if (fingerprint.equals(builtFrom(store.connection()))) {
      return false;
    }
    rebuild(store, fingerprint);
    return true;
  }

  static void rebuild(Store store, String fingerprint) {
    SnapshotHistory history = new SnapshotHistory();
    try {
      readDays(store.connection(), history);
    } catch (SQLException e) {
      throw new io.reposignal.store.StoreException(
          "cannot read snapshot rows: " + e.getMessage(), e);
    }
    SnapshotHistory.Result result = history.result();
    store.inTransaction(
        connection -> {
          write(connection, result, fingerprint);
          return null;
        });
  }

  /**
   * Feeds the raw rows to {@code history}, day by day. Text columns repeat across days, so they are
   * read once into dictionaries and the rows carry their positions: fetching integers through JDBC
   * is several times faster than fetching the same strings again and again.
   */
  private static void readDays(Connection connection, SnapshotHistory history) throws SQLException {
    List<String> lists = dictionary(connection, "list");
    List<String> names = dictionary(connection, "full_name");
    List<String> languages = dictionary(connection, "language");
    List<String> descriptions = dictionary(connection, "description");
    String query =
        "SELECT r.day - DATE '1970-01-01', l.id, n.id, r.stars, r.forks, g.id, d.id"
            + " FROM rank_row r"
            + " JOIN "
            + dictionaryIds("list")
            + " l ON l.value = r.list"
            + " JOIN "
            + dictionaryIds("full_name")
            + " n ON n.value = r.full_name"
            + " LEFT JOIN "
            + dictionaryIds("language")
            + " g ON g.value = r.language"
            + " LEFT JOIN "
            + dictionaryIds("description")
            + " d ON d.value = r.description"
            + " ORDER BY r.day, lower(r.full_name), r.list";
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(query)) {
      long day = Long.MIN_VALUE;
      List<RankingsRowView> dayRows = new ArrayList<>();
      while (rows.next()) {
        long rowDay = rows.getLong(1);
        if (day != Long.MIN_VALUE && rowDay != day) {
          history.addDay(LocalDate.ofEpochDay(day), dayRows);
          dayRows = new ArrayList<>();
        }
        day = rowDay;
        int forks = rows.getInt(5);
        boolean forksKnown = !rows.wasNull();
        int language = rows.getInt(6);
        boolean languageKnown = !rows.wasNull();
        int description = rows.getInt(7);
        boolean descriptionKnown = !rows.wasNull();
        dayRows.add(
            new RankingsRowView(
                lists.get(rows.getInt(2)),
                names.get(rows.getInt(3)),
                rows.getInt(4),
                forksKnown ? forks : null,
                languageKnown ? languages.get(language) : null,
                descriptionKnown ? descriptions.get(description) : null));
      }
      if (day != Long.MIN_VALUE) {
        history.addDay(LocalDate.ofEpochDay(day), dayRows);
      }
    }
  }

  /** The distinct non-null values of a column, numbered from 0 in sort order. */
  private static String dictionaryIds(String column) {
    return "(SELECT value, CAST(row_number() OVER (ORDER BY value) - 1 AS INTEGER) AS id FROM"
        + " (SELECT DISTINCT "
        + column
        + " AS value FROM rank_row WHERE "
        + column
        + " IS NOT NULL))";
  }

  private static List<String> dictionary(Connection connection, String column) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery("SELECT value FROM " + dictionaryIds(column) + " ORDER BY id")) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }

  private static void write(
      Connection connection, SnapshotHistory.Result result, String fingerprint)
      throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String table : List.of("snap_repo", "snap_alias", "snap_day", "snap_calendar")) {
        statement.execute("DELETE FROM " + table);
      }
      statement.execute("DELETE FROM data_event WHERE source = 'rankings'");
    }
    DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
    try (DuckDBAppender repos = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "snap_repo");
        DuckDBAppender aliases =
            duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "snap_alias")) {
      for (IdentityResolver.ResolvedIdentity identity : result.identities()) {
        repos.beginRow();
        repos.append(identity.id());
        repos.append(identity.currentName());
        repos.append(identity.firstDay());
        repos.append(identity.lastDay());
        repos.endRow();
        for (IdentityResolver.Alias alias : identity.aliases()) {
          aliases.beginRow();
          aliases.append(identity.id());
          aliases.append(alias.fullName());
          aliases.append(alias.fullName().toLowerCase(Locale.ROOT));
          aliases.append(alias.firstDay());
          aliases.append(alias.lastDay());
          aliases.endRow();
        }
      }
    }
    try (DuckDBAppender days = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "snap_day")) {
      for (SnapshotHistory.DayRow row : result.rows()) {
        Observation seen = row.observation();
        days.beginRow();
        days.append(row.identity());
        days.append(row.day());
        appendNullable(days, seen == null ? null : seen.fullName());
        appendNullable(days, seen == null ? null : seen.stars());
        appendNullable(days, seen == null ? null : seen.forks());
        appendNullable(days, seen == null ? null : seen.language());
        appendNullable(days, seen == null ? null : seen.description());
        days.append(seen == null ? 0 : seen.lists());
        appendNullable(days, row.starsGained());
        days.append(row.interpolated());
        days.endRow();
      }
    }
    try (PreparedStatement calendar =
            connection.prepareStatement("INSERT INTO snap_calendar (day, status) VALUES (?, ?)");
        PreparedStatement event =
            connection.prepareStatement(
                "INSERT INTO data_event (day, source, kind, repos_affected, share, stars, detail)"
                    + " VALUES (?, 'rankings', ?, ?, ?, ?, ?)")) {
      for (LocalDate day : result.snapshotDays()) {
        calendar.setObject(1, day);
        calendar.setString(2, "observed");
        calendar.addBatch();
      }
      for (LocalDate day : result.missingDays()) {
        calendar.setObject(1, day);
        calendar.setString(2, "missing");
        calendar.addBatch();
        event.setObject(1, day);
        event.setString(2, "missing-day");
        event.setNull(3, java.sql.Types.INTEGER);
        event.setNull(4, java.sql.Types.DOUBLE);
        event.setNull(5, java.sql.Types.BIGINT);
        event.setString(
            6,
            "no snapshot file for this day; gains across it are spread over the gap and marked"
                + " interpolated");
        event.addBatch();
      }
      for (SnapshotHistory.DataEvent purge : result.purges()) {
        event.setObject(1, purge.day());
        event.setString(2, purge.kind());
        event.setInt(3, purge.reposAffected());
        event.setDouble(4, purge.share());
        event.setLong(5, purge.stars());
        event.setString(6, purge.detail());
        event.addBatch();
      }
      calendar.executeBatch();
      event.executeBatch();
    }
    try (PreparedStatement state =
        connection.prepareStatement(
            "INSERT OR REPLACE INTO derived_state (name, fingerprint, built_at)"
                + " VALUES (?, ?, current_timestamp)")) {
      state.setString(1, STATE_NAME);
      state.setString(2, fingerprint);
      state.executeUpdate();
    }
  }

  private static void appendNullable(DuckDBAppender appender, Object value) throws SQLException {
    if (value == null) {
      appender.appendNull();
    } else if (value instanceof Integer number) {
      appender.append(number.intValue());
    } else {
      appender.append((String) value);
    }
  }

  /** A digest of the ledger: which files, with which content, the raw layer holds. */
  static String fingerprint(Connection connection) {
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery("SELECT file_name, sha256 FROM rank_file ORDER BY file_name")) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      while (rows.next()) {
        digest.update(
            (rows.getString(1) + ':' + rows.getString(2) + '\n').getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (SQLException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("cannot fingerprint the snapshot ledger", e);
    }
  }

  private static String builtFrom(Connection connection) {
    try (PreparedStatement query =
        connection.prepareStatement("SELECT fingerprint FROM derived_state WHERE name = ?")) {
      query.setString(1, STATE_NAME);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() ? rows.getString(1) : "";
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the derived state", e);
    }
  }
}
