package io.reposignal.signal.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reposignal.ingest.rankings.RankingsIngester;
import io.reposignal.store.Store;
import io.reposignal.testing.RealSnapshots;
import io.reposignal.testing.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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

  /** Spans the purge of 2026-02-14 and the missing snapshot of 2026-05-02. */
  @Test
  void windows_rangesInsideOneRead_sameSeriesAsLoadingEachRange() {
    try (Store store = RealSnapshots.open()) {
      SnapshotSeriesSource source = new SnapshotSeriesSource(store);
      DailySeriesSource.Windows windows =
          source.windows(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 5, 10));

      for (LocalDate[] range :
          new LocalDate[][] {
            {LocalDate.of(2026, 1, 8), LocalDate.of(2026, 2, 14)},
            {LocalDate.of(2026, 3, 26), LocalDate.of(2026, 5, 2)},
            {LocalDate.of(2026, 5, 10), LocalDate.of(2026, 5, 10)}
          }) {
        Map<Integer, DailySeries> sliced = byKey(windows.load(range[0], range[1]));
        Map<Integer, DailySeries> loaded = byKey(source.load(range[0], range[1]));

        assertThat(sliced).as("every series with data in %s", range[0]).isNotEmpty();
        for (Map.Entry<Integer, DailySeries> entry : loaded.entrySet()) {
          DailySeries alone = entry.getValue();
          DailySeries slice = sliced.get(entry.getKey());
          if (slice == null) {
            assertThat(figures(alone)).as("left out: knows nothing").allMatch(String::isEmpty);
          } else {
            assertThat(figures(slice)).as(alone.toString()).isEqualTo(figures(alone));
          }
        }
        assertThat(loaded.keySet()).containsAll(sliced.keySet());
      }
    }
  }

  @Test
  void windows_rangeOutsideTheRead_isRefused() {
    try (Store store = RealSnapshots.open()) {
      DailySeriesSource.Windows windows =
          new SnapshotSeriesSource(store)
              .windows(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31));

      assertThatThrownBy(() -> windows.load(LocalDate.of(2026, 1, 20), LocalDate.of(2026, 2, 1)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("2026-02-01");
    }
  }

  @Test
  void factsOn_manyDays_sameAsEachDayAlone() {
    List<LocalDate> days =
        List.of(
            LocalDate.of(2025, 12, 19),
            LocalDate.of(2026, 1, 30),
            LocalDate.of(2026, 2, 14),
            LocalDate.of(2026, 5, 1),
            LocalDate.of(2026, 6, 29));
    try (Store store = RealSnapshots.open()) {
      SnapshotSeriesSource source = new SnapshotSeriesSource(store);

      Map<LocalDate, Map<Integer, RepoFacts>> together = source.factsOn(days);

      assertThat(together.keySet()).containsExactlyInAnyOrderElementsOf(days);
      for (LocalDate day : days) {
        assertThat(together.get(day)).as(day.toString()).isEqualTo(source.factsOn(day));
      }
      assertThat(
              together.get(days.get(0)).entrySet().stream()
                  .filter(e -> together.get(days.get(4)).containsKey(e.getKey()))
                  .filter(e -> !e.getValue().equals(together.get(days.get(4)).get(e.getKey()))))
          .as("some descriptions or languages changed over the days, so changes are read")
          .isNotEmpty();
    }
  }

  private static Map<Integer, DailySeries> byKey(SeriesSet set) {
    Map<Integer, DailySeries> series = new HashMap<>();
    for (DailySeries one : set.series()) {
      series.put(one.key(), one);
    }
    return series;
  }

  /** Day by day: gain, total and flags ("" where nothing is known). */
  private static List<String> figures(DailySeries series) {
    List<String> days = new ArrayList<>();
    for (int i = 0; i < series.length(); i++) {
      boolean nothing =
          series.gained(i) == null
              && series.total(i) == null
              && !series.observed(i)
              && !series.interpolated(i)
              && !series.masked(i)
              && !series.estimated(i);
      days.add(
          nothing
              ? ""
              : series.day(i)
                  + " "
                  + series.gained(i)
                  + " "
                  + series.total(i)
                  + " "
                  + series.observed(i)
                  + series.interpolated(i)
                  + series.masked(i)
                  + series.estimated(i));
    }
    return days;
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
