package io.reposignal.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.reposignal.signal.SnapshotCalendar;
import io.reposignal.store.Store;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ClusterFinderTest {
  private static final LocalDate FIRST = LocalDate.of(2026, 3, 1);
  private static final LocalDate LAST = LocalDate.of(2026, 6, 30);

  @TempDir Path folder;
  private Path database;

  /** One repository's snapshots: observed daily from {@code first} to LAST, gaining daily. */
  private record Seed(int key, String name, String description, LocalDate first, int gain) {}

  @BeforeEach
  void seed() throws Exception {
    database = folder.resolve("clusters.duckdb");
    List<Seed> seeds =
        List.of(
            new Seed(1, "alpha/proxy-client", "A proxy client for tunnels", FIRST, 10),
            new Seed(
                2,
                "beta/proxy-app",
                "Proxy client app with tunnels",
                LocalDate.of(2026, 5, 20),
                20),
            new Seed(
                3, "gamma/proxy-gui", "GUI proxy client, tunnels", LocalDate.of(2026, 6, 20), 10),
            new Seed(4, "delta/recipes", "Cooking recipes for busy people", FIRST, 50),
            new Seed(5, "eps/tunnel-proxy", "Tunnel proxy client", LocalDate.of(2026, 6, 25), 5));
    try (Store store = Store.open(database)) {
      store.inTransaction(
          connection -> {
            for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
              try (PreparedStatement calendar =
                  connection.prepareStatement(
                      "INSERT INTO snap_calendar (day, status) VALUES (?, 'observed')")) {
                calendar.setObject(1, day);
                calendar.executeUpdate();
              }
            }
            for (Seed seed : seeds) {
              try (PreparedStatement repo =
                  connection.prepareStatement(
                      "INSERT INTO snap_repo (repo_key, full_name, first_day, last_day)"
                          + " VALUES (?, ?, ?, ?)")) {
                repo.setInt(1, seed.key());
                repo.setString(2, seed.name());
                repo.setObject(3, seed.first());
                repo.setObject(4, LAST);
                repo.executeUpdate();
              }
              int stars = 1_000;
              for (LocalDate day = seed.first(); !day.isAfter(LAST); day = day.plusDays(1)) {
                boolean firstDay = day.equals(seed.first());
                stars += firstDay ? 0 : seed.gain();
                try (PreparedStatement row =
                    connection.prepareStatement(
                        "INSERT INTO snap_day (repo_key, day, full_name, stars, language,"
                            + " description, lists, stars_gained, interpolated)"
                            + " VALUES (?, ?, ?, ?, 'Go', ?, 1, ?, false)")) {
                  row.setInt(1, seed.key());
                  row.setObject(2, day);
                  row.setString(3, seed.name());
                  row.setInt(4, stars);
                  row.setString(5, seed.description());
                  row.setObject(6, firstDay ? null : seed.gain());
                  row.executeUpdate();
                }
              }
            }
            return null;
          });
    }
  }

  @Test
  void find_allRepositories_countsMembersObservedThenAndMarksGrowthFromOne() {
    try (Store store = Store.open(database)) {
      List<RepoCluster> clusters =
          new ClusterFinder(store, StargazerSource.NONE, ClusterSettings.defaults(null)).find(LAST);

      assertThat(clusters)
          .singleElement()
          .satisfies(
              cluster -> {
                assertThat(cluster.repos())
                    .containsExactly(
                        "beta/proxy-app",
                        "alpha/proxy-client",
                        "gamma/proxy-gui",
                        "eps/tunnel-proxy");
                assertThat(cluster.owners()).containsExactly("alpha", "beta", "eps", "gamma");
                assertThat(cluster.languages()).containsExactly("Go");
                assertThat(cluster.size()).isEqualTo(4);
                assertThat(cluster.size30dAgo()).isEqualTo(2); // alpha, beta (first seen 05-20)
                assertThat(cluster.size60dAgo()).isEqualTo(1);
                assertThat(cluster.size90dAgo()).isEqualTo(1);
                // now: 70 + 140 + 70 + 25 (eps counts from its first observation, 5 days)
                assertThat(cluster.stars7d()).isEqualTo(70 + 140 + 70 + 25);
                assertThat(cluster.stars7d30dAgo()).isEqualTo(70 + 140);
                assertThat(cluster.stars7d90dAgo()).isEqualTo(70);
                assertThat(cluster.emerging()).isTrue();
                // "client" and "proxy" are in every member and equally rare: alphabetical
                assertThat(cluster.label()).isEqualTo("client / proxy / tunnels");
              });
    }
  }

  @Test
  void find_topGainers_leavesOutRepositoriesBelowTheCut() {
    try (Store store = Store.open(database)) {
      // top 4 by 7-day gain: recipes 350, beta 140, alpha 70, gamma 70; eps (25) is out
      List<RepoCluster> clusters =
          new ClusterFinder(store, StargazerSource.NONE, ClusterSettings.defaults(4)).find(LAST);

      assertThat(clusters)
          .singleElement()
          .satisfies(
              cluster -> {
                assertThat(cluster.repos()).doesNotContain("eps/tunnel-proxy").hasSize(3);
                // 30 days earlier only alpha, beta and recipes had 7-day gains: all in the top 4
                assertThat(cluster.size30dAgo()).isEqualTo(2);
                assertThat(cluster.emerging()).isFalse(); // 1 to 3: doubled, but only 2 new members
              });
    }
  }

  @Test
  void find_dayNearTheStartOfTheData_hasUnknownPastSizes() {
    try (Store store = Store.open(database)) {
      LocalDate early = LocalDate.of(2026, 3, 20);

      List<RepoCluster> clusters =
          new ClusterFinder(store, StargazerSource.NONE, ClusterSettings.defaults(null))
              .find(early);

      // only alpha and recipes exist then: no cluster of three
      assertThat(clusters).isEmpty();
      assertThat(
              ClusterFinder.snapshotDayOnOrBefore(
                  SnapshotCalendar.load(store), early.minusDays(30)))
          .isNull();
    }
  }

  @Test
  void snapshotDayOnOrBefore_needsAFullSevenDayWindowInsideTheData() {
    try (Store store = Store.open(database)) {
      SnapshotCalendar calendar = SnapshotCalendar.load(store);

      assertThat(ClusterFinder.snapshotDayOnOrBefore(calendar, FIRST.plusDays(6)))
          .isEqualTo(FIRST.plusDays(6));
      assertThat(ClusterFinder.snapshotDayOnOrBefore(calendar, FIRST.plusDays(5))).isNull();
      assertThat(ClusterFinder.snapshotDayOnOrBefore(calendar, LAST.plusDays(3))).isEqualTo(LAST);
    }
  }
}
