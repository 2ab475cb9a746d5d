package io.reposignal.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import io.reposignal.store.Store;
import io.reposignal.testing.RealSnapshots;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

final class CandidateSourceTest {
  /** Weekly days like a forecast's training days, across the purge of 2026-02-14. */
  private static final List<LocalDate> DAYS =
      List.of(
          LocalDate.of(2026, 1, 31),
          LocalDate.of(2026, 2, 7),
          LocalDate.of(2026, 2, 14),
          LocalDate.of(2026, 2, 21));

  @Test
  void prepare_manyDays_sameCandidatesAsOneDayAtATime() {
    try (Store store = RealSnapshots.open()) {
      CandidateSource together = new CandidateSource(store);
      together.prepare(DAYS);

      for (LocalDate day : DAYS) {
        List<String> alone = described(new CandidateSource(store).on(day));
        assertThat(alone).as(day.toString()).hasSizeGreaterThan(3_000);
        assertThat(described(together.on(day))).as(day.toString()).isEqualTo(alone);
      }
    }
  }

  @Test
  void on_dayPrepared_isNotComputedAgain() {
    try (Store store = RealSnapshots.open()) {
      CandidateSource source = new CandidateSource(store);
      source.prepare(DAYS.subList(0, 2));

      assertThat(source.on(DAYS.get(0))).isSameAs(source.on(DAYS.get(0)));
    }
  }

  /** Everything a ranker reads about each candidate, exactly. */
  private static List<String> described(List<Candidate> candidates) {
    return candidates.stream()
        .map(
            c ->
                String.join(
                    " ",
                    c.repo(),
                    Integer.toString(c.stars()),
                    Arrays.toString(c.features()),
                    Double.toString(c.trending7d()),
                    Double.toString(c.ossInsight())))
        .toList();
  }
}
