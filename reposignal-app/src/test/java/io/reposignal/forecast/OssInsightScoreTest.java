package io.reposignal.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

final class OssInsightScoreTest {
  @Test
  void of_gainsOnTheLastDay_weightedFive() {
    int[] stars = {0, 0, 0, 0, 0, 0, 10};
    int[] forks = {0, 0, 0, 0, 0, 0, 6};

    // Day k = 7: stars 2 + 3 = 5 each, forks 1 + 3 = 4 each.
    assertThat(OssInsightScore.of(stars, forks, Double.NaN)).isCloseTo(74, within(1e-9));
  }

  @Test
  void of_sameGainsEarlier_weighLess() {
    int[] late = {0, 0, 0, 0, 0, 0, 10};
    int[] early = {10, 0, 0, 0, 0, 0, 0};
    int[] forks = {6, 0, 0, 0, 0, 0, 0};

    // Day k = 1: stars 2 + 3/7, forks 1 + 3/7.
    assertThat(OssInsightScore.of(early, forks, Double.NaN))
        .isCloseTo(10 * (2 + 3.0 / 7) + 6 * (1 + 3.0 / 7), within(1e-9));
    assertThat(OssInsightScore.of(late, forks, Double.NaN))
        .isGreaterThan(OssInsightScore.of(early, forks, Double.NaN));
  }

  @Test
  void of_knownAge_addsTheYoungRepositoryTerm() {
    int[] stars = {0, 0, 0, 0, 0, 0, 10};
    int[] forks = {0, 0, 0, 0, 0, 0, 6};

    assertThat(OssInsightScore.of(stars, forks, 1.0)).isCloseTo(74 + 100, within(1e-9));
  }

  @Test
  void of_fiveStarsOrFewer_filteredToZero() {
    int[] stars = {1, 1, 1, 1, 1, 0, 0};
    int[] forks = {9, 0, 0, 0, 0, 0, 0};

    assertThat(OssInsightScore.of(stars, forks, 0.1)).isZero();
  }
}
