package io.reposignal.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.reposignal.testing.GhaTables;
import java.nio.file.Path;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Migration V008: snap_day keeps every row, in (repo_key, day) order, without its primary key. */
final class SnapDayMigrationTest {
  @TempDir Path dir;

  @Test
  void migration_fromKeyedSnapDay_keepsEveryRowInKeyOrderWithoutTheKey() throws Exception {
    Path file = dir.resolve("old.duckdb");
    try (Store store = Store.open(file);
        Statement s = store.connection().createStatement()) {
      // Back to the schema before V008, as an older RepoSignal left it.
      s.execute("DROP TABLE snap_day");
      s.execute(
          "CREATE TABLE snap_day (repo_key INTEGER NOT NULL, day DATE NOT NULL, full_name VARCHAR,"
              + " stars INTEGER, forks INTEGER, language VARCHAR, description VARCHAR,"
              + " lists INTEGER NOT NULL, stars_gained INTEGER, interpolated BOOLEAN NOT NULL,"
              + " PRIMARY KEY (repo_key, day))");
      s.execute(
          "INSERT INTO snap_day VALUES"
              + " (2, DATE '2026-01-02', 'b/b', 10, 1, 'Go', NULL, 1, 3, false),"
              + " (1, DATE '2026-01-02', 'a/a', 7, 0, NULL, 'x', 2, NULL, true),"
              + " (1, DATE '2026-01-01', 'a/a', 5, 0, NULL, 'x', 2, NULL, false)");
      s.execute("DELETE FROM schema_version WHERE version >= 8");
    }

    try (Store store = Store.open(file)) {
      assertThat(
              GhaTables.rows(
                  store.connection(), "SELECT repo_key, day, stars, interpolated FROM snap_day"))
          .containsExactly("1|2026-01-01|5|false", "1|2026-01-02|7|true", "2|2026-01-02|10|false");
      assertThat(
              GhaTables.count(
                  store.connection(),
                  "SELECT count(*) FROM duckdb_constraints() WHERE table_name = 'snap_day'"
                      + " AND constraint_type = 'PRIMARY KEY'"))
          .isZero();
    }
  }
}
