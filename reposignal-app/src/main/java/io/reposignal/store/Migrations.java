package io.reposignal.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Brings a store's schema to the current version. Each migration is a SQL resource applied once, in
 * its own transaction together with its row in {@code schema_version}, so a crash between two
 * migrations leaves a consistent, older schema that the next start completes.
 */
final class Migrations {
  /** In order; append only. The version of a migration is its position, counting from 1. */
  static final List<String> ALL =
      List.of(
          "V001__rankings.sql",
          "V002__enrichment.sql",
          "V003__gharchive.sql",
          "V004__forecast.sql",
          "V005__parquet_import.sql",
          "V006__suspicious.sql",
          "V007__gharchive_file_keys.sql",
          "V008__snap_day_without_key.sql");

  private Migrations() {}

  static void apply(Store store) {
    store.inTransaction(
        connection -> {
          try (Statement statement = connection.createStatement()) {
            statement.execute(
                "CREATE TABLE IF NOT EXISTS schema_version ("
                    + " version INTEGER PRIMARY KEY, name VARCHAR NOT NULL,"
                    + " applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)");
          }
          return null;
        });
    int current = currentVersion(store);
    if (current > ALL.size()) {
      throw new StoreException(
          "the database "
              + store.file()
              + " has schema version "
              + current
              + " but this RepoSignal knows only up to "
              + ALL.size()
              + "; use a newer RepoSignal or another --db file",
          null);
    }
    for (int version = current + 1; version <= ALL.size(); version++) {
      String name = ALL.get(version - 1);
      String sql = resource(name);
      int applied = version;
      store.inTransaction(
          connection -> {
            execute(connection, sql);
            try (PreparedStatement insert =
                connection.prepareStatement(
                    "INSERT INTO schema_version (version, name) VALUES (?, ?)")) {
              insert.setInt(1, applied);
              insert.setString(2, name);
              insert.executeUpdate();
            }
            return null;
          });
    }
  }

  static int currentVersion(Store store) {
    try (Statement statement = store.connection().createStatement();
        ResultSet rows =
            statement.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
      rows.next();
      return rows.getInt(1);
    } catch (SQLException e) {
      throw new StoreException("cannot read the schema version: " + e.getMessage(), e);
    }
  }

  private static void execute(Connection connection, String script) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String sql : script.split(";\\s*(\\n|$)")) {
        String trimmed = stripComments(sql).strip();
        if (!trimmed.isEmpty()) {
          statement.execute(trimmed);
        }
      }
    }
  }

  private static String stripComments(String sql) {
    StringBuilder kept = new StringBuilder();
    for (String line : sql.split("\n")) {
      if (!line.strip().startsWith("--")) {
        kept.append(line).append('\n');
      }
    }
    return kept.toString();
  }

  private static String resource(String name) {
    try (InputStream in = Migrations.class.getResourceAsStream("/db/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing migration resource /db/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read migration /db/" + name, e);
    }
  }
}
