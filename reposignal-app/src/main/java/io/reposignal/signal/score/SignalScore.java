package io.reposignal.signal.score;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.reposignal.signal.momentum.FeatureCalculator;
import io.reposignal.signal.momentum.Features;
import io.reposignal.signal.momentum.Measure;
import io.reposignal.signal.momentum.Population;

/**
 * The signal score, 0 to 100, that ranks the signal window:
 *
 * <pre>
 * score = 100 * (0.40 * velocity + 0.20 * acceleration + 0.20 * relative_growth + 0.20 * persistence)
 * </pre>
 *
 * where each part is the repository's percentile (mid-rank, 0 to 1) among all repositories of the
 * day: velocity = trusted stars per day over the last 7 days; acceleration = ln((v7 + 1) / (v_prev7
 * + 1)); relative_growth = trusted 7-day gain over the total 7 days earlier; persistence = the
 * median trusted daily gain over 28 days (needs 14 usable days; one viral day does not move a
 * median). Percentiles, not values: a repository gaining a hundred times the rest takes the top
 * rank and leaves everyone else's score where it was. An unknown part (history too short) counts as
 * 0.5, the population's middle, and is reported as null. A repository without a known 7-day
 * velocity has no score.
 */
public final class SignalScore {
  static final double VELOCITY_WEIGHT = 0.40;
  static final double ACCELERATION_WEIGHT = 0.20;
  static final double RELATIVE_GROWTH_WEIGHT = 0.20;
  static final double PERSISTENCE_WEIGHT = 0.20;
  static final double UNKNOWN_PART = 0.5;

  private SignalScore() {}

  /** The score and its parts, or null when the 7-day velocity is unknown. */
  public static Parts of(Features f, Population population) {
    if (Double.isNaN(f.velocity7())) {
      return null;
    }
    double velocity = population.percentile(Measure.VELOCITY_7, f.velocity7());
    double acceleration = population.percentile(Measure.ACCELERATION_RATIO, f.accelerationRatio());
    double relative = population.percentile(Measure.RELATIVE_GROWTH_7, f.relativeGrowth7());
    double persistence =
        f.historyDays() >= FeatureCalculator.MIN_PERSISTENCE_DAYS
            ? population.percentile(Measure.MEDIAN_28, f.median28())
            : Double.NaN;
    double score =
        100
            * (VELOCITY_WEIGHT * orMiddle(velocity)
                + ACCELERATION_WEIGHT * orMiddle(acceleration)
                + RELATIVE_GROWTH_WEIGHT * orMiddle(relative)
                + PERSISTENCE_WEIGHT * orMiddle(persistence));
    return new Parts(
        Math.round(score * 10) / 10.0,
        nullable(velocity),
        nullable(acceleration),
        nullable(relative),
        nullable(persistence));
  }

  private static double orMiddle(double part) {
    return Double.isNaN(part) ? UNKNOWN_PART : part;
  }

  private static Double nullable(double value) {
    return Double.isNaN(value) ? null : Math.round(value * 1000) / 1000.0;
  }

  /**
   * A score and the percentiles it was made of (null where unknown).
   *
   * @param score 0 to 100, one decimal
   * @param velocity percentile of the trusted 7-day velocity
   * @param acceleration percentile of the acceleration ratio
   * @param relativeGrowth percentile of the trusted 7-day growth relative to size
   * @param persistence percentile of the 28-day median daily gain
   */
  @JsonPropertyOrder({"score", "velocity", "acceleration", "relative_growth", "persistence"})
  public record Parts(
      double score,
      Double velocity,
      Double acceleration,
      @JsonProperty("relative_growth") Double relativeGrowth,
      Double persistence) {}
}
