package io.reposignal.signal.momentum;

import io.reposignal.signal.series.DailySeries;

/**
 * Computes {@link Features} of a series on one day, reading only that day and the days before it
 * (no look-ahead), and only usable gains (known, not masked: a purge day never reads as a loss).
 *
 * <p>Contract: an empty window gives NaN, never zero; a window that reaches before the series gives
 * NaN where a figure compares with a day before the data (the week before, the total 7 days
 * earlier) and a rate over the days known where it does not (velocity over 7 days needs one usable
 * day). Zero baselines are safe: the spread in the robust z-score is floored at the Poisson noise
 * of the baseline, {@code sqrt(max(median, 1))}, so a repository gaining 0 stars every day and 3
 * today scores z = 3, not infinity. Negative gains are kept as they are (stars removed).
 */
public final class FeatureCalculator {
  /** Days in the baseline before today, and in the persistence and burst windows. */
  public static final int BASELINE_WINDOW = 28;

  /** Fewer usable baseline days than this and the baseline (and momentum) is unknown. */
  public static final int MIN_BASELINE_DAYS = 7;

  /** The previous week's velocity needs this many usable days (more than half the week). */
  public static final int MIN_WEEK_DAYS = 4;

  /** The 28-day velocity and median need this many usable days (half the window). */
  public static final int MIN_PERSISTENCE_DAYS = 14;

  /**
   * The compounding trend needs this many fitted days before today: ten points give a slope and a
   * spread that a few noisy days cannot fake, and let steady growth be told from a breakout before
   * the two weeks that sustained needs.
   */
  public static final int MIN_TREND_DAYS = 10;

  /** How many days before a day its features read: the 28-day windows and the day itself. */
  public static final int LOOKBACK_DAYS = BASELINE_WINDOW;

  private FeatureCalculator() {}

  /** The features of {@code series} on day index {@code t}. */
  public static Features of(DailySeries series, int t) {
    return of(series, t, true);
  }

  /**
   * Only the figures a {@link Population} compares ({@link Measure}); the rest are NaN. Judging one
   * repository over many days needs the population of every day, and this is what it costs.
   */
  public static Features forPopulation(DailySeries series, int t) {
    return of(series, t, false);
  }

