package io.reposignal.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Names a cluster by its distinctive terms: terms that many of its members use and the population
 * as a whole rarely does.
 *
 * <p>A term's score is {@code (members using it / members) * idf}, the cluster's document share
 * times the term's inverse document frequency over the whole day's population. Only terms used by
 * at least {@value #MIN_MEMBERS} members count, so one member's wording never names the cluster.
 * Ties go to the alphabetically first stem. Each term is shown as the word its members wrote most
 * often ("agents" rather than the stem "agent"), ties again alphabetical.
 */
final class ClusterLabel {
  static final int MIN_MEMBERS = 2;
  static final int TERMS = 5;
  static final int LABEL_TERMS = 3;

  private ClusterLabel() {}

  /** Up to {@value #TERMS} distinctive words of the cluster, most distinctive first. */
  static List<String> terms(TfIdfIndex index, int[] documents) {
    Map<Integer, Integer> users = new TreeMap<>();
    for (int d : documents) {
      SparseVector vector = index.vector(d);
      for (int k = 0; k < vector.size(); k++) {
        users.merge(vector.id(k), 1, Integer::sum);
      }
    }
    List<int[]> candidates = new ArrayList<>();
    for (Map.Entry<Integer, Integer> entry : users.entrySet()) {
      if (entry.getValue() >= MIN_MEMBERS) {
        candidates.add(new int[] {entry.getKey(), entry.getValue()});
      }
    }
    candidates.sort(
        Comparator.comparingDouble((int[] c) -> -c[1] * index.idf(c[0]))
            .thenComparing(c -> index.term(c[0])));
    List<String> words = new ArrayList<>();
    for (int i = 0; i < candidates.size() && words.size() < TERMS; i++) {
      String word = surface(index, documents, index.term(candidates.get(i)[0]));
      if (!words.contains(word)) {
        words.add(word);
      }
    }
    return words;
  }

  /** The label: the first {@value #LABEL_TERMS} terms joined by " / ". */
  static String label(List<String> terms) {
    return String.join(" / ", terms.subList(0, Math.min(LABEL_TERMS, terms.size())));
  }

  private static String surface(TfIdfIndex index, int[] documents, String stem) {
    Map<String, Integer> counts = new HashMap<>();
    for (int d : documents) {
      String word = index.surface(d, stem);
      if (word != null) {
        counts.merge(word, 1, Integer::sum);
      }
    }
    return counts.entrySet().stream()
        .min(
            Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
                .thenComparing(Map.Entry::getKey))
        .map(Map.Entry::getKey)
        .orElse(stem);
  }
}
