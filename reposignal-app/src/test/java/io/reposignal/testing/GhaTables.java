package io.reposignal.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every GH Archive table of a store as sorted text rows, for comparing two stores. */
public final class GhaTables {
  /** The stored tables, and columns that legitimately differ between runs. */
  private static final Map<String, String> TABLES =
      Map.of(
          "gha_file", "EXCLUDE (ingested_at)",
          "gha_file_type", "",
          "gha_file_keys", "",
          "gha_repo_day_part", "",
          "gha_activity", "",
          "gha_star", "",
          "gha_repo_meta", "",
          "gha_event_type", "");

  private GhaTables() {}

  public static Map<String, List<String>> snapshot(Connection connection) throws SQLException {
    Map<String, List<String>> tables = new LinkedHashMap<>();
    for (String table : TABLES.keySet().stream().sorted().toList()) {
      tables.put(table, rows(connection, "SELECT * " + TABLES.get(table) + " FROM " + table));
    }
    for (String view :
        List.of("gha_repo_day", "gha_actor_day", "gha_repo_name", "gha_hour", "gha_day_coverage")) {
      tables.put(view, rows(connection, "SELECT * FROM " + view));
    }
    return tables;
  }

  public static List<String> rows(Connection connection, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql + " ORDER BY ALL")) {
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
          row.append(i > 1 ? "|" : "").append(result.getString(i));
        }
        rows.add(row.toString());
      }
    }
    return rows;
  }

  public static long count(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }
}
