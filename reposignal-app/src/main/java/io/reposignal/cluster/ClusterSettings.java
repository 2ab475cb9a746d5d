package io.reposignal.cluster;

/**
 * How clusters are found.
 *
 * @param population how many repositories are clustered: the {@code population} gaining the most
 *     stars over 7 days, or null for every repository observed that day
 * @param threshold the least average similarity (0 to 1) between two groups for them to merge
 * @param maxSize the most members a cluster may have
 * @param audienceDays the window of star events read for audience similarity, ending on the day
 */
public record ClusterSettings(Integer population, double threshold, int maxSize, int audienceDays) {
  public static final int DEFAULT_POPULATION = 500;

  /** The settings documented in docs/clusters.md, for the top {@code population} (null = all). */
  public static ClusterSettings defaults(Integer population) {
    return new ClusterSettings(population, 0.10, 25, 30);
  }

  public ClusterSettings {
    if (population != null && population < 3) {
      throw new IllegalArgumentException("population must be >= 3 or null, was " + population);
    }
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1], was " + threshold);
    }
    if (maxSize < 3) {
      throw new IllegalArgumentException("maxSize must be >= 3, was " + maxSize);
    }
    if (audienceDays < 1) {
      throw new IllegalArgumentException("audienceDays must be >= 1, was " + audienceDays);
    }
  }
}
