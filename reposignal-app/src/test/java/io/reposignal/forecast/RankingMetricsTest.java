package io.reposignal.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class RankingMetricsTest {
  private static final List<String> RANKED = List.of("a", "b", "c", "d", "e", "f");
  private static final Set<String> TRUTH = Set.of("a", "c", "f", "x");

  @Test
  void precisionAt_handMadeRanking_shareOfHitsAmongTheFirstN() {
    assertThat(RankingMetrics.precisionAt(RANKED, TRUTH, 1)).isEqualTo(1.0);
    assertThat(RankingMetrics.precisionAt(RANKED, TRUTH, 2)).isEqualTo(0.5);
    assertThat(RankingMetrics.precisionAt(RANKED, TRUTH, 4)).isEqualTo(0.5);
    assertThat(RankingMetrics.precisionAt(RANKED, TRUTH, 6)).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void precisionAt_fewerRankedThanN_dividesByWhatWasRanked() {
    assertThat(RankingMetrics.precisionAt(List.of("a", "b"), TRUTH, 10)).isEqualTo(0.5);
  }

  @Test
  void recall_handMadeRanking_shareOfTheTruthCaughtByTheTopK() {
    assertThat(RankingMetrics.recall(RANKED, TRUTH, 4)).isEqualTo(0.5);
    assertThat(RankingMetrics.recall(RANKED, TRUTH, 6)).isEqualTo(0.75);
  }

  @Test
  void metrics_emptyInput_unknownNotZero() {
    assertThat(RankingMetrics.precisionAt(List.of(), TRUTH, 10)).isNaN();
    assertThat(RankingMetrics.recall(RANKED, Set.of(), 4)).isNaN();
  }
}
