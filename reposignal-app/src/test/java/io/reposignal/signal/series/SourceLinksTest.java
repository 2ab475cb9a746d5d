package io.reposignal.signal.series;

import static org.assertj.core.api.Assertions.assertThat;

import io.reposignal.ingest.gharchive.load.GhArchiveIngester;
import io.reposignal.ingest.rankings.RankingsIngester;
import io.reposignal.ingest.rankings.SnapshotDeriver;
import io.reposignal.store.Store;
import io.reposignal.testing.HourFiles;
import io.reposignal.testing.SharedData;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Links between GH Archive repo ids and snapshot identities, on two real snapshot days
 * (2026-03-01/02) and hand-made hours of 2026-03-02.
 */
final class SourceLinksTest {
  private static final LocalDate DAY = LocalDate.parse("2026-03-02");

  @TempDir static Path dir;
  private static Store store;
  private static int openclaw;
  private static int linux;

  @BeforeAll
  static void build() throws Exception {
    store = Store.open(dir.resolve("db.duckdb"));
    new RankingsIngester(store, new RankingsIngester.Listener() {})
        .ingest(
            List.of(
                SharedData.rankings().resolve("github-ranking-2026-03-01.csv.gz"),
                SharedData.rankings().resolve("github-ranking-2026-03-02.csv.gz")),
            false);
    SnapshotDeriver.rebuildIfStale(store);
    openclaw = key("openclaw/openclaw");
    linux = key("torvalds/linux");
    HourFiles hours = new HourFiles(dir.resolve("hours"));
    List<Path> files = new ArrayList<>();
    // One repo id per hour: the name in another case, a name no snapshot knows (linked by
    // enrichment's repo id below), and a repository seen only in GH Archive.
    files.add(hours.hour(DAY.atTime(0, 0), 11, "OpenClaw/OPENCLAW", 4));
    files.add(hours.hour(DAY.atTime(1, 0), 22, "someone/kernel-mirror", 3));
    files.add(hours.hour(DAY.atTime(2, 0), 33, "nobody/new-thing", 2));
    new GhArchiveIngester(store, 1, Clock.systemUTC()).ingest(files, (o, d, t) -> {});
    try (PreparedStatement insert =
        store
            .connection()
            .prepareStatement(
                "INSERT INTO gh_repo (repo_id, full_name, full_name_lower, owner, name, topics,"
                    + " stargazers_count, forks_count, archived, fork, fetched_at, status)"
                    + " VALUES (22, 'torvalds/linux', 'torvalds/linux', 'torvalds', 'linux', [],"
                    + " 1, 1, false, false, TIMESTAMP '2026-03-03 00:00:00', 'ok')")) {
      insert.execute();
    }
  }

  private static int key(String name) throws Exception {
    try (PreparedStatement query =
        store
            .connection()
            .prepareStatement("SELECT repo_key FROM snap_alias WHERE full_name_lower = ?")) {
      query.setString(1, name);
      try (ResultSet rows = query.executeQuery()) {
        assertThat(rows.next()).as(name).isTrue();
        return rows.getInt(1);
      }
    }
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void read_sameNameInAnotherCase_linkedToTheSnapshotIdentity() {
    SourceLinks links = SourceLinks.read(store, DAY);

    assertThat(links.linked(11)).isTrue();
    assertThat(links.keyOf(11)).isEqualTo(openclaw);
    assertThat(links.repoIds(openclaw)).containsExactly(11L);
  }

  @Test
  void read_repoIdKnownToEnrichment_linkedWhateverTheEventName() {
    assertThat(SourceLinks.read(store, DAY).keyOf(22)).isEqualTo(linux);
  }

  @Test
  void read_eventsOnlyRepository_negativeKeyFromItsRepoId() {
    SourceLinks links = SourceLinks.read(store, DAY);

    assertThat(links.linked(33)).isFalse();
    assertThat(links.keyOf(33)).isEqualTo(-33);
  }

  @Test
  void read_asOfBeforeTheEvents_noNameLinkYet() {
    assertThat(SourceLinks.read(store, DAY.minusDays(1)).linked(11)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 33, 2_147_483_647L, 2_147_483_648L, 9_000_000_000L, 0, -5})
  void eventsOnlyKey_anyRepoId_negative(long repoId) {
    assertThat(SourceLinks.eventsOnlyKey(repoId)).isNegative();
  }

  @Test
  void load_threeHoursOfADay_linkedKeepsSnapshotEventsOnlyMaskedEstimate() {
    ReconciledSeriesSource source = SeriesSources.reconciled(store);
    SeriesSet set = source.load(DAY, DAY);

    DailySeries merged =
        set.series().stream().filter(s -> s.key() == openclaw).findFirst().orElseThrow();
    assertThat(merged.estimated(0)).isFalse();
    DailySeries eventsOnly =
        set.series().stream().filter(s -> s.key() == -33).findFirst().orElseThrow();
    assertThat(eventsOnly.gained(0)).as("rate assumed 1: only 3 hours read").isEqualTo(2);
    assertThat(eventsOnly.estimated(0)).isTrue();
    assertThat(eventsOnly.masked(0)).isTrue();
  }
}
