package io.reposignal.forecast;

/**
 * OSS Insight's trending score adapted to daily snapshots. OSS Insight weighs each star event by
 * {@code 2 + 3 (t - t_start) / window} and each fork by {@code 1 + 3 (t - t_start) / window}, adds
 * {@code 200 / (1 + age_years)} and keeps repositories with more than 5 stars and 5 forks.
 * Snapshots have no event times, only daily totals, so the whole gain of day {@code k} of the 7-day
 * window ({@code k = 1..7}, oldest first, the as-of day last) gets the weight its events would have
 * at the day's end, {@code 2 + 3k/7} (forks {@code 1 + 3k/7}); the filter asks for more than 5
 * stars and more than 5 forks gained in the window (a repository failing it scores 0, last). The
 * age term is added only where the repository's creation date is known (GitHub metadata from {@code
 * enrich}); snapshots alone do not know it. The distinct-actor filter needs events and is left out.
 */
public final class OssInsightScore {
  /** Days in the window, as in the 7-day GitHub-Trending-like baseline. */
  public static final int WINDOW_DAYS = 7;

  private OssInsightScore() {}

  /**
   * The score.
   *
   * @param starGains stars gained on each day of the window, oldest first (0 where unknown)
   * @param forkGains forks gained on each day, oldest first (0 where unknown)
   * @param ageYears the repository's age on the as-of day in years, or NaN when unknown
   */
  public static double of(int[] starGains, int[] forkGains, double ageYears) {
    if (starGains.length != WINDOW_DAYS || forkGains.length != WINDOW_DAYS) {
      throw new IllegalArgumentException(
          "expected "
              + WINDOW_DAYS
              + " daily gains, actual "
              + starGains.length
              + " and "
              + forkGains.length);
    }
    double score = 0;
    int stars = 0;
    int forks = 0;
    for (int k = 1; k <= WINDOW_DAYS; k++) {
      double recency = 3.0 * k / WINDOW_DAYS;
      score += starGains[k - 1] * (2 + recency) + forkGains[k - 1] * (1 + recency);
      stars += starGains[k - 1];
      forks += forkGains[k - 1];
    }
    if (stars <= 5 || forks <= 5) {
      return 0;
    }
    if (!Double.isNaN(ageYears)) {
      score += 200 / (1 + Math.max(ageYears, 0));
    }
    return score;
  }
}
