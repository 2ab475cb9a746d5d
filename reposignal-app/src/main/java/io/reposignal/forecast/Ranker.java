package io.reposignal.forecast;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Who ranks the candidates: the model, or one of the two baselines it must beat. Every ranker gets
 * probabilities the same way, from a logistic regression fitted walk-forward on the same training
 * days ({@link WalkForward}); for a baseline that regression has its one score as its only input
 * (Platt scaling), so its probabilities can be compared with the model's while its order stays the
 * baseline's own.
 */
public enum Ranker {
  /** The logistic regression on {@link ForecastFeatures}; ranks by its probability. */
  MODEL("model"),
  /**
   * GitHub-Trending-like: stars gained over the last 7 days; for relative growth, the same divided
   * by the star total (a 7-day growth rate).
   */
  TRENDING_7D("trending_7d"),
  /**
   * OSS Insight's trending score adapted to daily snapshots ({@link OssInsightScore}); for relative
   * growth, divided by the star total.
   */
  OSS_INSIGHT("oss_insight");

  private final String label;

  Ranker(String label) {
    this.label = label;
  }

  @JsonValue
  public String label() {
    return label;
  }

  /** The inputs of the ranker's regression for one candidate. */
  double[] inputs(Candidate candidate, Target target) {
    return switch (this) {
      case MODEL -> candidate.features();
      case TRENDING_7D, OSS_INSIGHT ->
          new double[] {Math.log1p(Math.max(score(candidate, target), 0))};
    };
  }

  /** The figure the ranker orders candidates by, highest first. */
  double rankKey(Candidate candidate, Target target, double probability) {
    return switch (this) {
      case MODEL -> probability;
      case TRENDING_7D, OSS_INSIGHT -> score(candidate, target);
    };
  }

  private double score(Candidate candidate, Target target) {
    double raw =
        switch (this) {
          case MODEL -> throw new IllegalStateException("the model has no single score");
          case TRENDING_7D -> candidate.trending7d();
          case OSS_INSIGHT -> candidate.ossInsight();
        };
    return switch (target) {
      // Scaled to per-mille so that log1p spreads the small fractions.
      case ABSOLUTE -> raw;
      case RELATIVE -> 1000 * raw / Math.max(candidate.stars(), 1);
    };
  }
}
