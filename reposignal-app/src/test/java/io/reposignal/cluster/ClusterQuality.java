package io.reposignal.cluster;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How well clusters match hand labels, counted over the labelled repositories only.
 *
 * @param purity of the labelled repositories placed in a cluster, the share whose label is their
 *     cluster's most common label
 * @param recall of the pairs of repositories with the same label, the share placed in the same
 *     cluster
 * @param coverage the share of labelled repositories placed in any cluster
 */
record ClusterQuality(double purity, double recall, double coverage) {
  static ClusterQuality of(List<ClusterEngine.Group> groups, Map<String, String> labels) {
    Map<String, Integer> clusterOf = new HashMap<>();
    int clustered = 0;
    int pure = 0;
    for (int c = 0; c < groups.size(); c++) {
      Map<String, Integer> counts = new HashMap<>();
      for (String repo : groups.get(c).repos()) {
        String key = repo.toLowerCase(Locale.ROOT);
        String label = labels.get(key);
        if (label != null) {
          clusterOf.put(key, c);
          counts.merge(label, 1, Integer::sum);
        }
      }
      clustered += counts.values().stream().mapToInt(Integer::intValue).sum();
      pure += counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }
    List<String> repos = List.copyOf(labels.keySet());
    int pairs = 0;
    int together = 0;
    for (int a = 0; a < repos.size(); a++) {
      for (int b = a + 1; b < repos.size(); b++) {
        if (labels.get(repos.get(a)).equals(labels.get(repos.get(b)))) {
          pairs++;
          Integer ca = clusterOf.get(repos.get(a));
          if (ca != null && ca.equals(clusterOf.get(repos.get(b)))) {
            together++;
          }
        }
      }
    }
    return new ClusterQuality(
        clustered == 0 ? 0 : (double) pure / clustered,
        pairs == 0 ? 0 : (double) together / pairs,
        (double) clustered / labels.size());
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT, "purity %.2f, recall %.2f, coverage %.2f", purity, recall, coverage);
  }
}
