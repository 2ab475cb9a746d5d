package io.reposignal.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

final class CalibrationTest {
  @Test
  void brier_handComputed_meanSquaredError() {
    Calibration calibration = new Calibration();
    calibration.add(0.9, true); // 0.01
    calibration.add(0.2, false); // 0.04
    calibration.add(0.6, false); // 0.36
    calibration.add(0.0, false); // 0

    assertThat(calibration.brier()).isCloseTo(0.41 / 4, within(1e-12));
    // Base rate 1/4: reference 0.1875.
    assertThat(calibration.brierSkill()).isCloseTo(1 - 0.1025 / 0.1875, within(1e-12));
    assertThat(calibration.meanProbability()).isCloseTo(1.7 / 4, within(1e-12));
  }

  @Test
  void bins_probabilities_fallIntoTheirBinWithObservedRate() {
    Calibration calibration = new Calibration();
    calibration.add(0.005, false);
    calibration.add(0.007, true);
    calibration.add(0.25, true);
    calibration.add(1.0, true);

    assertThat(calibration.bins())
        .extracting(Calibration.Bin::from, Calibration.Bin::count, Calibration.Bin::observedRate)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(0.0, 2L, 0.5),
            org.assertj.core.groups.Tuple.tuple(0.2, 1L, 1.0),
            org.assertj.core.groups.Tuple.tuple(0.7, 1L, 1.0));
    assertThat(calibration.bins().get(0).meanProbability()).isCloseTo(0.006, within(1e-12));
  }

  @Test
  void brier_nothingCollected_unknown() {
    assertThat(new Calibration().brier()).isNaN();
    assertThat(new Calibration().brierSkill()).isNaN();
    assertThat(new Calibration().bins()).isEmpty();
  }

  @Test
  void add_probabilityOutsideZeroToOne_refused() {
    assertThatThrownBy(() -> new Calibration().add(Double.NaN, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0..1");
  }
}
