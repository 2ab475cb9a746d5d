package io.reposignal.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reposignal.error.RepoSignalException;
import io.reposignal.signal.series.SnapshotSeriesSource;
import io.reposignal.store.Store;
import io.reposignal.testing.SnapshotDays;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Walk-forward training on real snapshots: 60 days (2026-01-01 to 2026-03-01) and the same days cut
 * after the as-of day 2026-02-08. A 7-day horizon keeps the training days few.
 */
final class WalkForwardTest {
  private static final LocalDate FIRST = LocalDate.of(2026, 1, 1);
  private static final LocalDate AS_OF = LocalDate.of(2026, 2, 8);
  private static final LocalDate LAST = LocalDate.of(2026, 3, 1);
  private static final int HORIZON = 7;
  private static final int TOP = 20;

  @TempDir static Path temp;

  private static Path full;
  private static Path truncated;

  @BeforeAll
  static void databases() {
    full = SnapshotDays.copy(FIRST, LAST, temp);
    truncated = SnapshotDays.copy(FIRST, AS_OF, temp);
  }

  private static List<Scored> ranked(Path database, Ranker ranker, Target target) {
    try (Store store = Store.open(database)) {
      WalkForward walkForward =
          new WalkForward(store, new SnapshotSeriesSource(store).observedDays());
      return walkForward.rank(ranker, target, AS_OF, HORIZON, TOP);
    }
  }

  /** Name, features and baseline scores: what the rankers read, exactly. */
  private static List<String> inputs(List<Scored> ranked) {
    return ranked.stream()
        .map(
            s ->
                String.join(
                    " ",
                    s.repo(),
                    Arrays.toString(s.candidate().features()),
                    Double.toString(s.candidate().trending7d()),
                    Double.toString(s.candidate().ossInsight())))
        .toList();
  }

  private static List<String> exact(List<Scored> ranked) {
    return ranked.stream().map(s -> s.repo() + " " + s.probability()).toList();
  }

  @Test
  void rank_storeCutAfterTheAsOfDay_identicalCandidatesFeaturesAndProbabilities() {
    for (Target target : Target.values()) {
      for (Ranker ranker : Ranker.values()) {
        List<Scored> withFuture = ranked(full, ranker, target);
        List<Scored> withoutFuture = ranked(truncated, ranker, target);

        assertThat(withFuture).hasSizeGreaterThan(3_000);
        assertThat(inputs(withFuture))
            .as("%s %s inputs", ranker, target)
            .containsExactlyElementsOf(inputs(withoutFuture));
        assertThat(exact(withFuture))
            .as("%s %s probabilities", ranker, target)
            .containsExactlyElementsOf(exact(withoutFuture));
      }
    }
  }

  @Test
  void trainingDays_asOfDay_everyOutcomeEndsByTheAsOfDay() {
    try (Store store = Store.open(full)) {
      WalkForward walkForward =
          new WalkForward(store, new SnapshotSeriesSource(store).observedDays());

      List<LocalDate> days = walkForward.trainingDays(AS_OF, HORIZON);

      assertThat(days)
          .containsExactly(
              LocalDate.of(2026, 1, 18), LocalDate.of(2026, 1, 25), LocalDate.of(2026, 2, 1));
      for (LocalDate day : days) {
        assertThat(walkForward.outcomes(day, HORIZON).end()).isBeforeOrEqualTo(AS_OF);
      }
    }
  }

  @Test
  void rank_sameDataTwice_sameResultsBitForBit() {
    List<Scored> first = ranked(full, Ranker.MODEL, Target.ABSOLUTE);
    List<Scored> second = ranked(full, Ranker.MODEL, Target.ABSOLUTE);

    assertThat(exact(second)).containsExactlyElementsOf(exact(first));
    assertThat(inputs(second)).containsExactlyElementsOf(inputs(first));
  }

  @Test
  void rank_model_probabilitiesOrderTheCandidates() {
    List<Scored> ranked = ranked(full, Ranker.MODEL, Target.RELATIVE);

    for (int i = 1; i < ranked.size(); i++) {
      assertThat(ranked.get(i).probability()).isLessThanOrEqualTo(ranked.get(i - 1).probability());
    }
  }

  @Test
  void fit_tooFewTrainingDays_notFoundNamingTheFirstPossibleDay() {
    try (Store store = Store.open(full)) {
      WalkForward walkForward =
          new WalkForward(store, new SnapshotSeriesSource(store).observedDays());

      assertThatThrownBy(
              () ->
                  walkForward.fit(Ranker.MODEL, Target.ABSOLUTE, LocalDate.of(2026, 1, 30), 7, 20))
          .isInstanceOf(RepoSignalException.class)
          .hasMessageContaining("2 training days, 3 needed")
          .hasMessageContaining("the first possible as-of day is 2026-02-05");
    }
  }
}
