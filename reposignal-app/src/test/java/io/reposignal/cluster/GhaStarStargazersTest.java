package io.reposignal.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.reposignal.store.Store;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class GhaStarStargazersTest {
  private static final LocalDate FROM = LocalDate.of(2026, 6, 1);
  private static final LocalDate TO = LocalDate.of(2026, 6, 30);

  @TempDir Path folder;

  @Test
  void stargazers_noStarTable_knowsNobody() {
    try (Store store = Store.open(folder.resolve("empty.duckdb"))) {
      assertThat(new GhaStarStargazers(store).stargazers(FROM, TO, List.of("a/x"))).isEmpty();
    }
  }

  @Test
  void stargazers_starTable_givesActorsPerRepositoryInsideTheWindow() throws Exception {
    try (Store store = Store.open(folder.resolve("stars.duckdb"))) {
      // The shape of gha_star as the GH Archive ingest creates it (IF NOT EXISTS: once that
      // migration lands, the table is already there).
      try (Statement statement = store.connection().createStatement()) {
        statement.execute(
            "CREATE TABLE IF NOT EXISTS gha_star (event_id BIGINT NOT NULL, file_id INTEGER NOT"
                + " NULL, repo_id BIGINT, repo_name VARCHAR, actor_id BIGINT, actor_login VARCHAR,"
                + " created_at TIMESTAMP)");
      }
      star(store, 1, "a/x", 10L, "2026-05-31T23:59:59");
      star(store, 2, "a/x", 11L, "2026-06-01T00:00:00");
      star(store, 3, "A/X", 12L, "2026-06-30T23:59:59");
      star(store, 4, "a/x", 13L, "2026-07-01T00:00:00");
      star(store, 5, "a/x", 11L, "2026-06-02T00:00:00"); // the same account again
      star(store, 6, "b/y", 11L, "2026-06-15T00:00:00");
      star(store, 7, "c/z", 14L, "2026-06-15T00:00:00"); // not asked for
      star(store, 8, "b/y", null, "2026-06-15T00:00:00"); // actor unknown
      star(store, 9, "b/y'); DROP TABLE gha_star; --", 15L, "2026-06-15T00:00:00");

      Map<String, Set<Long>> stargazers =
          new GhaStarStargazers(store).stargazers(FROM, TO, List.of("A/x", "b/y", "d/none"));

      assertThat(stargazers).containsOnlyKeys("a/x", "b/y");
      assertThat(stargazers.get("a/x")).containsExactlyInAnyOrder(11L, 12L);
      assertThat(stargazers.get("b/y")).containsExactly(11L);
    }
  }

  @Test
  void stargazers_suspiciousStars_leftOut() throws Exception {
    try (Store store = Store.open(folder.resolve("farm.duckdb"))) {
      star(store, 1, "a/x", 21L, "2026-06-10T00:00:00");
      star(store, 2, "b/y", 21L, "2026-06-10T00:01:00"); // a farm account on both
      star(store, 3, "b/y", 22L, "2026-06-11T00:00:00");
      try (Statement statement = store.connection().createStatement()) {
        statement.execute(
            "INSERT INTO suspicious_star VALUES (1, 1, 'a/x', DATE '2026-06-10', 21, 'farm', 1.0,"
                + " 'lockstep'), (2, 2, 'b/y', DATE '2026-06-10', 21, 'farm', 1.0, 'lockstep')");
      }

      Map<String, Set<Long>> stargazers =
          new GhaStarStargazers(store).stargazers(FROM, TO, List.of("a/x", "b/y"));

      assertThat(stargazers).containsOnlyKeys("b/y");
      assertThat(stargazers.get("b/y")).containsExactly(22L);
    }
  }

  private static void star(Store store, long id, String repo, Long actor, String at)
      throws Exception {
    try (PreparedStatement insert =
        store
            .connection()
            .prepareStatement(
                "INSERT INTO gha_star (event_id, file_id, repo_name, actor_id, created_at)"
                    + " VALUES (?, 1, ?, ?, ?)")) {
      insert.setLong(1, id);
      insert.setString(2, repo);
      insert.setObject(3, actor);
      insert.setObject(4, LocalDateTime.parse(at));
      insert.executeUpdate();
    }
  }
}
