package io.reposignal.report;

import java.util.List;

/**
 * Clusters: independent repositories converging on the same problem.
 *
 * @param clusters the clusters of the day, strongest first (empty when unavailable)
 * @param unavailable why there are no figures, or null when there are
 */
public record ClusterSection(List<Cluster> clusters, String unavailable) {
  public ClusterSection {
    clusters = List.copyOf(clusters);
  }

  static ClusterSection notAvailable() {
    return new ClusterSection(List.of(), "Clusters: not available yet in this build.");
  }

  /**
   * One cluster.
   *
   * @param label what the members have in common (untrusted text when derived from descriptions)
   * @param members its repositories
   * @param independentOwners how many distinct owners the members have
   * @param growth7d the members' combined 7-day growth relative to their size, or null
   * @param trustedStars7d the members' combined trusted 7-day star gain
   */
  public record Cluster(
      String label,
      List<RepoRef> members,
      int independentOwners,
      Double growth7d,
      int trustedStars7d) {
    public Cluster {
      members = List.copyOf(members);
    }
  }
}
