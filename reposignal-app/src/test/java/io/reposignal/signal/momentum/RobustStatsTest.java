package io.reposignal.signal.momentum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

final class RobustStatsTest {
  @Test
  void median_empty_nan() {
    assertThat(RobustStats.median(new double[0], 0)).isNaN();
    assertThat(RobustStats.spread(new double[0], 0, Double.NaN)).isNaN();
  }

  @Test
  void median_oneValue_thatValueAndNoSpread() {
    double[] one = {7};

    assertThat(RobustStats.median(one, 1)).isEqualTo(7);
    assertThat(RobustStats.spread(one, 1, 7)).isZero();
  }

  @Test
  void spread_oneExtremeValue_barelyMoves() {
    double[] values = {10, 11, 9, 10, 12, 8, 10000};

    double median = RobustStats.median(values, values.length);

    assertThat(median).isEqualTo(10);
    assertThat(RobustStats.spread(values, values.length, median))
        .isCloseTo(RobustStats.MAD_TO_SD * 1, within(1e-12));
  }
}
