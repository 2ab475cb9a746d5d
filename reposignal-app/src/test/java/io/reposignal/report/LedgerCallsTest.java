package io.reposignal.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.reposignal.forecast.Call;
import io.reposignal.forecast.ResolvedCall;
import io.reposignal.forecast.Target;
import io.reposignal.forecast.TrackRecord;
import io.reposignal.signal.SignalDays;
import io.reposignal.store.Store;
import io.reposignal.testing.RealSnapshots;
import io.reposignal.testing.SnapshotDays;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class LedgerCallsTest {
  static final LocalDate DAY = LocalDate.of(2026, 5, 1);
  static final LocalDate FIRST_DAY = LocalDate.of(2025, 12, 1);

  @Test
  void withTrackRecord_callsOfAllKinds_countsOnlyEarlierCallsDueByTheDay() {
    TrackRecord record =
        new TrackRecord(
            List.of(
                resolved(DAY.minusDays(60), Target.ABSOLUTE, "a/hit", ResolvedCall.Status.HIT, 3),
                resolved(
                    DAY.minusDays(40), Target.RELATIVE, "b/miss", ResolvedCall.Status.MISS, null),
                resolved(DAY.minusDays(10), Target.ABSOLUTE, "c/later", ResolvedCall.Status.HIT, 1),
                resolved(
                    DAY.minusDays(5), Target.ABSOLUTE, "d/open", ResolvedCall.Status.OPEN, null),
                resolved(DAY, Target.ABSOLUTE, "e/today", ResolvedCall.Status.OPEN, null)),
            List.of(),
            List.of());

    CallSection section =
        LedgerCalls.withTrackRecord(
            new CallSection(28, 20, "m", List.of(), 0, List.of(), List.of(), null),
            record,
            DAY,
            Map.of("a/hit", new RepoRef("a/hit", "Go", "described", 10)));

    assertThat(section.resolved()).isEqualTo(2);
    assertThat(section.hits()).isEqualTo(1);
    assertThat(section.hitRate()).isEqualTo(0.5);
    assertThat(section.open()).as("due after the day, or not yet resolved").isEqualTo(2);
    assertThat(section.rates())
        .containsExactly(
            new CallSection.Rate("absolute", 1, 1), new CallSection.Rate("relative", 1, 0));
    assertThat(section.recent())
        .extracting(r -> r.repo().repo())
        .containsExactly("b/miss", "a/hit");
    assertThat(section.recent().get(1).repo().description()).isEqualTo("described");
    assertThat(section.recent().get(0).realisedRank()).isNull();
  }

  @Test
  void withTrackRecord_noEarlierCalls_isEmpty() {
    CallSection section =
        LedgerCalls.withTrackRecord(
            new CallSection(28, 20, "m", List.of(), 0, List.of(), List.of(), null),
            new TrackRecord(List.of(), List.of(), List.of()),
            DAY,
            Map.of());

    assertThat(section.resolved()).isZero();
    assertThat(section.hitRate()).isNull();
    assertThat(section.recent()).isEmpty();
  }

  @Test
  void calls_dayBeforeTheFirstForecastDay_sayWhyAndWhichDayIsFirst(@TempDir Path dir) {
    try (Store store = Store.open(SnapshotDays.copy(FIRST_DAY, FIRST_DAY.plusDays(9), dir))) {
      Optional<CallSection> section =
          new LedgerCalls(store, SignalDays.forStore(store), Clock.systemUTC())
              .calls(FIRST_DAY.plusDays(9), List.of());

      assertThat(section).isPresent();
      assertThat(section.get().calls()).isEmpty();
      assertThat(section.get().unavailable()).contains("Calls: none yet", "ingest more days");
    }
  }

  @Test
  void calls_earlyDayOfTheRealData_namesTheFirstDayWithCalls() {
    try (Store store = RealSnapshots.open()) {
      LocalDate early = LocalDate.of(2026, 1, 5);
      LocalDate first =
          new io.reposignal.forecast.WalkForward(
                  store,
                  new io.reposignal.signal.series.SnapshotSeriesSource(store).observedDays(),
                  SignalDays.forStore(store))
              .firstForecastDay(io.reposignal.forecast.Forecaster.DEFAULT_HORIZON);

      Optional<CallSection> section =
          new LedgerCalls(store, SignalDays.forStore(store), Clock.systemUTC())
              .calls(early, List.of());

      assertThat(first).isAfter(early);
      assertThat(section.get().unavailable())
          .contains("the first day with enough of them is " + first);
    }
  }

  private static ResolvedCall resolved(
      LocalDate asOf, Target target, String repo, ResolvedCall.Status status, Integer rank) {
    Call call = new Call(asOf, 28, 20, target, "m", 1, repo, 0.5, Map.of());
    return new ResolvedCall(
        call,
        status,
        asOf.plusDays(28),
        status == ResolvedCall.Status.OPEN ? null : asOf.plusDays(28),
        rank,
        null,
        true,
        Instant.EPOCH);
  }
}
