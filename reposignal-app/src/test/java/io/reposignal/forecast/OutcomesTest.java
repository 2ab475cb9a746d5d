package io.reposignal.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import io.reposignal.store.Store;
import io.reposignal.testing.RealSnapshots;
import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

final class OutcomesTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 4, 1);

  private static NavigableSet<LocalDate> days(LocalDate from, LocalDate to, LocalDate... missing) {
    NavigableSet<LocalDate> days = new TreeSet<>();
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      days.add(day);
    }
    for (LocalDate day : missing) {
      days.remove(day);
    }
    return days;
  }

  @Test
  void endOf_dataReachesTheDueDay_dueDay() {
    assertThat(Outcomes.endOf(AS_OF, 7, days(AS_OF, AS_OF.plusDays(10))))
        .isEqualTo(AS_OF.plusDays(7));
  }

  @Test
  void endOf_dueDayMissing_lastObservedDayBefore() {
    NavigableSet<LocalDate> days = days(AS_OF, AS_OF.plusDays(10), AS_OF.plusDays(7));

    assertThat(Outcomes.endOf(AS_OF, 7, days)).isEqualTo(AS_OF.plusDays(6));
  }

  @Test
  void endOf_dataEndsBeforeTheDueDay_unresolved() {
    assertThat(Outcomes.endOf(AS_OF, 7, days(AS_OF, AS_OF.plusDays(6)))).isNull();
  }

  @Test
  void ranking_absoluteAndRelative_tiesByNameUnknownLeftOut() {
    Outcomes outcomes =
        new Outcomes(
            AS_OF,
            AS_OF.plusDays(7),
            Map.of(
                "big/one", new Outcomes.Outcome(100_000, 5_000),
                "small/one", new Outcomes.Outcome(1_000, 900),
                "b/tie", new Outcomes.Outcome(10_000, 900),
                "a/tie", new Outcomes.Outcome(10_000, 900),
                "gone/one", new Outcomes.Outcome(50_000, null)));

    assertThat(outcomes.ranking(Target.ABSOLUTE))
        .containsExactly("big/one", "a/tie", "b/tie", "small/one");
    assertThat(outcomes.ranking(Target.RELATIVE))
        .containsExactly("small/one", "a/tie", "b/tie", "big/one");
  }

  @Test
  void read_manyAsOfDays_sameAsEachDayAlone() {
    Map<LocalDate, LocalDate> ends =
        Map.of(
            LocalDate.of(2025, 12, 19), LocalDate.of(2026, 1, 16),
            LocalDate.of(2026, 1, 17), LocalDate.of(2026, 2, 14),
            LocalDate.of(2026, 4, 4), LocalDate.of(2026, 5, 1));
    try (Store store = RealSnapshots.open()) {
      Map<LocalDate, Outcomes> together = Outcomes.read(store, ends);

      assertThat(together.keySet()).containsExactlyInAnyOrderElementsOf(ends.keySet());
      ends.forEach(
          (asOf, end) -> {
            Outcomes alone = Outcomes.read(store, asOf, end);
            assertThat(together.get(asOf)).as(asOf.toString()).isEqualTo(alone);
            assertThat(alone.gains()).hasSizeGreaterThan(3_000);
          });
    }
  }

  @Test
  void read_noAsOfDays_isEmpty() {
    try (Store store = RealSnapshots.open()) {
      assertThat(Outcomes.read(store, Map.of())).isEmpty();
    }
  }
}
