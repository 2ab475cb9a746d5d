package io.reposignal.signal.momentum;

import java.util.List;

/**
 * Classifies a repository's momentum on a day from its {@link Features} (its own history up to that
 * day) and the day's {@link Population}. Rules are tried in this order and the first that holds
 * wins; each threshold is relative to the repository's own baseline or to the population, never a
 * star count alone (the only absolute figure is the one-star floor that keeps a repository gaining
 * nothing from looking like it moves).
 *
 * <ol>
 *   <li><b>breakout</b>: today is far above its own baseline (robust z &ge; {@value
 *       #BREAKOUT_MIN_Z} and at least {@value #BREAKOUT_MIN_RATIO} times the baseline median, as
 *       trendingrepo's rule), the week is accelerating (7-day velocity &ge; {@value
 *       #BREAKOUT_MIN_ACCELERATION} times the previous week's, or the baseline median when that
 *       week is unknown), and today's gain is in the population's top {@code 1 - }{@value
 *       #BREAKOUT_MIN_PERCENTILE}.
 *   <li><b>spike-and-fade</b>: one burst in the last 28 days, at least {@value #SPIKE_MIN_AGE} days
 *       old, at least {@value #SPIKE_MIN_RATIO} times the 28-day median and at least the
 *       population's {@value #SPIKE_MIN_POPULATION_QUANTILE} quantile of today's gains; the last 3
 *       days average at most {@value #SPIKE_MAX_RECENT_SHARE} of the peak; no other day away from
 *       it reaches {@value #SPIKE_MAX_OTHER_SHARE} of the peak (one burst, not a series); and it is
 *       still fading: the peak is under {@value #SPIKE_RECENT_PEAK_DAYS} days old or the 7-day
 *       velocity is at most {@value #SPIKE_MAX_WEEK_RATIO} of the week before, or that week is
 *       unknown (a newcomer: the last 3 days decide alone) (a repository that holds a high level
 *       after its burst is not fading).
 *   <li><b>slow-burn</b>: all four weeks known, no week below {@value #SLOW_BURN_MIN_WEEK_STEP} of
 *       the week before, the last week at least {@value #SLOW_BURN_MIN_RISE} times the first, no
 *       burst (peak below {@value #SPIKE_MIN_RATIO} times the 28-day median), and 7-day growth
 *       relative to size in the population's top {@code 1 - }{@value
 *       #SLOW_BURN_MIN_RELATIVE_PERCENTILE}.
 *   <li><b>sustained</b>: at least {@value FeatureCalculator#MIN_PERSISTENCE_DAYS} usable days; the
 *       28-day velocity in the population's top {@code 1 - }{@value #SUSTAINED_MIN_PERCENTILE}; the
 *       slowest known week at least {@value #SUSTAINED_MIN_WEEK_RATIO} of the fastest; the 28-day
 *       median at least {@value #SUSTAINED_MIN_MEDIAN_SHARE} of the 28-day mean (a typical day
 *       carries it, not a few big ones). Today's gain plays no part: a quiet day does not end it.
 *   <li><b>cooling</b>: the 7-day velocity (4+ usable days) at most {@value #COOLING_MAX_SHARE} of
 *       the baseline median, the baseline median at least one star a day, and falling week over
 *       week.
 *   <li><b>steady</b>: none of the above, with at least {@value
 *       FeatureCalculator#MIN_PERSISTENCE_DAYS} usable days.
 * </ol>
 *
 * With fewer than {@value FeatureCalculator#MIN_BASELINE_DAYS} usable days the momentum is null;
 * with fewer than {@value FeatureCalculator#MIN_PERSISTENCE_DAYS} it is null unless breakout,
 * spike-and-fade or cooling holds. The reasons say which.
 */
public final class MomentumRules {
  static final double BREAKOUT_MIN_Z = 3.0;
  static final double BREAKOUT_MIN_RATIO = 3.0;
  static final double BREAKOUT_MIN_ACCELERATION = 1.25;
  static final double BREAKOUT_MIN_PERCENTILE = 0.90;

