package io.reposignal.signal.momentum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class PopulationTest {
  private static Population ofTodayGains(int... gains) {
    List<Features> features = new ArrayList<>();
    for (int gain : gains) {
      features.add(FeatureCalculator.of(Series.of(100, gain), 0));
    }
    return new Population(features);
  }

  @Test
  void percentile_ties_shareTheMiddleOfTheirRun() {
    Population population = ofTodayGains(0, 0, 0, 10);

    assertThat(population.percentile(Measure.TODAY, 0)).isCloseTo(1.5 / 4, within(1e-12));
    assertThat(population.percentile(Measure.TODAY, 10)).isCloseTo(3.5 / 4, within(1e-12));
  }

  @Test
  void percentile_unknownValueOrEmptyPopulation_nan() {
    assertThat(ofTodayGains(1, 2).percentile(Measure.TODAY, Double.NaN)).isNaN();
    assertThat(new Population(List.of()).percentile(Measure.TODAY, 1)).isNaN();
    assertThat(new Population(List.of()).quantile(Measure.TODAY, 0.5)).isNaN();
  }

  @Test
  void quantile_nearestRank() {
    Population population = ofTodayGains(5, 1, 4, 2, 3);

    assertThat(population.quantile(Measure.TODAY, 0.5)).isEqualTo(3);
    assertThat(population.quantile(Measure.TODAY, 0.99)).isEqualTo(5);
    assertThat(population.quantile(Measure.TODAY, 0)).isEqualTo(1);
  }
}
