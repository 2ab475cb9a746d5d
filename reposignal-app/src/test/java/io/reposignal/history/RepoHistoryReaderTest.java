package io.reposignal.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reposignal.error.ErrorKind;
import io.reposignal.error.RepoSignalException;
import io.reposignal.ingest.rankings.RankingsIngester;
import io.reposignal.store.Store;
import io.reposignal.testing.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class RepoHistoryReaderTest {
  @TempDir Path dir;

  private Store storeWithDays(String... days) throws Exception {
    Path input = Files.createDirectories(dir.resolve("in"));
    for (String day : days) {
      String name = "github-ranking-" + day + ".csv.gz";
      Files.copy(SharedData.rankings().resolve(name), input.resolve(name));
    }
    Store store = Store.open(dir.resolve("db.duckdb"));
    new RankingsIngester(store, new RankingsIngester.Listener() {}).ingest(List.of(input), false);
    return store;
  }

  @Test
  void read_oldNameAcrossARename_returnsCurrentNameAliasesAndContinuousSeries() throws Exception {
    try (Store store = storeWithDays("2026-01-29", "2026-01-30", "2026-01-31")) {
      RepoHistory history = new RepoHistoryReader(store).read("MOLTBOT/moltbot");

      assertThat(history.repo()).isEqualTo("openclaw/openclaw");
      assertThat(history.aliases())
          .containsExactly("moltbot/moltbot", "openclaw/moltbot", "openclaw/openclaw");
      assertThat(history.series()).hasSize(3);
      assertThat(history.series().get(0).starsGained()).isNull();
      assertThat(history.series().get(1).starsGained()).isPositive();
      assertThat(history.series().get(2).starsGained()).isPositive();
      assertThat(history.github()).isNull();
    }
  }

  @Test
  void read_enrichedUnderAnOldName_showsGitHubMetadataWithItsFetchTime() throws Exception {
    try (Store store = storeWithDays("2026-01-30", "2026-01-31")) {
      try (PreparedStatement insert =
          store
              .connection()
              .prepareStatement(
                  "INSERT INTO gh_repo (repo_id, full_name, full_name_lower, owner, name,"
                      + " language, topics, stargazers_count, forks_count, archived, fork,"
                      + " fetched_at, status) VALUES (42, 'openclaw/moltbot', 'openclaw/moltbot',"
                      + " 'openclaw', 'moltbot', 'TypeScript', ['assistant', 'ai'], 106000, 0,"
                      + " false, false, TIMESTAMP '2026-01-30 12:00:00', 'ok')")) {
        insert.executeUpdate();
      }

      RepoHistory history = new RepoHistoryReader(store).read("openclaw/openclaw");

      assertThat(history.github()).isNotNull();
      assertThat(history.github().language()).isEqualTo("TypeScript");
      assertThat(history.github().topics()).containsExactly("assistant", "ai");
      assertThat(history.github().fetchedAt()).isEqualTo(Instant.parse("2026-01-30T12:00:00Z"));
    }
  }

  @Test
  void read_malformedName_isAUsageError() throws Exception {
    try (Store store = storeWithDays("2026-01-30")) {
      assertThatThrownBy(() -> new RepoHistoryReader(store).read("not a name"))
          .isInstanceOfSatisfying(
              RepoSignalException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.USAGE));
    }
  }
}
