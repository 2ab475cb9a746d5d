package io.reposignal.signal.momentum;

/**
 * The upper tail of the Poisson law: how likely a day of at least {@code k} stars is when stars
 * arrive at random at {@code mean} a day. Used to keep noise from reading as a breakout when many
 * repositories gain a handful of stars.
 */
final class PoissonTail {
  private PoissonTail() {}

  /**
   * P(X &ge; k) for X ~ Poisson(mean). Returns 1 for {@code k <= mean} (nothing unusual: no need
   * for precision there) and sums the terms from {@code k} upwards otherwise, in log space, so
   * large means and counts neither underflow nor lose precision.
   */
  static double atLeast(double k, double mean) {
    if (!(mean > 0)) {
      throw new IllegalArgumentException("mean must be positive, was " + mean);
    }
    long count = (long) Math.ceil(k);
    if (count <= mean) {
      return 1.0;
    }
    double logTerm = -mean + count * Math.log(mean) - logFactorial(count);
    double sum = 0;
    double term = Math.exp(logTerm);
    for (long i = count; term > 1e-300 && i < count + 100_000; i++) {
      sum += term;
      term *= mean / (i + 1);
      if (term < sum * 1e-16) {
        break;
      }
    }
    return Math.min(1.0, sum);
  }

  /** ln(n!) by Stirling's series (exact to double precision from n = 10; a product below). */
  static double logFactorial(long n) {
    if (n < 10) {
      double product = 1;
      for (long i = 2; i <= n; i++) {
        product *= i;
      }
      return Math.log(product);
    }
    double x = n;
    return x * Math.log(x)
        - x
        + 0.5 * Math.log(2 * Math.PI * x)
        + 1 / (12 * x)
        - 1 / (360 * x * x * x);
  }
}
