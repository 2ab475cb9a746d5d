package io.reposignal.signal.score;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.reposignal.signal.momentum.FeatureCalculator;
import io.reposignal.signal.momentum.Features;
import io.reposignal.signal.momentum.Measure;
import io.reposignal.signal.momentum.Population;

/**
 * The signal score that ranks the signal window:
 *
 * <pre>
 * score = 100 * (0.40 * velocity + 0.20 * acceleration + 0.20 * relative_growth + 0.20 * persistence)
 * </pre>
 *
 * <ul>
 *   <li>velocity = ln(1 + v7) / ln(1 + q99(v7)): v7 is the trusted mean daily gain over the last 7
 *       days, q99 the population's 99th percentile of it that day;
 *   <li>acceleration = ln((v7 + 1) / (v_prev7 + 1)), clamped to -1..1 (about 0.69 for a velocity
 *       that doubled week over week);
 *   <li>relative_growth = ln(1 + g) / ln(1 + q99(g)) with g the trusted 7-day gain in percent of
 *       the total 7 days earlier (ROSS-style);
 *   <li>persistence = ln(1 + m) / ln(1 + q99(m)) with m the median trusted daily gain over 28 days
 *       (needs 14 usable days; a median ignores one viral day).
 * </ul>
 *
 * Logarithms and the population's 99th percentile, not its maximum: a repository gaining a hundred
 * times the rest scores higher without squeezing everyone else together, and a score of about 100
 * means the 99th percentile in velocity, growth and persistence with a velocity rising e-fold.
 * Negative gains count as 0 in the logarithms. An unknown part (a history too short) counts as the
 * population's median for that part (0 for acceleration: no change) and is reported as null. A
 * repository without a known 7-day velocity has no score.
 */
public final class SignalScore {
  static final double VELOCITY_WEIGHT = 0.40;
  static final double ACCELERATION_WEIGHT = 0.20;
  static final double RELATIVE_GROWTH_WEIGHT = 0.20;
  static final double PERSISTENCE_WEIGHT = 0.20;

  /** The population quantile a magnitude is measured against. */
  static final double REFERENCE_QUANTILE = 0.99;

  static final double ACCELERATION_LIMIT = 1.0;

  private SignalScore() {}

  /** The score and its parts, or null when the 7-day velocity is unknown. */
  public static Parts of(Features f, Population population) {
    if (Double.isNaN(f.velocity7())) {
      return null;
    }
    double velocity = scaled(f.velocity7(), population, Measure.VELOCITY_7, 1);
    double acceleration =
        Double.isNaN(f.accelerationRatio())
            ? Double.NaN
            : Math.max(-ACCELERATION_LIMIT, Math.min(ACCELERATION_LIMIT, f.accelerationRatio()));
    double relative = scaled(f.relativeGrowth7(), population, Measure.RELATIVE_GROWTH_7, 100);
    double persistence =
        f.historyDays() >= FeatureCalculator.MIN_PERSISTENCE_DAYS
            ? scaled(f.median28(), population, Measure.MEDIAN_28, 1)
            : Double.NaN;
    double score =
        100
            * (VELOCITY_WEIGHT * velocity
                + ACCELERATION_WEIGHT * (Double.isNaN(acceleration) ? 0 : acceleration)
                + RELATIVE_GROWTH_WEIGHT
                    * orMedian(relative, population, Measure.RELATIVE_GROWTH_7, 100)
                + PERSISTENCE_WEIGHT * orMedian(persistence, population, Measure.MEDIAN_28, 1));
    return new Parts(
        Math.round(score * 10) / 10.0,
        nullable(velocity),
        nullable(acceleration),
        nullable(relative),
        nullable(persistence));
  }

  /**
   * ln(1 + unit * value) over ln(1 + unit * q99) of the population (at least ln 2, so a population
   * that gains nothing does not divide by zero); NaN for an unknown value.
   */
  static double scaled(double value, Population population, Measure measure, double unit) {
    if (Double.isNaN(value)) {
      return Double.NaN;
    }
    double reference = population.quantile(measure, REFERENCE_QUANTILE);
    double denominator = Math.log1p(Math.max(1, Double.isNaN(reference) ? 1 : unit * reference));
    return Math.log1p(unit * Math.max(0, value)) / denominator;
  }

  private static double orMedian(double part, Population population, Measure measure, double unit) {
    if (!Double.isNaN(part)) {
      return part;
    }
    double median = scaled(population.quantile(measure, 0.5), population, measure, unit);
    return Double.isNaN(median) ? 0 : median;
  }

  private static Double nullable(double value) {
    return Double.isNaN(value) ? null : Math.round(value * 1000) / 1000.0;
  }

  /**
   * A score and the parts it was made of (null where unknown).
   *
   * @param score the weighted sum times 100, one decimal
   * @param velocity the scaled trusted 7-day velocity
   * @param acceleration the clamped acceleration ratio
   * @param relativeGrowth the scaled trusted 7-day growth relative to size
   * @param persistence the scaled 28-day median daily gain
   */
  @JsonPropertyOrder({"score", "velocity", "acceleration", "relative_growth", "persistence"})
  public record Parts(
      double score,
      Double velocity,
      Double acceleration,
      @JsonProperty("relative_growth") Double relativeGrowth,
      Double persistence) {}
}
