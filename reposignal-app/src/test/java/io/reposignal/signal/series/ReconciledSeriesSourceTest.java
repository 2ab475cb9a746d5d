package io.reposignal.signal.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.reposignal.history.RepoHistory;
import io.reposignal.history.RepoHistoryReader;
import io.reposignal.ingest.gharchive.load.GhArchiveIngester;
import io.reposignal.ingest.rankings.RankingsIngester;
import io.reposignal.ingest.rankings.SnapshotDeriver;
import io.reposignal.signal.RepoSignal;
import io.reposignal.signal.SignalEngine;
import io.reposignal.store.Store;
import io.reposignal.testing.SharedData;
import io.reposignal.testing.SynthHours;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reconciliation on synthetic events made for real snapshot repositories: six real snapshot days
 * (2026-03-01..06) give every repository's real daily gains on 03-02..06; a plan thins each to the
 * planted capture rate of 25% (daily events = round(gain x 0.25)) and the generator writes those
 * five days of hours over a small background. One large repository is also planted under a name no
 * snapshot knows (estimate-check/...): seen only in GH Archive, its stars must be estimated back
 * from its events.
 */
final class ReconciledSeriesSourceTest {
  private static final double PLANTED_RATE = 0.25;
  private static final LocalDate FIRST = LocalDate.parse("2026-03-02");
  private static final int DAYS = 5;

  @TempDir static Path dir;
  private static Store store;
  private static ReconciledSeriesSource source;
  private static String holdout;
  private static String eventsOnlyName;
  private static int[] holdoutGains;

  @BeforeAll
  static void build() throws Exception {
    store = Store.open(dir.resolve("db.duckdb"));
    List<Path> files = new ArrayList<>();
    for (int d = 1; d <= 6; d++) {
      files.add(SharedData.rankings().resolve("github-ranking-2026-03-0" + d + ".csv.gz"));
    }
    new RankingsIngester(store, new RankingsIngester.Listener() {}).ingest(files, false);
    SnapshotDeriver.rebuildIfStale(store);
    Map<String, int[]> gains = realGains();
    // The events-only check: the repository with the largest smallest daily gain (steady and
    // large, so rounding to whole events matters little).
    holdout =
        gains.entrySet().stream()
            .max(
                (a, b) ->
                    Integer.compare(
                        java.util.Arrays.stream(a.getValue()).min().orElse(0),
                        java.util.Arrays.stream(b.getValue()).min().orElse(0)))
            .orElseThrow()
            .getKey();
    holdoutGains = gains.get(holdout);
    eventsOnlyName = "estimate-check/" + holdout.substring(holdout.indexOf('/') + 1);

    ObjectMapper json = new ObjectMapper();
    ObjectNode plan = json.createObjectNode();
    ArrayNode repos = plan.putArray("repos");
    gains.forEach((name, daily) -> repos.add(planted(json, name, daily)));
    repos.add(planted(json, eventsOnlyName, holdoutGains));
    Path planFile = dir.resolve("plan.json");
    json.writeValue(planFile.toFile(), plan);
    Path hours = dir.resolve("hours");
    SynthHours.generate(hours, FIRST + "T00", 24 * DAYS, 200, 2_000, 5, planFile);
    List<Path> hourFiles;
    try (var listing = Files.list(hours)) {
      hourFiles = listing.sorted().toList();
    }
    new GhArchiveIngester(store, 2, Clock.systemUTC()).ingest(hourFiles, (o, d, t) -> {});
    source = SeriesSources.reconciled(store);
  }

  private static ObjectNode planted(ObjectMapper json, String name, int[] daily) {
    ObjectNode repo = json.createObjectNode();
    repo.put("name", name).put("pattern", "thinned").put("start", FIRST.toString());
    ArrayNode values = repo.putArray("daily");
    for (int gain : daily) {
      values.add(Math.round(Math.max(gain, 0) * PLANTED_RATE));
    }
    return repo;
  }

