package io.reposignal.signal.momentum;

import java.util.Arrays;

/**
 * Median and median absolute deviation: statistics that one extreme day cannot drag. Contract: on
 * an empty input both are NaN; on one value the median is that value and the deviation 0.
 */
final class RobustStats {
  /** Scales the MAD to the standard deviation of a normal distribution. */
  static final double MAD_TO_SD = 1.4826;

  private RobustStats() {}

  /** The median of the first {@code n} values (the array is not changed). */
  static double median(double[] values, int n) {
    if (n == 0) {
      return Double.NaN;
    }
    double[] sorted = Arrays.copyOf(values, n);
    Arrays.sort(sorted);
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /**
   * The MAD of the first {@code n} values around {@code median}, scaled to a standard deviation.
   */
  static double spread(double[] values, int n, double median) {
    if (n == 0) {
      return Double.NaN;
    }
    double[] deviations = new double[n];
    for (int i = 0; i < n; i++) {
      deviations[i] = Math.abs(values[i] - median);
    }
    return MAD_TO_SD * median(deviations, n);
  }
}
