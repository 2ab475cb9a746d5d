package io.reposignal.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

final class LogisticRegressionTest {
  /** Rows drawn from p = sigmoid(-2 + 1.5 x1 - 0.5 x2) with a fixed seed. */
  private static Data sample(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[][] x = new double[n][];
    boolean[] y = new boolean[n];
    for (int i = 0; i < n; i++) {
      double x1 = random.nextGaussian();
      double x2 = random.nextGaussian() * 3;
      x[i] = new double[] {x1, x2};
      y[i] = random.nextDouble() < LogisticModel.sigmoid(-2 + 1.5 * x1 - 0.5 * x2);
    }
    return new Data(x, y);
  }

  private record Data(double[][] x, boolean[] y) {}

  @Test
  void fit_knownModel_recoversCoefficientsOnTheOriginalScale() {
    Data data = sample(40_000, 7);

    LogisticModel model = LogisticRegression.fit(data.x(), data.y(), 0);

    // Back on the original scale: b_j / scale_j, intercept b0 - sum b_j mean_j / scale_j.
    double[] b = model.coefficients();
    double slope1 = b[1] / model.scales()[0];
    double slope2 = b[2] / model.scales()[1];
    double intercept =
        b[0]
            - b[1] * model.means()[0] / model.scales()[0]
            - b[2] * model.means()[1] / model.scales()[1];
    // Tolerance: about four standard errors at n = 40,000.
    assertThat(slope1).isCloseTo(1.5, within(0.08));
    assertThat(slope2).isCloseTo(-0.5, within(0.03));
    assertThat(intercept).isCloseTo(-2, within(0.08));
  }

  @Test
  void fit_sameRows_identicalModel() {
    Data data = sample(2_000, 11);

    assertThat(LogisticRegression.fit(data.x(), data.y(), 1))
        .isEqualTo(LogisticRegression.fit(data.x(), data.y(), 1));
  }

  @Test
  void fit_separableData_penaltyKeepsCoefficientsFinite() {
    double[][] x = {{-2}, {-1}, {1}, {2}};
    boolean[] y = {false, false, true, true};

    LogisticModel model = LogisticRegression.fit(x, y, 1);

    for (double b : model.coefficients()) {
      assertThat(b).isFinite();
    }
    assertThat(model.probability(new double[] {2})).isGreaterThan(0.5);
    assertThat(model.probability(new double[] {-2})).isLessThan(0.5);
  }

  @Test
  void probability_unknownInput_countsAsTheTrainingMean() {
    Data data = sample(2_000, 13);
    LogisticModel model = LogisticRegression.fit(data.x(), data.y(), 1);

    double[] atMean = {model.means()[0], 0.7};
    double[] unknown = {Double.NaN, 0.7};

    assertThat(model.probability(unknown)).isCloseTo(model.probability(atMean), within(1e-12));
  }

  @Test
  void probability_extremeScores_stayBetweenZeroAndOne() {
    assertThat(LogisticModel.sigmoid(1_000)).isEqualTo(1.0);
    assertThat(LogisticModel.sigmoid(-1_000)).isEqualTo(0.0);
    assertThat(LogisticModel.sigmoid(0)).isEqualTo(0.5);
  }

  @Test
  void fit_oneClassOnly_refused() {
    double[][] x = {{1}, {2}};

    assertThatThrownBy(() -> LogisticRegression.fit(x, new boolean[] {false, false}, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("one class only (0 of 2)");
  }

  @Test
  void fit_noRows_refused() {
    assertThatThrownBy(() -> LogisticRegression.fit(new double[0][], new boolean[0], 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1");
  }
}
