package io.reposignal.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.reposignal.store.Store;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class RepoMetadataLookupTest {
  @TempDir Path folder;

  @Test
  void find_neverEnriched_isEmpty() throws Exception {
    try (Store store = Store.open(folder.resolve("test.duckdb"))) {
      assertThat(RepoMetadataLookup.find(store.connection(), "octo/widget")).isEmpty();
    }
  }

  @Test
  void find_oldNameNowTakenByAnotherRepository_returnsTheCurrentHolder() throws Exception {
    try (Store store = Store.open(folder.resolve("test.duckdb"))) {
      store.inTransaction(
          connection -> {
            insertRepo(connection, 1, "octo/renamed", "Go");
            insertRepo(connection, 2, "octo/widget", "Zig");
            try (PreparedStatement rename =
                connection.prepareStatement(
                    "INSERT INTO gh_rename VALUES ('octo/widget', 'octo/widget', 'octo/renamed', 1,"
                        + " TIMESTAMP '2026-06-01 00:00:00')")) {
              rename.executeUpdate();
            }
            return null;
          });

      RepoMetadata holder =
          RepoMetadataLookup.find(store.connection(), "Octo/Widget").orElseThrow();
      RepoMetadata renamed =
          RepoMetadataLookup.find(store.connection(), "octo/renamed").orElseThrow();

      assertThat(holder.repoId()).isEqualTo(2);
      assertThat(holder.language()).isEqualTo("Zig");
      assertThat(renamed.repoId()).isEqualTo(1);
      assertThat(renamed.topics()).containsExactly("a", "b");
      assertThat(renamed.description()).isNull();
      assertThat(renamed.fetchedAt())
          .isEqualTo(LocalDateTime.of(2026, 6, 2, 3, 4, 5).toInstant(java.time.ZoneOffset.UTC));
    }
  }

  private static void insertRepo(
      java.sql.Connection connection, long id, String name, String language)
      throws java.sql.SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO gh_repo (repo_id, full_name, full_name_lower, owner, name, language,"
                + " topics, stargazers_count, forks_count, archived, fork, fetched_at, status)"
                + " VALUES (?, ?, lower(?), split_part(?, '/', 1), split_part(?, '/', 2), ?,"
                + " ['a', 'b'], 1, 0, false, false, TIMESTAMP '2026-06-02 03:04:05', 'ok')")) {
      insert.setLong(1, id);
      insert.setString(2, name);
      insert.setString(3, name);
      insert.setString(4, name);
      insert.setString(5, name);
      insert.setString(6, language);
      insert.executeUpdate();
    }
  }
}