  /**
   * Expected breakouts a day from chance alone across the whole population: today's gain must be so
   * unlikely under random arrivals at the baseline rate (Poisson) that fewer than this many of the
   * day's repositories would reach it by luck (a Bonferroni bound).
   */
  static final double BREAKOUT_MAX_CHANCE_BREAKOUTS = 0.1;

  static final int SPIKE_MIN_AGE = 2;
  static final double SPIKE_MIN_RATIO = 4.0;
  static final double SPIKE_MIN_POPULATION_QUANTILE = 0.95;
  static final double SPIKE_MAX_RECENT_SHARE = 0.35;
  static final double SPIKE_MAX_OTHER_SHARE = 0.5;
  static final double SPIKE_MAX_WEEK_RATIO = 0.8;
  static final int SPIKE_RECENT_PEAK_DAYS = 7;

  static final double SLOW_BURN_MIN_WEEK_STEP = 0.9;
  static final double SLOW_BURN_MIN_RISE = 1.3;
  static final double SLOW_BURN_MIN_RELATIVE_PERCENTILE = 0.75;

  static final double SUSTAINED_MIN_PERCENTILE = 0.90;
  static final double SUSTAINED_MIN_WEEK_RATIO = 0.6;
  static final double SUSTAINED_MIN_MEDIAN_SHARE = 0.5;

  static final double COOLING_MAX_SHARE = 0.6;

  /** A compounding trend fits when its days typically lie within about 40% of the curve. */
  static final double TREND_MAX_RMS = 0.35;

  /** ln 2: no day (today included) more than a factor of 2 off the curve. */
  static final double TREND_MAX_RESIDUAL = 0.6931;

  private MomentumRules() {}

  /**
   * The class of {@code f} among {@code population}. The class is decided at once; the reasons
   * (formatted figures and thresholds) are worked out when first read, by the same rules run again
   * to explain: the engine classifies every repository of every day it reads and the reasons of a
   * handful are ever read.
   */
  public static Classification classify(Features f, Population population) {
    Momentum momentum = judge(f, population, false).momentum();
    return new Classification(momentum, Reasons.later(() -> judge(f, population, true).reasons()));
  }

  /** Runs the rules; with {@code explain}, records the reasons, else decides only. */
  private static Classification judge(Features f, Population population, boolean explain) {
    if (f.historyDays() < FeatureCalculator.MIN_BASELINE_DAYS) {
      return unknown(
          "history: %d usable days of the last 28 < %d needed for any class",
          f.historyDays(), FeatureCalculator.MIN_BASELINE_DAYS);
    }
    Reasons.Builder reasons = explain ? new Reasons.Builder() : null;
    if (breakout(f, population, reasons)) {
      return new Classification(Momentum.BREAKOUT, built(reasons));
    }
    cleared(reasons);
    if (spikeAndFade(f, population, reasons)) {
      return new Classification(Momentum.SPIKE_AND_FADE, built(reasons));
    }
    cleared(reasons);
    if (slowBurn(f, population, reasons)) {
      return new Classification(Momentum.SLOW_BURN, built(reasons));
    }
    Reasons.Builder sustainedReasons = explain ? new Reasons.Builder() : null;
    if (sustained(f, population, sustainedReasons)) {
      return new Classification(Momentum.SUSTAINED, built(sustainedReasons));
    }
    cleared(reasons);
    if (cooling(f, reasons)) {
      return new Classification(Momentum.COOLING, built(reasons));
    }
    if (f.historyDays() < FeatureCalculator.MIN_PERSISTENCE_DAYS) {
      return unknown(
          "history: %d usable days of the last 28 < %d needed to tell sustained, slow-burn and"
              + " steady apart",
          f.historyDays(), FeatureCalculator.MIN_PERSISTENCE_DAYS);
    }
    if (!explain) {
      return new Classification(Momentum.STEADY, List.of());
    }
    Reasons.Builder steady = new Reasons.Builder();
    steady.add(
        "no other rule holds: velocity_7d %.1f/day, baseline median %.1f/day, z_today %.2f",
        f.velocity7(), f.baselineMedian(), f.zToday());
    steady.addAll("not sustained: ", sustainedReasons);
    return new Classification(Momentum.STEADY, steady.build());
  }

