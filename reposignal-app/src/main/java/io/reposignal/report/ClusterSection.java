package io.reposignal.report;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Clusters: independent repositories converging on the same problem.
 *
 * @param clusters the clusters shown, strongest first (empty when unavailable or none found)
 * @param found how many clusters the day has (more than shown when the list was cut)
 * @param unavailable why there are no figures, or null when there are
 */
public record ClusterSection(List<Cluster> clusters, int found, String unavailable) {
  public ClusterSection {
    clusters = List.copyOf(clusters);
    if (found < clusters.size()) {
      throw new IllegalArgumentException(
          "found (" + found + ") must be at least the clusters shown (" + clusters.size() + ")");
    }
  }

  /** The section of a store without snapshots, whose repositories clusters are drawn from. */
  static ClusterSection notAvailable() {
    return new ClusterSection(
        List.of(),
        0,
        "Clusters: not available. They are drawn from the repositories the daily star snapshots"
            + " describe, and this database has no snapshots (reposignal ingest rankings DIR adds"
            + " them).");
  }

  /**
   * One cluster.
   *
   * @param label what the members have in common: its most distinctive words (untrusted text, as it
   *     is derived from names and descriptions)
   * @param members the members named in the article, largest trusted 7-day gain first
   * @param size how many members it has (at least {@code members.size()})
   * @param independentOwners how many distinct owners the members have
   * @param size30dAgo how many of today's members were in the clustered population 30 days earlier,
   *     or null when the data does not reach back so far
   * @param size60dAgo the same 60 days earlier
   * @param size90dAgo the same 90 days earlier
   * @param trustedStars7d the members' combined trusted 7-day star gain
   * @param emerging true when it grew fast from small
   */
  public record Cluster(
      String label,
      List<RepoRef> members,
      int size,
      int independentOwners,
      Integer size30dAgo,
      Integer size60dAgo,
      Integer size90dAgo,
      long trustedStars7d,
      boolean emerging) {
    public Cluster {
      requireNonNull(label, "label is null");
      members = List.copyOf(members);
      if (size < members.size()) {
        throw new IllegalArgumentException(
            "size (" + size + ") must be at least the members named (" + members.size() + ")");
      }
    }

    /** How many members are not named. */
    public int unnamed() {
      return size - members.size();
    }
  }
}
