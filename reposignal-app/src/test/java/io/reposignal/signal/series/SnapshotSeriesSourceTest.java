package io.reposignal.signal.series;

import static org.assertj.core.api.Assertions.assertThat;

import io.reposignal.ingest.rankings.RankingsIngester;
import io.reposignal.store.Store;
import io.reposignal.testing.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SnapshotSeriesSourceTest {
  private static final LocalDate DAY = LocalDate.of(2026, 1, 31);

  @TempDir Path dir;

  @Test
  void factsOn_snapshotWithoutLanguage_takesTheEnrichedLanguage() throws Exception {
    Path input = Files.createDirectories(dir.resolve("in"));
    String name = "github-ranking-" + DAY + ".csv.gz";
    Files.copy(SharedData.rankings().resolve(name), input.resolve(name));
    try (Store store = Store.open(dir.resolve("db.duckdb"))) {
      new RankingsIngester(store, new RankingsIngester.Listener() {}).ingest(List.of(input), false);
      enrich(store, 1, "sindresorhus/awesome", "Markdown");
      enrich(store, 2, "facebook/react", "Fortran");

      Map<Integer, RepoFacts> facts = new SnapshotSeriesSource(store).factsOn(DAY);

      assertThat(language(facts, "sindresorhus/awesome")).isEqualTo("Markdown");
      assertThat(language(facts, "facebook/react"))
          .as("the snapshot's own language wins")
          .isEqualTo("JavaScript");
    }
  }

  private static String language(Map<Integer, RepoFacts> facts, String name) {
    return facts.values().stream()
        .filter(f -> f.repo().equalsIgnoreCase(name))
        .findFirst()
        .orElseThrow()
        .language();
  }

  private static void enrich(Store store, long id, String name, String language) throws Exception {
    try (PreparedStatement insert =
        store
            .connection()
            .prepareStatement(
                "INSERT INTO gh_repo (repo_id, full_name, full_name_lower, owner, name, language,"
                    + " topics, stargazers_count, forks_count, archived, fork, fetched_at, status)"
                    + " VALUES (?, ?, lower(?), split_part(?, '/', 1), split_part(?, '/', 2), ?,"
                    + " [], 1, 0, false, false, TIMESTAMP '2026-02-01 00:00:00', 'ok')")) {
      insert.setLong(1, id);
      for (int i = 2; i <= 5; i++) {
        insert.setString(i, name);
      }
      insert.setString(6, language);
      insert.executeUpdate();
    }
  }
}