  /** The reasons recorded, or none when only deciding (no builder). */
  private static List<String> built(Reasons.Builder reasons) {
    return reasons == null ? List.of() : reasons.build();
  }

  private static void cleared(Reasons.Builder reasons) {
    if (reasons != null) {
      reasons.clear();
    }
  }

  private static boolean breakout(Features f, Population population, Reasons.Builder reasons) {
    if (!f.hasBaseline() || Double.isNaN(f.today())) {
      return false;
    }
    double floor = Math.max(f.baselineMedian(), 1);
    double previous =
        Double.isNaN(f.velocityPrevious7()) ? f.baselineMedian() : f.velocityPrevious7();
    double percentile = population.percentile(Measure.TODAY, f.today());
    // Chance is judged on what was counted: a gain scaled up from a sample of the events varies
    // like
    // the sample, not like a count of its own size (at a capture rate of 0.2, five times more).
    double rate = f.todayCaptureRate();
    double chance = PoissonTail.atLeast(f.today() * rate, floor * rate);
    double chanceLimit =
        BREAKOUT_MAX_CHANCE_BREAKOUTS / Math.max(population.size(Measure.TODAY), 1);
    boolean holds =
        f.zToday() >= BREAKOUT_MIN_Z
            && f.today() >= BREAKOUT_MIN_RATIO * floor
            && f.velocity7() >= BREAKOUT_MIN_ACCELERATION * Math.max(previous, 1)
            && percentile >= BREAKOUT_MIN_PERCENTILE
            && chance <= chanceLimit
            && !compounding(f);
    if (reasons == null) {
      return holds;
    }
    reasons.add("z_today %.2f >= %.1f", f.zToday(), BREAKOUT_MIN_Z);
    reasons.add("today %.0f >= %.0f x baseline median %.1f", f.today(), BREAKOUT_MIN_RATIO, floor);
    reasons.add(
        "velocity_7d %.1f/day >= %.2f x %s %.1f/day",
        f.velocity7(),
        BREAKOUT_MIN_ACCELERATION,
        Double.isNaN(f.velocityPrevious7()) ? "baseline median" : "previous week",
        Math.max(previous, 1));
    reasons.add("population percentile of today %.3f >= %.2f", percentile, BREAKOUT_MIN_PERCENTILE);
    reasons.add(
        "chance of %.0f or more at %.1f/day %.2g <= %.2g (%.1f chance breakouts in %d"
            + " repositories)",
        f.today(),
        floor,
        chance,
        chanceLimit,
        BREAKOUT_MAX_CHANCE_BREAKOUTS,
        population.size(Measure.TODAY));
    if (rate != 1) {
      reasons.add(
          "chance judged on the events counted: %.0f at %.1f/day, the gains times the capture"
              + " rate %.2f",
          f.today() * rate, floor * rate, rate);
    }
    if (f.todayInterpolated()) {
      reasons.add("today's gain is an average over days without a snapshot");
    }
    if (compounding(f)) {
      addTrend(reasons, f.trend(), ": today is on its own trend, not a break from it");
    }
    return holds;
  }

  private static boolean spikeAndFade(Features f, Population population, Reasons.Builder reasons) {
    if (Double.isNaN(f.peak()) || Double.isNaN(f.median28()) || Double.isNaN(f.recent3())) {
      return false;
    }
    double floor = Math.max(f.median28(), 1);
    double populationHigh = population.quantile(Measure.TODAY, SPIKE_MIN_POPULATION_QUANTILE);
    double other = Double.isNaN(f.largestAwayFromPeak()) ? 0 : f.largestAwayFromPeak();
    double weekRatio = (f.velocity7() + 1) / (f.velocityPrevious7() + 1);
    // Without a previous week (a newcomer) the fade is read from the last 3 days alone.
    boolean stillFading =
        f.peakAge() < SPIKE_RECENT_PEAK_DAYS
            || Double.isNaN(weekRatio)
            || weekRatio <= SPIKE_MAX_WEEK_RATIO;
    boolean holds =
        f.peakAge() >= SPIKE_MIN_AGE
            && f.peak() >= SPIKE_MIN_RATIO * floor
            && f.peak() >= populationHigh
            && f.recent3() <= SPIKE_MAX_RECENT_SHARE * f.peak()
            && other < SPIKE_MAX_OTHER_SHARE * f.peak()
            && stillFading;
    if (reasons == null) {
      return holds;
    }
    reasons.add(
        "peak %.0f stars %d days ago >= %.0f x 28-day median %.1f",
        f.peak(), f.peakAge(), SPIKE_MIN_RATIO, floor);
    reasons.add(
        "peak >= population %.2f quantile of today's gains %.0f",
        SPIKE_MIN_POPULATION_QUANTILE, populationHigh);
    reasons.add("last 3 days %.1f/day <= %.2f x peak", f.recent3(), SPIKE_MAX_RECENT_SHARE);
    reasons.add("largest day away from the peak %.0f < %.2f x peak", other, SPIKE_MAX_OTHER_SHARE);
    return holds;
  }

