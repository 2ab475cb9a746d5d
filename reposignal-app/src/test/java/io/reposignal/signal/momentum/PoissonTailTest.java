package io.reposignal.signal.momentum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class PoissonTailTest {
  @ParameterizedTest
  @CsvSource({
    // k, mean, P(X >= k) (exact values from the Poisson law)
    "5, 1, 0.0036598468",
    "3, 1, 0.0803013970",
    "10, 3, 0.0011024881",
    "2, 0.5, 0.0902040104",
  })
  void atLeast_smallCounts_matchesThePoissonLaw(double k, double mean, double expected) {
    assertThat(PoissonTail.atLeast(k, mean)).isCloseTo(expected, within(expected * 1e-6));
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, 1, 2})
  void atLeast_countNotAboveTheMean_one(double k) {
    assertThat(PoissonTail.atLeast(k, 2)).isEqualTo(1.0);
  }

  @org.junit.jupiter.api.Test
  void atLeast_largeMeanAndCount_noUnderflowToNaN() {
    double tail = PoissonTail.atLeast(12_000, 10_000);

    assertThat(tail).isGreaterThanOrEqualTo(0).isLessThan(1e-50);
    assertThat(PoissonTail.atLeast(10_100, 10_000)).isCloseTo(0.16, within(0.02));
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, -1, Double.NaN})
  void atLeast_meanNotPositive_rejected(double mean) {
    assertThatThrownBy(() -> PoissonTail.atLeast(3, mean))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mean must be positive");
  }

  @ParameterizedTest
  @ValueSource(longs = {9, 10, 11, 50, 170})
  void logFactorial_aroundTheSwitchToStirling_exact(long n) {
    double exact = 0;
    for (long i = 2; i <= n; i++) {
      exact += Math.log(i);
    }
    assertThat(PoissonTail.logFactorial(n)).isCloseTo(exact, within(1e-9 * Math.max(exact, 1)));
  }
}
