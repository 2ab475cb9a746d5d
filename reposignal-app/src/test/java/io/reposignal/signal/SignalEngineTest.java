package io.reposignal.signal;

import static org.assertj.core.api.Assertions.assertThat;

import io.reposignal.signal.momentum.Classification;
import io.reposignal.signal.momentum.Momentum;
import io.reposignal.signal.series.DailySeries;
import io.reposignal.store.Store;
import io.reposignal.testing.RealSnapshots;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class SignalEngineTest {
  private static DailySeries week(int... gains) {
    DailySeries.Builder builder = DailySeries.builder(1, LocalDate.parse("2026-02-01"));
    int total = 0;
    for (int gain : gains) {
      total += gain;
      builder.observed(gain, total);
    }
    return builder.build();
  }

  @Test
  void marked_mostlySuspiciousBreakout_losesTheClassAndSaysWhy() {
    DailySeries raw = week(10, 10, 10, 10, 10, 10, 1000);
    DailySeries trusted = raw.minus(new int[] {0, 0, 0, 0, 0, 0, 990});
    Classification marked =
        SignalEngine.marked(
            new Classification(Momentum.BREAKOUT, List.of("z_today 40 >= 3")), raw, trusted, 6);
    assertThat(marked.momentum()).isNull();
    assertThat(marked.reasons())
        .contains("z_today 40 >= 3")
        .anySatisfy(r -> assertThat(r).startsWith("mostly suspicious stars: 990 of 1060"));
  }

  @Test
  void marked_fewSuspiciousStars_unchanged() {
    DailySeries raw = week(100, 100, 100, 100, 100, 100, 100);
    DailySeries trusted = raw.minus(new int[] {0, 0, 0, 0, 0, 0, 50});
    Classification steady = new Classification(Momentum.STEADY, List.of("steady"));
    assertThat(SignalEngine.marked(steady, raw, trusted, 6)).isEqualTo(steady);
  }

  /**
   * A history spans hundreds of days and the web server caches it: lazily formatted reasons would
   * keep each day's whole population (thousands of repositories' features) alive with it.
   */
  @Test
  void history_realRepository_reasonsAreWorkedOutAtOnce() {
    try (Store store = RealSnapshots.open()) {
      int key =
          new io.reposignal.history.RepoHistoryReader(store)
              .find("openclaw/openclaw")
              .orElseThrow();

      List<MomentumDay> history =
          SignalEngine.forStore(store)
              .history(key, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30));

      assertThat(history).hasSizeGreaterThan(20);
      assertThat(history)
          .allSatisfy(
              day ->
                  assertThat(day.reasons().getClass().getName())
                      .doesNotContain(io.reposignal.signal.momentum.Reasons.class.getName()));
      assertThat(history).anySatisfy(day -> assertThat(day.reasons()).isNotEmpty());
    }
  }

  @Test
  void history_sharedPopulations_sameDaysAsAloneAndEachDayWorkedOutOnce() {
    try (Store store = RealSnapshots.open()) {
      var names = new io.reposignal.history.RepoHistoryReader(store);
      int first = names.find("openclaw/openclaw").orElseThrow();
      int second = names.find("apple/container").orElseThrow();
      LocalDate from = LocalDate.of(2026, 5, 1);
      LocalDate to = LocalDate.of(2026, 6, 30);
      SignalEngine engine = SignalEngine.forStore(store);
      DayPopulations shared = new DayPopulations();

      List<MomentumDay> firstShared = engine.history(first, from, to, shared);
      int daysAfterFirst = shared.size();
      List<MomentumDay> secondShared = engine.history(second, from, to, shared);

      assertThat(firstShared).isEqualTo(engine.history(first, from, to)).hasSizeGreaterThan(50);
      assertThat(secondShared).isEqualTo(engine.history(second, from, to)).hasSizeGreaterThan(50);
      assertThat(daysAfterFirst).isEqualTo(firstShared.size());
      assertThat(shared.size())
          .as("the second history reused the first's days")
          .isEqualTo(daysAfterFirst);
    }
  }

  /** Days around the purge of 2026-02-14 and the missing snapshot of 2026-05-02. */
  @Test
  void observedOnEach_realDays_sameSignalsAsEachDayAlone() {
    List<LocalDate> days =
        List.of(
            LocalDate.of(2026, 5, 3),
            LocalDate.of(2026, 2, 14),
            LocalDate.of(2026, 1, 2),
            LocalDate.of(2026, 2, 15));
    try (Store store = RealSnapshots.open()) {
      SignalEngine engine = SignalEngine.forStore(store);
      Map<LocalDate, List<RepoSignal>> together = new LinkedHashMap<>();

      engine.observedOnEach(days, (day, signals) -> together.put(day, byName(signals)));

      assertThat(new ArrayList<>(together.keySet()))
          .as("oldest first")
          .isSortedAccordingTo(Comparator.naturalOrder());
      assertThat(together.keySet()).containsExactlyInAnyOrderElementsOf(days);
      for (LocalDate day : days) {
        List<RepoSignal> alone = byName(engine.observedOn(day));
        assertThat(together.get(day)).as(day.toString()).hasSizeGreaterThan(3_000);
        assertThat(together.get(day)).as(day.toString()).isEqualTo(alone);
      }
    }
  }

  private static List<RepoSignal> byName(List<RepoSignal> signals) {
    return signals.stream().sorted(Comparator.comparing(RepoSignal::repo)).toList();
  }
}