  private static boolean weeklySlowBurn(
      Features f, Population population, Reasons.Builder reasons) {
    double[] weeks = f.weekly();
    for (double week : weeks) {
      if (Double.isNaN(week)) {
        return false;
      }
    }
    if (weeks[0] <= 0 || Double.isNaN(f.median28())) {
      return false;
    }
    double worstStep = Double.POSITIVE_INFINITY;
    for (int w = 1; w < weeks.length; w++) {
      worstStep = Math.min(worstStep, weeks[w] / Math.max(weeks[w - 1], 1e-9));
    }
    double rise = weeks[3] / weeks[0];
    double percentile = population.percentile(Measure.RELATIVE_GROWTH_7, f.relativeGrowth7());
    boolean holds =
        worstStep >= SLOW_BURN_MIN_WEEK_STEP
            && rise >= SLOW_BURN_MIN_RISE
            && f.peak() < SPIKE_MIN_RATIO * Math.max(f.median28(), 1)
            && percentile >= SLOW_BURN_MIN_RELATIVE_PERCENTILE;
    if (reasons == null) {
      return holds;
    }
    reasons.add(
        "weekly velocity %.1f, %.1f, %.1f, %.1f/day: each >= %.1f x the week before (worst"
            + " %.2f)",
        weeks[0], weeks[1], weeks[2], weeks[3], SLOW_BURN_MIN_WEEK_STEP, worstStep);
    reasons.add("last week %.2f x the first >= %.1f", rise, SLOW_BURN_MIN_RISE);
    reasons.add(
        "population percentile of 7-day relative growth %.3f >= %.2f",
        percentile, SLOW_BURN_MIN_RELATIVE_PERCENTILE);
    return holds;
  }

  private static boolean slowBurn(Features f, Population population, Reasons.Builder reasons) {
    if (weeklySlowBurn(f, population, reasons)) {
      return true;
    }
    cleared(reasons);
    return compoundingSlowBurn(f, population, reasons);
  }

  /**
   * Steady compounding read from the days themselves, for histories shorter than four weeks or
   * growth too fast for the burst test (a gain doubling every few days soon exceeds 4 x its own
   * 28-day median without any burst): the log-linear trend fits, grows by {@value
   * #SLOW_BURN_MIN_RISE} x a week or more, and the repository is in the population's top quarter by
   * relative growth (by 7-day velocity when no total is known, as for GH Archive alone).
   */
  private static boolean compoundingSlowBurn(
      Features f, Population population, Reasons.Builder reasons) {
    if (!compounding(f)) {
      return false;
    }
    boolean relativeKnown = !Double.isNaN(f.relativeGrowth7());
    double percentile =
        relativeKnown
            ? population.percentile(Measure.RELATIVE_GROWTH_7, f.relativeGrowth7())
            : population.percentile(Measure.VELOCITY_7, f.velocity7());
    boolean holds = percentile >= SLOW_BURN_MIN_RELATIVE_PERCENTILE;
    if (reasons == null) {
      return holds;
    }
    addTrend(reasons, f.trend(), "");
    reasons.add(
        "population percentile of %s %.3f >= %.2f",
        relativeKnown ? "7-day relative growth" : "velocity_7d (no total known)",
        percentile,
        SLOW_BURN_MIN_RELATIVE_PERCENTILE);
    return holds;
  }

