package io.reposignal.forecast;

import static java.util.Objects.requireNonNull;

/**
 * A repository observed on an as-of day, with everything the model and the baselines read about it
 * (all from days up to that day).
 *
 * @param repo "owner/name" as the snapshots named it on the as-of day
 * @param stars the star total on the as-of day
 * @param features the model's inputs in {@link ForecastFeatures#NAMES} order, NaN where unknown
 * @param trending7d stars gained over the 7 days ending on the as-of day (0 when unknown): the
 *     GitHub-Trending-like baseline
 * @param ossInsight OSS Insight's trending score adapted to daily snapshots (see {@link
 *     OssInsightScore})
 */
public record Candidate(
    String repo, int stars, double[] features, double trending7d, double ossInsight) {
  public Candidate {
    requireNonNull(repo, "repo is null");
    features = features.clone();
    if (features.length != ForecastFeatures.NAMES.size()) {
      throw new IllegalArgumentException(
          "expected " + ForecastFeatures.NAMES.size() + " features, actual " + features.length);
    }
  }

  @Override
  public double[] features() {
    return features.clone();
  }

  /** Feature {@code index} without copying the array. */
  double feature(int index) {
    return features[index];
  }
}
