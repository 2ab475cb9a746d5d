package io.reposignal.signal.momentum;

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
    double[] sorted = sorted(values, n);
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /**
   * The first {@code n} values sorted as {@link java.util.Arrays#sort(double[])} sorts them (the
   * order of {@link Double#compare}), by insertion: the windows are a few weeks of days, and for so
   * few values the general sort's passes cost more than the sorting itself.
   */
  private static double[] sorted(double[] values, int n) {
    double[] sorted = new double[n];
    for (int i = 0; i < n; i++) {
      double value = values[i];
      int j = i;
      while (j > 0 && after(sorted[j - 1], value)) {
        sorted[j] = sorted[j - 1];
        j--;
      }
      sorted[j] = value;
    }
    return sorted;
  }

  /**
   * {@code Double.compare(a, b) > 0}, with the usual case (two numbers that differ) decided by the
   * plain comparison: most days of a window gain the same few stars.
   */
  private static boolean after(double a, double b) {
    if (a > b) {
      return true;
    }
    return !(a < b) && Double.compare(a, b) > 0;
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
