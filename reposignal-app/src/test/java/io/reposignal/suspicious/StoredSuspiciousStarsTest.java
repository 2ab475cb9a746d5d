package io.reposignal.suspicious;

import static org.assertj.core.api.Assertions.assertThat;

import io.reposignal.signal.series.DailySeries;
import io.reposignal.store.Store;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class StoredSuspiciousStarsTest {
  private static final LocalDate FIRST = LocalDate.parse("2026-02-01");

  @TempDir Path dir;

  private static DailySeries series(int key, int days) {
    DailySeries.Builder builder = DailySeries.builder(key, FIRST);
    for (int i = 0; i < days; i++) {
      builder.observed(100, 1000 + 100 * i);
    }
    return builder.build();
  }

  @Test
  void perDay_countsOnTwoDays_placedAtTheirIndexesAndZeroElsewhere() {
    long third = FIRST.plusDays(2).toEpochDay();
    long outside = FIRST.plusDays(40).toEpochDay();
    StoredSuspiciousStars stars =
        new StoredSuspiciousStars(Map.of(7, Map.of(third, 60, outside, 5)));
    assertThat(stars.perDay(series(7, 5))).containsExactly(0, 0, 60, 0, 0);
    assertThat(stars.perDay(series(8, 5))).containsExactly(0, 0, 0, 0, 0);
    assertThat(stars.trusted(series(7, 5)).gained(2)).isEqualTo(40);
  }

  @Test
  void forSnapshots_suspiciousRowUnderAnOldName_matchedCaseInsensitivelyToTheSnapshotKey()
      throws Exception {
    try (Store store = Store.open(dir.resolve("s.duckdb"))) {
      try (Statement statement = store.connection().createStatement()) {
        statement.execute(
            "INSERT INTO snap_alias VALUES (3, 'New/Name', 'new/name', DATE '2026-02-01',"
                + " DATE '2026-02-05'), (3, 'Old/Name', 'old/name', DATE '2026-01-01',"
                + " DATE '2026-01-31')");
        statement.execute(
            "INSERT INTO gha_repo_day_part (file_id, repo_id, repo_name, day, events, stars,"
                + " forks, pushes, prs_opened, prs_merged, issues_opened, releases) VALUES"
                + " (1, 99, 'OLD/name', DATE '2026-02-02', 70, 70, 0, 0, 0, 0, 0, 0),"
                + " (1, 99, 'new/NAME', DATE '2026-02-03', 1, 1, 0, 0, 0, 0, 0, 0)");
        statement.execute(
            "INSERT INTO suspicious_repo_day VALUES (99, 'OLD/name', DATE '2026-02-02', 70, 60,"
                + " 0.857, 'burst,young', 'a,b')");
      }
      StoredSuspiciousStars stars = StoredSuspiciousStars.forSnapshots(store);
      assertThat(stars.perDay(series(3, 4))).containsExactly(0, 60, 0, 0);
    }
  }

  @Test
  void forSnapshots_repositoryNoSnapshotKnows_keyedLikeItsEventsOnlySeries() throws Exception {
    try (Store store = Store.open(dir.resolve("events-only.duckdb"))) {
      try (Statement statement = store.connection().createStatement()) {
        statement.execute(
            "INSERT INTO gha_repo_day_part (file_id, repo_id, repo_name, day, events, stars,"
                + " forks, pushes, prs_opened, prs_merged, issues_opened, releases) VALUES"
                + " (1, 77, 'fresh/repo', DATE '2026-02-02', 90, 90, 0, 0, 0, 0, 0, 0)");
        statement.execute(
            "INSERT INTO suspicious_repo_day VALUES (77, 'fresh/repo', DATE '2026-02-02', 90, 85,"
                + " 0.944, 'burst,young', 'a,b')");
      }
      StoredSuspiciousStars stars = StoredSuspiciousStars.forSnapshots(store);
      int key = io.reposignal.signal.series.SourceLinks.eventsOnlyKey(77);
      assertThat(stars.perDay(series(key, 4))).containsExactly(0, 85, 0, 0);
    }
  }
}
