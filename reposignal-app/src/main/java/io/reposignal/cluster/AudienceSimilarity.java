package io.reposignal.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How much two repositories share an audience: the accounts that starred both in the same window.
 *
 * <p>The measure is the Ochiai (cosine) coefficient of the two stargazer sets, {@code |A ∩ B| /
 * sqrt(|A| |B|)}, 0 to 1. Unlike Jaccard it does not punish a small repository for sharing its few
 * stargazers with a large one. Pairs sharing fewer than {@link #MIN_SHARED} accounts score 0: one
 * or two accounts that star everything (collectors, bots) are not an audience. For the same reason,
 * and to keep the pair count bounded, an account that starred more than {@link
 * #MAX_REPOS_PER_ACCOUNT} of the repositories in the window is left out.
 */
final class AudienceSimilarity {
  static final int MIN_SHARED = 3;
  static final int MAX_REPOS_PER_ACCOUNT = 200;

  private AudienceSimilarity() {}

  /**
   * The audience similarity of every pair of {@code repos} that shares at least {@link #MIN_SHARED}
   * stargazers.
   *
   * @param repos the repositories, by position
   * @param stargazers lower-cased "owner/name" to actor ids, as a {@link StargazerSource} gives
   * @return for each position, the other positions it shares an audience with and the similarity
   */
  static List<Map<Integer, Double>> of(List<String> repos, Map<String, Set<Long>> stargazers) {
    int n = repos.size();
    int[] audience = new int[n];
    Map<Long, List<Integer>> starredBy = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      Set<Long> actors = stargazers.getOrDefault(repos.get(i).toLowerCase(Locale.ROOT), Set.of());
      audience[i] = actors.size();
      for (Long actor : actors) {
        starredBy.computeIfAbsent(actor, a -> new ArrayList<>()).add(i);
      }
    }
    List<Map<Integer, Integer>> shared = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      shared.add(new HashMap<>());
    }
    for (List<Integer> starred : starredBy.values()) {
      if (starred.size() > MAX_REPOS_PER_ACCOUNT) {
        continue;
      }
      for (int a = 0; a < starred.size(); a++) {
        for (int b = a + 1; b < starred.size(); b++) {
          shared.get(starred.get(a)).merge(starred.get(b), 1, Integer::sum);
          shared.get(starred.get(b)).merge(starred.get(a), 1, Integer::sum);
        }
      }
    }
    List<Map<Integer, Double>> similarity = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Map<Integer, Double> row = new TreeMap<>();
      for (Map.Entry<Integer, Integer> pair : shared.get(i).entrySet()) {
        if (pair.getValue() >= MIN_SHARED) {
          int j = pair.getKey();
          row.put(j, pair.getValue() / Math.sqrt((double) audience[i] * audience[j]));
        }
      }
      similarity.add(row);
    }
    return similarity;
  }
}
