package io.reposignal.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import io.reposignal.signal.series.SnapshotSeriesSource;
import io.reposignal.store.Store;
import io.reposignal.testing.SnapshotDays;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ledger resolution on real snapshots: calls made on 2026-02-08 with a 7-day horizon stay open
 * while the data ends before 2026-02-15 and resolve, with their realised ranks, once it arrives.
 */
final class TrackRecordTest {
  private static final LocalDate FIRST = LocalDate.of(2026, 1, 1);
  private static final LocalDate AS_OF = LocalDate.of(2026, 2, 8);
  private static final int HORIZON = 7;
  private static final int TOP = 10;
  private static final Instant MADE_AT = Instant.parse("2026-02-08T23:00:00Z");

  @TempDir Path temp;

  private static WalkForward walkForward(Store store) {
    return new WalkForward(store, new SnapshotSeriesSource(store).observedDays());
  }

  private static void recordForecast(Store store) {
    List<Call> calls = new Forecaster(walkForward(store)).forecast(AS_OF, HORIZON, TOP);
    new ForecastLedger(store).record(calls, AS_OF, MADE_AT);
  }

  @Test
  void of_horizonNotReached_everyCallOpen() {
    try (Store store = Store.open(SnapshotDays.copy(FIRST, AS_OF, temp))) {
      recordForecast(store);
      SnapshotDays.add(store, AS_OF.plusDays(1), AS_OF.plusDays(HORIZON - 1));

      TrackRecord record = TrackRecord.of(new ForecastLedger(store), walkForward(store));

      assertThat(record.calls()).hasSize(2 * TOP);
      assertThat(record.calls())
          .allSatisfy(
              call -> {
                assertThat(call.status()).isEqualTo(ResolvedCall.Status.OPEN);
                assertThat(call.realisedRank()).isNull();
                assertThat(call.due()).isEqualTo(AS_OF.plusDays(HORIZON));
                assertThat(call.live()).isTrue();
              });
      assertThat(record.overall()).extracting(TrackRecord.HitRate::hitRate).containsOnlyNulls();
    }
  }

  @Test
  void of_horizonPassed_callsResolvedWithRealisedRanks() {
    try (Store store = Store.open(SnapshotDays.copy(FIRST, AS_OF, temp))) {
      recordForecast(store);
      SnapshotDays.add(store, AS_OF.plusDays(1), AS_OF.plusDays(HORIZON));

      WalkForward walkForward = walkForward(store);
      TrackRecord record = TrackRecord.of(new ForecastLedger(store), walkForward);

      Outcomes outcomes = walkForward.outcomes(AS_OF, HORIZON);
      assertThat(outcomes.end()).isEqualTo(AS_OF.plusDays(HORIZON));
      int hits = 0;
      for (ResolvedCall call : record.calls()) {
        assertThat(call.status()).isNotEqualTo(ResolvedCall.Status.OPEN);
        assertThat(call.end()).isEqualTo(AS_OF.plusDays(HORIZON));
        List<String> ranking = outcomes.ranking(call.target());
        Integer expected = ranking.contains(call.repo()) ? ranking.indexOf(call.repo()) + 1 : null;
        assertThat(call.realisedRank()).isEqualTo(expected);
        boolean hit = expected != null && expected <= TOP;
        assertThat(call.status())
            .isEqualTo(hit ? ResolvedCall.Status.HIT : ResolvedCall.Status.MISS);
        hits += call.target() == Target.ABSOLUTE && hit ? 1 : 0;
      }
      TrackRecord.HitRate absolute = record.overall().get(0);
      assertThat(absolute.target()).isEqualTo(Target.ABSOLUTE);
      assertThat(absolute.resolved()).isEqualTo(TOP);
      assertThat(absolute.hits()).isEqualTo(hits);
      assertThat(absolute.hitRate()).isEqualTo(hits / (double) TOP);
      assertThat(record.byMonth()).extracting(TrackRecord.HitRate::month).containsOnly("2026-02");
    }
  }

  @Test
  void record_sameForecastTwice_callsNotDuplicatedAndFirstKept() {
    try (Store store = Store.open(SnapshotDays.copy(FIRST, AS_OF, temp))) {
      recordForecast(store);
      ForecastLedger ledger = new ForecastLedger(store);
      List<ForecastLedger.Entry> first = ledger.all();

      ledger.record(
          new Forecaster(walkForward(store)).forecast(AS_OF, HORIZON, TOP),
          AS_OF.plusDays(3),
          MADE_AT.plusSeconds(3_600));

      assertThat(ledger.size()).isEqualTo(2 * TOP);
      assertThat(ledger.all()).containsExactlyElementsOf(first);
      assertThat(ledger.forecast(AS_OF, HORIZON, TOP, WalkForward.MODEL_VERSION))
          .containsExactlyElementsOf(first);
    }
  }
}
