package io.reposignal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reposignal.error.ErrorKind;
import io.reposignal.error.RepoSignalException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class StoreTest {
  @TempDir Path dir;

  @Test
  void open_newFile_createsFoldersAndMigratesToTheLatestVersion() {
    Path file = dir.resolve("a").resolve("b").resolve("store.duckdb");

    try (Store store = Store.open(file)) {
      assertThat(Migrations.currentVersion(store)).isEqualTo(Migrations.ALL.size());
    }
    try (Store again = Store.open(file)) {
      assertThat(Migrations.currentVersion(again)).isEqualTo(Migrations.ALL.size());
    }
  }

  @Test
  void inTransaction_failure_rollsBackAppendedRowsToo() throws SQLException {
    try (Store store = Store.open(dir.resolve("store.duckdb"))) {
      store.inTransaction(
          connection -> {
            connection.createStatement().execute("CREATE TABLE t (x INTEGER)");
            return null;
          });

      assertThatThrownBy(
              () ->
                  store.inTransaction(
                      connection -> {
                        try (DuckDBAppender appender =
                            connection
                                .unwrap(DuckDBConnection.class)
                                .createAppender(DuckDBConnection.DEFAULT_SCHEMA, "t")) {
                          appender.beginRow();
                          appender.append(1);
                          appender.endRow();
                        }
                        throw new IllegalStateException("crash after the append");
                      }))
          .hasMessage("crash after the append");

      try (Statement statement = store.connection().createStatement();
          ResultSet rows = statement.executeQuery("SELECT count(*) FROM t")) {
        rows.next();
        assertThat(rows.getInt(1)).isZero();
      }
    }
  }

  @Test
  void limitMemory_capsDuckDbsMemory() throws SQLException {
    try (Store store = Store.open(dir.resolve("store.duckdb"));
        Statement statement = store.connection().createStatement()) {
      store.limitMemory(128);

      try (ResultSet rows =
          statement.executeQuery(
              "SELECT value FROM duckdb_settings() WHERE name = 'memory_limit'")) {
        rows.next();
        assertThat(rows.getString(1)).matches("12[0-9](\\.[0-9])? MiB");
      }
      assertThatThrownBy(() -> store.limitMemory(2)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void openReadOnly_missingFile_isNotFoundWithAHint() {
    assertThatThrownBy(() -> Store.openReadOnly(dir.resolve("none.duckdb")))
        .isInstanceOfSatisfying(
            RepoSignalException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND))
        .hasMessageContaining("reposignal demo");
  }
}
