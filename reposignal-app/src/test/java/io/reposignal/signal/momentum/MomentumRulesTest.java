package io.reposignal.signal.momentum;

import static org.assertj.core.api.Assertions.assertThat;

import io.reposignal.signal.series.DailySeries;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class MomentumRulesTest {
  private static final int DAYS = 35;

  /** Classifies {@code series} on its last day among a quiet background of 60 repositories. */
  private static Classification classify(DailySeries series) {
    int t = series.length() - 1;
    List<Features> population = new ArrayList<>();
    for (int r = 0; r < 60; r++) {
      int[] gains = Series.wobble(r % 6, r % 2, series.length());
      population.add(FeatureCalculator.of(Series.of(1000, gains), t));
    }
    Features target = FeatureCalculator.of(series, t);
    population.add(target);
    return MomentumRules.classify(target, new Population(population));
  }

  @Test
  void classify_todayFarAboveBaselineAndAccelerating_breakout() {
    DailySeries series =
        Series.of(2000, Series.concat(Series.wobble(10, 2, DAYS - 1), new int[] {120}));

    Classification result = classify(series);

    assertThat(result.momentum()).isEqualTo(Momentum.BREAKOUT);
    assertThat(result.reasons()).anyMatch(r -> r.startsWith("z_today"));
  }

  @Test
  void classify_oneBurstThatDecayed_spikeAndFade() {
    int[] gains =
        Series.concat(Series.wobble(10, 2, DAYS - 7), new int[] {600, 250, 90, 40, 20, 14, 12});

    Classification result = classify(Series.of(2000, gains));

    assertThat(result.momentum()).isEqualTo(Momentum.SPIKE_AND_FADE);
    assertThat(result.reasons()).anyMatch(r -> r.startsWith("peak 600"));
  }

  @Test
  void classify_highEvenVelocityForWeeks_sustained() {
    Classification result = classify(Series.of(5000, Series.wobble(100, 10, DAYS)));

    assertThat(result.momentum()).isEqualTo(Momentum.SUSTAINED);
  }

  @Test
  void classify_sustainedOnAQuietDay_staysSustained() {
    int[] gains = Series.concat(Series.wobble(100, 10, DAYS - 1), new int[] {15});

    assertThat(classify(Series.of(5000, gains)).momentum()).isEqualTo(Momentum.SUSTAINED);
  }

  @Test
  void classify_weeklyVelocityRisingSteadily_slowBurn() {
    int[] gains =
        Series.concat(
            Series.repeat(10, 7),
            Series.wobble(10, 1, 7),
            Series.wobble(12, 1, 7),
            Series.wobble(14, 1, 7),
            Series.wobble(16, 1, 7));

    Classification result = classify(Series.of(1000, gains));

    assertThat(result.momentum()).isEqualTo(Momentum.SLOW_BURN);
    assertThat(result.reasons()).anyMatch(r -> r.startsWith("weekly velocity"));
  }

  @Test
  void classify_velocityFellWellBelowBaseline_cooling() {
    int[] gains = Series.concat(Series.wobble(100, 5, DAYS - 7), Series.wobble(30, 3, 7));

    assertThat(classify(Series.of(5000, gains)).momentum()).isEqualTo(Momentum.COOLING);
  }

  @Test
  void classify_purgeLossesInTheWeek_notCooling() {
    DailySeries.Builder builder = DailySeries.builder(1, Series.START);
    int total = 5000;
    int[] gains = Series.wobble(100, 10, DAYS);
    for (int i = 0; i < DAYS; i++) {
      boolean purge = i >= DAYS - 3;
      int gain = purge ? -300 : gains[i];
      total += gain;
      builder.add(gain, total, true, false, purge, false);
    }

    assertThat(classify(builder.build()).momentum()).isEqualTo(Momentum.SUSTAINED);
  }

  @Test
  void classify_ordinaryRepository_steadyWithReasons() {
    Classification result = classify(Series.of(800, Series.wobble(3, 1, DAYS)));

    assertThat(result.momentum()).isEqualTo(Momentum.STEADY);
    assertThat(result.reasons()).anyMatch(r -> r.startsWith("not sustained"));
  }

  @Test
  void classify_threeDaysOfHistory_unknownWithReason() {
    DailySeries.Builder builder = DailySeries.builder(1, Series.START);
    for (int i = 0; i < DAYS - 3; i++) {
      builder.unknown();
    }
    builder.observed(null, 9000).observed(500, 9500).observed(700, 10200);

    Classification result = classify(builder.build());

    assertThat(result.momentum()).isNull();
    assertThat(result.reasons()).singleElement().asString().startsWith("history: 2 usable days");
  }

  @Test
  void classify_tenDaysOfHighEvenVelocity_unknownNotSustained() {
    DailySeries.Builder builder = DailySeries.builder(1, Series.START);
    for (int i = 0; i < DAYS - 10; i++) {
      builder.unknown();
    }
    int total = 5000;
    for (int gain : Series.wobble(100, 10, 10)) {
      total += gain;
      builder.observed(gain, total);
    }

    Classification result = classify(builder.build());

    assertThat(result.momentum()).isNull();
    assertThat(result.reasons()).singleElement().asString().contains("sustained");
  }

  @Test
  void classify_laterDaysAdded_classOfEarlierDayUnchanged() {
    int[] history = Series.concat(Series.wobble(10, 2, DAYS - 1), new int[] {120});
    DailySeries shorter = Series.of(2000, history);
    DailySeries longer = Series.of(2000, Series.concat(history, Series.repeat(0, 20)));
    int t = DAYS - 1;
    List<Features> population = new ArrayList<>();
    for (int r = 0; r < 30; r++) {
      population.add(FeatureCalculator.of(Series.of(1000, Series.wobble(r % 5, 0, DAYS)), t));
    }

    Classification before =
        MomentumRules.classify(FeatureCalculator.of(shorter, t), new Population(population));
    Classification after =
        MomentumRules.classify(FeatureCalculator.of(longer, t), new Population(population));

    assertThat(after).isEqualTo(before);
    assertThat(before.momentum()).isEqualTo(Momentum.BREAKOUT);
  }

  /** A gain growing by {@code percent} a day from {@code first}, for {@code days} days. */
  private static int[] compounding(double first, double percent, int days) {
    int[] gains = new int[days];
    for (int i = 0; i < days; i++) {
      gains[i] = (int) Math.round(first * Math.pow(1 + percent / 100, i));
    }
    return gains;
  }

  @Test
  void classify_gainCompoundingFastForTwoWeeks_slowBurnNotBreakout() {
    // +22% a day: today is over 3 x the baseline median and z >= 3, but on its own curve.
    Classification result = classify(Series.of(500, compounding(8, 22, 16)));

    assertThat(result.momentum()).isEqualTo(Momentum.SLOW_BURN);
    assertThat(result.reasons()).anyMatch(r -> r.startsWith("compounding trend over 15 days"));
  }

  @Test
  void classify_jumpOffAFlatCurve_breakoutNotSlowBurn() {
    int[] gains = Series.concat(Series.wobble(20, 2, DAYS - 1), new int[] {400});

    assertThat(classify(Series.of(3000, gains)).momentum()).isEqualTo(Momentum.BREAKOUT);
  }

  @Test
  void classify_fewStarsOnALowBaseline_notBreakoutByChance() {
    // 5 stars on a baseline of 1 a day: z = 4 and 5 x the median, but Poisson(1) reaches 5 in
    // 0.4% of days: among the 61 repositories that is far more than 0.1 chance breakouts a day.
    int[] gains = Series.concat(Series.wobble(1, 1, DAYS - 7), new int[] {1, 2, 3, 2, 3, 2, 5});

    Classification result = classify(Series.of(100, gains));

    assertThat(result.momentum()).isNotEqualTo(Momentum.BREAKOUT);
  }

  @Test
  void classify_scaledGainFromASparseSample_chanceJudgedOnTheEventsCounted() {
    // 60 stars on a baseline of 10: a breakout when counted whole. Scaled from events at a capture
    // rate of 0.05 they are 3 events on a baseline of 0.5, which Poisson(0.5) reaches on 1.4% of
    // days: far more than 0.1 chance breakouts among 61 repositories.
    int[] gains = Series.concat(Series.wobble(10, 2, DAYS - 1), new int[] {60});

    Classification counted = classify(Series.sampled(1.0, gains));
    Classification sparse = classify(Series.sampled(0.05, gains));

    assertThat(counted.momentum()).isEqualTo(Momentum.BREAKOUT);
    assertThat(sparse.momentum()).isNotEqualTo(Momentum.BREAKOUT);
    assertThat(classify(Series.sampled(0.5, gains)).reasons())
        .anyMatch(r -> r.startsWith("chance judged on the events counted: 30 at 5.0/day"));
  }

  @Test
  void classify_breakout_reasonsNameTheChance() {
    DailySeries series =
        Series.of(2000, Series.concat(Series.wobble(10, 2, DAYS - 1), new int[] {120}));

    assertThat(classify(series).reasons()).anyMatch(r -> r.startsWith("chance of 120 or more"));
  }
}