  /**
   * Real daily gains of every repository with a real (not interpolated) gain on any of the five
   * days, by current name; 0 on its other days. All of them are planted: a snapshot repository left
   * out would count as captured by no event at all.
   */
  private static Map<String, int[]> realGains() throws Exception {
    Map<String, int[]> gains = new LinkedHashMap<>();
    String sql =
        "SELECT r.full_name, (d.day - ?::DATE)::INTEGER, d.stars_gained FROM snap_day d"
            + " JOIN snap_repo r USING (repo_key) WHERE d.day BETWEEN ? AND ?"
            + " AND d.stars_gained IS NOT NULL AND NOT d.interpolated ORDER BY r.full_name, d.day";
    try (PreparedStatement query = store.connection().prepareStatement(sql)) {
      query.setObject(1, FIRST);
      query.setObject(2, FIRST);
      query.setObject(3, FIRST.plusDays(DAYS - 1));
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          gains.computeIfAbsent(rows.getString(1), name -> new int[DAYS])[rows.getInt(2)] =
              rows.getInt(3);
        }
      }
    }
    return gains;
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void rates_everyPlantedDay_measuredWithinOnePointOfThePlantedRate() {
    for (CaptureRate rate : source.rates(FIRST, FIRST.plusDays(DAYS - 1))) {
      assertThat(rate.basis()).as("%s", rate).isEqualTo(CaptureRate.MEASURED);
      // Tolerance 0.01: rounding each repository's events to a whole number moves the pooled
      // ratio by far less; the background's names never match a snapshot name.
      assertThat(rate.rate()).as("%s", rate).isCloseTo(PLANTED_RATE, within(0.01));
      assertThat(rate.repos()).isGreaterThan(100);
    }
  }

  @Test
  void rates_dayAfterTheEvents_carriedFromTheLastMeasuredDay() {
    CaptureRate after = source.rates().on(FIRST.plusDays(DAYS + 3));
    assertThat(after.basis()).isEqualTo(CaptureRate.CARRIED);
    assertThat(after.measuredOn()).isEqualTo(FIRST.plusDays(DAYS - 1));
  }

  @Test
  void rates_dayWithoutSnapshotsOrEvents_assumedOne() {
    CaptureRate before = source.rates().on(FIRST.minusDays(1));
    assertThat(before.basis()).isEqualTo(CaptureRate.ASSUMED);
    assertThat(before.rate()).isEqualTo(1.0);
  }

  @Test
  void observedOn_eventsOnlyRepository_starsEstimatedCloseToTheTruth() {
    LocalDate last = FIRST.plusDays(DAYS - 1);
    RepoSignal estimate = signalOf(eventsOnlyName, last);
    RepoSignal truth = signalOf(holdout, last);
    assertThat(estimate.estimated()).isTrue();
    assertThat(estimate.stars()).isNull();
    assertThat(truth.estimated()).isFalse();
    // Tolerance 5%: events are whole numbers (round(gain x 0.25), up to 2 stars off a day once
    // divided by the rate) and the measured rate is itself within 0.01 of 0.25.
    assertThat((double) estimate.stars1d())
        .isCloseTo(holdoutGains[DAYS - 1], within(0.05 * holdoutGains[DAYS - 1]));
    int truthWeek = java.util.Arrays.stream(holdoutGains).sum();
    assertThat((double) estimate.stars7d()).isCloseTo(truthWeek, within(0.05 * truthWeek));
    assertThat(estimate.partial()).contains("stars_7d");
  }

  @Test
  void observedOn_repositoryInBothSources_snapshotFiguresWin() {
    RepoSignal both = signalOf(holdout, FIRST.plusDays(DAYS - 1));
    assertThat(both.stars1d()).isEqualTo(holdoutGains[DAYS - 1]);
    assertThat(both.stars()).isNotNull();
  }

  @Test
  void read_eventsOnlyRepository_seriesOfEstimatesWithEvents() {
    RepoHistory history =
        new RepoHistoryReader(store).read(eventsOnlyName.toUpperCase(java.util.Locale.ROOT));
    assertThat(history.repo()).isEqualTo(eventsOnlyName);
    RepoHistory.Day last = history.series().get(history.series().size() - 1);
    assertThat(last.source()).isEqualTo("gharchive-estimate");
    assertThat(last.starsEvents()).isEqualTo(Math.round(holdoutGains[DAYS - 1] * PLANTED_RATE));
    assertThat(last.starsTotal()).isNull();
    assertThat((double) last.starsGained())
        .isCloseTo(holdoutGains[DAYS - 1], within(0.05 * holdoutGains[DAYS - 1]));
  }

  @Test
  void read_repositoryInBothSources_snapshotGainsWithEventCounts() {
    RepoHistory history = new RepoHistoryReader(store).read(holdout);
    RepoHistory.Day last = history.series().get(history.series().size() - 1);
    assertThat(last.source()).isEqualTo("snapshot");
    assertThat(last.starsGained()).isEqualTo(holdoutGains[DAYS - 1]);
    assertThat(last.starsEvents()).isEqualTo(Math.round(holdoutGains[DAYS - 1] * PLANTED_RATE));
    assertThat(history.series().get(0).starsEvents())
        .as("2026-03-01 has no GH Archive data")
        .isNull();
  }

  @Test
  void merge_snapshotGainKnown_snapshotWinsNotEstimated() {
    DailySeries snapshot = DailySeries.builder(7, FIRST).observed(100, 5_000).build();
    DailySeries events =
        DailySeries.builder(7, FIRST).add(160, null, true, false, false, true).build();

    DailySeries merged = ReconciledSeriesSource.merge(snapshot, events);

    assertThat(merged.gained(0)).isEqualTo(100);
    assertThat(merged.total(0)).isEqualTo(5_000);
    assertThat(merged.estimated(0)).isFalse();
    assertThat(merged.sampleRate(0)).isEqualTo(1.0);
  }

  @Test
  void load_eventsOnlyRepository_estimatesCarryTheMeasuredCaptureRate() {
    LocalDate last = FIRST.plusDays(DAYS - 1);
    DailySeries series =
        source.load(FIRST, last).series().stream()
            .filter(s -> s.estimated(DAYS - 1) && s.total(DAYS - 1) == null)
            .max(java.util.Comparator.comparingInt(s -> s.gained(DAYS - 1)))
            .orElseThrow();

    // the planted events-only repository is by far the largest estimate
    assertThat(series.sampleRate(DAYS - 1)).isCloseTo(PLANTED_RATE, within(0.01));
    assertThat(series.gained(DAYS - 1) * series.sampleRate(DAYS - 1))
        .as("gain x rate gives back the events counted")
        .isCloseTo(Math.round(holdoutGains[DAYS - 1] * PLANTED_RATE), within(1.0));
  }

  @Test
  void merge_snapshotAbsent_eventsFillInEstimatedWithoutTotal() {
    DailySeries snapshot = DailySeries.builder(7, FIRST).unknown().unknown().build();
    DailySeries events =
        DailySeries.builder(7, FIRST)
            .add(40, null, true, false, false, true)
            .sampledAt(0.25)
            .add(12, null, true, false, true, true)
            .build();

    DailySeries merged = ReconciledSeriesSource.merge(snapshot, events);

    assertThat(merged.gained(0)).isEqualTo(40);
    assertThat(merged.total(0)).isNull();
    assertThat(merged.estimated(0)).isTrue();
    assertThat(merged.sampleRate(0)).as("the estimate keeps its capture rate").isEqualTo(0.25);
    assertThat(merged.sampleRate(1)).isEqualTo(1.0);
    assertThat(merged.observed(0)).isTrue();
    assertThat(merged.usable(0)).isTrue();
    assertThat(merged.masked(1)).as("a partial GH Archive day stays masked").isTrue();
    assertThat(merged.usable(1)).isFalse();
  }

  @Test
  void merge_neitherKnows_unknownNotZero() {
    DailySeries snapshot = DailySeries.builder(7, FIRST).unknown().build();
    DailySeries events = DailySeries.builder(7, FIRST).unknown().build();

    DailySeries merged = ReconciledSeriesSource.merge(snapshot, events);

    assertThat(merged.gained(0)).isNull();
    assertThat(merged.observed(0)).isFalse();
  }

  @Test
  void merge_interpolatedSnapshotGap_snapshotSpreadKept() {
    DailySeries snapshot =
        DailySeries.builder(7, FIRST).add(50, null, false, true, false, false).build();
    DailySeries events =
        DailySeries.builder(7, FIRST).add(80, null, true, false, false, true).build();

    DailySeries merged = ReconciledSeriesSource.merge(snapshot, events);

    assertThat(merged.gained(0)).isEqualTo(50);
    assertThat(merged.interpolated(0)).isTrue();
    assertThat(merged.estimated(0)).isFalse();
  }

  private static RepoSignal signalOf(String name, LocalDate day) {
    return new SignalEngine(source, io.reposignal.signal.score.SuspiciousStars.NONE)
        .observedOn(day).stream()
            .filter(s -> s.repo().equalsIgnoreCase(name))
            .findFirst()
            .orElseThrow(() -> new AssertionError(name + " not observed on " + day));
  }
}
