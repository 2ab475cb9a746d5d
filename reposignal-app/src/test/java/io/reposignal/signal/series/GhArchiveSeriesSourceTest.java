package io.reposignal.signal.series;

import static org.assertj.core.api.Assertions.assertThat;

import io.reposignal.history.RepoHistoryReader;
import io.reposignal.ingest.gharchive.load.GhArchiveIngester;
import io.reposignal.signal.RepoSignal;
import io.reposignal.signal.SignalEngine;
import io.reposignal.store.Store;
import io.reposignal.testing.HourFiles;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Numeric contract of the GH Archive source on hand-made hours of repository 42 (acme/widget): day
 * 1 complete with 5 stars, day 2 complete with none, day 3 missing its last hour (partial, 4 stars
 * read), day 4 without any hour (no data), day 5 complete with 9 stars.
 */
final class GhArchiveSeriesSourceTest {
  private static final LocalDate DAY1 = LocalDate.parse("2026-03-01");
  private static final long REPO = 42;
  private static final String NAME = "acme/widget";

  @TempDir static Path dir;
  private static Store store;
  private static SeriesSet set;

  @BeforeAll
  static void ingest() throws Exception {
    HourFiles hours = new HourFiles(dir.resolve("hours"));
    List<Path> files = new ArrayList<>();
    files.addAll(hours.day(DAY1, REPO, NAME, 5));
    // hour 0 again, now with the repository's creation event
    hours.hour(
        DAY1.atTime(0, 0),
        REPO,
        NAME,
        1,
        List.of(hours.creation(DAY1.atTime(0, 0), REPO, NAME, "a fast parser")));
    files.addAll(hours.day(DAY1.plusDays(1), REPO, NAME, 0));
    List<Path> partial = hours.day(DAY1.plusDays(2), REPO, NAME, 4);
    files.addAll(partial.subList(0, 23));
    java.nio.file.Files.delete(partial.get(23));
    files.addAll(hours.day(DAY1.plusDays(4), REPO, NAME, 9));
    store = Store.open(dir.resolve("db.duckdb"));
    new GhArchiveIngester(store, 1, Clock.systemUTC()).ingest(files, (o, d, t) -> {});
    set = source().load(DAY1.minusDays(1), DAY1.plusDays(4));
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static DailySeriesSource source() {
    return SeriesSources.forStore(store);
  }

  private static DailySeries widget() {
    return set.series().stream()
        .filter(s -> s.key() == SourceLinks.eventsOnlyKey(REPO))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void forStore_onlyGhArchive_readsEventsWithAssumedRateOfOne() {
    assertThat(source()).isInstanceOf(GhArchiveSeriesSource.class);
    CaptureRate rate = ((GhArchiveSeriesSource) source()).rates().on(DAY1);
    assertThat(rate.rate()).isEqualTo(1.0);
    assertThat(rate.basis()).isEqualTo(CaptureRate.ASSUMED);
    assertThat(rate.reconciled()).isFalse();
  }

  @Test
  void load_completeDay_knownEstimatedGain() {
    int t = set.indexOf(DAY1);
    assertThat(widget().gained(t)).isEqualTo(5);
    assertThat(widget().usable(t)).isTrue();
    assertThat(widget().estimated(t)).isTrue();
    assertThat(widget().observed(t)).isTrue();
    assertThat(widget().total(t)).isNull();
  }

  @Test
  void load_completeDayWithoutStars_zeroNotUnknown() {
    int t = set.indexOf(DAY1.plusDays(1));
    assertThat(widget().gained(t)).isEqualTo(0);
    assertThat(widget().usable(t)).isTrue();
    assertThat(widget().observed(t)).isTrue();
  }

  @Test
  void load_dayMissingAnHour_shownButMasked() {
    int t = set.indexOf(DAY1.plusDays(2));
    assertThat(widget().gained(t)).isEqualTo(4);
    assertThat(widget().masked(t)).isTrue();
    assertThat(widget().usable(t)).isFalse();
  }

  @Test
  void load_dayWithoutHours_unknownNotZero() {
    int t = set.indexOf(DAY1.plusDays(3));
    assertThat(widget().gained(t)).isNull();
    assertThat(widget().observed(t)).isFalse();
  }

  @Test
  void load_dayBeforeTheData_unknown() {
    assertThat(widget().gained(0)).isNull();
    assertThat(widget().observed(0)).isFalse();
  }

  @Test
  void load_asOfEarlierDay_readsNothingLater() {
    SeriesSet early = source().load(DAY1, DAY1.plusDays(1));
    DailySeries widget = early.series().get(0);
    assertThat(widget.length()).isEqualTo(2);
    assertThat(widget.gained(0)).isEqualTo(5);
    assertThat(widget.gained(1)).isEqualTo(0);
  }

  @Test
  void observedOn_eventsOnlyRepository_estimatedWithoutTotal() {
    RepoSignal widget =
        SignalEngine.forStore(store).observedOn(DAY1.plusDays(4)).stream()
            .filter(s -> s.repo().equals(NAME))
            .findFirst()
            .orElseThrow();
    assertThat(widget.estimated()).isTrue();
    assertThat(widget.stars()).isNull();
    assertThat(widget.growth7d()).isNull();
    assertThat(widget.stars1d()).isEqualTo(9);
    // 7 days back reaches before the data: counted from the first known day (5 + 0 + 9; the
    // partial day 3 shows its 4 read stars, day 4 is unknown).
    assertThat(widget.stars7d()).isEqualTo(18);
    assertThat(widget.partial()).contains("stars_7d");
  }

  @Test
  void observedOnAndHistory_eventsOnlyRepository_describedByItsCreationEvent() {
    RepoSignal widget =
        SignalEngine.forStore(store).observedOn(DAY1.plusDays(4)).stream()
            .filter(s -> s.repo().equals(NAME))
            .findFirst()
            .orElseThrow();

    assertThat(widget.description()).isEqualTo("a fast parser");
    assertThat(widget.language()).as("creation events carry no language").isNull();
    assertThat(new RepoHistoryReader(store).read(NAME).description()).isEqualTo("a fast parser");
  }

  @Test
  void observedDays_daysWithAnyHourRead() {
    assertThat(source().observedDays())
        .containsExactly(DAY1, DAY1.plusDays(1), DAY1.plusDays(2), DAY1.plusDays(4));
  }
}
