package io.reposignal.signal;

import static org.assertj.core.api.Assertions.assertThat;

import io.reposignal.signal.score.SuspiciousStars;
import io.reposignal.signal.series.DailySeriesSource;
import io.reposignal.signal.series.RepoFacts;
import io.reposignal.signal.series.SeriesSet;
import io.reposignal.signal.series.SnapshotSeriesSource;
import io.reposignal.store.Store;
import io.reposignal.testing.RealSnapshots;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import org.junit.jupiter.api.Test;

final class SignalDaysTest {
  private static final LocalDate DAY = LocalDate.of(2026, 2, 27);
  private static final LocalDate EARLIER = LocalDate.of(2026, 1, 28);

  /** The snapshot source, counting the ranges of series it is asked to read. */
  private static final class CountingSource implements DailySeriesSource {
    private final SnapshotSeriesSource source;
    private final List<String> reads = new ArrayList<>();

    CountingSource(Store store) {
      this.source = new SnapshotSeriesSource(store);
    }

    @Override
    public SeriesSet load(LocalDate from, LocalDate to) {
      reads.add(from + ".." + to);
      return source.load(from, to);
    }

    @Override
    public Windows windows(LocalDate from, LocalDate to) {
      reads.add(from + ".." + to);
      return source.windows(from, to);
    }

    @Override
    public Map<Integer, RepoFacts> factsOn(LocalDate day) {
      return source.factsOn(day);
    }

    @Override
    public NavigableSet<LocalDate> observedDays() {
      return source.observedDays();
    }
  }

  @Test
  void on_dayAskedTwice_computedOnceAndAsTheEngineComputesIt() {
    try (Store store = RealSnapshots.open()) {
      CountingSource source = new CountingSource(store);
      SignalEngine engine = new SignalEngine(source, SuspiciousStars.NONE);
      SignalDays days = new SignalDays(engine);

      List<RepoSignal> first = days.on(DAY);
      List<RepoSignal> again = days.on(DAY);

      assertThat(again).isSameAs(first);
      assertThat(source.reads).hasSize(1);
      assertThat(byName(first)).isEqualTo(byName(engine.observedOn(DAY)));
    }
  }

  @Test
  void on_severalDays_readsTheMissingOnesInOneBatch() {
    try (Store store = RealSnapshots.open()) {
      CountingSource source = new CountingSource(store);
      SignalDays days = new SignalDays(new SignalEngine(source, SuspiciousStars.NONE));
      days.on(DAY);

      Map<LocalDate, List<RepoSignal>> both = days.on(List.of(DAY, EARLIER));

      assertThat(both.keySet()).containsExactlyInAnyOrder(DAY, EARLIER);
      assertThat(source.reads)
          .as("the remembered day is not read again")
          .containsExactly(
              DAY.minusDays(SignalEngine.LOOKBACK_DAYS) + ".." + DAY,
              EARLIER.minusDays(SignalEngine.LOOKBACK_DAYS) + ".." + EARLIER);
    }
  }

  @Test
  void each_daysNotRemembered_handedOverOldestFirstAndNotKept() {
    try (Store store = RealSnapshots.open()) {
      CountingSource source = new CountingSource(store);
      SignalDays days = new SignalDays(new SignalEngine(source, SuspiciousStars.NONE));
      List<RepoSignal> remembered = days.on(DAY);
      List<LocalDate> handed = new ArrayList<>();
      List<List<RepoSignal>> lists = new ArrayList<>();

      days.each(
          List.of(EARLIER, DAY, EARLIER.minusDays(7)),
          (day, signals) -> {
            handed.add(day);
            lists.add(signals);
          });

      assertThat(handed).containsExactly(DAY, EARLIER.minusDays(7), EARLIER);
      assertThat(lists.get(0)).isSameAs(remembered);
      assertThat(source.reads).hasSize(2);
      days.on(EARLIER);
      assertThat(source.reads).as("each() did not remember its days").hasSize(3);
    }
  }

  private static List<RepoSignal> byName(List<RepoSignal> signals) {
    return signals.stream().sorted(Comparator.comparing(RepoSignal::repo)).toList();
  }
}
