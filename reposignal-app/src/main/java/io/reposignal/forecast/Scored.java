package io.reposignal.forecast;

import static java.util.Objects.requireNonNull;

/**
 * A candidate as one ranker sees it on an as-of day.
 *
 * @param candidate the repository and its figures
 * @param probability the probability that it will be among the top K gainers of the horizon
 * @param rankKey what the ranker orders by, highest first (the probability for the model)
 */
public record Scored(Candidate candidate, double probability, double rankKey) {
  public Scored {
    requireNonNull(candidate, "candidate is null");
    if (!(probability >= 0 && probability <= 1)) {
      throw new IllegalArgumentException("probability must be in 0..1, was " + probability);
    }
  }

  public String repo() {
    return candidate.repo();
  }
}
