package io.reposignal.signal.momentum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
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

  @Test
  void median_manyWindows_sameAsSortingTheWholeArray() {
    Random random = new Random(42);
    double[] specials = {0.0, -0.0, Double.NaN, -3, 1e9, Double.NEGATIVE_INFINITY};
    for (int run = 0; run < 2_000; run++) {
      int n = 1 + random.nextInt(40);
      double[] values = new double[n + 3];
      for (int i = 0; i < values.length; i++) {
        values[i] =
            random.nextInt(5) == 0
                ? specials[random.nextInt(specials.length)]
                : random.nextInt(20) - 5;
      }
      double[] copy = values.clone();
      double[] sorted = Arrays.copyOf(values, n);
      Arrays.sort(sorted);
      double expected = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;

      double median = RobustStats.median(values, n);

      assertThat(Double.doubleToRawLongBits(median))
          .as(Arrays.toString(Arrays.copyOf(values, n)))
          .isEqualTo(Double.doubleToRawLongBits(expected));
      assertThat(values).as("the input is not changed").isEqualTo(copy);
    }
  }
}
