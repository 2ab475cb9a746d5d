package io.reposignal.signal.momentum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.reposignal.signal.series.DailySeries;
import org.junit.jupiter.api.Test;

final class FeatureCalculatorTest {
  private static final double TOLERANCE = 1e-9;

  @Test
  void of_emptySeries_everyFigureUnknown() {
    DailySeries empty = DailySeries.builder(1, Series.START).unknown().build();

    Features f = FeatureCalculator.of(empty, 0);

    assertThat(f.today()).isNaN();
    assertThat(f.velocity7()).isNaN();
    assertThat(f.velocityPrevious7()).isNaN();
    assertThat(f.acceleration()).isNaN();
    assertThat(f.baselineMedian()).isNaN();
    assertThat(f.zToday()).isNaN();
    assertThat(f.historyDays()).isZero();
  }

  @Test
  void of_onePoint_velocityFromThatDayComparisonsUnknown() {
    Features f = FeatureCalculator.of(Series.of(100, 7), 0);

    assertThat(f.today()).isEqualTo(7);
    assertThat(f.velocity7()).isEqualTo(7);
    assertThat(f.velocity7Days()).isEqualTo(1);
    assertThat(f.velocityPrevious7()).as("the week before the data is not guessed").isNaN();
    assertThat(f.relativeGrowth7()).as("no total before the day is known").isNaN();
    assertThat(f.hasBaseline()).isFalse();
  }

  @Test
  void of_gapDays_areUnknownNotZero() {
    DailySeries.Builder builder = DailySeries.builder(1, Series.START);
    builder.observed(10, 1010).observed(10, 1020);
    for (int i = 0; i < 4; i++) {
      builder.unknown();
    }
    builder.observed(10, 1060);

    Features f = FeatureCalculator.of(builder.build(), 6);

    assertThat(f.velocity7()).as("mean of the 3 known days, not of 7").isEqualTo(10);
    assertThat(f.velocity7Days()).isEqualTo(3);
  }

  @Test
  void of_zeroBaseline_zFlooredAtOneStar() {
    DailySeries series = Series.of(100, Series.concat(Series.repeat(0, 28), new int[] {3}));

    Features f = FeatureCalculator.of(series, 28);

    assertThat(f.baselineMedian()).isZero();
    assertThat(f.baselineSpread()).isZero();
    assertThat(f.zToday()).isCloseTo(3.0, within(TOLERANCE));
  }

  @Test
  void of_spreadBelowPoissonNoise_flooredAtSquareRootOfMedian() {
    DailySeries series = Series.of(1000, Series.concat(Series.repeat(100, 28), new int[] {130}));

    Features f = FeatureCalculator.of(series, 28);

    assertThat(f.zToday()).isCloseTo(30 / 10.0, within(TOLERANCE));
  }

  @Test
  void of_negativeGains_keptAsLosses() {
    DailySeries series = Series.of(1000, Series.repeat(-2, 7));

    Features f = FeatureCalculator.of(series, 6);

    assertThat(f.velocity7()).isEqualTo(-2);
    assertThat(f.today()).isEqualTo(-2);
  }

  @Test
  void of_purgeDay_maskedSoItDoesNotReadAsCooling() {
    DailySeries.Builder builder = DailySeries.builder(1, Series.START);
    int total = 1000;
    for (int i = 0; i < 28; i++) {
      boolean purge = i == 25;
      int gain = purge ? -400 : 100;
      total += gain;
      builder.add(gain, total, true, false, purge, false);
    }

    Features f = FeatureCalculator.of(builder.build(), 27);

    assertThat(f.velocity7()).isEqualTo(100);
    assertThat(f.velocity7Days()).isEqualTo(6);
    assertThat(f.baselineMedian()).isEqualTo(100);
    assertThat(f.historyDays()).isEqualTo(27);
  }

  @Test
  void of_interpolatedDays_countInVelocityNotInBaseline() {
    DailySeries.Builder builder = DailySeries.builder(1, Series.START);
    int total = 1000;
    for (int i = 0; i < 28; i++) {
      boolean spread = i >= 20 && i <= 21;
      int gain = spread ? 50 : 10;
      total += gain;
      builder.add(gain, spread && i == 20 ? null : total, i != 20, spread, false, false);
    }

    Features f = FeatureCalculator.of(builder.build(), 27);

    assertThat(f.baselineDays()).isEqualTo(25);
    assertThat(f.baselineMedian()).isEqualTo(10);
    assertThat(f.velocity7()).isCloseTo((50 + 6 * 10) / 7.0, within(TOLERANCE));
  }

  @Test
  void of_laterDaysAdded_featuresOfEarlierDayUnchanged() {
    int[] history = Series.wobble(20, 3, 30);
    DailySeries shorter = Series.of(500, history);
    DailySeries longer = Series.of(500, Series.concat(history, Series.repeat(5000, 10)));

    Features before = FeatureCalculator.of(shorter, 29);
    Features after = FeatureCalculator.of(longer, 29);

    assertThat(after).usingRecursiveComparison().isEqualTo(before);
  }

  @Test
  void of_accelerationAndRelativeGrowth_followDefinitions() {
    DailySeries series = Series.of(1000, Series.concat(Series.repeat(10, 7), Series.repeat(30, 7)));

    Features f = FeatureCalculator.of(series, 13);

    assertThat(f.acceleration()).isEqualTo(20);
    assertThat(f.accelerationRatio()).isCloseTo(Math.log(31.0 / 11.0), within(TOLERANCE));
    assertThat(f.relativeGrowth7()).isCloseTo(210.0 / 1070, within(TOLERANCE));
  }

  @Test
  void of_exactCompoundingGain_trendFindsTheWeeklyFactor() {
    int[] gains = new int[20];
    for (int i = 0; i < gains.length; i++) {
      gains[i] = (int) Math.round(20 * Math.pow(1.1, i)) - 1;
    }

    Features f = FeatureCalculator.of(Series.of(1000, gains), gains.length - 1);

    // ln(1 + gain) grows by ln 1.1 a day (up to rounding): x1.95 a week.
    assertThat(f.trend().weeklyFactor()).isCloseTo(Math.pow(1.1, 7), within(0.05));
    assertThat(f.trend().rms()).isLessThan(0.02);
    assertThat(f.trend().days()).isEqualTo(19);
    assertThat(f.trend().todayResidual()).isCloseTo(0, within(0.03));
  }

  @Test
  void of_zerosBeforeTheFirstStar_leftOutOfTheTrend() {
    int[] gains = Series.concat(Series.repeat(0, 6), Series.repeat(5, 12));

    Features f = FeatureCalculator.of(Series.of(1000, gains), gains.length - 1);

    assertThat(f.trend().days()).isEqualTo(11);
    assertThat(f.trend().weeklyFactor()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void of_nineDaysSinceTheFirstStar_noTrend() {
    int[] gains = Series.concat(Series.repeat(0, 10), Series.repeat(5, 10));

    assertThat(FeatureCalculator.of(Series.of(1000, gains), gains.length - 1).trend()).isNull();
  }
}
