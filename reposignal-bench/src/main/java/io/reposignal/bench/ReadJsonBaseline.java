package io.reposignal.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;

/**
 * DuckDB's own JSON reader doing comparable work: {@code read_json} over the hour files, counting
 * events and stars per repository and hour into a table. The baseline the ingest must beat.
 *
 * <p>Usage: {@code ReadJsonBaseline THREADS GLOB}; prints seconds, events and groups.
 */
public final class ReadJsonBaseline {
  private ReadJsonBaseline() {}

  public static void main(String[] args) throws Exception {
    int threads = Integer.parseInt(args[0]);
    String glob = args[1];
    long started = System.nanoTime();
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("SET threads = " + threads);
      }
      String sql =
          "CREATE TABLE repo_hour AS SELECT repo.id AS repo_id,"
              + " date_trunc('hour', created_at::TIMESTAMP) AS hour, count(*) AS events,"
              + " count(*) FILTER (WHERE type = 'WatchEvent') AS stars"
              + " FROM read_json(?, format = 'newline_delimited', compression = 'gzip',"
              + " columns = {type: 'VARCHAR', repo: 'STRUCT(id BIGINT, name VARCHAR)',"
              + " created_at: 'VARCHAR'})"
              + " GROUP BY ALL";
      try (PreparedStatement create = connection.prepareStatement(sql)) {
        create.setString(1, glob);
        create.execute();
      }
      try (Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("SELECT sum(events), count(*) FROM repo_hour")) {
        rows.next();
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
            Locale.ROOT,
            "read_json_seconds=%.3f events=%d groups=%d%n",
            seconds,
            rows.getLong(1),
            rows.getLong(2));
      }
    }
  }
}