  /**
   * The repository follows its own compounding curve: a fitted trend growing at least {@value
   * #SLOW_BURN_MIN_RISE} x a week, days typically within {@value #TREND_MAX_RMS} of it (log scale),
   * no day before today more than a factor of 2 above it (no burst), and today within a factor of 2
   * of the curve extended to today.
   */
  static boolean compounding(Features f) {
    Features.Trend trend = f.trend();
    return trend != null
        && trend.weeklyFactor() >= SLOW_BURN_MIN_RISE
        && trend.rms() <= TREND_MAX_RMS
        && trend.maxAbove() <= TREND_MAX_RESIDUAL
        && Math.abs(trend.todayResidual()) <= TREND_MAX_RESIDUAL;
  }

  /** Adds the figures of the compounding trend, followed by {@code suffix} (no format codes). */
  private static void addTrend(Reasons.Builder reasons, Features.Trend trend, String suffix) {
    reasons.add(
        "compounding trend over %d days: x%.2f a week >= %.1f, rms %.2f <= %.2f, largest day above"
            + " it %.2f and today %.2f within ln 2 (log scale)"
            + suffix,
        trend.days(),
        trend.weeklyFactor(),
        SLOW_BURN_MIN_RISE,
        trend.rms(),
        TREND_MAX_RMS,
        trend.maxAbove(),
        trend.todayResidual());
  }

  private static boolean sustained(Features f, Population population, Reasons.Builder reasons) {
    if (f.historyDays() < FeatureCalculator.MIN_PERSISTENCE_DAYS || Double.isNaN(f.velocity28())) {
      return false;
    }
    double slowest = Double.POSITIVE_INFINITY;
    double fastest = Double.NEGATIVE_INFINITY;
    int known = 0;
    for (double week : f.weekly()) {
      if (!Double.isNaN(week)) {
        slowest = Math.min(slowest, week);
        fastest = Math.max(fastest, week);
        known++;
      }
    }
    if (known < 2 || fastest <= 0) {
      return false;
    }
    double percentile = population.percentile(Measure.VELOCITY_28, f.velocity28());
    double evenness = slowest / fastest;
    double medianShare = f.median28() / f.velocity28();
    boolean holds =
        percentile >= SUSTAINED_MIN_PERCENTILE
            && evenness >= SUSTAINED_MIN_WEEK_RATIO
            && medianShare >= SUSTAINED_MIN_MEDIAN_SHARE;
    if (reasons == null) {
      return holds;
    }
    reasons.add(
        "population percentile of velocity_28d %.1f/day %.3f >= %.2f",
        f.velocity28(), percentile, SUSTAINED_MIN_PERCENTILE);
    reasons.add(
        "slowest of %d weeks %.2f x the fastest >= %.1f",
        known, evenness, SUSTAINED_MIN_WEEK_RATIO);
    reasons.add("28-day median %.2f x the mean >= %.1f", medianShare, SUSTAINED_MIN_MEDIAN_SHARE);
    return holds;
  }

  private static boolean cooling(Features f, Reasons.Builder reasons) {
    if (!f.hasBaseline() || f.velocity7Days() < FeatureCalculator.MIN_WEEK_DAYS) {
      return false;
    }
    boolean falling = !Double.isNaN(f.acceleration()) && f.acceleration() < 0;
    boolean holds =
        f.baselineMedian() >= 1
            && f.velocity7() <= COOLING_MAX_SHARE * f.baselineMedian()
            && falling;
    if (reasons == null) {
      return holds;
    }
    reasons.add(
        "velocity_7d %.1f/day <= %.1f x baseline median %.1f/day",
        f.velocity7(), COOLING_MAX_SHARE, f.baselineMedian());
    reasons.add("acceleration %.1f stars/day week over week < 0", f.acceleration());
    return holds;
  }

  private static Classification unknown(String reason, Object... args) {
    return new Classification(null, Reasons.of(reason, args));
  }
}
