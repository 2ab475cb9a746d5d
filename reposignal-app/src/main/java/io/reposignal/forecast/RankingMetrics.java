package io.reposignal.forecast;

import java.util.List;
import java.util.Set;

/**
 * How well a ranking caught the true top gainers. {@code ranked} is the ranker's order, best first;
 * {@code truth} the true top K (see {@link Outcomes}).
 *
 * <p>Definitions: precision at n = the share of the ranker's first n calls that are in the true top
 * K (a call is a hit when the repository became one of the top K gainers, as in the ledger); recall
 * = the share of the true top K that the ranker's own top K caught. With exactly K true winners and
 * K calls, recall equals precision at K; they differ when fewer outcomes are known or at other n.
 * Empty input: NaN (nothing to measure), never 0.
 */
public final class RankingMetrics {
  private RankingMetrics() {}

  /** Hits among the first {@code n} of {@code ranked}, over n (over the list size when shorter). */
  public static double precisionAt(List<String> ranked, Set<String> truth, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be >= 1, was " + n);
    }
    int size = Math.min(n, ranked.size());
    if (size == 0) {
      return Double.NaN;
    }
    return hits(ranked, truth, size) / (double) size;
  }

  /** The share of {@code truth} found among the first {@code k} of {@code ranked}. */
  public static double recall(List<String> ranked, Set<String> truth, int k) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be >= 1, was " + k);
    }
    if (truth.isEmpty()) {
      return Double.NaN;
    }
    return hits(ranked, truth, Math.min(k, ranked.size())) / (double) truth.size();
  }

  private static int hits(List<String> ranked, Set<String> truth, int n) {
    int hits = 0;
    for (int i = 0; i < n; i++) {
      hits += truth.contains(ranked.get(i)) ? 1 : 0;
    }
    return hits;
  }
}
