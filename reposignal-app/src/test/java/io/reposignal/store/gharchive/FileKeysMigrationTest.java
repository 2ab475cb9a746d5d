package io.reposignal.store.gharchive;

import static org.assertj.core.api.Assertions.assertThat;

import io.reposignal.store.Store;
import io.reposignal.testing.GhaTables;
import java.nio.file.Path;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Migration V007: a database written with one row per event key keeps every key, per file. */
final class FileKeysMigrationTest {
  @TempDir Path dir;

  @Test
  void migration_fromOneRowPerEvent_keepsEveryKeySortedPerFile() throws Exception {
    Path file = dir.resolve("old.duckdb");
    try (Store store = Store.open(file);
        Statement s = store.connection().createStatement()) {
      // Back to the schema before V007, as an older RepoSignal left it.
      s.execute("DROP TABLE gha_file_keys");
      s.execute("CREATE TABLE gha_event_id (id BIGINT NOT NULL, file_id INTEGER NOT NULL)");
      s.execute("INSERT INTO gha_event_id VALUES (30, 1), (10, 1), (20, 1), (-5, 2), (40, 2)");
      s.execute("DELETE FROM schema_version WHERE version >= 7");
    }

    try (Store store = Store.open(file)) {
      assertThat(
              GhaTables.rows(
                  store.connection(), "SELECT file_id, min_key, max_key, keys FROM gha_file_keys"))
          .containsExactly("1|10|30|[10, 20, 30]", "2|-5|40|[-5, 40]");
      assertThat(
              GhaTables.count(
                  store.connection(),
                  "SELECT count(*) FROM information_schema.tables WHERE table_name = 'gha_event_id'"))
          .isZero();
    }
  }
}