  private static Features of(DailySeries series, int t, boolean full) {
    double today = series.usable(t) ? series.usableGain(t) : Double.NaN;

    Mean week = mean(series, t - 6, t);
    Mean previousWeek = mean(series, t - 13, t - 7);
    Mean month = mean(series, t - 27, t);
    double velocity7 = week.value();
    double velocityPrevious7 =
        previousWeek.days() >= MIN_WEEK_DAYS ? previousWeek.value() : Double.NaN;
    double velocity28 = month.days() >= MIN_PERSISTENCE_DAYS ? month.value() : Double.NaN;
    boolean fullWeek = week.days() >= MIN_WEEK_DAYS;
    double acceleration = fullWeek ? velocity7 - velocityPrevious7 : Double.NaN; // NaN propagates
    double accelerationRatio =
        fullWeek
            ? Math.log((Math.max(velocity7, 0) + 1) / (Math.max(velocityPrevious7, 0) + 1))
            : Double.NaN;
    // Relative to the total the week started from; for a newcomer, to its first total in the
    // week: a rate over the days observed, like velocity7, never a guess about earlier days.
    Integer startTotal = null;
    for (int i = t - 7; i < t && startTotal == null; i++) {
      startTotal = series.total(i);
    }
    double relativeGrowth7 =
        startTotal == null || startTotal <= 0 || Double.isNaN(velocity7)
            ? Double.NaN
            : 7 * velocity7 / startTotal;

    double[] samples = new double[BASELINE_WINDOW];
    int n = 0;
    for (int i = t - BASELINE_WINDOW; i < t && full; i++) {
      if (series.usable(i) && !series.interpolated(i)) {
        samples[n++] = series.usableGain(i);
      }
    }
    double baselineMedian = Double.NaN;
    double baselineSpread = Double.NaN;
    double zToday = Double.NaN;
    if (n >= MIN_BASELINE_DAYS) {
      baselineMedian = RobustStats.median(samples, n);
      baselineSpread = RobustStats.spread(samples, n, baselineMedian);
      double floor = Math.sqrt(Math.max(baselineMedian, 1));
      zToday = (today - baselineMedian) / Math.max(baselineSpread, floor);
    }

    double[] recentDays = new double[BASELINE_WINDOW];
    int m = 0;
    for (int i = t - BASELINE_WINDOW + 1; i <= t; i++) {
      if (series.usable(i)) {
        recentDays[m++] = series.usableGain(i);
      }
    }
    double median28 = m >= MIN_BASELINE_DAYS ? RobustStats.median(recentDays, m) : Double.NaN;

    double[] weekly = {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
    for (int w = 0; w < 4 && full; w++) {
      int end = t - 7 * (3 - w);
      Mean mean = mean(series, end - 6, end);
      weekly[w] = mean.days() >= MIN_WEEK_DAYS ? mean.value() : Double.NaN;
    }

    double peak = Double.NaN;
    int peakIndex = -1;
    for (int i = t - BASELINE_WINDOW + 1; i <= t && full; i++) {
      if (series.usable(i) && !series.interpolated(i)) {
        double gain = series.usableGain(i);
        if (Double.isNaN(peak) || gain > peak) {
          peak = gain;
          peakIndex = i;
        }
      }
    }
    double largestAway = Double.NaN;
    for (int i = t - BASELINE_WINDOW + 1; i <= t && peakIndex >= 0; i++) {
      if ((i < peakIndex - 2 || i > peakIndex + 3) && series.usable(i)) {
        double gain = series.usableGain(i);
        largestAway = Double.isNaN(largestAway) ? gain : Math.max(largestAway, gain);
      }
    }
    Mean lastThree = mean(series, t - 2, t);

    boolean estimated = false;
    for (int i = Math.max(0, t - BASELINE_WINDOW); i <= t; i++) {
      estimated |= series.estimated(i);
    }
    return new Features(
        today,
        series.interpolated(t),
        series.sampleRate(t),
        velocity7,
        week.days(),
        velocityPrevious7,
        velocity28,
        acceleration,
        accelerationRatio,
        relativeGrowth7,
        baselineMedian,
        baselineSpread,
        n,
        zToday,
        median28,
        m,
        weekly,
        peak,
        peakIndex < 0 ? -1 : t - peakIndex,
        largestAway,
        lastThree.value(),
        estimated,
        full ? trend(series, t, today) : null);
  }

  /**
   * The log-linear fit of the days before {@code t} from the first with a positive gain, or null
   * with too few of them.
   */
  static Features.Trend trend(DailySeries series, int t, double today) {
    double[] xs = new double[BASELINE_WINDOW];
    double[] ys = new double[BASELINE_WINDOW];
    int n = 0;
    // The curve starts with the first star: days before it (a repository not yet noticed, or not
    // yet created) are not part of its growth.
    int start = t - BASELINE_WINDOW + 1;
    while (start < t && !(series.usable(start) && series.usableGain(start) > 0)) {
      start++;
    }
    for (int i = start; i < t; i++) {
      if (series.usable(i) && !series.interpolated(i)) {
        xs[n] = i - t;
        ys[n++] = Math.log1p(Math.max(series.usableGain(i), 0));
      }
    }
    if (n < MIN_TREND_DAYS) {
      return null;
    }
    double meanX = 0;
    double meanY = 0;
    for (int k = 0; k < n; k++) {
      meanX += xs[k] / n;
      meanY += ys[k] / n;
    }
    double sxy = 0;
    double sxx = 0;
    for (int k = 0; k < n; k++) {
      sxy += (xs[k] - meanX) * (ys[k] - meanY);
      sxx += (xs[k] - meanX) * (xs[k] - meanX);
    }
    double slope = sxy / sxx;
    double intercept = meanY - slope * meanX; // the curve at x = 0, today
    double squares = 0;
    double maxAbove = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < n; k++) {
      double residual = ys[k] - (intercept + slope * xs[k]);
      squares += residual * residual;
      maxAbove = Math.max(maxAbove, residual);
    }
    double todayResidual =
        Double.isNaN(today) ? Double.NaN : Math.log1p(Math.max(today, 0)) - intercept;
    return new Features.Trend(
        n, Math.exp(7 * slope), Math.sqrt(squares / n), maxAbove, todayResidual);
  }

  private static Mean mean(DailySeries series, int from, int to) {
    long sum = 0;
    int days = 0;
    for (int i = from; i <= to; i++) {
      if (series.usable(i)) {
        sum += series.usableGain(i);
        days++;
      }
    }
    return new Mean(days == 0 ? Double.NaN : (double) sum / days, days);
  }

  private record Mean(double value, int days) {}
}
