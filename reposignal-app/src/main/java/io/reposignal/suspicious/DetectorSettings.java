package io.reposignal.suspicious;

/**
 * The parameters of the suspicious-star detectors (docs/signals.md, "Suspicious stars", says why
 * each has its value).
 *
 * @param lowActivityMaxEvents a low-activity account has at most this many events in the store
 * @param burstMinStars a burst hour holds at least this many stars of one repository
 * @param burstRatio a burst hour holds at least this many times the repository's mean hourly stars
 *     over the day's other covered hours, plus one
 * @param burstThinShare at least this share of a burst hour's stargazers have no history
 * @param youngQuantile the quantile of each day's active actor ids a young account is above
 * @param youngLookbackDays young means above that quantile on every one of this many preceding days
 * @param youngMinActors a preceding day counts only with at least this many active actors
 * @param lockstepMinAccounts a lockstep group has at least this many accounts
 * @param lockstepWindowDays the accounts star both repositories within this many days
 * @param lockstepMaxRepos accounts starring more repositories than this are left out of the pair
 *     search (bounds its cost; a farm account sells a few stars at a time)
 * @param minReportedStars a repository-day is reported (and subtracted) with this many suspicious
 *     stars or more
 */
public record DetectorSettings(
    int lowActivityMaxEvents,
    int burstMinStars,
    double burstRatio,
    double burstThinShare,
    double youngQuantile,
    int youngLookbackDays,
    int youngMinActors,
    int lockstepMinAccounts,
    int lockstepWindowDays,
    int lockstepMaxRepos,
    int minReportedStars) {
  /** The defaults the documentation and the evaluation use. */
  public static final DetectorSettings DEFAULT =
      new DetectorSettings(2, 20, 10.0, 0.8, 0.9999, 7, 1000, 10, 15, 50, 5);

  /** Weight of a weak detector (low activity, burst, young): two of them convict. */
  public static final double WEAK_WEIGHT = 0.5;

  /** Weight of the strong detector (lockstep): it convicts alone. */
  public static final double STRONG_WEIGHT = 1.0;

  /** A star is suspicious when the weights of the detectors that fired add up to this. */
  public static final double CONVICTION = 1.0;

  public DetectorSettings {
    positive("lowActivityMaxEvents", lowActivityMaxEvents);
    positive("burstMinStars", burstMinStars);
    positive("youngLookbackDays", youngLookbackDays);
    positive("youngMinActors", youngMinActors);
    positive("lockstepMinAccounts", lockstepMinAccounts);
    positive("lockstepWindowDays", lockstepWindowDays);
    positive("minReportedStars", minReportedStars);
    if (lockstepMaxRepos < 2) {
      throw new IllegalArgumentException(
          "lockstepMaxRepos must be at least 2: " + lockstepMaxRepos);
    }
    if (!(burstRatio >= 1)) {
      throw new IllegalArgumentException("burstRatio must be at least 1: " + burstRatio);
    }
    if (!(burstThinShare >= 0 && burstThinShare <= 1)) {
      throw new IllegalArgumentException("burstThinShare must be in 0..1: " + burstThinShare);
    }
    if (!(youngQuantile > 0 && youngQuantile <= 1)) {
      throw new IllegalArgumentException("youngQuantile must be in (0, 1]: " + youngQuantile);
    }
  }

  private static void positive(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1: " + value);
    }
  }
}
