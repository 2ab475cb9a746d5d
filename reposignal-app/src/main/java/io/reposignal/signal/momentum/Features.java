package io.reposignal.signal.momentum;

/**
 * The figures one repository's momentum and score are read from, on one day, computed from its
 * trusted daily gains up to that day only. NaN means unknown (too few usable days, or a comparison
 * that reaches back before the data starts); see {@link FeatureCalculator} for each definition.
 *
 * @param today the usable gain of the day itself (an average where interpolated), or NaN
 * @param todayInterpolated the day's gain is a share of a gain spread over days without data
 * @param todayCaptureRate the capture rate today's gain was scaled by (GH Archive events divided by
 *     it), 1 when it was counted whole: {@code today * todayCaptureRate} are the events seen
 * @param velocity7 mean usable daily gain over the 7 days ending today (stars/day), or NaN
 * @param velocity7Days how many usable days {@code velocity7} averages (1..7)
 * @param velocityPrevious7 mean usable daily gain over the 7 days before those, or NaN
 * @param velocity28 mean usable daily gain over the 28 days ending today, or NaN
 * @param acceleration {@code velocity7 - velocityPrevious7} (stars/day, week over week), or NaN
 * @param accelerationRatio {@code ln((velocity7 + 1) / (velocityPrevious7 + 1))}, or NaN
 * @param relativeGrowth7 stars gained over 7 days ({@code 7 * velocity7}) over the total 7 days
 *     earlier, or over the first total known since (a newcomer): ROSS-style growth relative to
 *     size; NaN when no earlier total is known
 * @param baselineMedian median of usable, not interpolated daily gains over the 28 days before
 *     today, or NaN with fewer than {@link FeatureCalculator#MIN_BASELINE_DAYS} of them
 * @param baselineSpread their MAD scaled to a standard deviation, or NaN
 * @param baselineDays how many days the baseline holds
 * @param zToday {@code (today - baselineMedian) / max(baselineSpread, sqrt(max(baselineMedian,
 *     1)))}, or NaN
 * @param median28 median usable gain over the 28 days ending today, or NaN with fewer than 7 usable
 *     days
 * @param historyDays usable days among the 28 ending today
 * @param weekly mean usable gain of each of the 4 weeks ending today, oldest first; NaN for a week
 *     with fewer than 4 usable days
 * @param peak the largest usable, not interpolated gain among the 28 days ending today, or NaN
 * @param peakAge days from the peak to today (0 = today), or -1
 * @param largestAwayFromPeak the largest such gain more than 2 days before or 3 days after the
 *     peak, or NaN
 * @param recent3 mean usable gain of the last 3 days, or NaN
 * @param estimated some figure read was scaled from a sample
 * @param trend the repository's own compounding trend before today, or null when too few days
 */
public record Features(
    double today,
    boolean todayInterpolated,
    double todayCaptureRate,
    double velocity7,
    int velocity7Days,
    double velocityPrevious7,
    double velocity28,
    double acceleration,
    double accelerationRatio,
    double relativeGrowth7,
    double baselineMedian,
    double baselineSpread,
    int baselineDays,
    double zToday,
    double median28,
    int historyDays,
    double[] weekly,
    double peak,
    int peakAge,
    double largestAwayFromPeak,
    double recent3,
    boolean estimated,
    Trend trend) {

  public Features {
    weekly = weekly.clone();
  }

  @Override
  public double[] weekly() {
    return weekly.clone();
  }

  /** The baseline is known: enough usable days before today. */
  public boolean hasBaseline() {
    return !Double.isNaN(baselineMedian);
  }

  /**
   * A log-linear fit of ln(1 + gain) over the usable, not interpolated days of the 27 days before
   * today, from the first with a positive gain (least squares): the curve a repository compounding
   * at a steady rate follows.
   *
   * @param days the days fitted (at least {@link FeatureCalculator#MIN_TREND_DAYS})
   * @param weeklyFactor exp(7 x slope): how many times its daily gain grows in a week
   * @param rms root mean square of the residuals (0.1 = days typically within about 10%)
   * @param maxAbove the largest residual above the curve (a burst shows here)
   * @param todayResidual ln(1 + today) minus the curve extended to today, or NaN when today is
   *     unusable
   */
  public record Trend(
      int days, double weeklyFactor, double rms, double maxAbove, double todayResidual) {}
}
